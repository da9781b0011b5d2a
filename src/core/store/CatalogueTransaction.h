#pragma once

#include "util/Result.h"

#include <QSqlDatabase>

namespace poddeck {

// One SQLite transaction on a catalogue connection; rolled back when it goes out of scope uncommitted.
// Write transactions start with BEGIN IMMEDIATE: they take the write lock up front (waiting up to the
// busy timeout for another process to finish) instead of upgrading a read lock later, which in WAL
// mode fails at once with SQLITE_BUSY when another connection wrote in between.
// Read transactions give several SELECTs one consistent snapshot.
class CatalogueTransaction
{
public:
    enum class Mode { Read, Write };

    CatalogueTransaction(const QSqlDatabase &db, Mode mode) : m_db(db), m_mode(mode) {}
    ~CatalogueTransaction();
    CatalogueTransaction(const CatalogueTransaction &) = delete;
    CatalogueTransaction &operator=(const CatalogueTransaction &) = delete;

    // `what` names the operation in error messages ("adding versions to pod 'x'").
    Status begin(const QString &what);
    Status commit();

private:
    QSqlDatabase m_db;
    Mode m_mode;
    QString m_what;
    bool m_active = false;
};

} // namespace poddeck
