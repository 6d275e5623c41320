// A gateway that answers the thumbnail request with the video (new-api drops
// ?variant=): the download refuses it as an image, and the window makes the
// thumbnail from the first frame of the downloaded video instead.
#include "framethumbnailer.h"
#include "guitest.h"
#include "jobhistorydelegate.h"
#include "jobs/resultfiles.h"

#include <QFileInfo>
#include <QImage>

using namespace Qt::StringLiterals;

class TestFrameThumbnail final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void aVideoForAThumbnailGivesAFrameOfIt();
    void aThumbnailFromTheGatewayIsKept();

private:
    MockServerProcess m_mock;
};

void TestFrameThumbnail::initTestCase() {
    QVERIFY(m_mock.start());
}

void TestFrameThumbnail::init() {
    QVERIFY(m_mock.reset());
}

void TestFrameThumbnail::aVideoForAThumbnailGivesAFrameOfIt() {
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 500}, {u"contentIgnoresVariant"_s, true}}));
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    QVERIFY(ui.isExposed());
    ui.fillAndSubmit(u"video_demo_source"_s, u"first frame"_s);
    QTRY_VERIFY_WITH_TIMEOUT(ui.jobs().rowCount() == 1 && ui.record(0).downloaded, 20'000);
    const JobRecord downloaded = ui.record(0);
    QVERIFY(QFile::exists(downloaded.filePath));

    QTRY_VERIFY_WITH_TIMEOUT(!ui.record(0).thumbnailPath.isEmpty(), 30'000);
    const QString path = ui.record(0).thumbnailPath;
    // Beside the video, where a downloaded thumbnail would be.
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(downloaded.filePath).absolutePath());
    QCOMPARE(QFileInfo(path).suffix(), u"jpg"_s);
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 0 && image.height() > 0);
    // A frame of the mock's video (testsrc, 320x180: many colours), not a blank picture.
    QCOMPARE(image.size(), QSize(320, 180));
    QVERIFY(image.pixelColor(40, 40) != image.pixelColor(280, 40));

    // The history row shows it.
    const QModelIndex row = ui.jobs().index(0);
    QTRY_COMPARE(row.data(JobHistoryModel::ThumbnailPathRole).toString(), path);
    QVERIFY(
        !JobHistoryDelegate::thumbnail(row.data(JobHistoryModel::ThumbnailPathRole).toString(), 1.0)
             .isNull());
    // And removing the job with its files removes the frame too.
    QVERIFY(ui.library().removeLocally(downloaded.id, true));
    QVERIFY(!QFile::exists(path));
}

void TestFrameThumbnail::aThumbnailFromTheGatewayIsKept() {
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 500}}));
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    QVERIFY(ui.isExposed());
    auto* thumbnailer = ui.window().findChild<FrameThumbnailer*>(u"frameThumbnailer"_s);
    QVERIFY(thumbnailer);
    ui.fillAndSubmit(u"video_demo_source"_s, u"gateway thumbnail"_s);
    QTRY_VERIFY_WITH_TIMEOUT(ui.jobs().rowCount() == 1 && ui.record(0).downloaded, 20'000);
    const JobRecord downloaded = ui.record(0);
    QCOMPARE(QFileInfo(downloaded.thumbnailPath).suffix(), u"webp"_s);
    // Nothing to decode: the gateway's image stays the thumbnail.
    QVERIFY(!thumbnailer->isBusy(downloaded.id));
    thumbnailer->makeThumbnail(downloaded.id);
    QVERIFY(!thumbnailer->isBusy(downloaded.id));
    QVERIFY(!QFile::exists(ResultFiles::frameThumbnailPath(downloaded)));
    QCOMPARE(ui.record(0).thumbnailPath, downloaded.thumbnailPath);
}

VIDEOREMIX_GUI_TEST_MAIN(TestFrameThumbnail)
#include "tst_framethumbnail.moc"
