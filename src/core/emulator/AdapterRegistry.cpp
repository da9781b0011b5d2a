#include "emulator/AdapterRegistry.h"

#if __has_include("emulator/awsapi/S3Adapter.h")
#include "emulator/awsapi/S3Adapter.h"
#define PODDECK_HAVE_S3 1
#endif
#if __has_include("emulator/awsapi/SqsAdapter.h")
#include "emulator/awsapi/SqsAdapter.h"
#define PODDECK_HAVE_SQS 1
#endif
#if __has_include("emulator/awsapi/SnsAdapter.h")
#include "emulator/awsapi/SnsAdapter.h"
#define PODDECK_HAVE_SNS 1
#endif
#if __has_include("emulator/awsapi/DynamoDbAdapter.h")
#include "emulator/awsapi/DynamoDbAdapter.h"
#define PODDECK_HAVE_DYNAMODB 1
#endif
#if __has_include("emulator/awsapi/IamAdapter.h")
#include "emulator/awsapi/IamAdapter.h"
#define PODDECK_HAVE_IAM 1
#endif
#if __has_include("emulator/awsapi/LambdaAdapter.h")
#include "emulator/awsapi/LambdaAdapter.h"
#define PODDECK_HAVE_LAMBDA 1
#endif
#if __has_include("emulator/awsapi/SsmAdapter.h")
#include "emulator/awsapi/SsmAdapter.h"
#define PODDECK_HAVE_SSM 1
#endif
#if __has_include("emulator/awsapi/SecretsManagerAdapter.h")
#include "emulator/awsapi/SecretsManagerAdapter.h"
#define PODDECK_HAVE_SECRETS 1
#endif

namespace poddeck {

QList<std::shared_ptr<ServiceAdapter>> awsApiAdapters()
{
    static const QList<std::shared_ptr<ServiceAdapter>> adapters = [] {
        QList<std::shared_ptr<ServiceAdapter>> list;
#ifdef PODDECK_HAVE_IAM
        list.append(std::make_shared<IamAdapter>());
#endif
#ifdef PODDECK_HAVE_S3
        list.append(std::make_shared<S3Adapter>());
#endif
#ifdef PODDECK_HAVE_SQS
        list.append(std::make_shared<SqsAdapter>());
#endif
#ifdef PODDECK_HAVE_SNS
        list.append(std::make_shared<SnsAdapter>());
#endif
#ifdef PODDECK_HAVE_DYNAMODB
        list.append(std::make_shared<DynamoDbAdapter>());
#endif
#ifdef PODDECK_HAVE_SECRETS
        list.append(std::make_shared<SecretsManagerAdapter>());
#endif
#ifdef PODDECK_HAVE_SSM
        list.append(std::make_shared<SsmAdapter>());
#endif
#ifdef PODDECK_HAVE_LAMBDA
        list.append(std::make_shared<LambdaAdapter>());
#endif
        return list;
    }();
    return adapters;
}

std::shared_ptr<ServiceAdapter> adapterFor(const QString &service)
{
    for (const auto &a : awsApiAdapters())
        if (a->service() == service)
            return a;
    return nullptr;
}

QStringList supportedServices()
{
    QStringList names;
    for (const auto &a : awsApiAdapters())
        names.append(a->service());
    return names;
}

Result<QList<std::shared_ptr<ServiceAdapter>>> adaptersFor(const QStringList &services)
{
    if (services.isEmpty())
        return awsApiAdapters();
    QList<std::shared_ptr<ServiceAdapter>> out;
    QStringList unknown;
    for (const QString &s : services) {
        if (auto a = adapterFor(s.trimmed().toLower()))
            out.append(a);
        else
            unknown.append(s);
    }
    if (!unknown.isEmpty())
        return Error(Error::Code::InvalidArgument, QStringLiteral("unknown service %1; PodDeck knows %2")
                                                       .arg(unknown.join(QLatin1String(", ")), supportedServices().join(QLatin1String(", "))));
    return out;
}

} // namespace poddeck
