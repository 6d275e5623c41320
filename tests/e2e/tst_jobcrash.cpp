#include "api/apiclient.h"
#include "callresult.h"
#include "jobs/joblibrary.h"
#include "jobs/jobstore.h"
#include "mockserverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Kills a process that works the job library with SIGKILL at random moments,
// many times over, then checks that nothing was lost, duplicated or left half-written.
class TestJobCrash final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void survivesSigkillAtRandomMoments();

private:
    QList<Video> gatewayVideos(ApiClient& api);

    MockServerProcess m_mock;
    QTemporaryDir m_dir;
};

void TestJobCrash::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_mock.start());
    // Big enough that a kill often lands in the middle of a download.
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 700}, {u"contentBytes"_s, 3'000'000}}));
}

QList<Video> TestJobCrash::gatewayVideos(ApiClient& api) {
    QList<Video> videos;
    QString after;
    for (int page = 0; page < 20; ++page) {
        const CallResult result = CallResult::waitFor(api.list(after, 100));
        if (!result.ok)
            break;
        const QJsonArray data = result.json.value(u"data"_s).toArray();
        for (const QJsonValue& value : data) {
            if (const std::optional<Video> video = Video::fromJson(value.toObject()))
                videos << *video;
        }
        if (!result.json.value(u"has_more"_s).toBool() || data.isEmpty())
            break;
        after = result.json.value(u"last_id"_s).toString();
    }
    return videos;
}

void TestJobCrash::survivesSigkillAtRandomMoments() {
    const QByteArray seedText = qgetenv("VIDEOREMIX_CRASH_SEED");
    const quint32 seed =
        seedText.isEmpty() ? QRandomGenerator::system()->generate() : seedText.toUInt();
    const int iterations = qEnvironmentVariableIntValue("VIDEOREMIX_CRASH_ITERATIONS") > 0
                               ? qEnvironmentVariableIntValue("VIDEOREMIX_CRASH_ITERATIONS")
                               : 15;
    qInfo("crash test seed %u (set VIDEOREMIX_CRASH_SEED=%u to repeat), %d iterations", seed, seed,
          iterations);
    const QString context = u"seed %1: "_s.arg(seed);
    QRandomGenerator random(seed);
    const QString db = m_dir.filePath(u"jobs.sqlite"_s);
    const QString folder = m_dir.filePath(u"downloads"_s);

    for (int i = 0; i < iterations; ++i) {
        QProcess crasher;
        crasher.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        crasher.start(QStringLiteral(VIDEOREMIX_JOBCRASHER_PATH),
                      {db, m_mock.baseUrl().toString(), m_mock.apiKey(), folder, QString::number(i),
                       QString::number(random.generate()), u"4"_s});
        QVERIFY2(crasher.waitForStarted(5000), qPrintable(context + crasher.errorString()));
        // Anywhere from before the first write to well into downloads.
        QTest::qWait(int(random.bounded(50, 1600)));
        crasher.kill(); // SIGKILL
        QVERIFY2(crasher.waitForFinished(5000), qPrintable(context));
    }

    // 1. The file is sound and opens without being set aside.
    auto store = std::make_unique<JobStore>(db);
    QVERIFY2(store->isOpen(), qPrintable(context + store->errorString()));
    QVERIFY2(store->quarantinedPath().isEmpty(), qPrintable(context));
    QString detail;
    QVERIFY2(store->checkIntegrity(&detail), qPrintable(context + detail));

    // 2. A fresh library reconciles what was cut short and follows everything to the end.
    JobLibrary::Options options;
    options.housekeepingIntervalMs = 200;
    options.externalCheckIntervalMs = 0;
    options.pauseWhenOffline = false;
    JobLibrary library(store.get(), options);
    library.setDownloadFolder(folder);
    library.setAutoDownload(true);
    QSignalSpy reconciled(&library, &JobLibrary::reconciled);
    library.gateways()->add(u"mock"_s, ClientConfig::forGateway(m_mock.baseUrl(), m_mock.apiKey()),
                            100);
    const QList<JobRecord> unknown = store->withState(JobState::OutcomeUnknown);
    for (const JobRecord& record : unknown)
        library.reconciler()->reconcile(record.id);
    QTRY_COMPARE_WITH_TIMEOUT(reconciled.size(), unknown.size(), 30'000);
    QVERIFY2(store->withState(JobState::Submitting).isEmpty(), qPrintable(context));
    const bool settled = QTest::qWaitFor(
        [&] { return store->unfinished().isEmpty() && library.pendingDownloads() == 0; }, 60'000);
    QVERIFY2(settled,
             qPrintable(context + u"%1 jobs never finished"_s.arg(store->unfinished().size())));

    // 3. Every job the gateway made is in the library exactly once, completed and on disk.
    ApiClient api(ClientConfig::forGateway(m_mock.baseUrl(), m_mock.apiKey()));
    QList<Video> made;
    for (const Video& video : gatewayVideos(api)) {
        if (video.prompt.startsWith(u"crash "_s))
            made << video;
    }
    QVERIFY2(!made.isEmpty(), qPrintable(context + u"no job was ever created"_s));
    const QList<JobRecord> rows = store->recent(JobQuery::matching({}, {}, 0));
    QSet<QString> prompts;
    for (const JobRecord& row : rows) {
        QVERIFY2(!prompts.contains(row.prompt), qPrintable(context + u"duplicate "_s + row.prompt));
        prompts.insert(row.prompt);
    }
    for (const Video& video : made) {
        const std::optional<JobRecord> row = store->findByVideoId(m_mock.baseUrl(), video.id);
        QVERIFY2(row, qPrintable(context + u"lost "_s + video.id + u' ' + video.prompt));
        QCOMPARE(row->prompt, video.prompt);
        QCOMPARE(row->state, JobState::Completed);
        QVERIFY2(row->downloaded, qPrintable(context + video.id));
    }
    // What was never created: still of unknown outcome (cut short before the POST
    // left), or reconciled as not on the gateway. None of it was made.
    QList<JobRecord> neverCreated = store->withState(JobState::OutcomeUnknown);
    for (const JobRecord& row : store->withState(JobState::Rejected)) {
        if (row.error.value(u"code"_s).toString() == JobRecord::NotOnGatewayCode)
            neverCreated << row;
    }
    for (const JobRecord& row : std::as_const(neverCreated)) {
        for (const Video& video : made)
            QVERIFY2(video.prompt != row.prompt,
                     qPrintable(context + u"unreconciled "_s + row.prompt));
    }
    QCOMPARE(rows.size() - neverCreated.size(), made.size());
    qInfo("%lld jobs created, %lld never created, %lld reconciled after a kill",
          qint64(made.size()), qint64(neverCreated.size()), qint64(unknown.size()));

    // 4. Nothing partial at a final path, and nothing else in the folder.
    QSet<QString> expected;
    for (const JobRecord& row : rows) {
        if (!row.downloaded)
            continue;
        expected << QFileInfo(row.filePath).fileName();
        if (!row.thumbnailPath.isEmpty())
            expected << QFileInfo(row.thumbnailPath).fileName();
        expected << QFileInfo(row.filePath).completeBaseName() + u".json"_s;
        QFile video(row.filePath);
        QVERIFY2(video.open(QIODevice::ReadOnly), qPrintable(context + row.filePath));
        QCOMPARE(video.size(), 3'000'000);
        QCOMPARE(video.read(8).mid(4), "ftyp"_ba);
    }
    const QStringList present = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : present)
        QVERIFY2(expected.contains(name), qPrintable(context + u"stray file "_s + name));
}

QTEST_GUILESS_MAIN(TestJobCrash)
#include "tst_jobcrash.moc"
