#include "store/CatalogueSql.h"

#include "util/ErrorText.h"

namespace poddeck::catalogue {

namespace {

// Primary SQLite result codes that mean "this file is damaged or is no database at all".
bool isCorruption(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26")
           || error.databaseText().contains(QLatin1String("not a database"));
}

} // namespace

Error sqlError(const QSqlDatabase &db, const QSqlError &error, const QString &what)
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    return Error(isCorruption(error) ? Error::Code::Corrupt : Error::Code::Database,
                 //: %1 is what was being done (a phrase like "reading pod 'x'"), %2 SQLite's message, %3 the file
                 ErrorText::tr("%1 failed: %2 (%3)").arg(what, detail, db.databaseName()));
}

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(db, query.lastError(), what);
    return query;
}

Result<int> change(const QSqlDatabase &db, QSqlQuery &query, const QVariantList &values,
                   const QString &what)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    const bool ok = query.exec();
    const Result<int> result = ok ? Result<int>(query.numRowsAffected())
                                  : Result<int>(sqlError(db, query.lastError(), what));
    query.finish();
    return result;
}

Result<int> change(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                   const QString &what)
{
    Result<QSqlQuery> query = prepare(db, sql, what);
    if (!query)
        return query.error();
    return change(db, *query, values, what);
}

Result<QSqlQuery> select(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                         const QString &what)
{
    Result<QSqlQuery> query = prepare(db, sql, what);
    if (!query)
        return query.error();
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec())
        return sqlError(db, query->lastError(), what);
    return query;
}

Result<QVariant> selectValue(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                             const QString &what)
{
    Result<QSqlQuery> query = select(db, sql, values, what);
    if (!query)
        return query.error();
    if (!query->next()) {
        if (query->lastError().isValid())
            return sqlError(db, query->lastError(), what);
        return QVariant();
    }
    return query->value(0);
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QString isoNow()
{
    return isoUtc(QDateTime::currentDateTimeUtc());
}

QDateTime fromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace poddeck::catalogue
