// The preview of a finished job: its player comes from the playback plugin,
// loaded only once the preview has been painted; without the plugin the
// preview says so and the video can still be opened.
#include "guitest.h"
#include "loadedlibraries.h"
#include "videopreview.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace {

QString demoVideo() {
    return QFINDTESTDATA("../../resources/mock/demo.mp4");
}

// The plugin's QMediaPlayer, found by its class name: this test links no Qt
// Multimedia of its own (the plugin loads it).
QObject* mediaPlayerOf(const QWidget& preview) {
    const QList<QObject*> children = preview.findChildren<QObject*>();
    for (QObject* child : children) {
        if (qstrcmp(child->metaObject()->className(), "QMediaPlayer") == 0)
            return child;
    }
    return nullptr;
}

} // namespace

class TestVideoPreview final : public QObject {
    Q_OBJECT

private slots:
    void playerLoadsOnlyAfterTheFirstPaint();
    void playButtonPausesAndResumes();
    void missingPluginLeavesOpenAndSaysWhy();
    void keepsLoopingPastTheEnd();
};

void TestVideoPreview::playerLoadsOnlyAfterTheFirstPaint() {
    QVERIFY(!demoVideo().isEmpty());
    QVERIFY(!libraryLoaded("libQt6Multimedia"));
    VideoPreview preview;
    preview.resize(480, 320);
    preview.setMedia({}, demoVideo(), false);
    QVERIFY(!preview.findChild<QWidget*>(u"previewVideoWidget"_s));
    QCOMPARE(preview.findChild<QLabel*>(u"thumbnailLabel"_s)->text(), u"Loading the preview…"_s);

    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QTRY_VERIFY(preview.findChild<QWidget*>(u"previewVideoWidget"_s));
    QVERIFY(libraryLoaded("videoremix_playback"));
    QVERIFY(libraryLoaded("libQt6Multimedia"));
    QTRY_VERIFY_WITH_TIMEOUT(preview.isPlaying(), 10000);
    QVERIFY(preview.findChild<QWidget*>(u"previewVideoWidget"_s)->isVisible());
    QVERIFY(preview.findChild<QPushButton*>(u"playPushButton"_s)->isEnabled());
    QVERIFY(preview.findChild<QPushButton*>(u"openPushButton"_s)->isEnabled());

    preview.setMedia({}, {}, false);
    QVERIFY(!preview.isPlaying());
    QVERIFY(!preview.findChild<QPushButton*>(u"openPushButton"_s)->isEnabled());
}

void TestVideoPreview::playButtonPausesAndResumes() {
    VideoPreview preview;
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    preview.setMedia({}, demoVideo(), false);
    QTRY_VERIFY_WITH_TIMEOUT(preview.isPlaying(), 10000);
    auto* play = preview.findChild<QPushButton*>(u"playPushButton"_s);
    QCOMPARE(play->text(), u"P&ause"_s);
    QTest::mouseClick(play, Qt::LeftButton);
    QTRY_VERIFY(!preview.isPlaying());
    QCOMPARE(play->text(), u"Pl&ay"_s);
    QTest::mouseClick(play, Qt::LeftButton);
    QTRY_VERIFY(preview.isPlaying());
}

void TestVideoPreview::missingPluginLeavesOpenAndSaysWhy() {
    QTemporaryDir emptyPluginDir;
    qputenv("VIDEOREMIX_PLUGIN_DIR", emptyPluginDir.path().toLocal8Bit());
    const auto restore = qScopeGuard([] { qunsetenv("VIDEOREMIX_PLUGIN_DIR"); });
    QCOMPARE(VideoPlayerLoader::pluginDirectory(), emptyPluginDir.path());

    VideoPreview preview;
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^No video preview: .+"_s));
    preview.setMedia({}, demoVideo(), false);
    auto* label = preview.findChild<QLabel*>(u"thumbnailLabel"_s);
    QTRY_COMPARE(label->text(), u"The video cannot be previewed here. Use Open to play it."_s);
    QVERIFY(!preview.findChild<QWidget*>(u"previewVideoWidget"_s));
    QVERIFY(!preview.findChild<QPushButton*>(u"playPushButton"_s)->isEnabled());
    QVERIFY(preview.findChild<QPushButton*>(u"openPushButton"_s)->isEnabled());
    QCOMPARE(preview.videoPath(), demoVideo());
}

// The demo video lasts two seconds; Qt 6.4's FFmpeg backend ignores
// QMediaPlayer::Infinite and stops at the end, so the player starts it again.
void TestVideoPreview::keepsLoopingPastTheEnd() {
    VideoPreview preview;
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    preview.setMedia({}, demoVideo(), false);
    QTRY_VERIFY_WITH_TIMEOUT(preview.isPlaying(), 10000);
    const QObject* player = mediaPlayerOf(preview);
    QVERIFY(player);
    // Each start over sets the position back; a player that stopped at the
    // end stays there (or at zero) and never goes back twice.
    int startsOver = 0;
    qint64 last = player->property("position").toLongLong();
    const auto startedOverTwice = [&] {
        const qint64 position = player->property("position").toLongLong();
        if (position < last)
            ++startsOver;
        last = position;
        return startsOver >= 2;
    };
    QTRY_VERIFY_WITH_TIMEOUT(startedOverTwice(), 15'000);
    QVERIFY(preview.isPlaying());
    QCOMPARE(preview.findChild<QPushButton*>(u"playPushButton"_s)->text(), u"P&ause"_s);
}

VIDEOREMIX_GUI_TEST_MAIN(TestVideoPreview)
#include "tst_videopreview.moc"
