#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QString>

namespace poddeck {

// One remote as the catalogue records it: a value type views hold without including the catalogue.
struct RemoteInfo
{
    QString name;
    QString url;
    QJsonObject options; // never secrets: those live in the OS keychain

    // Pushed data is encrypted client-side (EncryptedRemote); the passphrase is in the keychain only.
    // Recorded in options (the remotes table keeps per-remote settings there), so no schema change.
    bool isEncrypted() const { return options.value(QLatin1String("encrypted")).toBool(); }
    // Added with --allow-insecure-http: an http:// endpoint on another host is accepted (RemoteUrl::isInsecureHttp).
    bool allowsInsecureHttp() const { return options.value(QLatin1String("allowInsecureHttp")).toBool(); }
};

} // namespace poddeck
