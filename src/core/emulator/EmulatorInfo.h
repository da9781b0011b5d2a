#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace poddeck {

// What answers at an endpoint: probeEmulator() fills it.
struct EmulatorInfo
{
    enum class Kind { None, Moto, LocalStack, Aws };
    Kind kind = Kind::None;
    QString endpoint;
    QString version;         // as the emulator reports it, when it does
    bool healthy = false;
    QStringList services;    // running/available services, when the emulator says
    QString account;         // STS GetCallerIdentity
    bool stateApi = false;   // LocalStack's licensed state API answers
    QString notice;          // something the user should know (fallbacks, missing features)

    static QString kindName(Kind kind);
    QString kindName() const { return kindName(kind); }
    QJsonObject toJson() const;
};

} // namespace poddeck
