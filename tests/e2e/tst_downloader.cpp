#include "api/apiclient.h"
#include "api/downloader.h"
#include "jobs/resultdownload.h"
#include "mockserverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Downloads that survive a cut: resumed with Range where the server allows it,
// from the start where it does not, a bounded number of times, never leaving a
// partial file at the target; and no video saved as an image. Against the real
// mock, whose request log shows what was asked.
class TestDownloader final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void resumesACutBodyWithRange();
    void restartsWithoutAcceptRanges();
    void restartsWhenTheContentRangeDoesNotLineUp_data();
    void restartsWhenTheContentRangeDoesNotLineUp();
    void failsWhenTheLengthDoesNotAddUp();
    void boundsItsAttempts();
    void neverPutsAPartialFileAtTheTarget();
    void abortDuringTheBackOffSendsNothingMore();
    void refusesAVideoAsAnImage_data();
    void refusesAVideoAsAnImage();
    void windowDownloadResumesAndSkipsAVideoThumbnail();
    void aKeyEchoedInTheRefusalIsRedacted();

private:
    ClientConfig config() const;
    // Downloads the demo video to `target` and waits for the end.
    static void run(Downloader* downloader);
    QList<QJsonObject> contentRequests();
    // The Range header of each attempt at /content, in order ("" for none).
    QStringList rangesAsked();
    static QByteArray demoVideo();
    QStringList leftovers(const QString& prefix) const;

    MockServerProcess m_mock;
    QTemporaryDir m_dir;
};

void TestDownloader::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(m_mock.start());
}

void TestDownloader::init() {
    QVERIFY(m_mock.reset());
}

ClientConfig TestDownloader::config() const {
    return ClientConfig::forGateway(m_mock.baseUrl(), m_mock.apiKey());
}

void TestDownloader::run(Downloader* downloader) {
    QSignalSpy finished(downloader, &Downloader::finished);
    downloader->start();
    QVERIFY(finished.wait(30'000));
}

QList<QJsonObject> TestDownloader::contentRequests() {
    QList<QJsonObject> content;
    for (const QJsonValue& value : m_mock.requests()) {
        if (value[u"path"_s].toString().endsWith(u"/content"_s))
            content.append(value.toObject());
    }
    return content;
}

static QString rangeOf(const QJsonObject& request) {
    return request[u"headers"_s][u"range"_s].toString();
}

QStringList TestDownloader::rangesAsked() {
    QStringList ranges;
    for (const QJsonObject& request : contentRequests()) {
        // Qt 6.4 itself sends a request again, unasked, when the connection it
        // went out on closes first: the same Range twice in a row is one attempt.
        if (ranges.isEmpty() || ranges.last() != rangeOf(request))
            ranges.append(rangeOf(request));
    }
    return ranges;
}

QByteArray TestDownloader::demoVideo() {
    QFile file(QStringLiteral(VIDEOREMIX_SOURCE_DIR "/resources/mock/demo.mp4"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList TestDownloader::leftovers(const QString& prefix) const {
    return QDir(m_dir.path()).entryList({prefix + u"*"_s}, QDir::Files | QDir::Hidden);
}

static QByteArray contentOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestDownloader::resumesACutBodyWithRange() {
    QVERIFY(m_mock.addFault(
        {{u"fault"_s, u"truncate"_s}, {u"path"_s, u"/v1/videos/*/content"_s}, {u"times"_s, 3}}));
    ApiClient api(config());
    const QString target = m_dir.filePath(u"resumed.mp4"_s);
    Downloader* downloader = api.download(u"video_demo_source"_s, ContentVariant::Video, target);
    run(downloader);
    QVERIFY2(downloader->succeeded(), qPrintable(downloader->error().technicalDetail));
    QCOMPARE(contentOf(target), demoVideo());

    // Three cuts: up to four attempts (fewer when Qt's own re-send met a cut).
    const QStringList ranges = rangesAsked();
    QCOMPARE(ranges.size(), downloader->attempts());
    QVERIFY(ranges.size() >= 3);
    QCOMPARE(ranges.first(), QString());
    qint64 previous = 0;
    for (qsizetype i = 1; i < ranges.size(); ++i) {
        const QString& range = ranges.at(i);
        QVERIFY2(range.startsWith(u"bytes="_s) && range.endsWith(u'-'), qPrintable(range));
        const qint64 from = range.mid(6).chopped(1).toLongLong();
        QVERIFY2(from > previous, "every resume starts where the last one stopped");
        previous = from;
    }
    QCOMPARE(leftovers(u"resumed"_s), QStringList{u"resumed.mp4"_s});
}

void TestDownloader::restartsWithoutAcceptRanges() {
    QVERIFY(m_mock.configure({{u"acceptRanges"_s, false}}));
    QVERIFY(m_mock.addFault(
        {{u"fault"_s, u"truncate"_s}, {u"path"_s, u"/v1/videos/*/content"_s}, {u"times"_s, 3}}));
    ApiClient api(config());
    const QString target = m_dir.filePath(u"restarted.mp4"_s);
    Downloader* downloader = api.download(u"video_demo_source"_s, ContentVariant::Video, target);
    run(downloader);
    QVERIFY2(downloader->succeeded(), qPrintable(downloader->error().technicalDetail));
    QCOMPARE(contentOf(target), demoVideo());
    QVERIFY(downloader->attempts() >= 3);
    for (const QJsonObject& request : contentRequests())
        QCOMPARE(rangeOf(request), QString());
}

void TestDownloader::restartsWhenTheContentRangeDoesNotLineUp_data() {
    QTest::addColumn<QString>("mode");
    QTest::newRow("starts at zero") << u"start"_s;
    QTest::newRow("another total") << u"total"_s;
}

void TestDownloader::restartsWhenTheContentRangeDoesNotLineUp() {
    QFETCH(QString, mode);
    QVERIFY(m_mock.addFault(
        {{u"fault"_s, u"truncate"_s}, {u"path"_s, u"/v1/videos/*/content"_s}, {u"times"_s, 1}}));
    QVERIFY(m_mock.addFault({{u"fault"_s, u"bad-content-range"_s},
                             {u"path"_s, u"/v1/videos/*/content"_s},
                             {u"mode"_s, mode}}));
    ApiClient api(config());
    const QString target = m_dir.filePath(u"realigned-"_s + mode + u".mp4"_s);
    Downloader* downloader = api.download(u"video_demo_source"_s, ContentVariant::Video, target);
    run(downloader);
    QVERIFY2(downloader->succeeded(), qPrintable(downloader->error().technicalDetail));
    QCOMPARE(contentOf(target), demoVideo());
    const QStringList ranges = rangesAsked();
    QCOMPARE(ranges, (QStringList{QString(), ranges.value(1), QString()}));
    QVERIFY(ranges.at(1).startsWith(u"bytes="_s));
    // The last attempt is from the start: the server's ranges are no longer trusted.
    QCOMPARE(downloader->attempts(), 3);
}

void TestDownloader::failsWhenTheLengthDoesNotAddUp() {
    QVERIFY(m_mock.addFault(
        {{u"fault"_s, u"truncate"_s}, {u"path"_s, u"/v1/videos/*/content"_s}, {u"times"_s, 1}}));
    QVERIFY(m_mock.addFault({{u"fault"_s, u"bad-content-range"_s},
                             {u"path"_s, u"/v1/videos/*/content"_s},
                             {u"mode"_s, u"short"_s}}));
    ApiClient api(config());
    const QString target = m_dir.filePath(u"short.mp4"_s);
    Downloader* downloader = api.download(u"video_demo_source"_s, ContentVariant::Video, target);
    run(downloader);
    QVERIFY(!downloader->succeeded());
    QCOMPARE(downloader->error().kind, ApiError::Kind::Protocol);
    QVERIFY2(downloader->error().technicalDetail.contains(u"of %1 bytes"_s.arg(demoVideo().size())),
             qPrintable(downloader->error().technicalDetail));
    QCOMPARE(leftovers(u"short"_s), QStringList());
}

void TestDownloader::boundsItsAttempts() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"truncate"_s}, {u"path"_s, u"/v1/videos/*/content"_s}}));
    ClientConfig bounded = config();
    bounded.maxRetries = 0;
    bounded.downloadRetries = 3;
    ApiClient api(bounded);
    const QString target = m_dir.filePath(u"bounded.mp4"_s);
    Downloader* downloader = api.download(u"video_demo_source"_s, ContentVariant::Video, target);
    QSignalSpy retries(downloader, &Downloader::retryScheduled);
    run(downloader);
    QVERIFY(!downloader->succeeded());
    QCOMPARE(retries.size(), 3);
    QCOMPARE(downloader->attempts(), 4);
    QVERIFY(contentRequests().size() >= 4);
    QCOMPARE(leftovers(u"bounded"_s), QStringList());
}

void TestDownloader::neverPutsAPartialFileAtTheTarget() {
    const QString target = m_dir.filePath(u"kept.mp4"_s);
    {
        QFile previous(target);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("the previous download");
    }
    QVERIFY(m_mock.addFault(
        {{u"fault"_s, u"truncate"_s}, {u"path"_s, u"/v1/videos/*/content"_s}, {u"times"_s, 2}}));
    ApiClient api(config());
    Downloader* downloader = api.download(u"video_demo_source"_s, ContentVariant::Video, target);
    QList<QByteArray> targetDuringRetries;
    QList<qint64> partDuringRetries;
    connect(downloader, &Downloader::retryScheduled, this, [&] {
        targetDuringRetries.append(contentOf(target));
        partDuringRetries.append(QFileInfo(Downloader::partPath(target)).size());
    });
    run(downloader);
    QVERIFY2(downloader->succeeded(), qPrintable(downloader->error().technicalDetail));
    QVERIFY(!targetDuringRetries.isEmpty());
    for (const QByteArray& seen : std::as_const(targetDuringRetries))
        QCOMPARE(seen, "the previous download"_ba);
    for (const qint64 partBytes : std::as_const(partDuringRetries))
        QVERIFY(partBytes > 0);
    QCOMPARE(contentOf(target), demoVideo());
    QVERIFY(!QFile::exists(Downloader::partPath(target)));
}

void TestDownloader::abortDuringTheBackOffSendsNothingMore() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"truncate"_s}, {u"path"_s, u"/v1/videos/*/content"_s}}));
    ApiClient api(config());
    const QString target = m_dir.filePath(u"aborted.mp4"_s);
    Downloader* downloader = api.download(u"video_demo_source"_s, ContentVariant::Video, target);
    QSignalSpy finished(downloader, &Downloader::finished);
    qint64 delayMs = -1;
    connect(downloader, &Downloader::retryScheduled, this, [&](const ApiError&, qint64 delay) {
        delayMs = delay;
        downloader->abort();
    });
    downloader->start();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(downloader->error().kind, ApiError::Kind::Cancelled);
    QVERIFY(delayMs > 0);
    QCOMPARE(downloader->attempts(), 1);
    const qsizetype sentBeforeTheAbort = contentRequests().size();
    // Nothing may leave after the back-off would have ended: wait it out, twice over.
    QTest::qWait(int(2 * delayMs + 300));
    QCOMPARE(contentRequests().size(), sentBeforeTheAbort);
    QCOMPARE(downloader->attempts(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(leftovers(u"aborted"_s), QStringList());
}

void TestDownloader::refusesAVideoAsAnImage_data() {
    QTest::addColumn<ContentVariant>("variant");
    QTest::newRow("thumbnail") << ContentVariant::Thumbnail;
    QTest::newRow("spritesheet") << ContentVariant::Spritesheet;
}

void TestDownloader::refusesAVideoAsAnImage() {
    QFETCH(ContentVariant, variant);
    // new-api drops ?variant=, so every variant is the MP4.
    QVERIFY(m_mock.configure({{u"contentIgnoresVariant"_s, true}}));
    ApiClient api(config());
    const QString target = m_dir.filePath(u"image-"_s + contentVariantKey(variant) + u".webp"_s);
    Downloader* downloader = api.download(u"video_demo_source"_s, variant, target);
    run(downloader);
    QVERIFY(!downloader->succeeded());
    QCOMPARE(downloader->error().kind, ApiError::Kind::Protocol);
    const QString detail = downloader->error().technicalDetail;
    QVERIFY2(detail.contains(u"video"_s) && detail.contains(contentVariantKey(variant)),
             qPrintable(detail));
    QCOMPARE(leftovers(u"image-"_s + contentVariantKey(variant)), QStringList());
    QCOMPARE(downloader->attempts(), 1); // refused, not retried
}

void TestDownloader::windowDownloadResumesAndSkipsAVideoThumbnail() {
    // The window's automatic download goes through ResultDownload.
    QVERIFY(m_mock.configure({{u"contentIgnoresVariant"_s, true}}));
    QVERIFY(m_mock.addFault(
        {{u"fault"_s, u"truncate"_s}, {u"path"_s, u"/v1/videos/*/content"_s}, {u"times"_s, 3}}));
    ApiClient api(config());
    JobRecord record;
    record.id = 1;
    record.videoId = u"video_demo_source"_s;
    record.prompt = u"window"_s;
    const QString folder = m_dir.filePath(u"window"_s);
    ResultDownload download(&api, record, folder, {});
    QSignalSpy finished(&download, &ResultDownload::finished);
    download.start();
    QVERIFY(finished.wait(30'000));
    QVERIFY2(download.succeeded(), qPrintable(download.error().technicalDetail));
    QVERIFY(download.thumbnailPath().isEmpty());
    QCOMPARE(contentOf(download.videoPath()), demoVideo());
    const QStringList files = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : files)
        QVERIFY2(!name.endsWith(u".webp"_s) && !name.endsWith(u".part"_s), qPrintable(name));
}

void TestDownloader::aKeyEchoedInTheRefusalIsRedacted() {
    QVERIFY(m_mock.addFault(
        {{u"fault"_s, u"echo-key"_s}, {u"path"_s, u"/v1/videos/*/content"_s}, {u"status"_s, 400}}));
    ApiClient api(config());
    Downloader* downloader =
        api.download(u"video_demo_source"_s, ContentVariant::Video, m_dir.filePath(u"echo.mp4"_s));
    run(downloader);
    QVERIFY(!downloader->succeeded());
    const ApiError error = downloader->error();
    QCOMPARE(error.httpStatus, 400);
    const QByteArray key = m_mock.apiKey().toUtf8();
    // Every field a sink could show, store or log.
    const QByteArray everything = QJsonDocument(error.toJson()).toJson() + error.rawBody +
                                  error.message.toUtf8() + error.messageZh.toUtf8() +
                                  error.summary().toUtf8();
    QVERIFY(everything.contains("[redacted]"));
    QVERIFY2(!everything.contains(key), everything.constData());
}

QTEST_GUILESS_MAIN(TestDownloader)
#include "tst_downloader.moc"
