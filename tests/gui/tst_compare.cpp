// Compare: a remix played beside its source and the versions of one submit as
// a grid, on one timeline; opened from the Job menu's Compare (Ctrl+K),
// driven with the mouse and the keyboard, in both languages.
#include "apppalette.h"
#include "comparewindow.h"
#include "guitest.h"
#include "jobactions.h"
#include "jobs/joblineage.h"
#include "syncedplayback.h"
#include "themecolors.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QSlider>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace {

// What a seek may miss by: the backend lands on a frame, not on the millisecond.
constexpr qint64 ToleranceMs = 150;
// Two players started together and left to play may drift this far at most
// before SyncedPlayback moves them back in step.
constexpr qint64 PlayingToleranceMs = 400;

bool allIn(const CompareWindow* window, VideoPlayer::State state) {
    for (int i = 0; i < window->playerCount(); ++i) {
        if (window->player(i)->state() != state)
            return false;
    }
    return window->playerCount() > 0;
}

bool allNear(const CompareWindow* window, qint64 ms, qint64 tolerance) {
    for (int i = 0; i < window->playerCount(); ++i) {
        if (std::abs(window->player(i)->position() - ms) > tolerance)
            return false;
    }
    return window->playerCount() > 0;
}

qint64 spread(const CompareWindow* window) {
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = 0;
    for (int i = 0; i < window->playerCount(); ++i) {
        low = std::min(low, window->player(i)->position());
        high = std::max(high, window->player(i)->position());
    }
    return high - low;
}

} // namespace

class TestCompare final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void aRemixPlaysBesideItsSourceInStep();
    void theVersionsOfASubmitPlayAsAGrid();
    void followsTheLanguageLive();
    void withoutThePluginSaysWhy();

private:
    // A new video, then a remix of it, both downloaded; the remix on show. False on failure.
    bool makeRemixOfNewVideo(WindowHarness& ui);
    static void clickRow(WindowHarness& ui, qint64 id);
    static CompareWindow* compareWindow(WindowHarness& ui);

    MockServerProcess m_mock;
};

void TestCompare::initTestCase() {
    QVERIFY(m_mock.start());
}

void TestCompare::init() {
    QVERIFY(m_mock.reset());
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 400}}));
}

void TestCompare::clickRow(WindowHarness& ui, qint64 id) {
    auto* view = ui.find<QListView>(u"historyListView"_s);
    for (int row = 0; row < ui.jobs().rowCount(); ++row) {
        if (ui.record(row).id != id)
            continue;
        const QModelIndex index = ui.jobs().index(row);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        return;
    }
}

CompareWindow* TestCompare::compareWindow(WindowHarness& ui) {
    const QList<CompareWindow*> windows =
        ui.window().findChildren<CompareWindow*>(Qt::FindDirectChildrenOnly);
    return windows.size() == 1 ? windows.first() : nullptr;
}

bool TestCompare::makeRemixOfNewVideo(WindowHarness& ui) {
    QAction* compare = ui.window().jobActions()->compareAction();
    ui.typePrompt(u"a lighthouse at dawn"_s);
    ui.clickSubmit();
    if (!QTest::qWaitFor([&] { return ui.jobs().rowCount() == 1 && ui.record(0).downloaded; },
                         20'000))
        return false;
    const qint64 created = ui.record(0).id;
    clickRow(ui, created);
    if (!QTest::qWaitFor([&] { return ui.window().currentJobId() == created; }))
        return false;
    // A video of its own, not a remix: nothing to compare it with.
    if (compare->isEnabled())
        return false;

    QTest::keyClick(&ui.window(), Qt::Key_R, Qt::ControlModifier); // Remix This
    ui.typePrompt(u"now in purple"_s);
    ui.clickSubmit();
    if (!QTest::qWaitFor([&] { return ui.jobs().rowCount() == 2 && ui.record(0).downloaded; },
                         20'000))
        return false;
    clickRow(ui, ui.record(0).id);
    return QTest::qWaitFor([&] { return compare->isEnabled(); }, 5000);
}

void TestCompare::aRemixPlaysBesideItsSourceInStep() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    QVERIFY(ui.isExposed());
    QAction* compare = ui.window().jobActions()->compareAction();
    QVERIFY(!compare->isEnabled()); // nothing on show
    QVERIFY(makeRemixOfNewVideo(ui));
    const qint64 remix = ui.record(0).id;
    const qint64 source = ui.record(1).id;
    QCOMPARE(ui.window().currentJobId(), remix);

    // Ctrl+K: the source on the left, the remix on the right, both loaded.
    QTest::keyClick(&ui.window(), Qt::Key_K, Qt::ControlModifier);
    QPointer<CompareWindow> window = compareWindow(ui);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->mode(), CompareWindow::Mode::RemixAndSource);
    QCOMPARE(window->jobIds(), (QList<qint64>{source, remix}));
    QCOMPARE(window->playerCount(), 2);
    QCOMPARE(window->findChild<QLabel*>(u"compareCaptionLabel1"_s)->text(), u"Source"_s);
    QCOMPARE(window->findChild<QLabel*>(u"compareCaptionLabel2"_s)->text(), u"Remix"_s);
    QVERIFY(
        window->findChild<QLabel*>(u"compareDetailLabel2"_s)->text().contains(u"now in purple"_s));
    QVERIFY(window->windowTitle().contains(u"now in purple"_s));
    QWidget* left = window->findChild<QWidget*>(u"compareVideoWidget1"_s);
    QWidget* right = window->findChild<QWidget*>(u"compareVideoWidget2"_s);
    QVERIFY(left && right && left->isVisible() && right->isVisible());
    QVERIFY(left->mapTo(window, QPoint()).x() < right->mapTo(window, QPoint()).x());
    QTRY_VERIFY_WITH_TIMEOUT(window->playback()->duration() > 1500, 10'000); // the 2 s demo video
    QVERIFY(allIn(window, VideoPlayer::State::Paused));

    // Asked again: the same window, raised, not a second one.
    QApplication::setActiveWindow(&ui.window());
    QTest::keyClick(&ui.window(), Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(ui.window().findChildren<CompareWindow*>(Qt::FindDirectChildrenOnly).size(), 1);
    QCOMPARE(compareWindow(ui), window.data());

    // The mouse: Play plays both, Pause pauses both.
    auto* play = window->findChild<QPushButton*>(u"comparePlayButton"_s);
    QCOMPARE(play->text(), u"Pl&ay"_s);
    QTest::mouseClick(play, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(allIn(window, VideoPlayer::State::Playing), 5000);
    QVERIFY(window->playback()->isPlaying());
    QCOMPARE(play->text(), u"P&ause"_s);
    QTRY_VERIFY(window->playback()->position() > 200);
    QVERIFY2(spread(window) <= PlayingToleranceMs, qPrintable(QString::number(spread(window))));
    QTest::mouseClick(play, Qt::LeftButton);
    QTRY_VERIFY(allIn(window, VideoPlayer::State::Paused));
    QCOMPARE(play->text(), u"Pl&ay"_s);

    // The keyboard: Home, then Right seeks both a second on; the slider and the time follow.
    QApplication::setActiveWindow(window);
    QTRY_VERIFY(window->isActiveWindow());
    QTest::keyClick(window, Qt::Key_Home);
    QTRY_VERIFY(allNear(window, 0, ToleranceMs));
    QTest::keyClick(window, Qt::Key_Right);
    QTRY_VERIFY(allNear(window, 1000, ToleranceMs));
    auto* slider = window->findChild<QSlider*>(u"comparePositionSlider"_s);
    QCOMPARE(slider->value(), 1000);
    QCOMPARE(window->findChild<QLabel*>(u"compareTimeLabel"_s)->text(), u"0:01 / 0:02"_s);
    QVERIFY(allIn(window, VideoPlayer::State::Paused)); // seeking keeps them paused

    // The slider moved by the mouse seeks both too.
    QTest::mouseClick(slider, Qt::LeftButton, {},
                      QPoint(slider->width() / 10, slider->height() / 2));
    QTRY_VERIFY(slider->value() < 1000);
    const qint64 clicked = slider->value();
    QTRY_VERIFY(allNear(window, clicked, ToleranceMs));

    // Space plays both from there; Space again pauses both, where they are.
    QTest::keyClick(window, Qt::Key_Space);
    QTRY_VERIFY(allIn(window, VideoPlayer::State::Playing));
    QTest::keyClick(window, Qt::Key_Space);
    QTRY_VERIFY(allIn(window, VideoPlayer::State::Paused));
    QVERIFY(!window->playback()->isPlaying());
    QVERIFY2(spread(window) <= PlayingToleranceMs, qPrintable(QString::number(spread(window))));

    // One player paused by itself (not through the transport): all pause.
    QTest::keyClick(window, Qt::Key_Space);
    QTRY_VERIFY(allIn(window, VideoPlayer::State::Playing));
    window->player(1)->pause();
    QTRY_VERIFY(allIn(window, VideoPlayer::State::Paused));
    QVERIFY(!window->playback()->isPlaying());

    // At the end both start again together (the demo video lasts two seconds)
    // and keep playing in step.
    QTest::keyClick(window, Qt::Key_End);
    QTRY_VERIFY(allNear(window, window->playback()->duration(), ToleranceMs));
    QTest::keyClick(window, Qt::Key_Space);
    QTRY_VERIFY(allIn(window, VideoPlayer::State::Playing));
    QTRY_VERIFY(window->playback()->position() > 300 && window->playback()->position() < 1500);
    QVERIFY(allIn(window, VideoPlayer::State::Playing));
    int startsOver = 0;
    qint64 last = window->playback()->position();
    const auto startedOverAgain = [&] {
        const qint64 position = window->playback()->position();
        if (position < last)
            ++startsOver;
        last = position;
        return startsOver >= 1 && position > 300;
    };
    QTRY_VERIFY_WITH_TIMEOUT(startedOverAgain(), 6000);
    // Each player reports its own restart, a moment apart.
    QTRY_VERIFY(allIn(window, VideoPlayer::State::Playing));
    QVERIFY2(spread(window) <= PlayingToleranceMs, qPrintable(QString::number(spread(window))));

    // Escape closes it, and it is gone.
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(window.isNull());
}

void TestCompare::theVersionsOfASubmitPlayAsAGrid() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    QVERIFY(ui.isExposed());
    ui.typePrompt(u"three tides"_s);
    auto* versions = ui.find<QSpinBox>(u"versionsSpinBox"_s);
    versions->setFocus();
    versions->selectAll();
    QTest::keyClicks(versions, u"3"_s);
    QCOMPARE(versions->value(), 3);
    QTRY_VERIFY(ui.submitButton()->isEnabled());
    ui.clickSubmit();
    QTRY_VERIFY_WITH_TIMEOUT(ui.jobs().rowCount() == 3 && ui.record(0).downloaded &&
                                 ui.record(1).downloaded && ui.record(2).downloaded,
                             20'000);
    clickRow(ui, ui.record(1).id);
    QAction* compare = ui.window().jobActions()->compareAction();
    QTRY_VERIFY(compare->isEnabled());

    // From the Job menu, with the mouse.
    compare->trigger();
    QPointer<CompareWindow> window = compareWindow(ui);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->mode(), CompareWindow::Mode::Versions);
    QCOMPARE(window->playerCount(), 3);
    const QList<JobRecord> group = JobLineage(ui.store()).versionsOf(ui.record(0).groupId);
    QCOMPARE(window->jobIds(), (QList<qint64>{group[0].id, group[1].id, group[2].id}));
    QCOMPARE(window->findChild<QLabel*>(u"compareCaptionLabel3"_s)->text(), u"Version 3 of 3"_s);
    QVERIFY(window->findChild<QLabel*>(u"compareHeaderLabel"_s)->text().contains(u"three tides"_s));
    // 2x2: the first two side by side, the third below the first.
    const QPoint first = window->findChild<QWidget*>(u"compareCell1"_s)->geometry().topLeft();
    const QPoint second = window->findChild<QWidget*>(u"compareCell2"_s)->geometry().topLeft();
    const QPoint third = window->findChild<QWidget*>(u"compareCell3"_s)->geometry().topLeft();
    QCOMPARE(second.y(), first.y());
    QVERIFY(second.x() > first.x());
    QCOMPARE(third.x(), first.x());
    QVERIFY(third.y() > first.y());

    // The same submit from another version: the same window.
    clickRow(ui, ui.record(0).id);
    QTRY_VERIFY(compare->isEnabled());
    compare->trigger();
    QCOMPARE(compareWindow(ui), window.data());

    QTRY_VERIFY_WITH_TIMEOUT(window->playback()->duration() > 1500, 10'000);
    QApplication::setActiveWindow(window);
    QTRY_VERIFY(window->isActiveWindow());
    QTest::keyClick(window, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(allIn(window, VideoPlayer::State::Playing), 5000);
    QTest::keyClick(window, Qt::Key_Space);
    QTRY_VERIFY(allIn(window, VideoPlayer::State::Paused));
    QTest::keyClick(window, Qt::Key_Right);
    QTRY_VERIFY(
        allNear(window, std::min<qint64>(window->playback()->position(), 2000), ToleranceMs));
    QTest::mouseClick(window->findChild<QPushButton*>(u"compareCloseButton"_s), Qt::LeftButton);
    QTRY_VERIFY(window.isNull());
}

void TestCompare::followsTheLanguageLive() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    QVERIFY(ui.isExposed());
    QVERIFY(makeRemixOfNewVideo(ui));
    QTest::keyClick(&ui.window(), Qt::Key_K, Qt::ControlModifier);
    QPointer<CompareWindow> window = compareWindow(ui);
    QVERIFY(window);
    auto* play = window->findChild<QPushButton*>(u"comparePlayButton"_s);
    auto* caption = window->findChild<QLabel*>(u"compareCaptionLabel1"_s);
    auto* close = window->findChild<QPushButton*>(u"compareCloseButton"_s);
    QCOMPARE(caption->text(), u"Source"_s);

    ui.languages().setLanguage(UiLanguage::Chinese);
    // The Chinese catalogue is in: a string the app has long had reads in Chinese...
    QVERIFY(QCoreApplication::translate("VideoPreview", "Pl&ay") != u"Pl&ay"_s);
    // ...and every text of the window is what the catalogue says now.
    QTRY_COMPARE(play->text(), CompareWindow::tr("Pl&ay"));
    QCOMPARE(caption->text(), CompareWindow::tr("Source"));
    QCOMPARE(close->text(), CompareWindow::tr("&Close"));
    QCOMPARE(window->findChild<QLabel*>(u"compareCaptionLabel2"_s)->text(),
             CompareWindow::tr("Remix"));
    QVERIFY(window->windowTitle().startsWith(CompareWindow::tr("Compare: %1").section(u'%', 0, 0)));
    // Strings the catalogue has are in Chinese (CJK), not left in English.
    for (const QString& text : {caption->text(), play->text(), close->text()}) {
        QVERIFY2(
            std::any_of(text.cbegin(), text.cend(),
                        [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; }),
            qPrintable(text));
    }

    // The keys work the same in Chinese.
    QApplication::setActiveWindow(window);
    QTRY_VERIFY(window->isActiveWindow());
    QTest::keyClick(window, Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(allIn(window, VideoPlayer::State::Playing), 5000);
    QCOMPARE(play->text(), CompareWindow::tr("P&ause"));

    ui.languages().setLanguage(UiLanguage::English);
    QTRY_COMPARE(play->text(), u"P&ause"_s);
    QCOMPARE(caption->text(), u"Source"_s);
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(window.isNull());
}

void TestCompare::withoutThePluginSaysWhy() {
    // Under the dark palette: the window's own colours follow it.
    const QPalette before = QApplication::palette();
    QApplication::setPalette(*AppPalette::named(u"dark"_s));
    const auto lightAgain = qScopeGuard([before] { QApplication::setPalette(before); });
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    QVERIFY(ui.isExposed());
    QVERIFY(makeRemixOfNewVideo(ui));

    QTemporaryDir emptyPluginDir;
    qputenv("VIDEOREMIX_PLUGIN_DIR", emptyPluginDir.path().toLocal8Bit());
    const auto restore = qScopeGuard([] { qunsetenv("VIDEOREMIX_PLUGIN_DIR"); });
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^No players to compare with: .+"_s));
    QTest::keyClick(&ui.window(), Qt::Key_K, Qt::ControlModifier);
    QPointer<CompareWindow> window = compareWindow(ui);
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->playerCount(), 0);
    auto* message = window->findChild<QLabel*>(u"compareMessageLabel"_s);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(u"cannot be played here"_s));
    // Its colours come from the palette in use: the dark one here, readable.
    const QImage shot = message->grab().toImage();
    const QColor background =
        shot.pixelColor(QPoint(3, shot.height() / 2) * shot.devicePixelRatio());
    const ThemeColors::Colors screen = ThemeColors::screen(QApplication::palette());
    QCOMPARE(background.rgb(), screen.background.rgb());
    QVERIFY(ThemeColors::relativeLuminance(background) < 0.2);
    QVERIFY(ThemeColors::contrastRatio(screen.text, screen.background) >= 4.5);
    QVERIFY(!window->findChild<QWidget*>(u"compareCell1"_s)->isVisible());
    QVERIFY(!window->findChild<QPushButton*>(u"comparePlayButton"_s)->isEnabled());
    QVERIFY(!window->findChild<QSlider*>(u"comparePositionSlider"_s)->isEnabled());
    QTest::keyClick(window, Qt::Key_Space); // nothing to play: nothing happens
    QVERIFY(!window->playback()->isPlaying());
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(window.isNull());
}

VIDEOREMIX_GUI_TEST_MAIN(TestCompare)
#include "tst_compare.moc"
