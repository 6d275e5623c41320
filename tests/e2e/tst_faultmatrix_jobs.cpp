#include "api/apiclient.h"
#include "callresult.h"
#include "faultmatrixsupport.h"
#include "jobs/jobtracker.h"
#include "mockserverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using FaultMatrix::runCli;

// The fault matrix of docs/reliability.md, cases 14 and 15: following a job
// through odd status sequences and a gateway that goes away, and a disk that
// fills up during a download.
class TestFaultMatrixJobs final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    // 14.
    void showsUnknownStatusesAndKeepsFollowing();
    void unknownStatusForeverEndsAtTheDeadline();
    void stopsFollowingWhenTheKeyIsRefused();
    void followsAcrossAGatewayRestartOnTheSamePort();
    // 15.
    void fullDiskDuringADownloadLeavesNoFile();

private:
    ClientConfig config() const {
        return ClientConfig::forGateway(m_mock.baseUrl(), m_mock.apiKey());
    }
    Video submit(ApiClient& api);

    MockServerProcess m_mock;
    QTemporaryDir m_dir;
};

void TestFaultMatrixJobs::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(m_mock.start({u"--job-duration"_s, u"1000"_s}));
}

void TestFaultMatrixJobs::init() {
    if (!m_mock.isRunning())
        QVERIFY(m_mock.start({u"--job-duration"_s, u"1000"_s}));
    QVERIFY(m_mock.reset());
}

Video TestFaultMatrixJobs::submit(ApiClient& api) {
    const CallResult created =
        CallResult::waitFor(api.remix(RemixRequest::make(u"video_demo_source"_s, u"p"_s, {})));
    if (!created.ok)
        qWarning("remix failed: %s", qPrintable(created.error.summary()));
    return created.video.value_or(Video{});
}

// ---- 14 ------------------------------------------------------------------

void TestFaultMatrixJobs::showsUnknownStatusesAndKeepsFollowing() {
    ApiClient api(config());
    const Video job = submit(api);
    QVERIFY(!job.id.isEmpty());
    const QByteArray odd =
        QJsonDocument(
            QJsonObject{{u"id"_s, job.id}, {u"status"_s, u"upscaling"_s}, {u"progress"_s, 60}})
            .toJson(QJsonDocument::Compact);
    QVERIFY(m_mock.addFault({{u"fault"_s, u"custom-body"_s},
                             {u"path"_s, QString(u"/v1/videos/"_s + job.id)},
                             {u"times"_s, 3},
                             {u"body"_s, QString::fromLatin1(odd.toBase64())}}));
    JobTracker tracker(&api, job, {100, 20'000, 500});
    QSignalSpy updates(&tracker, &JobTracker::updated);
    QSignalSpy finished(&tracker, &JobTracker::finished);
    QSignalSpy gaveUp(&tracker, &JobTracker::gaveUp);
    tracker.start();
    QVERIFY(finished.wait(15'000));
    QCOMPARE(gaveUp.size(), 0);
    int unknown = 0;
    for (const QList<QVariant>& update : updates) {
        const Video video = update.first().value<Video>();
        if (video.status == VideoStatus::Unknown) {
            ++unknown;
            QCOMPARE(video.rawStatus, u"upscaling"_s);
            QVERIFY(!video.isFinished());
        }
    }
    QCOMPARE(unknown, 3);
    QCOMPARE(finished.first().first().value<Video>().status, VideoStatus::Completed);
}

void TestFaultMatrixJobs::unknownStatusForeverEndsAtTheDeadline() {
    const QByteArray odd = R"({"id":"video_demo_source","status":"rendering_upscale"})"_ba;
    QVERIFY(m_mock.addFault(
        {{u"fault"_s, u"custom-body"_s}, {u"body"_s, QString::fromLatin1(odd.toBase64())}}));
    ApiClient api(config());
    Video video;
    video.id = u"video_demo_source"_s;
    video.status = VideoStatus::InProgress;
    JobTracker tracker(&api, video, {200, 1500, 500});
    QSignalSpy gaveUp(&tracker, &JobTracker::gaveUp);
    QElapsedTimer clock;
    clock.start();
    tracker.start();
    QVERIFY(gaveUp.wait(10'000));
    QCOMPARE(gaveUp.first().first().value<ApiError>().kind, ApiError::Kind::Timeout);
    QVERIFY2(clock.elapsed() < 4'000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!tracker.isRunning());
    const int polls = m_mock.countRequests("GET", u"/v1/videos/video_demo_source"_s);
    QVERIFY2(polls >= 4 && polls <= 10, qPrintable(QString::number(polls)));
}

void TestFaultMatrixJobs::stopsFollowingWhenTheKeyIsRefused() {
    ApiClient api(config());
    const Video job = submit(api);
    QVERIFY(m_mock.addFault({{u"fault"_s, u"http401"_s}, {u"method"_s, u"GET"_s}}));
    JobTracker tracker(&api, job, {100, 20'000, 500});
    QSignalSpy gaveUp(&tracker, &JobTracker::gaveUp);
    tracker.start();
    QVERIFY(gaveUp.wait(10'000));
    QCOMPARE(gaveUp.first().first().value<ApiError>().httpStatus, 401);
    QTest::qWait(500);
    // A refused key is not hammered with more polls.
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/"_s), 1);
}

void TestFaultMatrixJobs::followsAcrossAGatewayRestartOnTheSamePort() {
    const QUrl url = m_mock.baseUrl();
    ApiClient api(config());
    Video video;
    video.id = u"video_demo_source"_s;
    video.status = VideoStatus::InProgress;
    video.progress = 40;
    m_mock.stop();
    JobTracker tracker(&api, video, {100, 60'000, 400});
    QSignalSpy troubled(&tracker, &JobTracker::troubled);
    QSignalSpy finished(&tracker, &JobTracker::finished);
    QSignalSpy gaveUp(&tracker, &JobTracker::gaveUp);
    tracker.start();
    QTRY_VERIFY_WITH_TIMEOUT(troubled.size() >= 3, 15'000);
    QCOMPARE(troubled.first().first().value<ApiError>().kind, ApiError::Kind::Network);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(gaveUp.size(), 0);

    QVERIFY(
        m_mock.start({u"--job-duration"_s, u"1000"_s, u"--port"_s, QString::number(url.port())}));
    QCOMPARE(m_mock.baseUrl(), url);
    QVERIFY(finished.wait(15'000));
    QCOMPARE(finished.first().first().value<Video>().status, VideoStatus::Completed);
    QCOMPARE(gaveUp.size(), 0);
    QVERIFY(m_mock.countRequests("GET", u"/v1/videos/video_demo_source"_s) >= 1);
}

// ---- 15 ------------------------------------------------------------------

void TestFaultMatrixJobs::fullDiskDuringADownloadLeavesNoFile() {
    const QString prlimit = QStandardPaths::findExecutable(u"prlimit"_s);
    QVERIFY2(!prlimit.isEmpty(), "prlimit (util-linux) is needed to fill the disk for one process");
    QVERIFY(m_mock.configure({{u"contentBytes"_s, 8 * 1024 * 1024}}));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(u"full.mp4"_s);
    // A file-size limit makes write() fail with EFBIG, as a full disk does with
    // ENOSPC; SIGXFSZ is ignored (inherited through exec) so the write fails
    // instead of the process dying.
    const QStringList wrapper{prlimit, u"--fsize=1048576"_s,
                              u"--"_s, u"/bin/sh"_s,
                              u"-c"_s, u"trap '' XFSZ; exec \"$0\" \"$@\""_s};
    for (const bool json : {false, true}) {
        QStringList arguments{u"--base-url"_s, m_mock.baseUrl().toString()};
        if (json)
            arguments << u"--json"_s;
        arguments << u"download"_s << u"video_demo_source"_s << u"--output"_s << target;
        const FaultMatrix::CliRun run = runCli(arguments, m_mock.apiKey(), {}, wrapper);
        QVERIFY2(run.exitCode != 0 && run.exitCode != -2,
                 qPrintable(QString::number(run.exitCode)));
        QVERIFY(run.out.isEmpty());
        if (json) {
            const QJsonObject error =
                QJsonDocument::fromJson(run.err).object().value(u"error"_s).toObject();
            QVERIFY2(error.value(u"detail"_s).toString().contains(target), run.err.constData());
        } else {
            QVERIFY2(run.err.contains(QByteArray("Could not write " + target.toUtf8())) ||
                         run.err.contains(QByteArray("Could not save " + target.toUtf8())),
                     run.err.constData());
        }
        QVERIFY2(!QFile::exists(target), "a partial file sits at the target path");
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
    // The same download without the limit succeeds, so the limit made the difference.
    const FaultMatrix::CliRun run =
        runCli({u"--base-url"_s, m_mock.baseUrl().toString(), u"download"_s, u"video_demo_source"_s,
                u"--output"_s, target},
               m_mock.apiKey());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QFile(target).size(), 8 * 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestFaultMatrixJobs)
#include "tst_faultmatrix_jobs.moc"
