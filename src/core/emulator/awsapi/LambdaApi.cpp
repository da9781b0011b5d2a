#include "emulator/awsapi/LambdaApi.h"

#include "emulator/awsapi/DocumentJson.h"

#include <QJsonArray>

namespace poddeck::LambdaApi {

namespace {

// Configuration members copied as they are when present and not empty.
const QStringList ConfigurationMembers{
    QStringLiteral("Runtime"), QStringLiteral("Handler"), QStringLiteral("Role"), QStringLiteral("Description"),
    QStringLiteral("Timeout"), QStringLiteral("MemorySize"), QStringLiteral("TracingConfig"),
    QStringLiteral("EphemeralStorage"), QStringLiteral("KMSKeyArn")};

// Event source mapping settings kept when present (null and empty members are skipped).
const QStringList MappingMembers{
    QStringLiteral("BatchSize"), QStringLiteral("MaximumBatchingWindowInSeconds"), QStringLiteral("FilterCriteria"),
    QStringLiteral("ParallelizationFactor"), QStringLiteral("MaximumRecordAgeInSeconds"),
    QStringLiteral("BisectBatchOnFunctionError"), QStringLiteral("MaximumRetryAttempts"),
    QStringLiteral("TumblingWindowInSeconds"), QStringLiteral("FunctionResponseTypes"),
    QStringLiteral("DestinationConfig"), QStringLiteral("ScalingConfig"), QStringLiteral("Topics"),
    QStringLiteral("Queues")};

bool isEmptyValue(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty())
        || (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
}

} // namespace

AwsRequest request(const QString &operation, const QByteArray &method, const QString &path, const QJsonObject &body,
                   const QueryItems &query)
{
    return AwsRequest::restJson(AwsService::lambda(), operation, method, path, body, query);
}

QString functionPath(const QString &name) { return QStringLiteral("/2015-03-31/functions/") + name; }
QString layerVersionsPath(const QString &layer) { return QStringLiteral("/2018-10-31/layers/%1/versions").arg(layer); }
QString mappingsPath() { return QStringLiteral("/2015-03-31/event-source-mappings"); }
QString tagsPath(const QString &arn) { return QStringLiteral("/2017-03-31/tags/") + arn; }

QString functionArn(const QString &region, const QString &account, const QString &name)
{
    return QStringLiteral("arn:aws:lambda:%1:%2:function:%3").arg(region, account, name);
}

QJsonObject functionDocument(const QJsonObject &configuration, const QJsonObject &tags, const QJsonObject &code)
{
    QJsonObject doc;
    for (const QString &m : ConfigurationMembers)
        if (!isEmptyValue(configuration.value(m)))
            doc.insert(m, configuration.value(m));
    doc.insert(QStringLiteral("PackageType"), configuration.value(QStringLiteral("PackageType")).toString(QStringLiteral("Zip")));
    if (!isEmptyValue(configuration.value(QStringLiteral("Architectures"))))
        doc.insert(QStringLiteral("Architectures"), configuration.value(QStringLiteral("Architectures")));
    const QJsonObject variables = configuration.value(QStringLiteral("Environment"))[QStringLiteral("Variables")].toObject();
    if (!variables.isEmpty())
        doc.insert(QStringLiteral("Environment"), QJsonObject{{QStringLiteral("Variables"), variables}});
    QJsonArray layers;
    for (const QJsonValue &l : configuration.value(QStringLiteral("Layers")).toArray())
        layers.append(l[QStringLiteral("Arn")].toString());
    if (!layers.isEmpty())
        doc.insert(QStringLiteral("Layers"), layers);
    const QString deadLetter = configuration.value(QStringLiteral("DeadLetterConfig"))[QStringLiteral("TargetArn")].toString();
    if (!deadLetter.isEmpty())
        doc.insert(QStringLiteral("DeadLetterConfig"), QJsonObject{{QStringLiteral("TargetArn"), deadLetter}});
    const QJsonObject vpc = configuration.value(QStringLiteral("VpcConfig")).toObject();
    if (!vpc.value(QStringLiteral("SubnetIds")).toArray().isEmpty())
        doc.insert(QStringLiteral("VpcConfig"),
                   QJsonObject{{QStringLiteral("SubnetIds"), DocumentJson::toArray(DocumentJson::sortedStrings(vpc.value(QStringLiteral("SubnetIds")).toArray()))},
                               {QStringLiteral("SecurityGroupIds"), DocumentJson::toArray(DocumentJson::sortedStrings(vpc.value(QStringLiteral("SecurityGroupIds")).toArray()))}});
    if (!tags.isEmpty())
        doc.insert(QStringLiteral("Tags"), tags);
    if (doc.value(QStringLiteral("PackageType")) == QLatin1String("Image"))
        doc.insert(QStringLiteral("ImageUri"), code.value(QStringLiteral("ImageUri")).toString());
    else
        doc.insert(QStringLiteral("CodeSha256"), configuration.value(QStringLiteral("CodeSha256")).toString());
    return doc;
}

QJsonObject configurationInput(const QJsonObject &doc, bool forUpdate)
{
    QJsonObject in;
    for (const QString &m : ConfigurationMembers + QStringList{QStringLiteral("Layers"), QStringLiteral("Environment"),
                                                               QStringLiteral("DeadLetterConfig"), QStringLiteral("VpcConfig")})
        if (doc.contains(m))
            in.insert(m, doc.value(m));
    if (forUpdate) {
        if (!in.contains(QStringLiteral("Description")))
            in.insert(QStringLiteral("Description"), QString());
        if (!in.contains(QStringLiteral("Layers")))
            in.insert(QStringLiteral("Layers"), QJsonArray());
        if (!in.contains(QStringLiteral("Environment")))
            in.insert(QStringLiteral("Environment"), QJsonObject{{QStringLiteral("Variables"), QJsonObject()}});
    }
    return in;
}

bool configurationDiffers(const QJsonObject &a, const QJsonObject &b)
{
    return configurationInput(a, true) != configurationInput(b, true);
}

QJsonObject layerVersionDocument(const QJsonObject &v)
{
    QJsonObject doc{{QStringLiteral("CodeSha256"), v.value(QStringLiteral("Content"))[QStringLiteral("CodeSha256")].toString()}};
    for (const QString &m : {QStringLiteral("CompatibleRuntimes"), QStringLiteral("CompatibleArchitectures")})
        if (!isEmptyValue(v.value(m)))
            doc.insert(m, DocumentJson::toArray(DocumentJson::sortedStrings(v.value(m).toArray())));
    for (const QString &m : {QStringLiteral("Description"), QStringLiteral("LicenseInfo")})
        DocumentJson::insertIfNotEmpty(doc, m, v.value(m).toString());
    return doc;
}

QJsonObject layerVersionInput(const QJsonObject &doc, const QByteArray &zip)
{
    QJsonObject in{{QStringLiteral("Content"), QJsonObject{{QStringLiteral("ZipFile"), QString::fromLatin1(zip.toBase64())}}}};
    for (const QString &m : {QStringLiteral("CompatibleRuntimes"), QStringLiteral("CompatibleArchitectures"),
                             QStringLiteral("Description"), QStringLiteral("LicenseInfo")})
        if (doc.contains(m))
            in.insert(m, doc.value(m));
    return in;
}

QJsonObject mappingDocument(const QJsonObject &mapping)
{
    QJsonObject doc{{QStringLiteral("FunctionName"), functionNameOf(mapping.value(QStringLiteral("FunctionArn")).toString())},
                    {QStringLiteral("EventSourceArn"), mapping.value(QStringLiteral("EventSourceArn")).toString()}};
    const QString state = mapping.value(QStringLiteral("State")).toString();
    doc.insert(QStringLiteral("Enabled"), state != QLatin1String("Disabled") && state != QLatin1String("Disabling"));
    for (const QString &m : MappingMembers)
        if (!isEmptyValue(mapping.value(m)))
            doc.insert(m, mapping.value(m));
    // Clearing filters leaves {"Filters": []}: the same as none.
    if (doc.value(QStringLiteral("FilterCriteria"))[QStringLiteral("Filters")].toArray().isEmpty())
        doc.remove(QStringLiteral("FilterCriteria"));
    DocumentJson::insertIfNotEmpty(doc, QStringLiteral("StartingPosition"), mapping.value(QStringLiteral("StartingPosition")).toString());
    return doc;
}

QString mappingId(const QJsonObject &doc)
{
    return doc.value(QStringLiteral("FunctionName")).toString() + u'|' + doc.value(QStringLiteral("EventSourceArn")).toString();
}

QJsonObject mappingUpdateInput(const QJsonObject &doc)
{
    QJsonObject in{{QStringLiteral("FunctionName"), doc.value(QStringLiteral("FunctionName"))},
                   {QStringLiteral("Enabled"), doc.value(QStringLiteral("Enabled"))}};
    for (const QString &m : MappingMembers)
        if (doc.contains(m) && m != QLatin1String("Topics") && m != QLatin1String("Queues"))
            in.insert(m, doc.value(m));
    if (!in.contains(QStringLiteral("FilterCriteria")))
        in.insert(QStringLiteral("FilterCriteria"), QJsonObject{{QStringLiteral("Filters"), QJsonArray()}});
    return in;
}

QString functionNameOf(const QString &functionArn)
{
    if (!functionArn.startsWith(QLatin1String("arn:")))
        return functionArn;
    return functionArn.section(u':', 6);
}

} // namespace poddeck::LambdaApi
