#include "bundle/LocalStackMetadata.h"

#include <QMap>

#include <algorithm>

namespace poddeck {

namespace {

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && ((value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))
                              || (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))))) {
        value = value.mid(1, value.size() - 2);
    } else {
        const qsizetype comment = value.indexOf(QLatin1String(" #"));
        if (comment >= 0)
            value = value.left(comment).trimmed();
    }
    return value;
}

} // namespace

LocalStackMetadata LocalStackMetadata::parse(const QByteArray &yaml)
{
    QMap<QString, QString> scalars;
    QStringList services;
    bool hasServices = false;
    bool inServices = false;
    const QList<QByteArray> lines = yaml.split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).remove(QLatin1Char('\r'));
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) || trimmed == QLatin1String("---"))
            continue;
        if (inServices && trimmed.startsWith(QLatin1String("- "))) {
            services.append(unquote(trimmed.mid(2)));
            continue;
        }
        inServices = false;
        if (line.at(0).isSpace())
            continue; // nested under a key we do not read
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("services")) {
            hasServices = true;
            if (value.isEmpty()) {
                inServices = true;
            } else if (value.startsWith(QLatin1Char('[')) && value.endsWith(QLatin1Char(']'))) {
                for (const QString &s : value.mid(1, value.size() - 2).split(QLatin1Char(',')))
                    if (!unquote(s).isEmpty())
                        services.append(unquote(s));
            }
            continue;
        }
        scalars.insert(key, unquote(value));
    }
    LocalStackMetadata m;
    for (const char *key : {"localstack_version", "localstack_ext_version", "version"}) {
        const QString v = scalars.value(QLatin1String(key));
        if (!v.isEmpty() && v != QLatin1String("null") && v != QLatin1String("~")) {
            m.version = v;
            break;
        }
    }
    m.name = scalars.value(QStringLiteral("name"));
    services.removeAll(QString());
    std::sort(services.begin(), services.end());
    services.erase(std::unique(services.begin(), services.end()), services.end());
    m.services = services;
    m.hasServices = hasServices && !services.isEmpty();
    return m;
}

} // namespace poddeck
