#include "jobs/SecretMarks.h"

#include "store/Catalogue.h"
#include "util/ErrorText.h"

namespace poddeck::SecretMarks {

namespace {

const QString Setting = QStringLiteral("secretMarks");

Status store(Catalogue &catalogue, const QStringList &marks)
{
    return marks.isEmpty() ? catalogue.removeSetting(Setting) : catalogue.setSetting(Setting, marks.join(QLatin1Char('\n')));
}

} // namespace

Result<QStringList> list(Catalogue &catalogue)
{
    Result<QString> text = catalogue.setting(Setting);
    if (!text)
        return text.error();
    return text->split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

Result<SecretMask> mask(Catalogue &catalogue)
{
    Result<QStringList> marks = list(catalogue);
    if (!marks)
        return marks.error();
    return SecretMask(*marks);
}

Result<SecretMask> mask(const QString &home)
{
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    return mask(**catalogue);
}

Status add(const QString &home, const QString &mark)
{
    const QString m = mark.trimmed();
    if (const QString why = SecretMask::checkMark(m); !why.isEmpty())
        return Error(Error::Code::InvalidArgument, ErrorText::tr("Cannot mark “%1”: %2.").arg(m, why));
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    Result<QStringList> marks = list(**catalogue);
    if (!marks)
        return marks.error();
    if (marks->contains(m))
        return {};
    marks->append(m);
    return store(**catalogue, *marks);
}

Status remove(const QString &home, const QString &mark)
{
    Result<std::unique_ptr<Catalogue>> catalogue = Catalogue::open(home);
    if (!catalogue)
        return catalogue.error();
    Result<QStringList> marks = list(**catalogue);
    if (!marks)
        return marks.error();
    if (!marks->removeAll(mark.trimmed()))
        return Error(Error::Code::NotFound, ErrorText::tr("“%1” is not marked secret; `secret-marks` lists the marks.").arg(mark.trimmed()));
    return store(**catalogue, *marks);
}

} // namespace poddeck::SecretMarks
