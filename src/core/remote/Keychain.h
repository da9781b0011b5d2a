#pragma once

#include "util/Result.h"

#include <QString>

namespace poddeck {

// Remote secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows): service "PodDeck", one entry per remote URL and user, no insecure
// plain-text fallback. QtKeychain jobs are asynchronous; these calls wait for them in a local event loop,
// which is fine in the CLI and in job threads and refused on the GUI thread (Code::Unsupported).
// Messages never include the secret.
class Keychain
{
public:
    static constexpr const char *Service = "PodDeck";
    static constexpr int TimeoutMs = 60000;

    // "<user>@<remote url>": what the entry is stored under.
    static QString keyFor(const QString &remoteUrl, const QString &user);
    // "encryption@<remote url>": the passphrase of an encrypted remote.
    static QString passphraseKeyFor(const QString &remoteUrl) { return keyFor(remoteUrl, QStringLiteral("encryption")); }

    // NotFound when there is no such entry; Unsupported (with what to do instead) when no keychain runs.
    static Result<QString> readSecret(const QString &key);
    static Status writeSecret(const QString &key, const QString &secret);
    static Status removeSecret(const QString &key); // no error when the entry does not exist

    // The text used when no keychain answers.
    static QString unavailableMessage(const QString &detail);
};

} // namespace poddeck
