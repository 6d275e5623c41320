// The history as a grid of thumbnails: switched from the panel's header or the
// keyboard, remembered between runs, with the job's menu (Remix This, Compare)
// under the mouse and the Menu key, arrow keys that move in two dimensions, both
// languages, a dark palette, and a long history that costs only what is on screen.
#include "guitest.h"

#include "apppalette.h"
#include "historypanel.h"
#include "jobgallerydelegate.h"
#include "settings/settings.h"
#include "settingswindowstatestore.h"
#include "themecolors.h"

#include <QAction>
#include <QImage>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestGallery final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void switchesToTheGridAndBackKeepingTheJob();
    void theChoiceSurvivesClosingTheWindow();
    void contextMenuOffersRemixThisForTheJobUnderTheMouse();
    void menuKeyOpensTheMenuOfTheCurrentTile();
    void ctrlRRemixesTheCurrentTile();
    void arrowKeysMoveInTheGridAndEnterShowsTheJob();
    void speaksChineseLive();
    void paintsWithTheDarkPalette();
    void tenThousandJobsPaintOnlyTheTilesOnScreen();

private:
    // `jobs` completed jobs (newest first: "tile 0" is row 0), every third with a
    // thumbnail, plus a failed one and one the gateway never accepted.
    QString seededStore(int jobs);
    std::unique_ptr<WindowHarness> window(const QString& storePath,
                                          UiLanguage language = UiLanguage::English);
    static QListView* list(WindowHarness& ui) { return ui.find<QListView>(u"historyListView"_s); }
    static HistoryPanel* panel(WindowHarness& ui) {
        return ui.find<HistoryPanel>(u"historyPanel"_s);
    }
    static QModelIndex rowOfVideo(WindowHarness& ui, const QString& videoId);
    // As a mouse does it: the press and release, then the menu's event.
    static void rightClick(QListView* view, const QPoint& at) {
        QTest::mouseClick(view->viewport(), Qt::RightButton, {}, at);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
    }
    static void clickGrid(WindowHarness& ui) {
        QTest::mouseClick(ui.find<QToolButton>(u"gridViewToolButton"_s), Qt::LeftButton);
    }

    MockServerProcess m_mock;
    QTemporaryDir m_dir;
    int m_stores = 0;
};

void TestGallery::initTestCase() {
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QVERIFY(m_mock.start());
    QVERIFY(m_dir.isValid());
}

void TestGallery::init() {
    QApplication::setPalette(*AppPalette::named(u"light"_s));
}

QString TestGallery::seededStore(int jobs) {
    const QString storePath = m_dir.filePath(u"jobs%1.sqlite"_s.arg(++m_stores));
    JobStore store(storePath);
    QImage frame(320, 180, QImage::Format_RGB32);
    frame.fill(QColor(40, 120, 200));
    const QString thumbnail = m_dir.filePath(u"frame.png"_s);
    if (!QFile::exists(thumbnail))
        frame.save(thumbnail);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto insert = [&](const QString& videoId, const QString& prompt, JobState state, int minutesAgo,
                      const QString& thumb) {
        JobRecord record;
        record.profileId = WindowHarness::profileId();
        record.baseUrl = m_mock.baseUrl();
        record.sourceVideoId = u"video_demo_source"_s;
        record.videoId = videoId;
        record.prompt = prompt;
        record.state = state;
        record.progress = state == JobState::Completed ? 100 : 0;
        record.thumbnailPath = thumb;
        record.createdAt = now.addSecs(-60 * minutesAgo);
        return store.insert(record) != 0;
    };
    bool ok = insert({}, u"never accepted"_s, JobState::Rejected, jobs + 2, {}) &&
              insert(u"video_failed"_s, u"a failed one"_s, JobState::Failed, jobs + 1, {});
    for (int i = jobs - 1; i >= 0; --i)
        ok = ok && insert(u"video_tile_%1"_s.arg(i), u"tile %1: waves on a beach"_s.arg(i),
                          JobState::Completed, i + 1, i % 3 == 0 ? thumbnail : QString{});
    return ok ? storePath : QString{};
}

std::unique_ptr<WindowHarness> TestGallery::window(const QString& storePath, UiLanguage language) {
    auto ui =
        std::make_unique<WindowHarness>(m_mock.baseUrl(), m_mock.apiKey(), language, storePath);
    return ui;
}

QModelIndex TestGallery::rowOfVideo(WindowHarness& ui, const QString& videoId) {
    for (int row = 0; row < ui.jobs().rowCount(); ++row) {
        if (ui.record(row).videoId == videoId)
            return ui.jobs().index(row);
    }
    return {};
}

void TestGallery::switchesToTheGridAndBackKeepingTheJob() {
    const QString storePath = seededStore(8);
    QVERIFY(!storePath.isEmpty());
    auto ui = window(storePath);
    QVERIFY(ui->isExposed());
    QListView* view = list(*ui);
    QCOMPARE(view->viewMode(), QListView::ListMode);
    QVERIFY(ui->find<QToolButton>(u"listViewToolButton"_s)->isChecked());

    const QModelIndex third = rowOfVideo(*ui, u"video_tile_2"_s);
    QVERIFY(third.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(third).center());
    QTRY_COMPARE(ui->window().currentJobId(), ui->record(third.row()).id);
    const int listRowHeight = view->visualRect(third).height();

    clickGrid(*ui);
    QCOMPARE(panel(*ui)->viewMode(), HistoryPanel::ViewMode::Grid);
    QCOMPARE(view->viewMode(), QListView::IconMode);
    QVERIFY(ui->find<QToolButton>(u"gridViewToolButton"_s)->isChecked());
    QVERIFY(!ui->find<QToolButton>(u"listViewToolButton"_s)->isChecked());
    // Tiles: taller than a row, several on a line, all in the viewport's width.
    const QRect first = view->visualRect(ui->jobs().index(0));
    const QRect second = view->visualRect(ui->jobs().index(1));
    QVERIFY2(first.height() > listRowHeight * 2, qPrintable(QString::number(first.height())));
    QCOMPARE(second.top(), first.top());
    QVERIFY(second.left() > first.right());
    QVERIFY(view->viewport()->rect().contains(first));
    QCOMPARE(view->visualRect(third).size(), first.size()); // uniform
    // The same job stays current and on show.
    QCOMPARE(view->currentIndex(), third);
    QVERIFY(view->selectionModel()->isSelected(third));
    QCOMPARE(ui->window().currentJobId(), ui->record(third.row()).id);
    QVERIFY(view->viewport()->rect().intersects(view->visualRect(third)));

    // The search filters the grid as it does the list.
    auto* search = ui->find<QLineEdit>(u"searchLineEdit"_s);
    search->setFocus();
    QTest::keyClicks(search, u"tile 2:"_s);
    QTRY_COMPARE(ui->jobs().rowCount(), 1);
    QCOMPARE(view->viewMode(), QListView::IconMode);
    QCOMPARE(view->currentIndex().row(), 0);
    search->clear();
    QTRY_COMPARE(ui->jobs().rowCount(), 10);

    // Ctrl+1 is the list again, with the job still current.
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(panel(*ui)->viewMode(), HistoryPanel::ViewMode::List);
    QCOMPARE(view->viewMode(), QListView::ListMode);
    QCOMPARE(view->currentIndex().data(JobHistoryModel::VideoIdRole).toString(), u"video_tile_2"_s);
    QCOMPARE(view->visualRect(ui->jobs().index(1)).left(),
             view->visualRect(ui->jobs().index(0)).left());
    QTest::keyClick(view, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(view->viewMode(), QListView::IconMode);
}

void TestGallery::theChoiceSurvivesClosingTheWindow() {
    const QString storePath = seededStore(3);
    Settings settings(m_dir.filePath(u"settings%1.ini"_s.arg(m_stores)));
    SettingsWindowStateStore store(&settings);
    {
        auto ui = window(storePath);
        ui->window().setWindowStateStore(&store);
        QCOMPARE(panel(*ui)->viewMode(), HistoryPanel::ViewMode::List);
        clickGrid(*ui);
        QVERIFY(ui->window().close());
    }
    QCOMPARE(settings.windowState(HistoryPanel::ViewModeStateKey), "grid"_ba);
    {
        auto ui = window(storePath);
        ui->window().setWindowStateStore(&store);
        QCOMPARE(panel(*ui)->viewMode(), HistoryPanel::ViewMode::Grid);
        QCOMPARE(list(*ui)->viewMode(), QListView::IconMode);
        QVERIFY(ui->find<QToolButton>(u"gridViewToolButton"_s)->isChecked());
        QTest::mouseClick(ui->find<QToolButton>(u"listViewToolButton"_s), Qt::LeftButton);
        QVERIFY(ui->window().close());
    }
    auto ui = window(storePath);
    ui->window().setWindowStateStore(&store);
    QCOMPARE(panel(*ui)->viewMode(), HistoryPanel::ViewMode::List);
}

void TestGallery::contextMenuOffersRemixThisForTheJobUnderTheMouse() {
    auto ui = window(seededStore(6));
    QListView* view = list(*ui);
    clickGrid(*ui);
    QMenu* menu = panel(*ui)->contextMenu();
    QVERIFY(menu);
    auto* remixThis = ui->window().findChild<QAction*>(u"remixThisAction"_s);
    auto* compare = ui->window().findChild<QAction*>(u"compareAction"_s);
    QVERIFY(remixThis && compare);

    // A job the gateway never accepted: it is selected, Remix This is offered but off.
    const QModelIndex rejected = ui->jobs().index(ui->jobs().rowCount() - 1);
    QCOMPARE(JobState(rejected.data(JobHistoryModel::StateRole).toInt()), JobState::Rejected);
    view->scrollTo(rejected);
    rightClick(view, view->visualRect(rejected).center());
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(view->currentIndex(), rejected);
    QCOMPARE(ui->window().currentJobId(), ui->record(rejected.row()).id);
    QVERIFY(menu->actions().contains(remixThis));
    QVERIFY(menu->actions().contains(compare));
    QVERIFY(!remixThis->isEnabled());
    QVERIFY(!ui->window().findChild<QAction*>(u"copyVideoIdAction"_s)->isEnabled());
    menu->hide();

    // A right click on a completed tile: it becomes current, Remix This is on, and
    // clicking it puts that video in the Remix form.
    const QModelIndex tile = rowOfVideo(*ui, u"video_tile_4"_s);
    view->scrollTo(tile);
    rightClick(view, view->visualRect(tile).center());
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(view->currentIndex(), tile);
    QCOMPARE(ui->window().currentJobId(), ui->record(tile.row()).id);
    QVERIFY(remixThis->isEnabled());
    QVERIFY(!compare->isEnabled()); // nothing of it is on disk to compare
    QCOMPARE(remixThis->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    QVERIFY(menu->actionGeometry(remixThis).isValid());
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(remixThis).center());
    QTRY_VERIFY(!menu->isVisible());
    QTRY_COMPARE(ui->videoId()->text(), u"video_tile_4"_s);
    QCOMPARE(ui->modeTabs()->currentIndex(), 1);
}

void TestGallery::menuKeyOpensTheMenuOfTheCurrentTile() {
    auto ui = window(seededStore(6));
    QListView* view = list(*ui);
    clickGrid(*ui);
    const QModelIndex tile = rowOfVideo(*ui, u"video_tile_1"_s);
    view->setFocus();
    view->setCurrentIndex(tile);
    QMenu* menu = panel(*ui)->contextMenu();
    QTest::keyClick(view, Qt::Key_Menu);
    QTRY_VERIFY(menu->isVisible());
    // Beside the tile it is about, not where the mouse happens to be.
    const QRect tileOnScreen(view->viewport()->mapToGlobal(view->visualRect(tile).topLeft()),
                             view->visualRect(tile).size());
    QVERIFY(tileOnScreen.contains(menu->geometry().topLeft()));
    QVERIFY(menu->actions().contains(ui->window().findChild<QAction*>(u"remixThisAction"_s)));
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!menu->isVisible());

    view->setFocus();
    QTest::keyClick(view, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(view->currentIndex(), tile);
    menu->hide();
}

void TestGallery::ctrlRRemixesTheCurrentTile() {
    auto ui = window(seededStore(6));
    QListView* view = list(*ui);
    clickGrid(*ui);
    const QModelIndex tile = rowOfVideo(*ui, u"video_tile_3"_s);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(tile).center());
    QCOMPARE(view->currentIndex(), tile);
    QTRY_COMPARE(ui->window().currentJobId(), ui->record(tile.row()).id);
    QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE(ui->videoId()->text(), u"video_tile_3"_s);
    QCOMPARE(ui->modeTabs()->currentIndex(), 1);
}

void TestGallery::arrowKeysMoveInTheGridAndEnterShowsTheJob() {
    auto ui = window(seededStore(12));
    QListView* view = list(*ui);
    clickGrid(*ui);
    const QModelIndex first = ui->jobs().index(0);
    view->setFocus();
    view->setCurrentIndex(first);
    int perLine = 0;
    while (view->visualRect(ui->jobs().index(perLine)).top() == view->visualRect(first).top())
        ++perLine;
    QVERIFY2(perLine >= 2, qPrintable(QString::number(perLine)));

    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 1 + perLine);
    QCOMPARE(view->visualRect(view->currentIndex()).left(),
             view->visualRect(ui->jobs().index(1)).left());
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(view->currentIndex().row(), perLine);
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(view->currentIndex().row(), 0);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), perLine);
    QVERIFY(view->selectionModel()->isSelected(view->currentIndex()));
    const qint64 expected = ui->record(perLine).id;
    QTRY_COMPARE(ui->window().currentJobId(), expected);

    // Enter opens the job in the details.
    QSignalSpy activated(panel(*ui), &HistoryPanel::jobActivated);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), expected);
    QCOMPARE(ui->window().currentJobId(), expected);
}

void TestGallery::speaksChineseLive() {
    auto ui = window(seededStore(3));
    auto* grid = ui->find<QToolButton>(u"gridViewToolButton"_s);
    auto* listButton = ui->find<QToolButton>(u"listViewToolButton"_s);
    QCOMPARE(grid->text(), u"Grid"_s);
    QVERIFY(grid->toolTip().contains(u"Ctrl+2"_s));
    QVERIFY(!grid->accessibleName().isEmpty());
    clickGrid(*ui);

    // Live: every text of the header and the menu comes from the catalogue again
    // (their Chinese is in the catalogue's HistoryPanel context), the menu's shared
    // actions and the tiles' states are in Chinese.
    ui->languages().setLanguage(UiLanguage::Chinese);
    const auto zh = [](const char* source) {
        return QCoreApplication::translate("HistoryPanel", source);
    };
    QTRY_VERIFY(ui->window().findChild<QAction*>(u"remixThisAction"_s)->text() != u"&Remix This"_s);
    QCOMPARE(grid->text(), zh("Grid"));
    QCOMPARE(listButton->text(), zh("List"));
    QCOMPARE(grid->accessibleName(), zh("History as a grid"));
    QCOMPARE(grid->toolTip(), zh("Show the history as a grid of thumbnails (%1)").arg(u"Ctrl+2"_s));
    // The tiles speak it too: the state in the badge's words.
    const QModelIndex tile = rowOfVideo(*ui, u"video_tile_0"_s);
    QCOMPARE(JobGalleryDelegate::stateText(tile), u"已完成"_s);
    QVERIFY(JobGalleryDelegate::stateText(ui->jobs().index(ui->jobs().rowCount() - 2))
                .contains(u"失败"_s));
    QListView* view = list(*ui);
    view->setFocus();
    view->setCurrentIndex(tile);
    QTest::keyClick(view, Qt::Key_Menu);
    QMenu* menu = panel(*ui)->contextMenu();
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(ui->window().findChild<QAction*>(u"copyVideoIdAction"_s)->text(),
             zh("Copy &Video ID"));
    QCOMPARE(ui->window().findChild<QAction*>(u"remixThisAction"_s)->text(), u"重制此视频(&R)"_s);
    menu->hide();

    ui->languages().setLanguage(UiLanguage::English);
    QTRY_COMPARE(grid->text(), u"Grid"_s);
    QCOMPARE(JobGalleryDelegate::stateText(tile), u"Completed"_s);
}

void TestGallery::paintsWithTheDarkPalette() {
    const QPalette dark = *AppPalette::named(u"dark"_s);
    const QPalette light = *AppPalette::named(u"light"_s);
    QApplication::setPalette(dark);
    auto ui = window(seededStore(2));
    QListView* view = list(*ui);
    clickGrid(*ui);
    view->clearSelection();
    view->setCurrentIndex({});
    const QImage image = view->viewport()->grab().toImage();
    QVERIFY(!image.isNull());

    // Below the last tile: the view's own background, from the palette in use.
    const QRect last = view->visualRect(ui->jobs().index(ui->jobs().rowCount() - 1));
    const QPoint empty(image.width() / image.devicePixelRatio() - 4,
                       image.height() / image.devicePixelRatio() - 4);
    QVERIFY(!last.contains(empty));
    const QColor background = image.pixelColor(empty * image.devicePixelRatio());
    QCOMPARE(background.rgb(), dark.color(QPalette::Base).rgb());
    QVERIFY(background != light.color(QPalette::Base));

    // A tile's caption sits on the same dark base; a failed job without a picture
    // is a surface tinted from the dark palette, not the light one.
    const QModelIndex failed = rowOfVideo(*ui, u"video_failed"_s);
    const QRect tile = view->visualRect(failed);
    const QPoint caption(tile.right() - 3, tile.bottom() - 3);
    QCOMPARE(image.pixelColor(caption * image.devicePixelRatio()).rgb(),
             dark.color(QPalette::Base).rgb());
    const QPoint placeholder(tile.center().x(), tile.top() + JobGalleryDelegate::Spacing + 20);
    const QColor tint = image.pixelColor(placeholder * image.devicePixelRatio());
    QCOMPARE(tint.rgb(), ThemeColors::panel(dark, ThemeColors::Tone::Danger).background.rgb());
    QVERIFY(ThemeColors::relativeLuminance(tint) < 0.2);

    // The selected tile is highlighted as a whole, under its caption too, so the
    // caption (drawn in the highlighted-text colour) stays readable.
    view->setCurrentIndex(failed);
    QVERIFY(view->selectionModel()->isSelected(failed));
    const QImage selected = view->viewport()->grab().toImage();
    const QColor under = selected.pixelColor(caption * selected.devicePixelRatio());
    QVERIFY2(under.rgb() == dark.color(QPalette::Active, QPalette::Highlight).rgb() ||
                 under.rgb() == dark.color(QPalette::Inactive, QPalette::Highlight).rgb(),
             qPrintable(under.name()));
}

void TestGallery::tenThousandJobsPaintOnlyTheTilesOnScreen() {
    constexpr int Rows = 10'000;
    const QString storePath = m_dir.filePath(u"many.sqlite"_s);
    QCOMPARE(fillWithLongHistory(storePath, m_mock.baseUrl(), Rows), Rows);
    auto ui = window(storePath);
    QListView* view = list(*ui);
    JobGalleryDelegate* delegate = panel(*ui)->galleryDelegate();
    delegate->resetPaintedTiles();
    QElapsedTimer timer;
    timer.start();
    clickGrid(*ui);
    view->viewport()->repaint();
    const qint64 switchMs = timer.elapsed();
    qInfo("grid over %d jobs shown in %lld ms", Rows, switchMs);

    // Only what fits on screen was painted (so only that asked for a thumbnail),
    // and the model still holds its first page, not the history.
    const QRect tile = view->visualRect(ui->jobs().index(0));
    const int onScreen = (view->viewport()->width() / tile.width() + 1) *
                         (view->viewport()->height() / tile.height() + 2);
    QVERIFY(delegate->paintedTiles() > 0);
    QVERIFY2(delegate->paintedTiles() <= onScreen * 2,
             qPrintable(u"%1 of %2"_s.arg(delegate->paintedTiles()).arg(onScreen)));
    QCOMPARE(ui->jobs().rowCount(), JobHistoryModel::DefaultPageSize);

    // Scrolling to the end asks for the next page, not for everything.
    view->scrollToBottom();
    QTRY_VERIFY(ui->jobs().rowCount() > JobHistoryModel::DefaultPageSize);
    QVERIFY(ui->jobs().rowCount() < Rows);
}

VIDEOREMIX_GUI_TEST_MAIN(TestGallery)
#include "tst_gallery.moc"
