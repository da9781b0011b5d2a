#include "app/jobs/ImportFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace poddeck {

namespace {

// Gives the free functions below a translation context lupdate understands.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(poddeck::ImportFiles)
};

QString describe(const ImportReport &report)
{
    const int total = int(report.versions.size());
    if (report.added == 0)
        return ImportText::tr("Pod '%1' already has all %n version(s) in the file", nullptr, total).arg(report.pod);
    if (report.added < total)
        return ImportText::tr("Imported %n new version(s) of pod '%1'", nullptr, report.added).arg(report.pod) + QLatin1Char(' ') +
               ImportText::tr("(%n already present)", nullptr, total - report.added);
    return ImportText::tr("Imported %n version(s) of pod '%1'", nullptr, report.added).arg(report.pod);
}

} // namespace

Result<QList<FileImport>> importFiles(const QString &home, const QStringList &files, JobContext &context)
{
    QList<FileImport> imports;
    for (const QString &file : files) {
        if (context.isCancelled())
            return Error(Error::Code::Cancelled, ImportText::tr("Import cancelled."));
        FileImport import;
        import.file = file;
        Result<ImportReport> report = importFile(ImportRequest{home, file, QString()}, context);
        if (report)
            import.report = std::move(report).value();
        else if (report.error().code == Error::Code::Cancelled)
            return report.error();
        else
            import.error = report.error();
        imports.append(std::move(import));
    }
    return imports;
}

QString importDisplayName(const QString &fileOrUrl)
{
    if (fileOrUrl.startsWith(QLatin1String("http://")) || fileOrUrl.startsWith(QLatin1String("https://")))
        return QUrl(fileOrUrl).fileName();
    return QFileInfo(fileOrUrl).fileName();
}

QString describeImported(const QList<FileImport> &imports)
{
    QStringList lines;
    for (const FileImport &import : imports)
        if (import.report)
            lines.append(describe(*import.report));
    return lines.join(QStringLiteral("; "));
}

QString describeFailed(const QList<FileImport> &imports, QString *details)
{
    QList<const FileImport *> failed;
    QStringList lines;
    for (const FileImport &import : imports) {
        if (import.report)
            continue;
        failed.append(&import);
        lines.append(ImportText::tr("%1: %2").arg(QDir::toNativeSeparators(import.file), import.error.message));
    }
    if (details)
        *details = lines.join(QLatin1Char('\n'));
    if (failed.isEmpty())
        return QString();
    if (failed.size() == 1) {
        const QString name = importDisplayName(failed.first()->file);
        const QString message = failed.first()->error.message;
        // The core's messages usually name the file already; say it once.
        if (message.contains(name))
            return ImportText::tr("Import failed: %1").arg(message);
        return ImportText::tr("Could not import %1: %2").arg(name, message);
    }
    return ImportText::tr("Could not import %n file(s)", nullptr, int(failed.size()));
}

} // namespace poddeck
