#pragma once

#include <QSqlDatabase>
#include <QString>

// One write transaction, rolled back unless committed. BEGIN IMMEDIATE takes
// the write lock up front: with several processes on one WAL file a deferred
// transaction that reads and then writes can fail without waiting, whereas an
// immediate one waits for the busy timeout like any other writer.
class SqlTransaction final {
public:
    explicit SqlTransaction(QSqlDatabase& db)
        : m_db(db) {}
    ~SqlTransaction();
    Q_DISABLE_COPY_MOVE(SqlTransaction)

    bool begin(QString* error = nullptr);
    bool commit(QString* error = nullptr);

private:
    QSqlDatabase& m_db;
    bool m_open = false;
};
