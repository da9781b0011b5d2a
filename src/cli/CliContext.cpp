#include "CliContext.h"

#include "CliProgress.h"
#include "TerminalSafe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cstdio>
#include <unistd.h>

namespace poddeck::cli {

JobContext CliContext::job()
{
    if (!m_progress)
        m_progress = std::make_shared<CliProgress>(CliProgress::choose(quiet, forceProgress, ::isatty(STDERR_FILENO) == 1));
    if (m_progress->mode() == CliProgress::Mode::Off)
        return JobContext();
    return JobContext([progress = m_progress](const JobContext::Progress &p) { progress->update(p); });
}

void CliContext::finishProgress()
{
    if (m_progress)
        m_progress->finish();
}

QTextStream &CliContext::out()
{
    finishProgress();
    static TerminalSafeDevice device(stdout); // escapes control characters from pods and remotes
    static QTextStream stream(&device);
    return stream;
}

int CliContext::fail(const QString &message, int code)
{
    out().flush();
    QTextStream err(stderr);
    QString oneLine = message;
    oneLine.replace(QLatin1Char('\n'), QLatin1String("; "));
    err << "poddeck-cli: " << escapeControls(oneLine) << Qt::endl;
    return code;
}

void CliContext::warn(const QString &message)
{
    out().flush();
    QTextStream err(stderr);
    err << "poddeck-cli: warning: " << escapeControls(message) << Qt::endl;
}

int CliContext::fail(const Error &error)
{
    return fail(error.message, error.code == Error::Code::InvalidArgument ? ExitUsage : ExitFailure);
}

void CliContext::printJson(const QJsonValue &value)
{
    QJsonDocument doc;
    if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        doc = QJsonDocument(value.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

bool CliContext::parse(QCommandLineParser &parser, const QString &synopsis, int minPositional, int maxPositional,
                       int *exitCode)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args)) {
        *exitCode = fail(QStringLiteral("%1 (usage: poddeck-cli %2)").arg(parser.errorText(), synopsis), ExitUsage);
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: poddeck-cli %1\n").arg(synopsis));
        out() << text;
        out().flush();
        *exitCode = ExitOk;
        return false;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional || n > maxPositional) {
        *exitCode = fail(QStringLiteral("usage: poddeck-cli %1").arg(synopsis), ExitUsage);
        return false;
    }
    return true;
}

} // namespace poddeck::cli
