#include "jobstore.h"

#include "../settings/logredaction.h"
#include "jobschema.h"
#include "sqltransaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcJobStore, "videoremix.jobs.store")

namespace {

const QString Columns =
    u"id, profile_id, base_url, video_id, source_video_id, prompt, size, state, progress, "
    u"model, seconds, created_at, updated_at, completed_at, expires_at, raw_json, error_json, "
    u"file_path, thumbnail_path, downloaded, submitter_pid, kind, group_id, group_index, "
    u"group_size, reference_image, estimate_amount, estimate_currency, billing_json, "
    u"source_alias_id"_s;

// Every column but id, in the order of Columns.
const QString WritableColumns = Columns.mid(4);
constexpr int WritableCount = 29;

QVariant nullable(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// A null QString binds as SQL NULL; NOT NULL text columns get "" instead.
QVariant text(const QString& value) {
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QVariant timeValue(const QDateTime& time) {
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qlonglong>());
}

QDateTime timeFrom(const QVariant& value) {
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant jsonValue(const QJsonObject& object) {
    return object.isEmpty()
               ? QVariant(QMetaType::fromType<QString>())
               : QVariant(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

// What a gateway said is stored redacted: an error may echo the key it was sent.
QVariant redactedJson(const QJsonObject& object) {
    const QVariant value = jsonValue(object);
    return value.isNull() ? value : QVariant(LogRedaction::redact(value.toString()));
}

QJsonObject jsonFrom(const QVariant& value) {
    return value.isNull() ? QJsonObject()
                          : QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QVariantList writableValues(const JobRecord& r) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {
        text(r.profileId),
        text(r.baseUrl.toString()),
        nullable(r.videoId),
        text(r.sourceVideoId),
        text(r.prompt),
        text(r.size),
        jobStateKey(r.state),
        r.progress,
        text(r.model),
        text(r.seconds),
        timeValue(r.createdAt.isValid() ? r.createdAt : now),
        timeValue(now),
        timeValue(r.completedAt),
        timeValue(r.expiresAt),
        redactedJson(r.raw),
        redactedJson(r.error),
        nullable(r.filePath),
        nullable(r.thumbnailPath),
        r.downloaded ? 1 : 0,
        r.submitterPid,
        jobKindKey(r.kind),
        text(r.groupId),
        r.groupIndex,
        r.groupSize,
        nullable(r.referenceImage),
        r.estimateAmount ? QVariant(*r.estimateAmount) : QVariant(QMetaType::fromType<double>()),
        nullable(r.estimateCurrency),
        jsonValue(r.billing),
        text(r.sourceAliasId),
    };
}

JobRecord recordFrom(const QSqlQuery& q) {
    JobRecord r;
    r.id = q.value(0).toLongLong();
    r.profileId = q.value(1).toString();
    r.baseUrl = QUrl(q.value(2).toString());
    r.videoId = q.value(3).toString();
    r.sourceVideoId = q.value(4).toString();
    r.prompt = q.value(5).toString();
    r.size = q.value(6).toString();
    r.state = jobStateFromKey(q.value(7).toString()).value_or(JobState::Unknown);
    r.progress = q.value(8).toInt();
    r.model = q.value(9).toString();
    r.seconds = q.value(10).toString();
    r.createdAt = timeFrom(q.value(11));
    r.updatedAt = timeFrom(q.value(12));
    r.completedAt = timeFrom(q.value(13));
    r.expiresAt = timeFrom(q.value(14));
    r.raw = jsonFrom(q.value(15));
    r.error = jsonFrom(q.value(16));
    r.filePath = q.value(17).toString();
    r.thumbnailPath = q.value(18).toString();
    r.downloaded = q.value(19).toInt() != 0;
    r.submitterPid = q.value(20).toLongLong();
    r.kind = jobKindFromKey(q.value(21).toString());
    r.groupId = q.value(22).toString();
    r.groupIndex = q.value(23).toInt();
    r.groupSize = q.value(24).toInt();
    r.referenceImage = q.value(25).toString();
    if (!q.value(26).isNull())
        r.estimateAmount = q.value(26).toDouble();
    r.estimateCurrency = q.value(27).toString();
    r.billing = jsonFrom(q.value(28));
    r.sourceAliasId = q.value(29).toString();
    return r;
}

QString escapeLike(QString text) {
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'%', u"\\%"_s);
    text.replace(u'_', u"\\_"_s);
    return u'%' + text + u'%';
}

// Builds the WHERE clause shared by recent() and count().
QString whereFor(const JobQuery& query, QVariantList& values, bool withCursor) {
    QStringList parts;
    if (!query.text.trimmed().isEmpty()) {
        parts << u"(prompt LIKE ? ESCAPE '\\' OR video_id LIKE ? ESCAPE '\\' "
                 u"OR source_video_id LIKE ? ESCAPE '\\' OR source_alias_id LIKE ? ESCAPE '\\')"_s;
        const QString pattern = escapeLike(query.text.trimmed());
        values << pattern << pattern << pattern << pattern;
    }
    if (!query.states.isEmpty()) {
        QStringList marks;
        for (const JobState state : query.states) {
            marks << u"?"_s;
            values << jobStateKey(state);
        }
        parts << u"state IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (!query.profileId.isEmpty()) {
        parts << u"profile_id = ?"_s;
        values << query.profileId;
    }
    if (withCursor && query.before) {
        parts << u"(created_at < ? OR (created_at = ? AND id < ?))"_s;
        const qint64 time = query.before->createdAt.toMSecsSinceEpoch();
        values << time << time << query.before->id;
    }
    return parts.isEmpty() ? u"1"_s : parts.join(u" AND "_s);
}

// See configure().
constexpr int AutoCheckpointPages = 100;

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return u"videoremix-jobs-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

QString JobStore::defaultPath() {
    // Shared by the app and the CLI, whose application names differ.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/videoremix/jobs.sqlite"_s;
}

JobStore::JobStore(const QString& path)
    : m_path(path)
    , m_connection(nextConnectionName()) {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // The full check reads every page, so it costs more the longer the history
    // (~10 ms at start-up for 10,000 jobs, docs/performance.md). It runs when
    // the last connection did not close cleanly: SQLite then leaves its
    // write-ahead log behind (a crash, a power cut, or another process that
    // has the file open right now). Looked at before opening, which makes one.
    const QFileInfo wal(m_path + u"-wal"_s);
    const bool closedUncleanly = wal.exists() && wal.size() > 0;
    if (!openFile())
        return;
    QString detail;
    if (!configure() || (closedUncleanly && !checkIntegrity(&detail))) {
        qCWarning(lcJobStore) << "job library" << m_path << "failed its check:" << detail << m_error
                              << "- setting it aside and starting afresh";
        quarantine();
        if (!openFile() || !configure())
            return;
    }
    QString error;
    if (!JobSchema::migrate(m_db, &error)) {
        m_error = error;
        qCWarning(lcJobStore) << "job library" << m_path << "cannot be used:" << error;
        return;
    }
    addSpeedIndexes();
    m_open = true;
}

void JobStore::addSpeedIndexes() {
    // unfinished() runs at every start and every housekeeping round. Without
    // this index its "completed, not downloaded" half walks every completed
    // job of the history (~20 ms for 10,000 jobs); with it, only the few that
    // match. Not a numbered schema step on purpose: an index changes nothing
    // an older VideoRemix reads or writes (SQLite maintains it for everyone),
    // so a file that has it still opens in an older version.
    QSqlQuery query(m_db);
    if (!query.exec(u"CREATE INDEX IF NOT EXISTS jobs_pending "
                    u"ON jobs(state, downloaded, created_at, id)"_s))
        qCWarning(lcJobStore) << "job library: no index for pending jobs (slower, still correct):"
                              << query.lastError().text();
}

JobStore::~JobStore() {
    forgetStatements();
    if (m_syncer) {
        m_syncer.reset(); // its last sync; its connection closes
        // The last connection to close checkpoints the log into the database
        // and deletes it: that must sync, as every checkpoint does.
        QSqlQuery query(m_db);
        if (!query.exec(u"PRAGMA synchronous = FULL"_s))
            fail(query);
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool JobStore::openFile() {
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return false;
    }
    return true;
}

bool JobStore::configure() {
    QSqlQuery query(m_db);
    // WAL: the CLI can write while the app reads, and a killed writer never
    // leaves a half-written page in the main file.
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
        return fail(query);
    // FULL, not NORMAL: in WAL mode NORMAL may lose the last commits on power
    // loss, and a row here stands for a paid job. Each durable commit then
    // waits for an fsync on the calling thread: fine for the CLI's few writes;
    // the app, with hundreds of followed jobs, moves that wait to a thread of
    // its own (syncInBackground()).
    if (!query.exec(u"PRAGMA synchronous = FULL"_s))
        return fail(query);
    // Until then checkpoints run on the thread that commits and end with an
    // fsync of the log. A tenth of SQLite's default keeps each one short
    // (~400 KB) when followed jobs write progress without syncing
    // (Sync::Relaxed); at the default a checkpoint had 4 MB to sync.
    if (!query.exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(AutoCheckpointPages)))
        return fail(query);
    return true;
}

bool JobStore::checkIntegrity(QString* detail) {
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA quick_check"_s)) {
        if (detail)
            *detail = query.lastError().text();
        return false;
    }
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    if (detail)
        *detail = problems.join(u"; "_s);
    return problems == QStringList{u"ok"_s};
}

void JobStore::quarantine() {
    forgetStatements();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s);
    m_quarantined = m_path + u".damaged-"_s + stamp;
    if (!QFile::rename(m_path, m_quarantined)) {
        QFile::remove(m_path);
        m_quarantined.clear();
    }
    // The journal belongs to the damaged file; kept beside it for whoever investigates.
    QFile::rename(m_path + u"-wal"_s, m_quarantined + u"-wal"_s);
    QFile::remove(m_path + u"-wal"_s);
    QFile::remove(m_path + u"-shm"_s);
}

bool JobStore::fail(const QSqlQuery& query) {
    m_error = query.lastError().text();
    qCWarning(lcJobStore) << "job library:" << m_error << query.lastQuery();
    return false;
}

int JobStore::schemaVersion() {
    return JobSchema::storedVersion(m_db);
}

qint64 JobStore::dataVersion() {
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool JobStore::write(const std::function<bool(QSqlQuery&)>& body, Sync sync) {
    if (!m_open)
        return false;
    // WAL with synchronous = NORMAL commits without an fsync; FULL (the
    // connection's setting, see configure()) comes back right after. With a
    // syncer the connection never syncs (OFF) and the syncer is told instead.
    const bool relaxOnce = !m_syncer && sync == Sync::Relaxed && setSynchronous(Sync::Relaxed);
    const auto restore = qScopeGuard([this, relaxOnce] {
        if (relaxOnce)
            setSynchronous(Sync::Durable);
    });
    SqlTransaction transaction(m_db);
    if (!transaction.begin(&m_error)) {
        qCWarning(lcJobStore) << "job library: cannot begin a write:" << m_error;
        return false;
    }
    QSqlQuery query(m_db);
    if (!body(query))
        return false;
    query.finish();
    if (!transaction.commit(&m_error))
        return false;
    if (m_syncer && m_syncer->committed(sync == Sync::Durable))
        checkpointHere();
    return true;
}

void JobStore::checkpointHere() {
    // Rare (see JobStoreSyncer::MostPagesInTheLog): this thread commits
    // faster than the syncer's checkpoints take, so none copies the whole log
    // and it grows. Here nobody writes while the checkpoint runs, so it
    // copies everything and the next write starts the log over. Synced like
    // any checkpoint.
    QSqlQuery query(m_db);
    const bool complete = query.exec(u"PRAGMA synchronous = FULL"_s) &&
                          query.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) && query.next() &&
                          query.value(0).toInt() == 0 && query.value(1) == query.value(2);
    query.finish();
    if (!query.exec(u"PRAGMA synchronous = OFF"_s))
        fail(query);
    if (complete)
        m_syncer->checkpointed();
}

bool JobStore::syncInBackground(JobStoreSyncer::SyncFile syncFile) {
    if (!m_open)
        return false;
    if (m_syncer)
        return true;
    auto syncer = std::make_unique<JobStoreSyncer>(m_path, std::move(syncFile));
    QString error;
    if (!syncer->start(&error)) {
        qCWarning(lcJobStore) << "job library: syncing stays on the calling thread:" << error;
        return false;
    }
    // From here on only the syncer syncs and checkpoints (see JobStoreSyncer
    // for why that keeps every guarantee of FULL). The order matters: no
    // checkpoint of this connection may run unsynced.
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA wal_autocheckpoint = 0"_s) ||
        !query.exec(u"PRAGMA synchronous = OFF"_s)) {
        fail(query);
        query.exec(u"PRAGMA synchronous = FULL"_s);
        query.exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(AutoCheckpointPages));
        return false;
    }
    m_syncer = std::move(syncer);
    return true;
}

void JobStore::whenDurable(QObject* context, std::function<void(bool)> done) {
    if (!m_syncer) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done(true); }, Qt::QueuedConnection);
        return;
    }
    m_syncer->whenDurable(context, [this, done = std::move(done)](bool durable) {
        if (!durable)
            m_error = m_syncer->errorString();
        done(durable);
    });
}

bool JobStore::waitUntilDurable() {
    if (!m_syncer)
        return m_open;
    if (m_syncer->waitUntilDurable())
        return true;
    m_error = m_syncer->errorString();
    return false;
}

bool JobStore::setSynchronous(Sync sync) {
    QSqlQuery* query = prepared(sync == Sync::Durable ? u"PRAGMA synchronous = FULL"_s
                                                      : u"PRAGMA synchronous = NORMAL"_s);
    if (!query)
        return false;
    const bool ok = query->exec() || fail(*query);
    query->finish();
    return ok;
}

qint64 JobStore::insert(const JobRecord& record) {
    qint64 id = 0;
    const bool ok = write([&](QSqlQuery&) {
        QSqlQuery* query = prepared(u"INSERT INTO jobs (%1) VALUES (%2)"_s.arg(
            WritableColumns, QStringList(WritableCount, u"?"_s).join(u", "_s)));
        if (!query)
            return false;
        const QVariantList values = writableValues(record);
        for (int i = 0; i < values.size(); ++i)
            query->bindValue(i, values.at(i));
        if (!query->exec())
            return fail(*query);
        id = query->lastInsertId().toLongLong();
        query->finish();
        return true;
    });
    return ok ? id : 0;
}

bool JobStore::update(const JobRecord& record) {
    return write([&](QSqlQuery& query) {
        QStringList assignments;
        for (const QString& column : WritableColumns.split(u", "_s))
            assignments << column + u" = ?"_s;
        query.prepare(u"UPDATE jobs SET %1 WHERE id = ?"_s.arg(assignments.join(u", "_s)));
        for (const QVariant& value : writableValues(record))
            query.addBindValue(value);
        query.addBindValue(record.id);
        if (!query.exec())
            return fail(query);
        return query.numRowsAffected() == 1;
    });
}

bool JobStore::remove(qint64 id) {
    return write([&](QSqlQuery& query) {
        query.prepare(u"DELETE FROM jobs WHERE id = ?"_s);
        query.addBindValue(id);
        return query.exec() || fail(query);
    });
}

int JobStore::moveProfileTo(const QString& profileId, const QUrl& baseUrl) {
    int moved = 0;
    const bool ok = write([&](QSqlQuery& query) {
        // OR IGNORE: a row whose (address, video) the new address already holds stays.
        query.prepare(
            u"UPDATE OR IGNORE jobs SET base_url = ? WHERE profile_id = ? AND base_url <> ?"_s);
        const QString base = baseUrl.toString();
        query.addBindValue(base);
        query.addBindValue(profileId);
        query.addBindValue(base);
        if (!query.exec())
            return fail(query);
        moved = query.numRowsAffected();
        return true;
    });
    return ok ? moved : -1;
}

std::optional<JobRecord> JobStore::modify(qint64 id, const std::function<void(JobRecord&)>& change,
                                          Sync sync) {
    std::optional<JobRecord> result;
    const bool ok = write(
        [&](QSqlQuery&) {
            QSqlQuery* read = prepared(u"SELECT %1 FROM jobs WHERE id = ?"_s.arg(Columns));
            if (!read)
                return false;
            read->bindValue(0, id);
            if (!read->exec())
                return fail(*read);
            if (!read->next()) {
                read->finish();
                return false;
            }
            JobRecord record = recordFrom(*read);
            read->finish();
            change(record);
            QStringList assignments;
            for (const QString& column : WritableColumns.split(u", "_s))
                assignments << column + u" = ?"_s;
            QSqlQuery* write =
                prepared(u"UPDATE jobs SET %1 WHERE id = ?"_s.arg(assignments.join(u", "_s)));
            if (!write)
                return false;
            const QVariantList values = writableValues(record);
            for (int i = 0; i < values.size(); ++i)
                write->bindValue(i, values.at(i));
            write->bindValue(int(values.size()), id);
            if (!write->exec())
                return fail(*write);
            write->finish();
            record.updatedAt = QDateTime::currentDateTimeUtc();
            result = record;
            return true;
        },
        sync);
    return ok ? result : std::nullopt;
}

int JobStore::importVideos(const QString& profileId, const QUrl& baseUrl,
                           const QList<Video>& videos, QList<qint64>* added) {
    QList<qint64> newIds;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool ok = write([&](QSqlQuery& query) {
        for (const Video& video : videos) {
            query.prepare(
                u"SELECT %1 FROM jobs WHERE base_url = ? AND video_id = ?"_s.arg(Columns));
            query.addBindValue(baseUrl.toString());
            query.addBindValue(video.id);
            if (!query.exec())
                return fail(query);
            const bool known = query.next();
            JobRecord record;
            if (known) {
                record = recordFrom(query);
            } else {
                record.profileId = profileId;
                record.baseUrl = baseUrl;
                record.createdAt = video.createdAt.isValid() ? video.createdAt : now;
            }
            query.finish();
            record.absorb(video);
            if (record.awaitsDownload() && record.hasExpired(now))
                record.state = JobState::Expired;
            const QVariantList values = writableValues(record);
            if (known) {
                QStringList assignments;
                for (const QString& column : WritableColumns.split(u", "_s))
                    assignments << column + u" = ?"_s;
                query.prepare(u"UPDATE jobs SET %1 WHERE id = ?"_s.arg(assignments.join(u", "_s)));
                for (const QVariant& value : values)
                    query.addBindValue(value);
                query.addBindValue(record.id);
            } else {
                query.prepare(u"INSERT INTO jobs (%1) VALUES (%2)"_s.arg(
                    WritableColumns, QStringList(WritableCount, u"?"_s).join(u", "_s)));
                for (const QVariant& value : values)
                    query.addBindValue(value);
            }
            if (!query.exec())
                return fail(query);
            if (!known)
                newIds << query.lastInsertId().toLongLong();
        }
        return true;
    });
    if (!ok)
        return -1;
    if (added)
        *added = newIds;
    return int(newIds.size());
}

QList<qint64>
JobStore::markInterruptedSubmissions(const std::function<bool(const JobRecord&)>& alive) {
    QList<qint64> ids;
    const bool ok = write([&](QSqlQuery& query) {
        query.prepare(u"SELECT %1 FROM jobs WHERE state = ?"_s.arg(Columns));
        query.addBindValue(jobStateKey(JobState::Submitting));
        if (!query.exec())
            return fail(query);
        while (query.next()) {
            const JobRecord record = recordFrom(query);
            if (!alive(record))
                ids << record.id;
        }
        query.finish();
        const QJsonObject why{
            {u"code"_s, u"interrupted"_s},
            {u"message"_s,
             tr("VideoRemix stopped before the gateway answered this remix. It may "
                "or may not have been created (and charged); it was not sent again.")}};
        for (const qint64 id : std::as_const(ids)) {
            query.prepare(u"UPDATE jobs SET state = ?, error_json = ?, updated_at = ? "
                          u"WHERE id = ? AND state = ?"_s);
            query.addBindValue(jobStateKey(JobState::OutcomeUnknown));
            query.addBindValue(jsonValue(why));
            query.addBindValue(QDateTime::currentMSecsSinceEpoch());
            query.addBindValue(id);
            query.addBindValue(jobStateKey(JobState::Submitting));
            if (!query.exec())
                return fail(query);
        }
        return true;
    });
    return ok ? ids : QList<qint64>();
}

QList<JobRecord> JobStore::select(const QString& where, const QVariantList& values,
                                  const QString& tail) {
    QList<JobRecord> records;
    if (!m_open)
        return records;
    QSqlQuery* query = prepared(u"SELECT %1 FROM jobs WHERE %2 %3"_s.arg(Columns, where, tail));
    if (!query)
        return records;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec()) {
        fail(*query);
        return records;
    }
    while (query->next())
        records.append(recordFrom(*query));
    // Ends the statement's read transaction; the compiled statement stays.
    query->finish();
    return records;
}

QSqlQuery* JobStore::prepared(const QString& sql) {
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->second.get();
    // Searches and filters make a few shapes each; a bound keeps odd callers from piling up.
    if (m_statements.size() >= MaxStatements)
        forgetStatements();
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        fail(*query);
        return nullptr;
    }
    return m_statements.emplace(sql, std::move(query)).first->second.get();
}

void JobStore::forgetStatements() {
    // Before the connection closes: a live statement would keep it in use.
    m_statements.clear();
}

std::optional<JobRecord> JobStore::job(qint64 id) {
    const QList<JobRecord> records = select(u"id = ?"_s, {id});
    return records.isEmpty() ? std::nullopt : std::optional(records.first());
}

std::optional<JobRecord> JobStore::findByVideoId(const QUrl& baseUrl, const QString& videoId) {
    const QList<JobRecord> records =
        select(u"base_url = ? AND video_id = ?"_s, {baseUrl.toString(), videoId});
    return records.isEmpty() ? std::nullopt : std::optional(records.first());
}

QList<JobRecord> JobStore::recent(const JobQuery& query) {
    QVariantList values;
    const QString where = whereFor(query, values, true);
    QString tail = u"ORDER BY created_at DESC, id DESC"_s;
    if (query.limit > 0) {
        tail += u" LIMIT ?"_s; // bound, so every page size shares one statement
        values << query.limit;
    }
    return select(where, values, tail);
}

int JobStore::count(const JobQuery& query) {
    QVariantList values;
    const QString where = whereFor(query, values, false);
    QSqlQuery sql(m_db);
    sql.prepare(u"SELECT COUNT(*) FROM jobs WHERE "_s + where);
    for (const QVariant& value : values)
        sql.addBindValue(value);
    if (!sql.exec() || !sql.next()) {
        fail(sql);
        return 0;
    }
    return sql.value(0).toInt();
}

QList<JobRecord> JobStore::unfinished(const QString& profileId) {
    QString where =
        u"((video_id IS NOT NULL AND state IN (?, ?, ?)) OR (state = ? AND downloaded = 0))"_s;
    QVariantList values{jobStateKey(JobState::Queued), jobStateKey(JobState::InProgress),
                        jobStateKey(JobState::Unknown), jobStateKey(JobState::Completed)};
    if (!profileId.isEmpty()) {
        where += u" AND profile_id = ?"_s;
        values << profileId;
    }
    return select(where, values, u"ORDER BY created_at, id"_s);
}

QList<JobRecord> JobStore::withState(JobState state) {
    return select(u"state = ?"_s, {jobStateKey(state)}, u"ORDER BY created_at, id"_s);
}
