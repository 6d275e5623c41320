#include "guitest.h"

#include "jobs/jobhistorymodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabBar>

using namespace Qt::StringLiterals;

// A newcomer's first minute leads somewhere: the demo opens on its sample
// videos with one ready to remix, and an empty history on a real gateway says
// where video IDs come from.
class TestFirstRun final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theDemoStartsWithSampleVideosReadyToRemix();
    void anEmptyHistorySaysWhereVideoIdsComeFrom();

private:
    MockServerProcess m_mock;
};

void TestFirstRun::initTestCase() {
    QVERIFY(m_mock.start());
}

void TestFirstRun::theDemoStartsWithSampleVideosReadyToRemix() {
    WindowHarness ui(QUrl(), QString{});
    QCOMPARE(ui.jobs().rowCount(), 0);
    QTest::mouseClick(ui.find<QPushButton>(u"tryDemoPushButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(ui.window().isDemo(), 15'000);

    // The demo gateway's samples are in the history, the first one shown...
    QTRY_VERIFY_WITH_TIMEOUT(ui.jobs().rowCount() >= 4, 10'000);
    const QModelIndex first = ui.jobs().index(0, 0);
    QTRY_COMPARE(ui.window().currentJobId(),
                 first.data(JobHistoryModel::LocalIdRole).toLongLong());
    // ...and ready to remix: the Remix tab holds its ID, the prompt has the focus.
    const QString videoId = first.data(JobHistoryModel::VideoIdRole).toString();
    QVERIFY(!videoId.isEmpty());
    QCOMPARE(ui.find<QLineEdit>(u"videoIdLineEdit"_s)->text(), videoId);
    QCOMPARE(ui.find<QTabBar>(u"modeTabBar"_s)->currentIndex(), 1);
    QTRY_COMPARE(QApplication::focusWidget(), ui.find<QWidget>(u"promptTextEdit"_s));
    // One line says what to do next.
    const QString hint = ui.window().statusBar()->currentMessage();
    QVERIFY2(hint.contains(u"sample videos"_s) && hint.contains(u"Remix"_s), qPrintable(hint));
}

void TestFirstRun::anEmptyHistorySaysWhereVideoIdsComeFrom() {
    QVERIFY(m_mock.reset());
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey(), UiLanguage::English);
    auto* empty = ui.find<QLabel>(u"emptyLabel"_s);
    QVERIFY(empty->isVisible());
    for (const QString& way : {u"New Video"_s, u"paste an ID"_s, u"Import from Gateway"_s})
        QVERIFY2(empty->text().contains(way), qPrintable(empty->text()));
    // A real gateway's videos are not imported unasked.
    QTest::qWait(300);
    QCOMPARE(ui.jobs().rowCount(), 0);
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos"_s), 0);

    ui.languages().setLanguage(UiLanguage::Chinese);
    QTRY_VERIFY(empty->text().contains(u"视频 ID 来自你的网关"_s));
}

VIDEOREMIX_GUI_TEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
