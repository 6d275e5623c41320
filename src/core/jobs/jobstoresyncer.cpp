#include "jobstoresyncer.h"

#include "../platform/platform.h"

#include <QAtomicInteger>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcJobStoreSync, "videoremix.jobs.store.sync")

namespace {

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return u"videoremix-jobs-sync-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

JobStoreSyncer::JobStoreSyncer(const QString& databasePath, SyncFile syncFile, QObject* parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_connection(nextConnectionName())
    , m_syncFile(syncFile ? std::move(syncFile) : SyncFile(Platform::syncFileData)) {}

JobStoreSyncer::~JobStoreSyncer() {
    if (m_thread) {
        {
            const QMutexLocker lock(&m_mutex);
            m_stopping = true;
            m_wake.wakeAll();
        }
        // The worker serves every sync asked for before it ends.
        m_thread->wait();
    }
    if (m_logFd >= 0)
        Platform::closeFile(m_logFd);
}

bool JobStoreSyncer::start(QString* error) {
    const auto failed = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QString log = m_path + u"-wal"_s;
    // Never created here: it must be the log SQLite already has open.
    m_logFd = Platform::openExisting(log);
    if (m_logFd < 0)
        return failed(u"%1: %2"_s.arg(log, Platform::errorText(Platform::lastError())));

    // The checkpoint connection belongs to the worker thread, as Qt SQL wants.
    bool answered = false;
    bool opened = false;
    QString openError;
    m_thread.reset(QThread::create([&, this] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
            db.setDatabaseName(m_path);
            bool ok = db.open();
            QString why = db.lastError().text();
            if (ok) {
                // FULL: a checkpoint syncs the log before it copies a page
                // into the database, and the database before the log is reused.
                QSqlQuery query(db);
                ok = query.exec(u"PRAGMA synchronous = FULL"_s);
                why = query.lastError().text();
            }
            {
                // The last use of start()'s variables: it returns once woken.
                const QMutexLocker lock(&m_mutex);
                opened = ok;
                openError = why;
                answered = true;
                m_synced.wakeAll();
            }
            if (ok)
                run();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }));
    m_thread->setObjectName(u"job store sync"_s);
    m_thread->start();
    {
        const QMutexLocker lock(&m_mutex);
        while (!answered)
            m_synced.wait(&m_mutex);
    }
    if (!opened) {
        m_thread->wait();
        m_thread.reset();
        Platform::closeFile(m_logFd);
        m_logFd = -1;
        return failed(openError);
    }
    return true;
}

bool JobStoreSyncer::committed(bool durable) {
    const QMutexLocker lock(&m_mutex);
    ++m_committed;
    ++m_sinceCheckpoint;
    if (durable)
        m_requested = m_committed;
    if (durable || m_sinceCheckpoint >= CheckpointEveryCommits)
        m_wake.wakeOne();
    return !m_failed && m_logTooLong;
}

void JobStoreSyncer::checkpointed() {
    const QMutexLocker lock(&m_mutex);
    m_logTooLong = false;
}

void JobStoreSyncer::whenDurable(QObject* context, std::function<void(bool)> done) {
    bool settled = false;
    quint64 commit = 0;
    {
        const QMutexLocker lock(&m_mutex);
        commit = m_committed;
        settled = m_failed || commit <= m_durable;
        if (!settled && commit > m_requested) {
            m_requested = commit;
            m_wake.wakeOne();
        }
    }
    m_waiters.append({commit, context, std::move(done)});
    if (settled)
        QMetaObject::invokeMethod(this, &JobStoreSyncer::deliver, Qt::QueuedConnection);
}

bool JobStoreSyncer::waitUntilDurable() {
    QMutexLocker lock(&m_mutex);
    if (!m_thread)
        return false;
    const quint64 commit = m_committed;
    if (commit > m_requested) {
        m_requested = commit;
        m_wake.wakeOne();
    }
    while (!m_failed && m_durable < commit)
        m_synced.wait(&m_mutex);
    return !m_failed;
}

QString JobStoreSyncer::errorString() const {
    const QMutexLocker lock(&m_mutex);
    return m_error;
}

void JobStoreSyncer::run() {
    QMutexLocker lock(&m_mutex);
    for (;;) {
        const bool syncDue = !m_failed && m_requested > m_durable;
        const bool checkpointDue = !m_failed && m_sinceCheckpoint >= CheckpointEveryCommits;
        if (syncDue) {
            // Everything committed by now, relaxed commits too: one sync covers them all.
            const quint64 commit = m_committed;
            lock.unlock();
            const int error = m_syncFile(m_logFd);
            lock.relock();
            if (error == 0) {
                m_durable = std::max(m_durable, commit);
            } else {
                m_failed = true;
                m_error = Platform::errorText(error);
                qCWarning(lcJobStoreSync)
                    << "job library" << m_path << "could not be synced to disk:" << m_error;
            }
            m_synced.wakeAll();
            QMetaObject::invokeMethod(this, &JobStoreSyncer::deliver, Qt::QueuedConnection);
        } else if (checkpointDue) {
            m_sinceCheckpoint = 0;
            lock.unlock();
            // A checkpoint copies the log as it was when it began; the store
            // goes on writing meanwhile, and the log starts over only if the
            // store's next write finds all of it copied. So passes follow,
            // each copying what the store wrote during the one before, until
            // one finds nothing new.
            int before = -1;
            int pages = -1;
            for (int pass = 0; pass < MaxCheckpointPasses; ++pass) {
                pages = checkpoint();
                if (pages < 0 || pages == before)
                    break;
                before = pages;
            }
            const bool caughtUp = pages >= 0 && pages == before;
            lock.relock();
            if (!caughtUp) // soon again, not after a full round of commits
                m_sinceCheckpoint = CheckpointEveryCommits - CheckpointEveryCommits / 10;
            m_logTooLong = m_lastLogPages > MostPagesInTheLog;
        } else if (m_stopping) {
            return;
        } else {
            m_wake.wait(&m_mutex);
        }
    }
}

int JobStoreSyncer::checkpoint() {
    // PASSIVE: never waits for the store's connection. Returns the pages of
    // the log, all copied into the database, or -1 when it could not copy
    // them all (another checkpoint ran, a reader needs them) or failed.
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) || !query.next()) {
        qCWarning(lcJobStoreSync) << "job library" << m_path
                                  << "checkpoint failed:" << query.lastError().text();
        return -1;
    }
    m_lastLogPages = query.value(1).toInt();
    const bool complete = query.value(0).toInt() == 0 && query.value(2).toInt() == m_lastLogPages;
    return complete ? m_lastLogPages : -1;
}

void JobStoreSyncer::deliver() {
    quint64 durable = 0;
    bool failed = false;
    {
        const QMutexLocker lock(&m_mutex);
        durable = m_durable;
        failed = m_failed;
    }
    // In commit order; a callback may ask again (appending).
    while (!m_waiters.isEmpty() && (failed || m_waiters.first().commit <= durable)) {
        const Waiter waiter = m_waiters.takeFirst();
        if (waiter.context)
            waiter.done(waiter.commit <= durable);
    }
}
