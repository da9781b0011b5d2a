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
    // One life of the emulator: the boot id of PodDeck's moto entry point (GET /_poddeck/info) or
    // LocalStack's session (GET /_localstack/info); empty when the emulator does not say. A restart
    // changes it, so an instance head recorded in another life no longer applies.
    QString life;
    // Routes PodDeck's moto entry point adds (GET /_poddeck/info "features"), e.g. "lambda-code".
    QStringList features;
    bool hasFeature(const QString &name) const { return features.contains(name); }

    static QString kindName(Kind kind);
    QString kindName() const { return kindName(kind); }
    QJsonObject toJson() const;
};

} // namespace poddeck
