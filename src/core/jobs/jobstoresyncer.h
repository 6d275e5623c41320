#pragma once

#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QWaitCondition>

#include <functional>
#include <memory>

class QThread;

// Makes a JobStore's commits durable on a thread of its own, so that the
// thread that commits (the GUI thread in the app) never waits for the disk.
//
// The store commits in WAL mode without syncing and tells this object about
// each commit. A worker thread then syncs the write-ahead log (one fdatasync
// covers every commit before it, so commits that arrive during a slow sync
// share the next one) and checkpoints the log into the database through a
// connection of its own, which syncs both files as SQLite always does. What
// must be on disk before something else happens (the row of a job before its
// remix POST) waits for whenDurable(), asynchronously.
//
// Why this is as safe as synchronous = FULL: a commit is durable once its
// frames in the log are synced, which is all FULL does at commit time.
// Nothing but this object's connection checkpoints while it runs (the
// store's connection has wal_autocheckpoint = 0), and a checkpoint syncs the
// log before it writes a page into the database, so the database never holds
// a page whose log is not on disk. The log file itself stays the same file
// while the store is open (SQLite removes it only when the last connection
// closes), so the descriptor synced here is the log SQLite writes.
class JobStoreSyncer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobStoreSyncer)

public:
    // Syncs the file behind `fd`: Platform::syncFileData normally. Returns 0 or an errno.
    using SyncFile = std::function<int(int fd)>;
    // A checkpoint after this many commits keeps the log short (each commit
    // of a job row is a few pages).
    static constexpr int CheckpointEveryCommits = 100;
    // Passes of one checkpoint at most (see run()).
    static constexpr int MaxCheckpointPasses = 5;
    // The log starts over from its beginning only when a write begins right
    // after a checkpoint copied all of it, which a store that commits faster
    // than a checkpoint takes may not let happen for long. Beyond this many
    // pages in the log (32 MB) the store checkpoints itself, between two of
    // its writes: a sync on its thread, for a store that writes without pause.
    static constexpr int MostPagesInTheLog = 8000;

    // `databasePath` must be open in WAL mode already (its log exists).
    explicit JobStoreSyncer(const QString& databasePath, SyncFile syncFile = {},
                            QObject* parent = nullptr);
    // Syncs what is still pending, then stops the worker and closes its connection.
    ~JobStoreSyncer() override;

    // Opens the log and the checkpoint connection and starts the worker.
    bool start(QString* error = nullptr);

    // The store committed a transaction; `durable` ones are synced right away,
    // the others with the next sync or checkpoint. True when the store should
    // checkpoint the log itself (MostPagesInTheLog), then call checkpointed().
    bool committed(bool durable);
    void checkpointed();
    // Calls `done(true)` once everything committed so far is on disk, or
    // `done(false)` when a sync failed (after which nothing is reported
    // durable again: the kernel may have dropped what it could not write).
    // Always later, from the event loop of this object's thread; never when
    // `context` is gone by then.
    void whenDurable(QObject* context, std::function<void(bool durable)> done);
    // Blocks until everything committed so far is on disk; false when a sync failed.
    bool waitUntilDurable();
    QString errorString() const;

private:
    struct Waiter final {
        quint64 commit = 0;
        QPointer<QObject> context;
        std::function<void(bool)> done;
    };

    void run();
    int checkpoint();
    void deliver();

    QString m_path;
    QString m_connection;
    SyncFile m_syncFile;
    int m_logFd = -1;
    int m_lastLogPages = 0; // worker only
    std::unique_ptr<QThread> m_thread;
    QList<Waiter> m_waiters; // this object's thread only

    // Shared with the worker, under m_mutex.
    mutable QMutex m_mutex;
    QWaitCondition m_wake;   // for the worker: work or stop
    QWaitCondition m_synced; // for waitUntilDurable()
    quint64 m_committed = 0;
    quint64 m_requested = 0;
    quint64 m_durable = 0;
    int m_sinceCheckpoint = 0;
    bool m_logTooLong = false;
    bool m_failed = false;
    bool m_stopping = false;
    QString m_error;
};
