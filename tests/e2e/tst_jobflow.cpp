#include "api/apiclient.h"
#include "callresult.h"
#include "api/downloader.h"
#include "jobs/jobtracker.h"
#include "mockserverprocess.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A job's whole life against the real mock: submit, follow, download.
class TestJobFlow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void followsAJobToCompletionWithMonotonicProgress();
    void reportsAFailedJob();
    void honoursPollAfterHeader();
    void keepsFollowingWhileTheGatewayIsAway();
    void givesUpOnADeletedJob();
    void downloadsAPlayableVideo();
    void downloadsThumbnailAndSpritesheet();
    void followsPointersWithoutTheKey_data();
    void followsPointersWithoutTheKey();
    void leavesNoFileAfterAFailedDownload_data();
    void leavesNoFileAfterAFailedDownload();
    void refusesContentBeforeCompletion();

private:
    Video submit(ApiClient& api, const QString& prompt = u"purple"_s);
    ClientConfig config() const;

    MockServerProcess m_mock;
    QTemporaryDir m_dir;
};

void TestJobFlow::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(m_mock.start({u"--job-duration"_s, u"1200"_s}));
}

void TestJobFlow::init() {
    QVERIFY(m_mock.reset());
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 1200}}));
}

ClientConfig TestJobFlow::config() const {
    return ClientConfig::forGateway(m_mock.baseUrl(), m_mock.apiKey());
}

Video TestJobFlow::submit(ApiClient& api, const QString& prompt) {
    const CallResult created =
        CallResult::waitFor(api.remix(RemixRequest::make(u"video_demo_source"_s, prompt, {})));
    if (!created.ok)
        qWarning("remix failed: %s", qPrintable(created.error.summary()));
    return created.video.value_or(Video{});
}

void TestJobFlow::followsAJobToCompletionWithMonotonicProgress() {
    ApiClient api(config());
    const Video job = submit(api);
    QVERIFY(!job.id.isEmpty());
    JobTracker tracker(&api, job, {100, 30'000, 1000});
    QSignalSpy updates(&tracker, &JobTracker::updated);
    QSignalSpy finished(&tracker, &JobTracker::finished);
    tracker.start();
    QVERIFY(finished.wait(15'000));
    QCOMPARE(finished.first().first().value<Video>().status, VideoStatus::Completed);

    int previous = 0;
    bool sawInProgress = false;
    for (const QList<QVariant>& update : updates) {
        const Video video = update.first().value<Video>();
        QVERIFY2(video.progress >= previous,
                 qPrintable(u"%1 after %2"_s.arg(video.progress).arg(previous)));
        previous = video.progress;
        sawInProgress |= video.status == VideoStatus::InProgress;
    }
    QVERIFY(sawInProgress);
    QCOMPARE(previous, 100);
    QVERIFY(!tracker.isRunning());
}

void TestJobFlow::reportsAFailedJob() {
    ApiClient api(config());
    const Video job = submit(api, u"[fail] this will not render"_s);
    JobTracker tracker(&api, job, {100, 30'000, 1000});
    QSignalSpy finished(&tracker, &JobTracker::finished);
    tracker.start();
    QVERIFY(finished.wait(15'000));
    const Video final = finished.first().first().value<Video>();
    QCOMPARE(final.status, VideoStatus::Failed);
    QVERIFY(!final.failureMessage.isEmpty() || !final.failureCode.isEmpty());
}

void TestJobFlow::honoursPollAfterHeader() {
    QVERIFY(m_mock.configure({{u"pollAfterMs"_s, 700}, {u"jobDurationMs"_s, 1400}}));
    ApiClient api(config());
    const Video job = submit(api);
    JobTracker tracker(&api, job, {50, 30'000, 1000});
    QSignalSpy finished(&tracker, &JobTracker::finished);
    tracker.start();
    QVERIFY(finished.wait(15'000));
    // At the client's own 50 ms pace this would be ~28 polls; the server asked for 700 ms.
    const int polls = m_mock.countRequests("GET", u"/v1/videos/"_s + job.id);
    QVERIFY2(polls >= 2 && polls <= 4, qPrintable(QString::number(polls)));
}

void TestJobFlow::keepsFollowingWhileTheGatewayIsAway() {
    ApiClient api(config());
    const Video job = submit(api);
    QVERIFY(
        m_mock.addFault({{u"fault"_s, u"http503"_s}, {u"method"_s, u"GET"_s}, {u"times"_s, 4}}));
    JobTracker tracker(&api, job, {100, 60'000, 300});
    QSignalSpy troubled(&tracker, &JobTracker::troubled);
    QSignalSpy finished(&tracker, &JobTracker::finished);
    tracker.start();
    QVERIFY(finished.wait(30'000));
    QVERIFY(troubled.size() >= 1);
    QCOMPARE(finished.first().first().value<Video>().status, VideoStatus::Completed);
}

void TestJobFlow::givesUpOnADeletedJob() {
    ApiClient api(config());
    const Video job = submit(api);
    QVERIFY(CallResult::waitFor(api.remove(job.id)).ok);
    JobTracker tracker(&api, job, {100, 30'000, 1000});
    QSignalSpy gaveUp(&tracker, &JobTracker::gaveUp);
    tracker.start();
    QVERIFY(gaveUp.wait(10'000));
    QCOMPARE(gaveUp.first().first().value<ApiError>().httpStatus, 404);
}

void TestJobFlow::downloadsAPlayableVideo() {
    ApiClient api(config());
    const QString target = m_dir.filePath(u"result.mp4"_s);
    Downloader* downloader = api.download(u"video_demo_source"_s, ContentVariant::Video, target);
    QSignalSpy finished(downloader, &Downloader::finished);
    QSignalSpy progress(downloader, &Downloader::progress);
    downloader->start();
    QVERIFY(finished.wait(10'000));
    QVERIFY2(downloader->succeeded(),
             qPrintable(downloader->error().summary() + downloader->error().technicalDetail));
    QVERIFY(!progress.isEmpty());
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(12);
    QCOMPARE(head.mid(4, 4), "ftyp"_ba);
    QCOMPARE(file.size(), downloader->bytesWritten());
}

void TestJobFlow::downloadsThumbnailAndSpritesheet() {
    ApiClient api(config());
    for (const ContentVariant variant : {ContentVariant::Thumbnail, ContentVariant::Spritesheet}) {
        const QString target = m_dir.filePath(contentVariantKey(variant));
        Downloader* downloader = api.download(u"video_demo_source"_s, variant, target);
        QSignalSpy finished(downloader, &Downloader::finished);
        downloader->start();
        QVERIFY(finished.wait(10'000));
        QVERIFY(downloader->succeeded());
        QVERIFY(QFile(target).size() > 0);
        const QJsonObject request = m_mock.requests().last().toObject();
        QCOMPARE(request.value(u"query"_s).toString(), u"variant="_s + contentVariantKey(variant));
    }
}

void TestJobFlow::followsPointersWithoutTheKey_data() {
    QTest::addColumn<QJsonObject>("config");
    QTest::newRow("json url") << QJsonObject{{u"contentMode"_s, u"json-url"_s}};
    QTest::newRow("302") << QJsonObject{{u"contentMode"_s, u"redirect"_s},
                                        {u"redirectStatus"_s, 302}};
    QTest::newRow("307") << QJsonObject{{u"contentMode"_s, u"redirect"_s},
                                        {u"redirectStatus"_s, 307}};
    QTest::newRow("308") << QJsonObject{{u"contentMode"_s, u"redirect"_s},
                                        {u"redirectStatus"_s, 308}};
}

void TestJobFlow::followsPointersWithoutTheKey() {
    QFETCH(QJsonObject, config);
    QVERIFY(m_mock.configure(config));
    ApiClient api(this->config());
    const QString target = m_dir.filePath(u"pointed.mp4"_s);
    Downloader* downloader = api.download(u"video_demo_source"_s, ContentVariant::Video, target);
    QSignalSpy finished(downloader, &Downloader::finished);
    downloader->start();
    QVERIFY(finished.wait(10'000));
    QVERIFY2(downloader->succeeded(), qPrintable(downloader->error().summary()));
    const QJsonArray cdn = m_mock.cdnRequests();
    QCOMPARE(cdn.size(), 1);
    const QJsonObject headers = cdn.first().toObject().value(u"headers"_s).toObject();
    QVERIFY2(!headers.contains(u"authorization"_s), "the key went to another origin");
    QCOMPARE(m_mock.requests()
                 .first()
                 .toObject()
                 .value(u"headers"_s)
                 .toObject()
                 .value(u"authorization"_s)
                 .toString(),
             u"Bearer "_s + m_mock.apiKey());
}

void TestJobFlow::leavesNoFileAfterAFailedDownload_data() {
    QTest::addColumn<QString>("fault");
    QTest::newRow("truncate") << u"truncate"_s;
    QTest::newRow("reset") << u"reset"_s;
    QTest::newRow("html502") << u"html502"_s;
    QTest::newRow("401") << u"http401"_s;
}

void TestJobFlow::leavesNoFileAfterAFailedDownload() {
    QFETCH(QString, fault);
    QVERIFY(m_mock.addFault({{u"fault"_s, fault}, {u"path"_s, u"/v1/videos/*/content"_s}}));
    ApiClient api(config());
    const QString target = m_dir.filePath(u"broken-"_s + fault + u".mp4"_s);
    Downloader* downloader = api.download(u"video_demo_source"_s, ContentVariant::Video, target);
    QSignalSpy finished(downloader, &Downloader::finished);
    downloader->start();
    QVERIFY(finished.wait(20'000));
    QVERIFY(!downloader->succeeded());
    QVERIFY(downloader->error().isError());
    QVERIFY2(!QFile::exists(target), "a partial file sits at the final path");
    QCOMPARE(QDir(m_dir.path()).entryList({u"broken-*"_s}, QDir::Files | QDir::Hidden).size(), 0);
}

void TestJobFlow::refusesContentBeforeCompletion() {
    ApiClient api(config());
    const Video job = submit(api);
    const QString target = m_dir.filePath(u"early.mp4"_s);
    Downloader* downloader = api.download(job.id, ContentVariant::Video, target);
    QSignalSpy finished(downloader, &Downloader::finished);
    downloader->start();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(downloader->error().httpStatus, 400);
    QVERIFY(downloader->error().message.contains(u"not completed"_s));
    QVERIFY(!QFile::exists(target));
}

QTEST_GUILESS_MAIN(TestJobFlow)
#include "tst_jobflow.moc"
