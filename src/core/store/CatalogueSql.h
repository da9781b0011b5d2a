#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

// Internal helpers of the catalogue (src/core/store/Catalogue*.cpp): every SQL statement goes through
// these, so values are always bound (never pasted into SQL text) and every failure becomes an Error
// that says what we were doing, what SQLite said, and which file.
namespace poddeck::catalogue {

Error sqlError(const QSqlDatabase &db, const QSqlError &error, const QString &what);

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql, const QString &what);
// Runs a prepared INSERT/UPDATE/DELETE with these values; returns the number of rows it changed.
// The statement is reset at once, so it never holds a lock past its own step.
Result<int> change(const QSqlDatabase &db, QSqlQuery &query, const QVariantList &values,
                   const QString &what);
Result<int> change(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                   const QString &what);
// Runs a SELECT (or a PRAGMA that answers); the query is positioned before the first row.
Result<QSqlQuery> select(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                         const QString &what);
// First column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> selectValue(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                             const QString &what);

// A bound QString that is null would be stored as SQL NULL; text columns are NOT NULL DEFAULT ''.
inline QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

// Timestamps are stored as ISO 8601 UTC with milliseconds ("2024-05-01T12:00:00.000Z"), which sort
// as text in time order.
QString isoUtc(const QDateTime &time);
QString isoNow();
QDateTime fromIso(const QString &text);

} // namespace poddeck::catalogue
