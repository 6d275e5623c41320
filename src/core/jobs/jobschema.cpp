#include "jobschema.h"

#include "sqltransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Version 1: the jobs table as first released.
const QStringList Version1 = {
    uR"(CREATE TABLE jobs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        profile_id TEXT NOT NULL DEFAULT '',
        base_url TEXT NOT NULL DEFAULT '',
        video_id TEXT,
        source_video_id TEXT NOT NULL DEFAULT '',
        prompt TEXT NOT NULL DEFAULT '',
        size TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL,
        progress INTEGER NOT NULL DEFAULT 0,
        model TEXT NOT NULL DEFAULT '',
        seconds TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        completed_at INTEGER,
        expires_at INTEGER,
        raw_json TEXT,
        error_json TEXT,
        file_path TEXT))"_s,
    // One row per video and gateway: an import or a reconcile can never duplicate a job.
    u"CREATE UNIQUE INDEX jobs_video ON jobs(base_url, video_id) WHERE video_id IS NOT NULL"_s,
    u"CREATE INDEX jobs_created ON jobs(created_at DESC, id DESC)"_s,
};

// Version 2: thumbnails, an explicit downloaded flag, the submitting process,
// and indexes for lineage and the status filter.
const QStringList Version2 = {
    u"ALTER TABLE jobs ADD COLUMN thumbnail_path TEXT"_s,
    u"ALTER TABLE jobs ADD COLUMN downloaded INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE jobs ADD COLUMN submitter_pid INTEGER NOT NULL DEFAULT 0"_s,
    u"UPDATE jobs SET downloaded = 1 WHERE file_path IS NOT NULL AND file_path <> ''"_s,
    u"CREATE INDEX jobs_source ON jobs(base_url, source_video_id)"_s,
    u"CREATE INDEX jobs_state ON jobs(state, created_at DESC, id DESC)"_s,
};

// Version 3: created videos beside remixes, and the versions of one submit.
const QStringList Version3 = {
    u"ALTER TABLE jobs ADD COLUMN kind TEXT NOT NULL DEFAULT 'imported'"_s,
    u"ALTER TABLE jobs ADD COLUMN group_id TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE jobs ADD COLUMN group_index INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE jobs ADD COLUMN group_size INTEGER NOT NULL DEFAULT 0"_s,
    u"ALTER TABLE jobs ADD COLUMN reference_image TEXT"_s,
    // Every remix submitted so far was written before its POST, without a video ID.
    u"UPDATE jobs SET kind = 'remix' WHERE source_video_id <> '' AND prompt <> ''"_s,
    u"CREATE INDEX jobs_group ON jobs(group_id, group_index) WHERE group_id <> ''"_s,
};

// Version 4: what each job was estimated to cost, and how the gateway billed it.
const QStringList Version4 = {
    u"ALTER TABLE jobs ADD COLUMN estimate_amount REAL"_s,
    u"ALTER TABLE jobs ADD COLUMN estimate_currency TEXT"_s,
    u"ALTER TABLE jobs ADD COLUMN billing_json TEXT"_s,
    u"CREATE INDEX jobs_spend ON jobs(profile_id, created_at)"_s,
};

// Version 5: the gateway's own name for a remix's source when it differs from
// the ID that was asked for (new-api answers with the upstream video_… ID).
const QStringList Version5 = {
    u"ALTER TABLE jobs ADD COLUMN source_alias_id TEXT NOT NULL DEFAULT ''"_s,
    u"CREATE INDEX jobs_source_alias ON jobs(base_url, source_alias_id) WHERE source_alias_id <> ''"_s,
};

const QList<QStringList> Steps = {Version1, Version2, Version3, Version4, Version5};

bool run(QSqlDatabase& db, const QString& statement, QString* error) {
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

int JobSchema::storedVersion(QSqlDatabase& db) {
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool JobSchema::migrate(QSqlDatabase& db, QString* error) {
    static_assert(CurrentVersion == 5, "add the new step to Steps");
    if (storedVersion(db) == CurrentVersion)
        return true;
    SqlTransaction transaction(db);
    if (!transaction.begin(error))
        return false;
    // Read again under the write lock: another process may have migrated meanwhile.
    const int version = storedVersion(db);
    if (version < 0) {
        *error = db.lastError().text();
        return false;
    }
    if (version > CurrentVersion) {
        *error = QCoreApplication::translate(
                     "JobStore", "It was written by a newer version of VideoRemix (schema %1).")
                     .arg(version);
        return false;
    }
    for (int step = version; step < CurrentVersion; ++step) {
        for (const QString& statement : Steps.at(step)) {
            if (!run(db, statement, error))
                return false;
        }
    }
    if (!run(db, u"PRAGMA user_version = %1"_s.arg(CurrentVersion), error))
        return false;
    return transaction.commit(error);
}
