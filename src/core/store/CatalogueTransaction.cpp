#include "store/CatalogueTransaction.h"

#include "store/CatalogueSql.h"

namespace poddeck {

CatalogueTransaction::~CatalogueTransaction()
{
    if (m_active) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

Status CatalogueTransaction::begin(const QString &what)
{
    m_what = what;
    const QString sql = m_mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    Result<int> r = catalogue::change(m_db, sql, {}, what);
    if (!r)
        return r.error();
    m_active = true;
    return {};
}

Status CatalogueTransaction::commit()
{
    Result<int> r = catalogue::change(m_db, QStringLiteral("COMMIT"), {}, m_what);
    if (!r)
        return r.error();
    m_active = false;
    return {};
}

} // namespace poddeck
