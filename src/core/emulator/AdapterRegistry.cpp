#include "emulator/AdapterRegistry.h"

#include "emulator/awsapi/S3Adapter.h"
#include "emulator/awsapi/SqsAdapter.h"
#include "emulator/awsapi/SnsAdapter.h"
#include "emulator/awsapi/DynamoDbAdapter.h"
#include "emulator/awsapi/IamAdapter.h"
#include "emulator/awsapi/LambdaAdapter.h"
#include "emulator/awsapi/SsmAdapter.h"
#include "emulator/awsapi/SecretsManagerAdapter.h"
#include "emulator/awsapi/EcsAdapter.h"
#include "emulator/awsapi/EcrAdapter.h"
#include "emulator/awsapi/KinesisAdapter.h"
#include "emulator/awsapi/LogsAdapter.h"
#include "emulator/awsapi/KmsAdapter.h"
#include "emulator/awsapi/EventBridgeAdapter.h"
#include "emulator/awsapi/StepFunctionsAdapter.h"
#include "emulator/awsapi/ApiGatewayAdapter.h"
#include "util/ErrorText.h"

namespace poddeck {

QList<std::shared_ptr<ServiceAdapter>> awsApiAdapters()
{
    static const QList<std::shared_ptr<ServiceAdapter>> adapters = [] {
        QList<std::shared_ptr<ServiceAdapter>> list;
        list.append(std::make_shared<IamAdapter>());
        list.append(std::make_shared<S3Adapter>());
        list.append(std::make_shared<SqsAdapter>());
        list.append(std::make_shared<SnsAdapter>());
        list.append(std::make_shared<DynamoDbAdapter>());
        list.append(std::make_shared<SecretsManagerAdapter>());
        list.append(std::make_shared<SsmAdapter>());
        list.append(std::make_shared<LambdaAdapter>());
        list.append(std::make_shared<EcsAdapter>());
        list.append(std::make_shared<EcrAdapter>());
        list.append(std::make_shared<KinesisAdapter>());
        list.append(std::make_shared<LogsAdapter>());
        list.append(std::make_shared<KmsAdapter>());
        list.append(std::make_shared<EventBridgeAdapter>());
        list.append(std::make_shared<StepFunctionsAdapter>());
        list.append(std::make_shared<ApiGatewayAdapter>());
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
        return Error(Error::Code::InvalidArgument, ErrorText::tr("unknown service %1; PodDeck knows %2")
                                                       .arg(unknown.join(QLatin1String(", ")), supportedServices().join(QLatin1String(", "))));
    return out;
}

} // namespace poddeck
