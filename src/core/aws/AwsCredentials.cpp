#include "aws/AwsCredentials.h"

#include "util/ErrorText.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

namespace poddeck {

AwsCredentials AwsCredentials::fromEnvironment(const QProcessEnvironment &env)
{
    AwsCredentials c;
    c.accessKeyId = env.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
    c.secretAccessKey = env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    c.sessionToken = env.value(QStringLiteral("AWS_SESSION_TOKEN"));
    return c;
}

Result<AwsCredentials> AwsCredentials::fromProfileFile(const QString &path, const QString &profile)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error(Error::Code::NotFound, ErrorText::tr("cannot read AWS credentials file %1").arg(path));
    QTextStream in(&file);
    AwsCredentials c;
    bool inProfile = false;
    bool found = false;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            QString name = line.mid(1, line.size() - 2).trimmed();
            // ~/.aws/config spells non-default profiles "[profile name]"; accept both spellings.
            if (name.startsWith(QLatin1String("profile ")))
                name = name.mid(8).trimmed();
            inProfile = name == profile;
            found = found || inProfile;
            continue;
        }
        if (!inProfile)
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0)
            continue;
        const QString key = line.left(eq).trimmed().toLower();
        const QString value = line.mid(eq + 1).trimmed();
        if (key == QLatin1String("aws_access_key_id"))
            c.accessKeyId = value;
        else if (key == QLatin1String("aws_secret_access_key"))
            c.secretAccessKey = value;
        else if (key == QLatin1String("aws_session_token"))
            c.sessionToken = value;
    }
    if (!found)
        return Error(Error::Code::NotFound, ErrorText::tr("no profile [%1] in %2").arg(profile, path));
    if (!c.isValid())
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("profile [%1] in %2 lacks aws_access_key_id or aws_secret_access_key")
                         .arg(profile, path));
    return c;
}

AwsCredentials AwsCredentials::resolve(const QProcessEnvironment &env)
{
    AwsCredentials c = fromEnvironment(env);
    if (c.isValid())
        return c;
    QString path = env.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"));
    if (path.isEmpty())
        path = QDir::homePath() + QStringLiteral("/.aws/credentials");
    const QString profile = env.value(QStringLiteral("AWS_PROFILE"), QStringLiteral("default"));
    if (Result<AwsCredentials> p = fromProfileFile(path, profile))
        return *p;
    return AwsCredentials{QStringLiteral("test"), QStringLiteral("test"), QString()};
}

} // namespace poddeck
