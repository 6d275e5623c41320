// The preview under pressure: jobs completing and downloading while the UI
// language switches back and forth and a second submit follows the first.
// Afterwards every completed job's preview plays, with Play enabled.
#include "guitest.h"

#include "videopreview.h"

#include <QFile>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

class TestPreviewStress final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void previewsPlayAfterLanguageSwitchesAsJobsComplete();
    void aVideoThatFailsDoesNotSpoilTheNext_data();
    void aVideoThatFailsDoesNotSpoilTheNext();

private:
    MockServerProcess m_mock;
};

void TestPreviewStress::initTestCase() {
    QVERIFY(m_mock.start());
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 800}}));
}

void TestPreviewStress::previewsPlayAfterLanguageSwitchesAsJobsComplete() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    QVERIFY(ui.isExposed());
    auto* preview = ui.find<VideoPreview>(u"videoPreview"_s);
    QVERIFY(preview);

    // The language flips every few milliseconds from the first submit until
    // every job has its video.
    QTimer flip;
    flip.setInterval(5);
    bool chinese = false;
    connect(&flip, &QTimer::timeout, this, [&] {
        chinese = !chinese;
        ui.languages().setLanguage(chinese ? UiLanguage::Chinese : UiLanguage::English);
    });

    ui.find<QSpinBox>(u"versionsSpinBox"_s)->setValue(3);
    ui.fillAndSubmit(u"video_demo_source"_s, u"first"_s);
    flip.start();
    ui.typePrompt(u"second"_s);
    ui.clickSubmit(); // right after the first: two sets of versions at once
    QTRY_COMPARE_WITH_TIMEOUT(ui.jobs().rowCount(), 6, 10'000);
    const auto allDownloaded = [&ui] {
        for (int row = 0; row < ui.jobs().rowCount(); ++row) {
            if (!ui.record(row).downloaded)
                return false;
        }
        return true;
    };
    // Meanwhile the details show each job in turn, as a user clicking through the history.
    for (int round = 0; round < 400 && !allDownloaded(); ++round) {
        ui.window().showJob(ui.record(round % ui.jobs().rowCount()).id);
        QTest::qWait(round % 7);
    }
    QTRY_VERIFY_WITH_TIMEOUT(allDownloaded(), 30'000);
    flip.stop();
    ui.languages().setLanguage(UiLanguage::English);

    auto* play = preview->findChild<QPushButton*>(u"playPushButton"_s);
    for (int row = 0; row < ui.jobs().rowCount(); ++row) {
        ui.window().showJob(ui.record(row).id);
        QTRY_VERIFY2_WITH_TIMEOUT(preview->isPlaying(), qPrintable(u"row %1"_s.arg(row)), 10'000);
        QVERIFY(play->isEnabled());
        QVERIFY(preview->findChild<QWidget*>(u"previewVideoWidget"_s)->isVisible());
    }
}

void TestPreviewStress::aVideoThatFailsDoesNotSpoilTheNext_data() {
    QTest::addColumn<int>("waitMs"); // between the broken video and the good one
    for (const int wait : {0, 1, 5, 20, 60, 200})
        QTest::addRow("%d ms", wait) << wait;
}

// A download that is not a video (a gateway's error page saved as .mp4) fails
// in the player a moment after it was given; by then the user may have moved
// on to a good video, which must play, its Play enabled, language switch or not.
void TestPreviewStress::aVideoThatFailsDoesNotSpoilTheNext() {
    QFETCH(int, waitMs);
    QTemporaryDir dir;
    const QString broken = dir.filePath(u"broken.mp4"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<html><body>502 Bad Gateway</body></html>");
    file.close();
    const QString good = QFINDTESTDATA("../../resources/mock/demo.mp4");
    QVERIFY(!good.isEmpty());

    LanguageManager languages;
    VideoPreview preview;
    preview.resize(480, 320);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    auto* play = preview.findChild<QPushButton*>(u"playPushButton"_s);

    // A first good video, so the player exists.
    preview.setMedia({}, good, false);
    QTRY_VERIFY_WITH_TIMEOUT(preview.isPlaying(), 10'000);
    for (int round = 0; round < 3; ++round) {
        preview.setMedia({}, broken, false);
        QTest::qWait(waitMs);
        languages.setLanguage(round % 2 ? UiLanguage::English : UiLanguage::Chinese);
        preview.setMedia({}, good, false);
        QTRY_VERIFY_WITH_TIMEOUT(preview.isPlaying(), 10'000);
        QTest::qWait(300); // whatever the broken one still had to say
        QVERIFY2(play->isEnabled(), qPrintable(u"round %1"_s.arg(round)));
        QVERIFY(preview.isPlaying());
        QVERIFY(preview.findChild<QWidget*>(u"previewVideoWidget"_s)->isVisible());
        // Leave it for another job and come back, as a click in the history does.
        preview.setMedia({}, {}, false);
    }
    languages.setLanguage(UiLanguage::English);
    // The broken one on its own still says that it cannot be previewed.
    preview.setMedia({}, broken, false);
    QTRY_COMPARE_WITH_TIMEOUT(preview.findChild<QLabel*>(u"thumbnailLabel"_s)->text(),
                              u"The video cannot be previewed here. Use Open to play it."_s,
                              10'000);
    QVERIFY(!play->isEnabled());
}

VIDEOREMIX_GUI_TEST_MAIN(TestPreviewStress)
#include "tst_previewstress.moc"
