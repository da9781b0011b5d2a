#include "emulator/EmulatorInfo.h"

#include <QJsonArray>

namespace poddeck {

QString EmulatorInfo::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Moto: return QStringLiteral("moto");
    case Kind::LocalStack: return QStringLiteral("localstack");
    case Kind::Aws: return QStringLiteral("aws");
    }
    return {};
}

QJsonObject EmulatorInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("kind"), kindName()},
                       {QStringLiteral("endpoint"), endpoint},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("healthy"), healthy},
                       {QStringLiteral("services"), QJsonArray::fromStringList(services)},
                       {QStringLiteral("account"), account},
                       {QStringLiteral("stateApi"), stateApi},
                       {QStringLiteral("notice"), notice},
                       {QStringLiteral("life"), life},
                       {QStringLiteral("features"), QJsonArray::fromStringList(features)}};
}

} // namespace poddeck
