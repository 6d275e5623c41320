// The window from the keyboard: every Tab stop shows that it has the focus,
// Ctrl+F reaches the history's search, Ctrl+R remixes the job on show, and a
// gateway that is down is named once.
#include "guitest.h"

#include "errorbanner.h"
#include "jobactions.h"

#include <QMenu>
#include <QMenuBar>

#include <QImage>
#include <QLabel>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace {

QString nameOf(const QWidget* widget) {
    QString name = widget->objectName();
    if (name.isEmpty() && widget->parentWidget())
        name = widget->parentWidget()->objectName() + u'/' +
               QString::fromLatin1(widget->metaObject()->className());
    return name;
}

// What the window shows around `widget`: its rect with a margin, where focus frames are drawn.
QImage around(QWidget* widget) {
    QWidget* window = widget->window();
    const QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return window->grab(rect.adjusted(-3, -3, 3, 3)).toImage();
}

} // namespace

class TestKeyboardFlow final : public QObject {
    Q_OBJECT

private slots:
    void everyTabStopShowsTheFocus();
    void ctrlFSearchesTheHistory();
    void ctrlRRemixesTheJobOnShow();
    void aGatewayThatIsDownIsNamedOnce();

private:
    std::unique_ptr<WindowHarness> windowWithHistory(const QUrl& gateway);
    QTemporaryDir m_dir;
    int m_stores = 0;
};

std::unique_ptr<WindowHarness> TestKeyboardFlow::windowWithHistory(const QUrl& gateway) {
    const QString storePath = m_dir.filePath(u"jobs%1.sqlite"_s.arg(++m_stores));
    {
        JobStore store(storePath);
        for (int i = 0; i < 3; ++i) {
            JobRecord record;
            record.profileId = WindowHarness::profileId();
            record.baseUrl = gateway;
            record.sourceVideoId = u"video_demo_source"_s;
            record.videoId = u"video_done_%1"_s.arg(i);
            record.prompt = u"finished %1"_s.arg(i);
            record.state = JobState::Completed;
            record.progress = 100;
            record.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 * (i + 1));
            store.insert(record);
        }
    }
    return std::make_unique<WindowHarness>(gateway, u"sk-keyboard"_s, UiLanguage::English,
                                           storePath);
}

void TestKeyboardFlow::everyTabStopShowsTheFocus() {
    auto ui = windowWithHistory(deadGateway());
    QVERIFY(ui->isExposed());
    MainWindow& window = ui->window();
    // From the keyboard only, as someone without a mouse goes round the window.
    ui->videoId()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(ui->videoId(), Qt::Key_Backtab);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(ui->modeTabs()));

    QList<QWidget*> visited;
    QStringList unmarked;
    for (int step = 0; step < 60; ++step) {
        QWidget* focused = QApplication::focusWidget();
        QVERIFY(focused);
        if (visited.contains(focused))
            break; // round the window once
        visited << focused;
        QApplication::processEvents();
        const QImage withFocus = around(focused);
        QTest::keyClick(focused, Qt::Key_Tab);
        QTRY_VERIFY(QApplication::focusWidget() != focused);
        QApplication::processEvents();
        if (around(focused) == withFocus)
            unmarked << nameOf(focused);
    }
    QVERIFY2(visited.size() > 8, qPrintable(QString::number(visited.size())));
    QVERIFY2(unmarked.isEmpty(), qPrintable(u"No focus shown on: "_s + unmarked.join(u", "_s)));
    Q_UNUSED(window);
}

void TestKeyboardFlow::ctrlFSearchesTheHistory() {
    auto ui = windowWithHistory(deadGateway());
    auto* search = ui->find<QLineEdit>(u"searchLineEdit"_s);
    const QList<QWidget*> places{ui->prompt(), ui->videoId(),
                                 ui->find<QWidget>(u"historyListView"_s)};
    for (QWidget* from : places) {
        from->setFocus();
        QTest::keyClick(from, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
    }
    QTest::keyClicks(search, u"finished 1"_s);
    QTRY_COMPARE(ui->jobs().rowCount(), 1);
}

void TestKeyboardFlow::aGatewayThatIsDownIsNamedOnce() {
    const QUrl gateway = deadGateway();
    auto ui = windowWithHistory(gateway);
    ui->fillAndSubmit(u"video_demo_source"_s, u"snow"_s);
    auto* banner = ui->find<ErrorBanner>(u"errorBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QCOMPARE(banner->help(), ErrorBanner::Help::Unreachable);
    QString shown;
    for (QLabel* label : banner->findChildren<QLabel*>()) {
        if (label->isVisible())
            shown += label->text() + u'\n';
    }
    // Each sentence once.
    const QStringList sentences =
        shown.split(QRegularExpression(u"(?<=[.!?])\\s+"_s), Qt::SkipEmptyParts);
    for (const QString& sentence : sentences) {
        const QString opening = sentence.left(25);
        QVERIFY2(shown.count(opening) == 1, qPrintable(shown));
    }
    QVERIFY2(shown.contains(u"127.0.0.1:%1"_s.arg(gateway.port())), qPrintable(shown));
}

void TestKeyboardFlow::ctrlRRemixesTheJobOnShow() {
    auto ui = windowWithHistory(deadGateway());
    QVERIFY(ui->isExposed());
    JobActions* actions = ui->window().jobActions();
    QVERIFY(actions);
    // In the Job menu, with their keys.
    auto* menu = ui->find<QMenu>(u"videoMenu"_s);
    QVERIFY(menu);
    QVERIFY(ui->window().menuBar()->actions().contains(menu->menuAction()));
    QCOMPARE(menu->actions(), actions->actions());
    QCOMPARE(actions->remixThisAction()->shortcut(), QKeySequence(u"Ctrl+R"_s));
    QCOMPARE(actions->compareAction()->shortcut(), QKeySequence(u"Ctrl+K"_s));

    const JobRecord done = ui->record(1);
    ui->window().showJob(done.id);
    QCOMPARE(actions->currentJob(), done.id);
    QVERIFY(actions->remixThisAction()->isEnabled());
    // Nothing downloaded, no versions: nothing to compare.
    QVERIFY(!actions->compareAction()->isEnabled());
    ui->chooseMode(SubmitForm::Mode::Create);
    auto* list = ui->find<QWidget>(u"historyListView"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE(ui->window().findChild<SubmitForm*>()->mode(), SubmitForm::Mode::Remix);
    QCOMPARE(ui->videoId()->text(), done.videoId);

    // A request the gateway refused has no video: Remix This is off, Ctrl+R does nothing.
    JobRecord refused;
    refused.profileId = WindowHarness::profileId();
    refused.baseUrl = done.baseUrl;
    refused.prompt = u"refused"_s;
    refused.state = JobState::Rejected;
    refused.createdAt = QDateTime::currentDateTimeUtc();
    const qint64 refusedId = ui->store().insert(refused);
    QVERIFY(refusedId != 0);
    ui->window().showJob(refusedId);
    QVERIFY(!actions->remixThisAction()->isEnabled());
    ui->videoId()->clear();
    QTest::keyClick(list, Qt::Key_R, Qt::ControlModifier);
    QApplication::processEvents();
    QVERIFY(ui->videoId()->text().isEmpty());

    // Worded in the UI language.
    QCOMPARE(menu->title(), u"&Job"_s);
    ui->languages().setLanguage(UiLanguage::Chinese);
    QTRY_COMPARE(menu->title(), u"任务(&J)"_s);
    QCOMPARE(actions->remixThisAction()->text(), u"重制此视频(&R)"_s);
}

VIDEOREMIX_GUI_TEST_MAIN(TestKeyboardFlow)
#include "tst_keyboardflow.moc"
