#include "jobs/joblineage.h"
#include "jobs/jobschema.h"
#include "jobs/jobstore.h"
#include "jobs/requestslots.h"
#include "jobs/resultfiles.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A plain connection of the test's own, to look at the file behind the store's back.
class RawDb final {
public:
    explicit RawDb(const QString& path)
        : m_name(u"raw-"_s + QString::number(++s_counter)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawDb() {
        database().close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawDb)
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString& sql) {
        QSqlQuery query(database());
        return query.exec(sql);
    }
    QVariant scalar(const QString& sql) {
        QSqlQuery query(database());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

JobRecord sampleRecord(const QString& prompt, JobState state = JobState::Queued,
                       const QString& videoId = {}) {
    JobRecord record;
    record.profileId = u"profile"_s;
    record.baseUrl = QUrl(u"http://127.0.0.1:9/"_s);
    record.videoId = videoId;
    record.sourceVideoId = u"video_source"_s;
    record.prompt = prompt;
    record.size = u"1280x720"_s;
    record.state = state;
    record.createdAt = QDateTime::currentDateTimeUtc();
    return record;
}

Video sampleVideo(const QString& id, const QString& prompt, qint64 createdSecs) {
    Video video;
    video.id = id;
    video.prompt = prompt;
    video.status = VideoStatus::Completed;
    video.progress = 100;
    video.createdAt = QDateTime::fromSecsSinceEpoch(createdSecs, Qt::UTC);
    video.remixedFromVideoId = u"video_source"_s;
    return video;
}

} // namespace

class TestJobStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void createsTheCurrentSchemaInWalMode();
    void migratesAVersion1File();
    void leavesAFileFromANewerVersionAlone();
    void setsADamagedFileAsideAndStartsAfresh();
    void checksAFileLeftBehindByACrash();
    void roundTripsEveryColumn();
    void importIsAllOrNothing();
    void importNeverDuplicatesAVideo();
    void aWriteBlockedByAnotherWriterChangesNothing();
    void modifyIsOneReadAndWriteTransaction();
    void marksOnlyDeadSubmissionsOutcomeUnknown();
    void answersLineageQueries();
    void movesAProfileToItsNewAddressKeepingTheLinks();
    void keepsTheAskedSourceAndTheGatewaysNameBesideIt_data();
    void keepsTheAskedSourceAndTheGatewaysNameBesideIt();
    void resolvesLineageByEitherName_data();
    void resolvesLineageByEitherName();
    void seesWritesOfAnotherConnection();
    void reusedStatementsSeeEveryLaterWrite();
    void findsPendingJobsThroughAnIndex();
    void relaxedWritesAreWrittenAllTheSame();
    void pagesAndSearchesNewestFirst();
    void namesResultFilesSafely_data();
    void namesResultFilesSafely();
    void requestSlotsNeverExceedTheLimit();

private:
    QString dbPath() const { return m_dir.filePath(u"jobs.sqlite"_s); }
    QTemporaryDir m_dir;
};

void TestJobStore::createsTheCurrentSchemaInWalMode() {
    const QString path = m_dir.filePath(u"fresh.sqlite"_s);
    JobStore store(path);
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), JobSchema::CurrentVersion);
    QVERIFY(store.checkIntegrity());
    RawDb raw(path);
    QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void TestJobStore::migratesAVersion1File() {
    const QString path = m_dir.filePath(u"v1.sqlite"_s);
    {
        // The layout exactly as version 1 wrote it.
        RawDb raw(path);
        QVERIFY(raw.exec(uR"(CREATE TABLE jobs (
            id INTEGER PRIMARY KEY AUTOINCREMENT, profile_id TEXT NOT NULL DEFAULT '',
            base_url TEXT NOT NULL DEFAULT '', video_id TEXT, source_video_id TEXT NOT NULL DEFAULT '',
            prompt TEXT NOT NULL DEFAULT '', size TEXT NOT NULL DEFAULT '', state TEXT NOT NULL,
            progress INTEGER NOT NULL DEFAULT 0, model TEXT NOT NULL DEFAULT '',
            seconds TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
            completed_at INTEGER, expires_at INTEGER, raw_json TEXT, error_json TEXT, file_path TEXT))"_s));
        QVERIFY(raw.exec(
            u"CREATE UNIQUE INDEX jobs_video ON jobs(base_url, video_id) WHERE video_id IS NOT NULL"_s));
        QVERIFY(raw.exec(u"CREATE INDEX jobs_created ON jobs(created_at DESC, id DESC)"_s));
        QVERIFY(raw.exec(
            u"INSERT INTO jobs (profile_id, base_url, video_id, prompt, state, created_at, "
            u"updated_at, file_path) VALUES ('p', 'http://g/', 'video_a', 'old one', "
            u"'completed', 1000, 1000, '/tmp/a.mp4')"_s));
        QVERIFY(raw.exec(
            u"INSERT INTO jobs (profile_id, base_url, video_id, prompt, state, created_at, "
            u"updated_at) VALUES ('p', 'http://g/', 'video_b', 'not fetched', "
            u"'completed', 2000, 2000)"_s));
        QVERIFY(raw.exec(u"PRAGMA user_version = 1"_s));
    }
    JobStore store(path);
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    QCOMPARE(store.schemaVersion(), JobSchema::CurrentVersion);
    const QList<JobRecord> rows = store.recent({});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).prompt, u"old one"_s);
    QVERIFY(rows.at(1).downloaded); // derived from the old file_path
    QVERIFY(!rows.at(0).downloaded);
    QVERIFY(rows.at(0).thumbnailPath.isEmpty());
    // The new columns work.
    JobRecord changed = rows.at(0);
    changed.thumbnailPath = u"/tmp/b.webp"_s;
    QVERIFY(store.update(changed));
    QCOMPARE(store.job(changed.id)->thumbnailPath, u"/tmp/b.webp"_s);
}

void TestJobStore::leavesAFileFromANewerVersionAlone() {
    const QString path = m_dir.filePath(u"future.sqlite"_s);
    {
        RawDb raw(path);
        QVERIFY(raw.exec(u"CREATE TABLE jobs (id INTEGER PRIMARY KEY, something_new TEXT)"_s));
        QVERIFY(raw.exec(u"PRAGMA user_version = 99"_s));
    }
    JobStore store(path);
    QVERIFY(!store.isOpen());
    QVERIFY(store.errorString().contains(u"newer"_s));
    QVERIFY(store.quarantinedPath().isEmpty());
    RawDb raw(path);
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 99);
}

void TestJobStore::setsADamagedFileAsideAndStartsAfresh() {
    const QString path = m_dir.filePath(u"damaged.sqlite"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4096, '\x5a'));
    }
    JobStore store(path);
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    QVERIFY(!store.quarantinedPath().isEmpty());
    QVERIFY(QFile::exists(store.quarantinedPath()));
    QVERIFY(store.checkIntegrity());
    QCOMPARE(store.count({}), 0);
    QVERIFY(store.insert(sampleRecord(u"after the damage"_s)) > 0);
}

void TestJobStore::checksAFileLeftBehindByACrash() {
    const QString path = m_dir.filePath(u"crashed.sqlite"_s);
    {
        JobStore store(path);
        for (int i = 0; i < 200; ++i)
            QVERIFY(store.insert(sampleRecord(QString(400, QChar(u'a' + i % 26)))) > 0);
    }
    QVERIFY(!QFile::exists(path + u"-wal"_s)); // a clean close leaves no log
    {
        // Pages in the middle of the file go bad (their b-tree headers), and
        // the log of a process that never closed the file lies beside it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 16 * 4096);
        for (int page = 4; page < 12; ++page) {
            QVERIFY(file.seek(qint64(page) * 4096));
            file.write(QByteArray(16, '\xff'));
        }
        QFile wal(path + u"-wal"_s);
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.write(QByteArray(4096, '\0'));
    }
    JobStore store(path);
    QVERIFY2(store.isOpen(), qPrintable(store.errorString()));
    QVERIFY(!store.quarantinedPath().isEmpty());
    QCOMPARE(store.count({}), 0);
}

void TestJobStore::roundTripsEveryColumn() {
    JobStore store(dbPath());
    JobRecord record = sampleRecord(u"every column"_s, JobState::Completed, u"video_rt"_s);
    record.progress = 100;
    record.model = u"sora-2"_s;
    record.seconds = u"8"_s;
    record.completedAt = QDateTime::fromSecsSinceEpoch(1'700'000'100, Qt::UTC);
    record.expiresAt = QDateTime::fromSecsSinceEpoch(1'700'003'700, Qt::UTC);
    record.raw = {{u"id"_s, u"video_rt"_s}, {u"extra"_s, 1}};
    record.error = {{u"message"_s, u"none"_s}};
    record.filePath = u"/tmp/x.mp4"_s;
    record.thumbnailPath = u"/tmp/x.webp"_s;
    record.downloaded = true;
    record.submitterPid = 42;
    record.sourceAliasId = u"video_upstream"_s;
    const qint64 id = store.insert(record);
    QVERIFY(id > 0);
    const JobRecord read = *store.job(id);
    QCOMPARE(read.videoId, record.videoId);
    QCOMPARE(read.state, JobState::Completed);
    QCOMPARE(read.model, record.model);
    QCOMPARE(read.completedAt, record.completedAt);
    QCOMPARE(read.expiresAt, record.expiresAt);
    QCOMPARE(read.raw, record.raw);
    QCOMPARE(read.error, record.error);
    QCOMPARE(read.thumbnailPath, record.thumbnailPath);
    QVERIFY(read.downloaded);
    QCOMPARE(read.submitterPid, 42);
    QCOMPARE(read.sourceAliasId, record.sourceAliasId);
    QCOMPARE(read.createdAt.toMSecsSinceEpoch(), record.createdAt.toMSecsSinceEpoch());
}

void TestJobStore::importIsAllOrNothing() {
    const QString path = m_dir.filePath(u"atomic.sqlite"_s);
    JobStore store(path);
    RawDb raw(path);
    // The third row of the batch fails: the first two must not remain.
    QVERIFY(raw.exec(u"CREATE TRIGGER no_third BEFORE INSERT ON jobs WHEN NEW.video_id = 'video_3' "
                     u"BEGIN SELECT RAISE(ABORT, 'refused'); END"_s));
    const QList<Video> videos = {sampleVideo(u"video_1"_s, u"one"_s, 1000),
                                 sampleVideo(u"video_2"_s, u"two"_s, 1001),
                                 sampleVideo(u"video_3"_s, u"three"_s, 1002)};
    QCOMPARE(store.importVideos(u"p"_s, QUrl(u"http://g/"_s), videos), -1);
    QCOMPARE(store.count({}), 0);
    QVERIFY(raw.exec(u"DROP TRIGGER no_third"_s));
    QCOMPARE(store.importVideos(u"p"_s, QUrl(u"http://g/"_s), videos), 3);
}

void TestJobStore::importNeverDuplicatesAVideo() {
    JobStore store(m_dir.filePath(u"dup.sqlite"_s));
    const QUrl gateway(u"http://g/"_s);
    QList<qint64> added;
    QCOMPARE(store.importVideos(u"p"_s, gateway, {sampleVideo(u"video_x"_s, u"x"_s, 5)}, &added),
             1);
    Video later = sampleVideo(u"video_x"_s, u"x"_s, 5);
    later.model = u"sora-2-pro"_s;
    QCOMPARE(store.importVideos(u"p"_s, gateway, {later}), 0);
    QCOMPARE(store.count({}), 1);
    QCOMPARE(store.job(added.first())->model, u"sora-2-pro"_s);
    // Two rows may never share a video of one gateway, whatever writes them.
    JobRecord again = sampleRecord(u"x"_s, JobState::Queued, u"video_x"_s);
    again.baseUrl = gateway;
    QCOMPARE(store.insert(again), 0);
}

void TestJobStore::aWriteBlockedByAnotherWriterChangesNothing() {
    const QString path = m_dir.filePath(u"locked.sqlite"_s);
    JobStore store(path);
    const qint64 id = store.insert(sampleRecord(u"before"_s));
    RawDb raw(path);
    QVERIFY(raw.exec(u"PRAGMA busy_timeout = 0"_s));
    QVERIFY(raw.exec(u"BEGIN IMMEDIATE"_s));
    JobRecord record = *store.job(id);
    record.prompt = u"after"_s;
    QElapsedTimer waited;
    waited.start();
    QVERIFY(!store.update(record));
    // It waited for the other writer as long as the busy timeout allows.
    QVERIFY(waited.elapsed() >= JobStore::BusyTimeoutMs - 500);
    QVERIFY(raw.exec(u"ROLLBACK"_s));
    QCOMPARE(store.job(id)->prompt, u"before"_s);
    QVERIFY(store.update(record));
    QCOMPARE(store.job(id)->prompt, u"after"_s);
}

void TestJobStore::modifyIsOneReadAndWriteTransaction() {
    JobStore store(m_dir.filePath(u"modify.sqlite"_s));
    const qint64 id = store.insert(sampleRecord(u"m"_s));
    const std::optional<JobRecord> written = store.modify(id, [](JobRecord& row) {
        row.state = JobState::InProgress;
        row.progress = 40;
    });
    QVERIFY(written);
    QCOMPARE(store.job(id)->progress, 40);
    QVERIFY(!store.modify(id + 1000, [](JobRecord&) {}));
}

void TestJobStore::marksOnlyDeadSubmissionsOutcomeUnknown() {
    JobStore store(m_dir.filePath(u"submitting.sqlite"_s));
    const qint64 dead = store.insert(sampleRecord(u"dead"_s, JobState::Submitting));
    const qint64 alive = store.insert(sampleRecord(u"alive"_s, JobState::Submitting));
    const qint64 queued = store.insert(sampleRecord(u"queued"_s, JobState::Queued, u"video_q"_s));
    const QList<qint64> marked =
        store.markInterruptedSubmissions([alive](const JobRecord& row) { return row.id == alive; });
    QCOMPARE(marked, QList<qint64>{dead});
    QCOMPARE(store.job(dead)->state, JobState::OutcomeUnknown);
    QVERIFY(!store.job(dead)->error.value(u"message"_s).toString().isEmpty());
    QCOMPARE(store.job(alive)->state, JobState::Submitting);
    QCOMPARE(store.job(queued)->state, JobState::Queued);
}

void TestJobStore::answersLineageQueries() {
    JobStore store(m_dir.filePath(u"lineage.sqlite"_s));
    JobRecord parent = sampleRecord(u"parent"_s, JobState::Completed, u"video_parent"_s);
    const qint64 parentId = store.insert(parent);
    JobRecord child1 = sampleRecord(u"child one"_s, JobState::Queued, u"video_c1"_s);
    child1.sourceVideoId = u"video_parent"_s;
    JobRecord child2 = sampleRecord(u"child two"_s, JobState::Submitting);
    child2.sourceVideoId = u"video_parent"_s;
    const qint64 c1 = store.insert(child1);
    const qint64 c2 = store.insert(child2);
    const JobLineage lineage(store);
    QCOMPARE(lineage.remixedFrom(c1)->id, parentId);
    QCOMPARE(lineage.remixedFrom(c2)->id, parentId);
    QVERIFY(!lineage.remixedFrom(parentId)); // its source is not in the library
    const QList<JobRecord> children = lineage.remixesOf(parentId);
    QCOMPARE(children.size(), 2);
    QCOMPARE(children.at(0).id, c1);
    QCOMPARE(children.at(1).id, c2);
}

void TestJobStore::movesAProfileToItsNewAddressKeepingTheLinks() {
    JobStore store(m_dir.filePath(u"move.sqlite"_s));
    const QUrl before(u"http://127.0.0.1:40001"_s);
    const QUrl after(u"http://127.0.0.1:40002"_s);
    const auto demoJob = [&](const QString& videoId, const QUrl& base) {
        JobRecord record = sampleRecord(videoId, JobState::Completed, videoId);
        record.profileId = u"demo"_s;
        record.baseUrl = base;
        return record;
    };
    const qint64 sample = store.insert(demoJob(u"video_sample"_s, before));
    JobRecord remix = demoJob(u"video_remix"_s, after);
    remix.sourceVideoId = u"video_sample"_s;
    const qint64 remixId = store.insert(remix);
    // The same video already known at the new address (imported again): stays.
    const qint64 twin = store.insert(demoJob(u"video_twin"_s, before));
    const qint64 twinThere = store.insert(demoJob(u"video_twin"_s, after));
    // Another profile's job at the old address is not the demo's.
    JobRecord other = sampleRecord(u"other"_s, JobState::Completed, u"video_other"_s);
    other.profileId = u"real"_s;
    other.baseUrl = before;
    const qint64 otherId = store.insert(other);
    QVERIFY(sample && remixId && twin && twinThere && otherId);
    const JobLineage lineage(store);
    QVERIFY(!lineage.remixedFrom(remixId)); // the source is at the old address

    QCOMPARE(store.moveProfileTo(u"demo"_s, after), 1);
    QCOMPARE(store.job(sample)->baseUrl, after);
    QCOMPARE(lineage.remixedFrom(remixId)->id, sample);
    QCOMPARE(lineage.remixesOf(sample).size(), 1);
    QCOMPARE(store.job(twin)->baseUrl, before);
    QCOMPARE(store.job(twinThere)->baseUrl, after);
    QCOMPARE(store.job(otherId)->baseUrl, before);
    QCOMPARE(store.moveProfileTo(u"demo"_s, after), 0); // nothing left to move
}

void TestJobStore::keepsTheAskedSourceAndTheGatewaysNameBesideIt_data() {
    QTest::addColumn<QString>("asked");    // the source the remix was submitted with
    QTest::addColumn<QString>("answered"); // remixed_from_video_id in the gateway's answer
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("alias");
    QTest::newRow("new-api names the upstream video")
        << u"task_Parent"_s << u"video_upstream1"_s << u"task_Parent"_s << u"video_upstream1"_s;
    QTest::newRow("OpenAI repeats the ID") << u"video_p"_s << u"video_p"_s << u"video_p"_s << u""_s;
    QTest::newRow("gateway says nothing") << u"video_p"_s << u""_s << u"video_p"_s << u""_s;
    QTest::newRow("imported: the gateway's word is all there is")
        << u""_s << u"video_upstream1"_s << u"video_upstream1"_s << u""_s;
}

void TestJobStore::keepsTheAskedSourceAndTheGatewaysNameBesideIt() {
    QFETCH(QString, asked);
    QFETCH(QString, answered);
    QFETCH(QString, source);
    QFETCH(QString, alias);
    const QTemporaryDir dir; // a file per row
    JobStore store(dir.filePath(u"alias.sqlite"_s));
    JobRecord record = sampleRecord(u"remix"_s, JobState::Submitting);
    record.sourceVideoId = asked;
    const qint64 id = store.insert(record);
    Video answer = sampleVideo(u"task_child"_s, u"remix"_s, 1'700'000'000);
    answer.status = VideoStatus::Queued;
    answer.remixedFromVideoId = answered;
    QVERIFY(store.modify(id, [&answer](JobRecord& row) { row.absorb(answer); }));
    // Twice: a later poll that repeats the gateway's name changes nothing.
    QVERIFY(store.modify(id, [&answer](JobRecord& row) { row.absorb(answer); }));
    const JobRecord read = *store.job(id);
    QCOMPARE(read.sourceVideoId, source);
    QCOMPARE(read.sourceAliasId, alias);
    QCOMPARE(read.toVideo().remixedFromVideoId, source);
    QCOMPARE(read.toJson()[u"remixed_from_video_id"_s].toString(), source);
    QCOMPARE(read.toJson()[u"remixed_from_alias_id"_s].toString(), alias);
}

// One library as a new-api gateway leaves it: the parent is known by its
// task_… ID, the gateway calls it video_up. "child" was remixed here (and
// learnt the alias), "listed" came from the gateway with the alias only,
// "grandchild" was remixed from "child".
void TestJobStore::resolvesLineageByEitherName_data() {
    QTest::addColumn<QString>("job");
    QTest::addColumn<QString>("parent");       // remixedFrom; empty: none in the library
    QTest::addColumn<QStringList>("children"); // remixesOf, oldest first
    QTest::addColumn<QString>("search");       // a search for this finds the job
    QTest::newRow("the parent has both remixes")
        << u"parent"_s << QString() << QStringList{u"child"_s, u"listed"_s} << u"task_P"_s;
    QTest::newRow("a remix made here links by the asked ID")
        << u"child"_s << u"parent"_s << QStringList{u"grandchild"_s} << u"video_up"_s;
    QTest::newRow("a listed remix links through the alias")
        << u"listed"_s << u"parent"_s << QStringList{} << u"video_up"_s;
    QTest::newRow("a remix of a remix")
        << u"grandchild"_s << u"child"_s << QStringList{} << u"task_C"_s;
}

void TestJobStore::resolvesLineageByEitherName() {
    QFETCH(QString, job);
    QFETCH(QString, parent);
    QFETCH(QStringList, children);
    QFETCH(QString, search);
    const QTemporaryDir dir; // a file per row
    JobStore store(dir.filePath(u"either.sqlite"_s));
    QMap<QString, qint64> ids;
    const auto add = [&](const QString& name, const QString& videoId, const QString& source,
                         const QString& alias, int minutes) {
        JobRecord record = sampleRecord(name, JobState::Completed, videoId);
        record.sourceVideoId = source;
        record.sourceAliasId = alias;
        record.createdAt = QDateTime::fromSecsSinceEpoch(1'700'000'000 + minutes * 60, Qt::UTC);
        ids.insert(name, store.insert(record));
        QVERIFY(ids.value(name) > 0);
    };
    add(u"parent"_s, u"task_P"_s, {}, {}, 0);
    add(u"child"_s, u"task_C"_s, u"task_P"_s, u"video_up"_s, 1);
    add(u"listed"_s, u"task_L"_s, u"video_up"_s, {}, 2);
    add(u"grandchild"_s, u"task_G"_s, u"task_C"_s, u"video_upc"_s, 3);
    add(u"stranger"_s, u"task_S"_s, u"video_elsewhere"_s, {}, 4);

    const JobLineage lineage(store);
    const std::optional<JobRecord> from = lineage.remixedFrom(ids.value(job));
    QCOMPARE(from ? from->prompt : QString(), parent);
    QStringList found;
    for (const JobRecord& child : lineage.remixesOf(ids.value(job)))
        found << child.prompt;
    QCOMPARE(found, children);
    QStringList matches;
    for (const JobRecord& row : store.recent(JobQuery::matching(search)))
        matches << row.prompt;
    QVERIFY2(matches.contains(job), qPrintable(matches.join(u", "_s)));
}

void TestJobStore::seesWritesOfAnotherConnection() {
    const QString path = m_dir.filePath(u"shared.sqlite"_s);
    JobStore app(path);
    JobStore cli(path);
    const qint64 before = app.dataVersion();
    const qint64 id = cli.insert(sampleRecord(u"from the cli"_s));
    QVERIFY(app.dataVersion() != before);
    QCOMPARE(app.job(id)->prompt, u"from the cli"_s);
}

void TestJobStore::reusedStatementsSeeEveryLaterWrite() {
    // Reads reuse compiled statements: none may keep an old snapshot open.
    const QString path = m_dir.filePath(u"reuse.sqlite"_s);
    JobStore app(path);
    JobStore cli(path);
    const qint64 id = app.insert(sampleRecord(u"first"_s));
    QCOMPARE(app.job(id)->prompt, u"first"_s);
    QCOMPARE(app.recent({}).size(), 1);
    for (int i = 0; i < 3; ++i) {
        const QString prompt = u"written by the cli %1"_s.arg(i);
        QVERIFY(cli.modify(id, [&](JobRecord& row) { row.prompt = prompt; }));
        QCOMPARE(app.job(id)->prompt, prompt);
        QVERIFY(app.modify(id, [](JobRecord& row) { row.progress += 10; }));
        QCOMPARE(cli.job(id)->progress, 10 * (i + 1));
    }
    const qint64 second = cli.insert(sampleRecord(u"second"_s));
    QCOMPARE(app.recent({}).size(), 2);
    QCOMPARE(app.recent({}).first().id, second);
    QVERIFY(app.remove(id));
    QVERIFY(!cli.job(id));
}

void TestJobStore::findsPendingJobsThroughAnIndex() {
    const QString path = m_dir.filePath(u"pending.sqlite"_s);
    qint64 running = 0;
    qint64 notFetched = 0;
    {
        JobStore store(path);
        running = store.insert(sampleRecord(u"running"_s, JobState::InProgress, u"video_r"_s));
        JobRecord fetched = sampleRecord(u"fetched"_s, JobState::Completed, u"video_f"_s);
        fetched.downloaded = true;
        QVERIFY(store.insert(fetched));
        notFetched =
            store.insert(sampleRecord(u"not fetched"_s, JobState::Completed, u"video_n"_s));
        QVERIFY(store.insert(sampleRecord(u"failed"_s, JobState::Failed, u"video_x"_s)));
        QList<qint64> ids;
        for (const JobRecord& row : store.unfinished())
            ids << row.id;
        QCOMPARE(ids, (QList<qint64>{running, notFetched}));
    }
    RawDb raw(path);
    const QString indexCount = u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' "
                               u"AND name = 'jobs_pending'"_s;
    QCOMPARE(raw.scalar(indexCount).toInt(), 1);
    // The schema version stays: older versions open the file as before.
    QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), JobSchema::CurrentVersion);
}

void TestJobStore::relaxedWritesAreWrittenAllTheSame() {
    const QString path = m_dir.filePath(u"relaxed.sqlite"_s);
    JobStore app(path);
    const qint64 id = app.insert(sampleRecord(u"followed"_s, JobState::InProgress, u"video_p"_s));
    for (int progress = 10; progress <= 30; progress += 10) {
        const auto written = app.modify(
            id, [progress](JobRecord& row) { row.progress = progress; }, JobStore::Sync::Relaxed);
        QVERIFY(written);
        QCOMPARE(written->progress, progress);
    }
    QVERIFY(app.modify(id, [](JobRecord& row) { row.state = JobState::Completed; }));
    {
        JobStore cli(path);
        QCOMPARE(cli.job(id)->progress, 30);
        QCOMPARE(cli.job(id)->state, JobState::Completed);
    }
    // Still one consistent file afterwards.
    QVERIFY(app.checkIntegrity());
    RawDb raw(path);
    QCOMPARE(raw.scalar(u"SELECT progress FROM jobs WHERE id = %1"_s.arg(id)).toInt(), 30);
}

void TestJobStore::pagesAndSearchesNewestFirst() {
    JobStore store(m_dir.filePath(u"paging.sqlite"_s));
    QList<Video> videos;
    for (int i = 0; i < 50; ++i)
        videos << sampleVideo(u"video_%1"_s.arg(i),
                              i % 10 == 0 ? u"100% Cat_%1"_s.arg(i) : u"dog %1"_s.arg(i),
                              1000 + i / 2); // pairs share a second: ties broken by id
    QCOMPARE(store.importVideos(u"p"_s, QUrl(u"http://g/"_s), videos), 50);
    JobQuery query;
    query.limit = 7;
    QList<qint64> seen;
    for (;;) {
        const QList<JobRecord> page = store.recent(query);
        for (const JobRecord& row : page)
            seen << row.id;
        if (page.size() < query.limit)
            break;
        query.before = JobQuery::Cursor{page.last().createdAt, page.last().id};
    }
    QCOMPARE(seen.size(), 50);
    QList<qint64> sorted = seen;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QCOMPARE(seen, sorted);
    // LIKE wildcards in the search text are literal.
    QCOMPARE(store.count(JobQuery::matching(u"100%"_s)), 5);
    QCOMPARE(store.count(JobQuery::matching(u"cat_"_s)), 5);
    QCOMPARE(store.count(JobQuery::matching(u"t_4"_s)), 1);
    QCOMPARE(store.count(JobQuery::matching({}, {JobState::Completed})), 50);
    QCOMPARE(store.count(JobQuery::matching({}, {JobState::Failed})), 0);
    QCOMPARE(store.count(JobQuery::matching(u"video_1"_s)), 11);
}

void TestJobStore::namesResultFilesSafely_data() {
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("videoId");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"A cat, in space!"_s << u"video_abc"_s
                           << u"A-cat-in-space_video_abc"_s;
    QTest::newRow("chinese") << u"一只猫 在太空"_s << u"video_1"_s << u"一只猫-在太空_video_1"_s;
    QTest::newRow("empty prompt") << u"???"_s << u"video_1"_s << u"video_1"_s;
    QTest::newRow("path tricks") << u"../../etc/passwd"_s << u"video_1"_s
                                 << u"etc-passwd_video_1"_s;
}

void TestJobStore::namesResultFilesSafely() {
    QFETCH(QString, prompt);
    QFETCH(QString, videoId);
    QFETCH(QString, expected);
    JobRecord record = sampleRecord(prompt, JobState::Completed, videoId);
    QCOMPARE(ResultFiles::baseName(record), expected);

    // Colons and long prompts: shortened, sanitised, and still unique per ID.
    record.prompt = QString(200, u'x');
    record.videoId = u"sora-2:task_01"_s;
    const QString a = ResultFiles::baseName(record);
    record.videoId = u"sora-2_task_01"_s;
    const QString b = ResultFiles::baseName(record);
    QVERIFY(a != b);
    QVERIFY(!a.contains(u':'));
    QVERIFY(a.size() <= ResultFiles::MaxPromptChars + 1 + ResultFiles::MaxIdChars);
}

void TestJobStore::requestSlotsNeverExceedTheLimit() {
    RequestSlots gate(2);
    QObject owner;
    int granted = 0;
    for (int i = 0; i < 5; ++i)
        gate.acquire(&owner, [&granted] { ++granted; });
    QCOMPARE(granted, 2);
    QCOMPARE(gate.waiting(), 3);
    gate.release();
    QCOMPARE(granted, 2); // granted on the next turn, never from inside release()
    QTRY_COMPARE(granted, 3);
    gate.cancel(&owner);
    gate.release();
    gate.release();
    QTest::qWait(20);
    QCOMPARE(granted, 3);
    QCOMPARE(gate.peakInFlight(), 2);
    QCOMPARE(gate.inFlight(), 0);
}

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
