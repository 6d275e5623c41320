#pragma once

#include "jobrecord.h"
#include "jobstoresyncer.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QSqlQuery;

// What the history asks for: newest first, optionally narrowed by text and
// status, a page at a time. `before` continues after the last row of the
// previous page (keyset paging: every page costs the same, however deep).
struct JobQuery final {
    QString text;           // matched in prompt and IDs, case-insensitively
    QList<JobState> states; // empty: every state
    QString profileId;      // empty: every profile
    int limit = 100;        // <= 0: no limit
    struct Cursor final {
        QDateTime createdAt;
        qint64 id = 0;
    };
    std::optional<Cursor> before;

    static JobQuery matching(const QString& text, const QList<JobState>& states = {},
                             int limit = 100) {
        JobQuery query;
        query.text = text;
        query.states = states;
        query.limit = limit;
        return query;
    }
};

// The job library on disk: one SQLite file in WAL mode shared by the app and
// the CLI. Every write is one IMMEDIATE transaction; a failed write changes
// nothing and returns false. Opening a file that was not closed cleanly checks
// its integrity and sets a damaged file aside (quarantinedPath()) instead of
// failing; so does opening one SQLite cannot read at all.
//
// By default a durable write returns once it is on disk (synchronous = FULL:
// an fsync on the calling thread). After syncInBackground() the disk is
// waited for on a thread of its own (JobStoreSyncer): writes return once
// committed, every other connection and every read sees them at once, and
// what must be on disk before something else may happen waits for
// whenDurable(). The app does that: an fsync stuck behind a busy disk would
// otherwise hold its window (docs/performance.md).
class JobStore final {
    Q_DECLARE_TR_FUNCTIONS(JobStore)

public:
    static constexpr int BusyTimeoutMs = 5000;
    static constexpr size_t MaxStatements = 64;

    // <GenericDataLocation>/videoremix/jobs.sqlite
    static QString defaultPath();

    explicit JobStore(const QString& path = defaultPath());
    ~JobStore();
    Q_DISABLE_COPY_MOVE(JobStore)

    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    // Where a file that failed its integrity check was moved; empty normally.
    QString quarantinedPath() const { return m_quarantined; }
    int schemaVersion();
    // PRAGMA quick_check; `detail` gets SQLite's own words when it fails.
    bool checkIntegrity(QString* detail = nullptr);
    // Changes whenever ANOTHER connection (the CLI, the app) committed a write.
    qint64 dataVersion();

    // --- writes: each one transaction ---------------------------------
    // Inserts and returns the new local id (0 on failure); `record.id` is ignored.
    qint64 insert(const JobRecord& record);
    // Writes every column of the row `record.id`; false when it does not exist.
    bool update(const JobRecord& record);
    bool remove(qint64 id);
    // Inserts the videos this store does not know yet (by base URL and ID) and
    // refreshes the server-side fields of the others, all in one transaction.
    // `added` receives the new local ids. -1 on failure (nothing written).
    int importVideos(const QString& profileId, const QUrl& baseUrl, const QList<Video>& videos,
                     QList<qint64>* added = nullptr);
    // Moves the jobs of `profileId` to the gateway at `baseUrl`: for the demo,
    // whose local gateway listens on a new port each run, so the history's
    // links (a remix to its source, Compare) hold across runs. A job whose
    // video that address already has stays where it is. Returns the jobs
    // moved, -1 on failure (nothing written).
    int moveProfileTo(const QString& profileId, const QUrl& baseUrl);
    // Turns Submitting rows whose POST can no longer be answered into
    // OutcomeUnknown (one transaction) and returns their ids. `alive` says
    // whether the row's submitter is still waiting for the answer.
    QList<qint64> markInterruptedSubmissions(const std::function<bool(const JobRecord&)>& alive);
    // How a write reaches the disk. Durable (the default) is synced at once:
    // before it returns, or right after on the syncer's thread once
    // syncInBackground() runs. Relaxed is not synced by itself: a power cut
    // may lose the write (never corrupt the file; the next durable write or
    // checkpoint makes it stick). For what the gateway can tell again, such
    // as the progress of a job being followed: hundreds of followed jobs
    // would otherwise sync many times a second.
    enum class Sync { Durable, Relaxed };

    // Runs `change` on the freshly read row and writes it back, in one
    // transaction; the row as written, or nullopt when missing or failed.
    std::optional<JobRecord> modify(qint64 id, const std::function<void(JobRecord&)>& change,
                                    Sync sync = Sync::Durable);

    // --- durability -----------------------------------------------------
    // From now on durable writes are synced on a thread of the store's own
    // (see the class comment); false (and nothing changed) when that cannot
    // start. `syncFile` replaces fdatasync(2), for tests.
    bool syncInBackground(JobStoreSyncer::SyncFile syncFile = {});
    bool syncsInBackground() const { return m_syncer != nullptr; }
    // Calls `done(true)` once every durable write made so far is on disk, or
    // `done(false)` when it cannot be (errorString() says why). Always later,
    // from the event loop of the store's thread, and not when `context` is
    // gone. Without syncInBackground() those writes are on disk already.
    void whenDurable(QObject* context, std::function<void(bool durable)> done);
    // Blocks until every write made so far is on disk; false when it cannot be.
    bool waitUntilDurable();

    // --- reads --------------------------------------------------------
    std::optional<JobRecord> job(qint64 id);
    std::optional<JobRecord> findByVideoId(const QUrl& baseUrl, const QString& videoId);
    QList<JobRecord> recent(const JobQuery& query);
    int count(const JobQuery& query);
    // Jobs worth attention after a start: followable, or completed and not downloaded.
    QList<JobRecord> unfinished(const QString& profileId = {});
    QList<JobRecord> withState(JobState state);
    // A job's lineage and a profile's spending: JobLineage and SpendQuery.

private:
    // They read through select(), prepared() and fail(), and nothing else.
    friend class JobLineage;
    friend class SpendQuery;

    bool openFile();
    bool configure();
    void addSpeedIndexes();
    void quarantine();
    bool write(const std::function<bool(QSqlQuery&)>& body, Sync sync = Sync::Durable);
    bool setSynchronous(Sync sync);
    void checkpointHere();
    bool fail(const QSqlQuery& query);
    QList<JobRecord> select(const QString& where, const QVariantList& values,
                            const QString& tail = {});
    // The statement for `sql`, compiled on first use and kept: compiling costs
    // more than running a lookup by id, and the history and every poll do many.
    // nullptr (with m_error set) when it does not compile.
    QSqlQuery* prepared(const QString& sql);
    void forgetStatements();

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<JobStoreSyncer> m_syncer;
    QString m_error;
    QString m_quarantined;
    bool m_open = false;
};
