#include "jobs/jobstore.h"
#include "jobs/jobstoresyncer.h"

#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

JobRecord sampleRecord(const QString& prompt) {
    JobRecord record;
    record.profileId = u"profile"_s;
    record.baseUrl = QUrl(u"http://127.0.0.1:9/"_s);
    record.sourceVideoId = u"video_source"_s;
    record.prompt = prompt;
    record.size = u"1280x720"_s;
    record.state = JobState::Submitting;
    record.createdAt = QDateTime::currentDateTimeUtc();
    return record;
}

// What whenDurable() answered, if it did.
struct Answer final {
    int calls = 0;
    bool durable = false;
};

// A sync that waits for the test's word, and remembers what it synced where.
class GatedSync final {
public:
    JobStoreSyncer::SyncFile function() {
        return [this](int fd) {
            struct stat info {};
            if (::fstat(fd, &info) == 0)
                m_inode = info.st_ino;
            m_onTestThread = QThread::currentThread() == m_testThread;
            ++m_calls;
            // Bounded, so a store that synced on the calling thread fails instead of hanging.
            if (!m_open.tryAcquire(1, 30'000))
                return ETIMEDOUT;
            return ::fdatasync(fd) == 0 ? 0 : errno;
        };
    }
    void release(int syncs = 1) { m_open.release(syncs); }
    int calls() const { return m_calls; }
    ino_t inode() const { return m_inode; }
    bool ranOnTheTestThread() const { return m_onTestThread; }

private:
    QSemaphore m_open;
    QThread* m_testThread = QThread::currentThread();
    std::atomic<int> m_calls = 0;
    std::atomic<ino_t> m_inode = 0;
    std::atomic<bool> m_onTestThread = false;
};

ino_t inodeOf(const QString& path) {
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

} // namespace

// The job store with its syncer: commits return at once, durability is
// reported when the log is on disk, the log stays short, a failed sync is
// never taken for durable.
class TestJobStoreSyncer final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void reportsDurableOnlyOnceTheLogIsSynced();
    void oneSyncCoversTheCommitsBeforeIt();
    void aFailedSyncIsNeverReportedDurable();
    void keepsTheLogShortByCheckpointing();
    void closesWithEverythingInTheDatabase();
    void withoutASyncerWritesAreDurableAtOnce();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestJobStoreSyncer::reportsDurableOnlyOnceTheLogIsSynced() {
    const QString file = path(u"gated.sqlite"_s);
    JobStore store(file);
    GatedSync sync;
    QVERIFY(store.syncInBackground(sync.function()));
    QVERIFY(store.syncsInBackground());

    // The commit returns while the sync still waits, and is there for every reader.
    const qint64 id = store.insert(sampleRecord(u"paid"_s));
    QVERIFY(id > 0);
    QCOMPARE(JobStore(file).job(id)->prompt, u"paid"_s);
    QObject context;
    Answer answer;
    store.whenDurable(&context, [&answer](bool durable) {
        ++answer.calls;
        answer.durable = durable;
    });
    QTRY_COMPARE(sync.calls(), 1);
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents();
    QCOMPARE(answer.calls, 0); // not before the sync is done

    sync.release();
    QTRY_COMPARE(answer.calls, 1);
    QVERIFY(answer.durable);
    // It synced SQLite's log of this very file, on a thread of its own.
    QCOMPARE(sync.inode(), inodeOf(file + u"-wal"_s));
    QVERIFY(!sync.ranOnTheTestThread());
    sync.release(100); // whatever else it syncs from here on
}

void TestJobStoreSyncer::oneSyncCoversTheCommitsBeforeIt() {
    JobStore store(path(u"group.sqlite"_s));
    GatedSync sync;
    QVERIFY(store.syncInBackground(sync.function()));
    QObject context;
    QList<bool> answers;
    store.insert(sampleRecord(u"first"_s));
    store.whenDurable(&context, [&answers](bool durable) { answers << durable; });
    QTRY_COMPARE(sync.calls(), 1);
    // Meanwhile (the disk is slow) more jobs are written; all wait for the next sync.
    for (int i = 0; i < 5; ++i) {
        store.insert(sampleRecord(u"more %1"_s.arg(i)));
        store.whenDurable(&context, [&answers](bool durable) { answers << durable; });
    }
    sync.release(2);
    QTRY_COMPARE(answers.size(), 6);
    QCOMPARE(answers, QList<bool>(6, true));
    QCOMPARE(sync.calls(), 2);
    // A callback whose context is gone is not called.
    {
        QObject gone;
        store.insert(sampleRecord(u"late"_s));
        store.whenDurable(&gone, [&answers](bool durable) { answers << durable; });
    }
    sync.release(100);
    QVERIFY(store.waitUntilDurable());
    QCoreApplication::processEvents();
    QCOMPARE(answers.size(), 6);
}

void TestJobStoreSyncer::aFailedSyncIsNeverReportedDurable() {
    JobStore store(path(u"failing.sqlite"_s));
    std::atomic<int> calls = 0;
    QVERIFY(store.syncInBackground([&calls](int) {
        ++calls;
        return EIO;
    }));
    const qint64 id = store.insert(sampleRecord(u"cannot stick"_s));
    QVERIFY(id > 0);
    QObject context;
    Answer answer;
    store.whenDurable(&context, [&answer](bool durable) {
        ++answer.calls;
        answer.durable = durable;
    });
    QTRY_COMPARE(answer.calls, 1);
    QVERIFY(!answer.durable);
    QCOMPARE(store.errorString(), QString::fromLocal8Bit(std::strerror(EIO)));
    // The kernel may have dropped what it could not write: nothing later is durable either.
    QVERIFY(store.insert(sampleRecord(u"after the failure"_s)) > 0);
    store.whenDurable(&context, [&answer](bool durable) {
        ++answer.calls;
        answer.durable = durable;
    });
    QTRY_COMPARE(answer.calls, 2);
    QVERIFY(!answer.durable);
    QVERIFY(!store.waitUntilDurable());
    QCOMPARE(calls.load(), 1);
}

void TestJobStoreSyncer::keepsTheLogShortByCheckpointing() {
    // The store's own connection never checkpoints by itself (that would sync
    // on its thread): the syncer does, or the log would hold every write ever
    // made. Written as fast as this thread can, which leaves the syncer's
    // checkpoints no pause to start the log over in: the store steps in.
    const QString file = path(u"checkpoint.sqlite"_s);
    JobStore store(file);
    QVERIFY(store.syncInBackground());
    const QString prompt(2000, u'x');
    for (int i = 0; i < 4000; ++i) {
        QVERIFY(store.insert(sampleRecord(prompt)) > 0);
        if (i % 50 == 0)
            QVERIFY(store.waitUntilDurable());
    }
    QVERIFY(store.waitUntilDurable());
    // Some 150 MB of pages went through the log (each row and its indexes).
    QVERIFY(QFileInfo(file).size() > 8'000'000);
    const qint64 logBytes = QFileInfo(file + u"-wal"_s).size();
    QVERIFY2(logBytes < 2 * JobStoreSyncer::MostPagesInTheLog * 4096,
             qPrintable(QString::number(logBytes)));
    QCOMPARE(store.count({}), 4000);
    QVERIFY(store.checkIntegrity());
}

void TestJobStoreSyncer::closesWithEverythingInTheDatabase() {
    const QString file = path(u"close.sqlite"_s);
    QList<qint64> ids;
    {
        JobStore store(file);
        QVERIFY(store.syncInBackground());
        for (int i = 0; i < 150; ++i) {
            ids << store.insert(sampleRecord(u"row %1"_s.arg(i)));
            if (i % 3 == 0)
                QVERIFY(store.modify(
                    ids.last(), [](JobRecord& row) { row.progress = 50; },
                    JobStore::Sync::Relaxed));
        }
    }
    // The last connection checkpointed everything and removed the log.
    QVERIFY(!QFile::exists(file + u"-wal"_s));
    JobStore again(file);
    QVERIFY(again.checkIntegrity());
    QCOMPARE(again.count({}), 150);
    QCOMPARE(again.job(ids.at(3))->progress, 50);
    QCOMPARE(again.job(ids.last())->prompt, u"row 149"_s);
}

void TestJobStoreSyncer::withoutASyncerWritesAreDurableAtOnce() {
    JobStore store(path(u"plain.sqlite"_s));
    QVERIFY(!store.syncsInBackground());
    QVERIFY(store.insert(sampleRecord(u"synced before it returned"_s)) > 0);
    QObject context;
    Answer answer;
    store.whenDurable(&context, [&answer](bool durable) {
        ++answer.calls;
        answer.durable = durable;
    });
    QCOMPARE(answer.calls, 0); // never from inside the call
    QTRY_COMPARE(answer.calls, 1);
    QVERIFY(answer.durable);
    QVERIFY(store.waitUntilDurable());
}

QTEST_GUILESS_MAIN(TestJobStoreSyncer)
#include "tst_jobstoresyncer.moc"
