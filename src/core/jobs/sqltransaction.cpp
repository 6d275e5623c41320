#include "sqltransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

SqlTransaction::~SqlTransaction() {
    if (m_open)
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
}

bool SqlTransaction::begin(QString* error) {
    QSqlQuery query(m_db);
    m_open = query.exec(u"BEGIN IMMEDIATE"_s);
    if (!m_open && error)
        *error = query.lastError().text();
    return m_open;
}

bool SqlTransaction::commit(QString* error) {
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    m_open = false;
    return true;
}
