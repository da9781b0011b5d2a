#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace poddeck {

// The one rule for which values of a resource are secret. Every view (contents, diff, merge editor) and
// every CLI command masks with it; masking is display-only, stored and applied documents keep the values.
//
// A value is addressed by its key path: the object keys from the document root down to it. Array elements
// are no steps: a value inside a list has the list's key path (so Containers[0].Environment reads as
// {"Containers", "Environment"}). A value is secret, and masked as a whole, when
//   - its key's name says it holds a secret (isSecretName): DB_PASSWORD, apiKey, AUTH_TOKEN, client_secret,
//     SecretString and SecretBinary (Secrets Manager secrets and their versions), SecretAccessKey ...;
//   - it is "Value" beside "Type": "SecureString" in the same object (SSM parameters and their history);
//   - the user marked its key path (marks(), kept per home), or it lies under a secret or marked key.
// Booleans, numbers and null are never masked: under a secret-sounding name they say how a secret is
// handled (PasswordReusePrevention: 5, RequireSymbols: true), not what it is.
//
// A name says "secret" when one of its words (split at '_', '-', '.', spaces and camelCase humps, then
// lowercased) contains password, passwd, passphrase, secret, token, credential or private/api/access-key
// run together (apikey); or when its last word is "key" after a word that is not structural (apiKey,
// STRIPE_KEY, SigningKey, but not PartitionKey, SortKey, HashKey, RangeKey, ObjectKey, S3Key, PublicKey,
// TagKey, KmsKey). A name is never secret when it is "Key"/"Value" alone (Tags' entries), or when its last
// word names a reference or a property of the secret rather than the secret itself: Id, Arn, Name, Type,
// Schema, Spec, Usage, Source, State, Status, Stage(s), Version(s), Policy, Rules, Date, Time (KeyId,
// KmsKeyId, SecretId, SecretArn, KeyName, KeySchema, KeyType, apiKeySource, AWS_ACCESS_KEY_ID, DB_SECRET_ARN).
//
// Marks are "KEY.PATH" (steps joined by '.', e.g. Environment.Variables.STRIPE_URL) for every resource, or
// "SERVICE/TYPE:KEY.PATH" (lambda/function:Environment.Variables.STRIPE_URL) for one resource type, where
// TYPE is the resource's own type segment (a child resource's: version, object, item ...). Matching
// ignores case. Each home keeps its marks (jobs/SecretMarks; `poddeck-cli secret-marks`).
class SecretMask
{
public:
    static constexpr const char *Mask = "********";

    SecretMask() = default;
    explicit SecretMask(const QStringList &marks);
    const QStringList &marks() const { return m_marks; }
    // Why a mark cannot be used (empty when it can).
    static QString checkMark(const QString &mark);

    static bool isSecretName(const QString &key);
    // Whether the value at `key` of the resource at `path` is secret as a whole. `document` is the resource
    // document (for SecureString); an empty one when it is not at hand.
    bool isSecret(const QString &path, const QJsonObject &document, const QStringList &key) const;
    // `value`, found at `key`, with every secret at or below it replaced by Mask. `revealed` lists key
    // paths the user chose to see.
    QJsonValue masked(const QString &path, const QJsonObject &document, const QStringList &key,
                      const QJsonValue &value, const QList<QStringList> &revealed = {}) const;
    QJsonObject masked(const QString &path, const QJsonObject &document, const QList<QStringList> &revealed = {}) const;
    // True when masked() would change `value` at `key`.
    bool holdsSecret(const QString &path, const QJsonObject &document, const QStringList &key,
                     const QJsonValue &value) const;

    // Mask for a secret string, object or list; booleans, numbers, null and Undefined as they are.
    static QJsonValue maskWhole(const QJsonValue &value);

private:
    struct Mark
    {
        QString type; // "service/type"; empty for every resource
        QStringList key;
    };
    bool isMarked(const QString &path, const QStringList &key) const;
    QJsonValue maskedIn(const QString &path, const QJsonObject &parent, QStringList &key, const QJsonValue &value,
                        const QList<QStringList> &revealed) const;

    QStringList m_marks;
    QList<Mark> m_parsed;
};

} // namespace poddeck
