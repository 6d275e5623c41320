// The window's layout with the error banner open: at the default size and at
// the smallest the window allows, the form's fields, its messages and the
// history each keep their own room, and nothing of the form moves when the
// banner appears. Numbers are written the same way everywhere.
#include "guitest.h"

#include "api/remixrequest.h"
#include "errorbanner.h"

#include <QClipboard>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QTcpServer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

constexpr int MinimumHistoryRows = 3;

QRect inWindow(const QWidget* widget) {
    return QRect(widget->mapTo(widget->window(), QPoint(0, 0)), widget->size());
}

QString describe(const QWidget* widget) {
    const QRect r = inWindow(widget);
    return u"%1 at %2,%3 %4x%5"_s.arg(widget->objectName())
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height());
}

} // namespace

class TestFormLayout final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void nothingOverlapsWithTheDetailsOpen_data();
    void nothingOverlapsWithTheDetailsOpen();
    void theFormStaysWhereItIsWhenTheBannerShows();
    void theWholeFormShowsAtTheDefaultSize_data();
    void theWholeFormShowsAtTheDefaultSize();
    void promptLimitIsWrittenAsTheCounterWritesIt_data();
    void promptLimitIsWrittenAsTheCounterWritesIt();

private:
    // A window with a history of `jobs` finished jobs, on a gateway that is down.
    std::unique_ptr<WindowHarness> windowWithHistory(int jobs,
                                                     UiLanguage language = UiLanguage::English);
    // Sends the form to the dead gateway: the banner says it cannot be reached.
    void showGatewayDown(WindowHarness& ui);
    static void pastePrompt(WindowHarness& ui, const QString& text);

    QTemporaryDir m_dir;
    QUrl m_gateway;
    int m_stores = 0;
};

void TestFormLayout::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_gateway = deadGateway();
    QVERIFY(m_gateway.isValid());
}

std::unique_ptr<WindowHarness> TestFormLayout::windowWithHistory(int jobs, UiLanguage language) {
    const QString storePath = m_dir.filePath(u"jobs%1.sqlite"_s.arg(++m_stores));
    {
        JobStore store(storePath);
        for (int i = 0; i < jobs; ++i) {
            JobRecord record;
            record.profileId = WindowHarness::profileId();
            record.baseUrl = m_gateway;
            record.sourceVideoId = u"video_demo_source"_s;
            record.videoId = u"video_done_%1"_s.arg(i);
            record.prompt = u"finished %1"_s.arg(i);
            record.state = JobState::Completed;
            record.progress = 100;
            record.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 * (i + 1));
            store.insert(record);
        }
    }
    auto ui = std::make_unique<WindowHarness>(m_gateway, u"sk-layout"_s, language, storePath);
    ui->window().resize(1120, 720);
    return ui;
}

void TestFormLayout::showGatewayDown(WindowHarness& ui) {
    auto* banner = ui.find<ErrorBanner>(u"errorBanner"_s);
    ui.typeVideoId(u"video_demo_source"_s);
    ui.typePrompt(u"snow"_s);
    ui.clickSubmit();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QCOMPARE(banner->help(), ErrorBanner::Help::Unreachable);
}

void TestFormLayout::pastePrompt(WindowHarness& ui, const QString& text) {
    QApplication::clipboard()->setText(text);
    ui.prompt()->setFocus();
    ui.prompt()->selectAll();
    QTest::keyClick(ui.prompt(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(ui.prompt()->toPlainText().size(), text.size());
}

void TestFormLayout::nothingOverlapsWithTheDetailsOpen_data() {
    QTest::addColumn<bool>("smallest");
    QTest::addColumn<int>("promptLength");
    QTest::newRow("1120x720") << false << 40;
    QTest::newRow("1120x720, prompt too long") << false << 40000;
    QTest::newRow("smallest") << true << 40;
    QTest::newRow("smallest, prompt too long") << true << 40000;
}

void TestFormLayout::nothingOverlapsWithTheDetailsOpen() {
    QFETCH(bool, smallest);
    QFETCH(int, promptLength);

    auto ui = windowWithHistory(8);
    QVERIFY(ui->isExposed());
    showGatewayDown(*ui);
    auto* details = ui->find<QToolButton>(u"detailsToolButton"_s);
    QVERIFY(details->isVisible());
    QTest::mouseClick(details, Qt::LeftButton);
    QVERIFY(ui->find<QWidget>(u"detailsPlainTextEdit"_s)->isVisible());
    pastePrompt(*ui, QString(promptLength, u'a'));

    MainWindow& window = ui->window();
    // The window may be made this small even with the details open, and the
    // default size leaves room for all of it.
    QVERIFY2(window.minimumSizeHint().height() <= 720,
             qPrintable(QString::number(window.minimumSizeHint().height())));
    if (smallest)
        window.resize(1, 1);
    QTRY_VERIFY(!window.size().isEmpty());
    QApplication::processEvents();
    if (smallest)
        QCOMPARE(window.size(), window.minimumSize().expandedTo(window.minimumSizeHint()));

    auto* prompt = ui->prompt();
    auto* count = ui->find<QLabel>(u"promptCountLabel"_s);
    auto* reason = ui->find<QLabel>(u"promptReasonLabel"_s);
    QVERIFY(count->isVisible());
    QCOMPARE(reason->isVisible(), promptLength > RemixRequest::MaxPromptLength);
    QList<QWidget*> parts{prompt, count};
    if (reason->isVisible())
        parts << reason;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        for (qsizetype j = i + 1; j < parts.size(); ++j) {
            QVERIFY2(!inWindow(parts.at(i)).intersects(inWindow(parts.at(j))),
                     qPrintable(describe(parts.at(i)) + u" overlaps "_s + describe(parts.at(j))));
        }
    }
    // Each message has the height its text needs: none is cut.
    for (QLabel* label : {count, reason}) {
        if (label->isVisible())
            QVERIFY2(label->height() >= label->heightForWidth(label->width()) ||
                         (!label->wordWrap() && label->height() >= label->sizeHint().height()),
                     qPrintable(describe(label)));
    }
    QVERIFY2(prompt->height() >= prompt->minimumHeight(), qPrintable(describe(prompt)));

    auto* history = ui->find<QListView>(u"historyListView"_s);
    const int rowHeight = history->sizeHintForRow(0);
    QVERIFY(rowHeight > 0);
    QVERIFY2(
        history->viewport()->height() >= MinimumHistoryRows * rowHeight,
        qPrintable(u"%1 high for rows of %2"_s.arg(history->viewport()->height()).arg(rowHeight)));
}

void TestFormLayout::theFormStaysWhereItIsWhenTheBannerShows() {
    auto ui = windowWithHistory(3);
    QVERIFY(ui->isExposed());
    ui->typeVideoId(u"video_demo_source"_s);
    ui->typePrompt(u"snow"_s);
    QApplication::processEvents();
    const QList<QWidget*> fields{ui->videoId(), ui->prompt(), ui->size(), ui->submitButton(),
                                 ui->find<QWidget>(u"historyListView"_s)};
    QList<int> before;
    for (QWidget* field : fields)
        before << inWindow(field).y();

    showGatewayDown(*ui);
    QApplication::processEvents();
    for (qsizetype i = 0; i < fields.size(); ++i)
        QCOMPARE(inWindow(fields.at(i)).y(), before.at(i));

    QTest::mouseClick(ui->find<QToolButton>(u"detailsToolButton"_s), Qt::LeftButton);
    QApplication::processEvents();
    for (qsizetype i = 0; i < fields.size(); ++i)
        QCOMPARE(inWindow(fields.at(i)).y(), before.at(i));
}

void TestFormLayout::theWholeFormShowsAtTheDefaultSize_data() {
    QTest::addColumn<int>("jobs");
    QTest::addColumn<UiLanguage>("language");
    QTest::newRow("empty history: New Video") << 0 << UiLanguage::English;
    QTest::newRow("with a history: Remix") << 3 << UiLanguage::English;
    QTest::newRow("空的历史：新视频") << 0 << UiLanguage::Chinese;
    QTest::newRow("有历史：重制") << 3 << UiLanguage::Chinese;
}

void TestFormLayout::theWholeFormShowsAtTheDefaultSize() {
    QFETCH(int, jobs);
    QFETCH(UiLanguage, language);
    auto ui = windowWithHistory(jobs, language);
    QVERIFY(ui->isExposed());
    if (jobs > 0)
        ui->window().showJob(ui->record(0).id); // the details at their tallest
    QApplication::processEvents();
    // The window keeps the size it opens with: nothing in it, in either
    // language, needs more (a 768-pixel laptop screen has no more).
    QVERIFY2(ui->window().minimumSizeHint().height() <= 720,
             qPrintable(QString::number(ui->window().minimumSizeHint().height())));
    QCOMPARE(ui->window().size(), QSize(1120, 720));
    // The form scrolls only when the window is too small for it, never at the
    // size it opens with, whichever tab it opens on.
    auto* area = ui->find<QScrollArea>(u"formScrollArea"_s);
    auto* form = area->widget();
    QVERIFY2(area->viewport()->height() >= form->minimumSizeHint().height(),
             qPrintable(describe(area) + u" for a form of "_s +
                        QString::number(form->minimumSizeHint().height())));
    QTRY_VERIFY(!area->verticalScrollBar()->isVisible());
    QVERIFY(area->viewport()->rect().contains(QRect(
        ui->submitButton()->mapTo(area->viewport(), QPoint(0, 0)), ui->submitButton()->size())));
}

void TestFormLayout::promptLimitIsWrittenAsTheCounterWritesIt_data() {
    QTest::addColumn<UiLanguage>("language");
    QTest::newRow("English") << UiLanguage::English;
    QTest::newRow("Chinese") << UiLanguage::Chinese;
}

void TestFormLayout::promptLimitIsWrittenAsTheCounterWritesIt() {
    QFETCH(UiLanguage, language);
    auto ui = windowWithHistory(0, language);
    pastePrompt(*ui, QString(40000, u'a'));
    const QString limit = QLocale().toString(RemixRequest::MaxPromptLength);
    QCOMPARE(limit, u"32,000"_s);
    auto* reason = ui->find<QLabel>(u"promptReasonLabel"_s);
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(limit), qPrintable(reason->text()));
    auto* count = ui->find<QLabel>(u"promptCountLabel"_s);
    QVERIFY2(count->text().contains(QLocale().toString(40000)), qPrintable(count->text()));
    QVERIFY2(count->text().contains(limit), qPrintable(count->text()));
    QVERIFY2(ui->submitButton()->toolTip().contains(limit),
             qPrintable(ui->submitButton()->toolTip()));
}

VIDEOREMIX_GUI_TEST_MAIN(TestFormLayout)
#include "tst_formlayout.moc"
