#include "state/SecretMask.h"

#include "state/ResourcePath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace poddeck {

namespace {

QStringList words(const QString &name)
{
    // "SSEKMSKeyId" -> sse kms key id; "DB_PASSWORD" -> db password; "S3Key" -> s3 key
    static const QRegularExpression hump(QStringLiteral("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+[a-z]*"));
    QStringList out;
    for (const QString &part : name.split(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), Qt::SkipEmptyParts)) {
        auto it = hump.globalMatch(part);
        QString pending; // digits join the word before them: S3, Ec2
        while (it.hasNext()) {
            const QString w = it.next().captured().toLower();
            if (w.front().isDigit() && !out.isEmpty() && !pending.isEmpty()) {
                out.last() += w;
                continue;
            }
            out.append(w);
            pending = w;
        }
    }
    return out;
}

bool sameKey(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].compare(b[i], Qt::CaseInsensitive) != 0)
            return false;
    return true;
}

bool startsWith(const QStringList &key, const QStringList &prefix)
{
    return key.size() >= prefix.size() && sameKey(key.mid(0, prefix.size()), prefix);
}

QString resourceType(const QString &path)
{
    const QStringList s = ResourcePath::segments(path);
    if (s.size() < 5)
        return QString();
    return s[0] + QLatin1Char('/') + (s.size() > 5 ? s[s.size() - 2] : s[3]);
}

bool isSecureValue(const QJsonObject &parent, const QString &name)
{
    return name == QLatin1String("Value") && parent.value(QStringLiteral("Type")).toString() == QLatin1String("SecureString");
}

} // namespace

SecretMask::SecretMask(const QStringList &marks) : m_marks(marks)
{
    for (const QString &m : marks) {
        if (!checkMark(m).isEmpty())
            continue;
        Mark parsed;
        QString key = m.trimmed();
        if (const qsizetype colon = key.indexOf(QLatin1Char(':')); colon >= 0) {
            parsed.type = key.left(colon);
            key = key.mid(colon + 1);
        }
        parsed.key = key.split(QLatin1Char('.'));
        m_parsed.append(parsed);
    }
}

QString SecretMask::checkMark(const QString &mark)
{
    const QString m = mark.trimmed();
    const qsizetype colon = m.indexOf(QLatin1Char(':'));
    const QString type = colon >= 0 ? m.left(colon) : QString();
    const QString key = colon >= 0 ? m.mid(colon + 1) : m;
    if (colon >= 0 && type.split(QLatin1Char('/')).size() != 2)
        return QCoreApplication::translate("poddeck::Error", "the type before ':' is SERVICE/TYPE, e.g. "
                                                             "lambda/function:Environment.Variables.STRIPE_URL");
    if (key.isEmpty() || key.split(QLatin1Char('.')).contains(QString()))
        return QCoreApplication::translate("poddeck::Error",
                                           "the key path is keys joined by '.', e.g. Environment.Variables.STRIPE_URL");
    return QString();
}

bool SecretMask::isSecretName(const QString &key)
{
    static const QStringList secretWords{QStringLiteral("password"),   QStringLiteral("passwd"),
                                         QStringLiteral("passphrase"), QStringLiteral("secret"),
                                         QStringLiteral("token"),      QStringLiteral("credential"),
                                         QStringLiteral("apikey"),     QStringLiteral("privatekey"),
                                         QStringLiteral("accesskey")};
    // Words that, in last place, name something about a secret rather than the secret.
    static const QSet<QString> referenceWords{
        QStringLiteral("id"),     QStringLiteral("ids"),     QStringLiteral("arn"),    QStringLiteral("arns"),
        QStringLiteral("name"),   QStringLiteral("names"),   QStringLiteral("type"),   QStringLiteral("types"),
        QStringLiteral("schema"), QStringLiteral("spec"),    QStringLiteral("usage"),  QStringLiteral("source"),
        QStringLiteral("state"),  QStringLiteral("status"),  QStringLiteral("stage"),  QStringLiteral("stages"),
        QStringLiteral("version"), QStringLiteral("versions"), QStringLiteral("policy"), QStringLiteral("rules"),
        QStringLiteral("date"),   QStringLiteral("time")};
    // Keys that locate or identify data, not unlock it.
    static const QSet<QString> structuralKeys{
        QStringLiteral("partition"), QStringLiteral("sort"),    QStringLiteral("hash"),   QStringLiteral("range"),
        QStringLiteral("primary"),   QStringLiteral("foreign"), QStringLiteral("row"),    QStringLiteral("object"),
        QStringLiteral("s3"),        QStringLiteral("tag"),     QStringLiteral("cache"),  QStringLiteral("idempotency"),
        QStringLiteral("routing"),   QStringLiteral("dedup"),   QStringLiteral("deduplication"),
        QStringLiteral("lookup"),    QStringLiteral("group"),   QStringLiteral("shard"),  QStringLiteral("sequence"),
        QStringLiteral("message"),   QStringLiteral("public"),  QStringLiteral("kms"),    QStringLiteral("item"),
        QStringLiteral("attribute"), QStringLiteral("composite"), QStringLiteral("source"), QStringLiteral("target")};
    const QStringList w = words(key);
    if (w.isEmpty() || referenceWords.contains(w.last()))
        return false;
    for (const QString &word : w)
        for (const QString &s : secretWords)
            if (word.contains(s))
                return true;
    const QString &last = w.last();
    return (last == QLatin1String("key") || last == QLatin1String("keys")) && w.size() >= 2
           && !structuralKeys.contains(w[w.size() - 2]);
}

bool SecretMask::isMarked(const QString &path, const QStringList &key) const
{
    if (m_parsed.isEmpty())
        return false;
    const QString type = resourceType(path);
    for (const Mark &m : m_parsed)
        if ((m.type.isEmpty() || m.type.compare(type, Qt::CaseInsensitive) == 0) && startsWith(key, m.key))
            return true;
    return false;
}

bool SecretMask::isSecret(const QString &path, const QJsonObject &document, const QStringList &key) const
{
    if (key.isEmpty())
        return false;
    if (isMarked(path, key))
        return true;
    QJsonObject parent = document;
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (isSecretName(key[i]))
            return true;
        if (i + 1 == key.size() && isSecureValue(parent, key[i]))
            return true;
        parent = parent.value(key[i]).toObject(); // empty past a list or a scalar: no SecureString there
    }
    return false;
}

QJsonValue SecretMask::maskWhole(const QJsonValue &value)
{
    return value.isString() || value.isObject() || value.isArray() ? QJsonValue(QString::fromLatin1(Mask)) : value;
}

QJsonValue SecretMask::maskedIn(const QString &path, const QJsonObject &parent, QStringList &key,
                                const QJsonValue &value, const QList<QStringList> &revealed) const
{
    const bool shown = std::any_of(revealed.cbegin(), revealed.cend(), [&](const QStringList &r) { return sameKey(r, key); });
    if (!shown && !key.isEmpty()
        && (isSecretName(key.last()) || isSecureValue(parent, key.last()) || isMarked(path, key)))
        return maskWhole(value);
    if (shown)
        return value; // revealed as a whole, as it was masked
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        const QJsonObject original = o;
        for (auto it = o.begin(); it != o.end(); ++it) {
            key.append(it.key());
            it.value() = maskedIn(path, original, key, it.value(), revealed);
            key.removeLast();
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = maskedIn(path, QJsonObject(), key, *it, revealed);
        return a;
    }
    return value;
}

QJsonValue SecretMask::masked(const QString &path, const QJsonObject &document, const QStringList &key,
                              const QJsonValue &value, const QList<QStringList> &revealed) const
{
    if (isSecret(path, document, key)) {
        const bool shown = std::any_of(revealed.cbegin(), revealed.cend(), [&](const QStringList &r) {
            return startsWith(key, r);
        });
        return shown ? value : maskWhole(value);
    }
    // Below a key that is not secret itself: its parts decide.
    QStringList k = key;
    QJsonObject parent;
    if (!key.isEmpty()) {
        parent = document;
        for (qsizetype i = 0; i + 1 < key.size(); ++i)
            parent = parent.value(key[i]).toObject();
    }
    return maskedIn(path, parent, k, value, revealed);
}

QJsonObject SecretMask::masked(const QString &path, const QJsonObject &document, const QList<QStringList> &revealed) const
{
    QStringList key;
    return maskedIn(path, QJsonObject(), key, document, revealed).toObject();
}

bool SecretMask::holdsSecret(const QString &path, const QJsonObject &document, const QStringList &key,
                             const QJsonValue &value) const
{
    return masked(path, document, key, value) != value;
}

} // namespace poddeck
