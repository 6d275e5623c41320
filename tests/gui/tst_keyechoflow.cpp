#include "guitest.h"

#include "errorbanner.h"
#include "jobnotifier.h"
#include "settings/logredaction.h"

#include <QClipboard>
#include <QDirIterator>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QStringList g_logged;
QtMessageHandler g_previous = nullptr;

void keepMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    g_logged << message;
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

// A gateway that quotes the key back in its errors (the mock's fault
// echo-key): the window must show, store, log and copy it only redacted.
class TestKeyEchoFlow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void anEchoedKeyNeverReachesTheScreenOrTheClipboard();
    void anEchoWhileFollowingStaysOffTheJobDetails();

private:
    static ErrorBanner* banner(WindowHarness& ui) { return ui.find<ErrorBanner>(u"errorBanner"_s); }
    // Everything the window shows that could carry a gateway's words.
    static QStringList shownTexts(WindowHarness& ui);
    // Every file of the scratch folder: the job library and its log among them.
    static QByteArray filesUnder(const QString& folder);

    MockServerProcess m_mock;
};

void TestKeyEchoFlow::initTestCase() {
    // As the app does it (main.cpp): this test's own handler sees what would be logged.
    g_previous = qInstallMessageHandler(keepMessage);
    LogRedaction::install();
    QVERIFY(m_mock.start());
}

void TestKeyEchoFlow::init() {
    QVERIFY(m_mock.reset());
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 600}}));
    g_logged.clear();
}

QStringList TestKeyEchoFlow::shownTexts(WindowHarness& ui) {
    QStringList texts;
    for (const QLabel* label : ui.window().findChildren<QLabel*>())
        texts << label->text() << label->toolTip();
    for (const QPlainTextEdit* edit : ui.window().findChildren<QPlainTextEdit*>())
        texts << edit->toPlainText();
    for (int row = 0; row < ui.jobs().rowCount(); ++row) {
        const QModelIndex index = ui.jobs().index(row);
        for (const int role :
             {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(JobHistoryModel::ErrorMessageRole)})
            texts << index.data(role).toString();
        texts << JobNotifier::textFor(ui.record(row));
    }
    return texts;
}

QByteArray TestKeyEchoFlow::filesUnder(const QString& folder) {
    QByteArray all;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

void TestKeyEchoFlow::anEchoedKeyNeverReachesTheScreenOrTheClipboard() {
    // A key of no known shape: only knowing it can hide it.
    const QString key = u"gw"_s + QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(m_mock.addFault({{u"fault"_s, u"echo-key"_s}, {u"method"_s, u"POST"_s}}));
    WindowHarness ui(m_mock.baseUrl(), key);
    QVERIFY(ui.isExposed());
    ui.fillAndSubmit(u"video_demo_source"_s, u"snow"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner(ui)->isVisible(), 5000);
    QCOMPARE(banner(ui)->help(), ErrorBanner::Help::CheckApiKey);
    QTRY_COMPARE_WITH_TIMEOUT(ui.record(0).state, JobState::Rejected, 5000);

    // The banner, both languages, and its details with the whole body.
    auto* details = ui.find<QToolButton>(u"detailsToolButton"_s);
    QTest::mouseClick(details, Qt::LeftButton);
    auto* detailsText = ui.find<QPlainTextEdit>(u"detailsPlainTextEdit"_s);
    QTRY_VERIFY(detailsText->isVisible());
    QVERIFY2(detailsText->toPlainText().contains(u"Invalid token: [redacted]"_s),
             qPrintable(detailsText->toPlainText()));
    QVERIFY(ui.find<QLabel>(u"primaryMessageLabel"_s)->text().contains(u"[redacted]"_s));
    QVERIFY(ui.find<QLabel>(u"secondaryMessageLabel"_s)->text().contains(u"[redacted]"_s));

    QStringList shown = shownTexts(ui);
    // What is copied: the details as a user selects and copies them, and the Copy buttons.
    detailsText->selectAll();
    detailsText->copy();
    shown << QGuiApplication::clipboard()->text();
    QVERIFY(shown.last().contains(u"[redacted]"_s));
    QTest::mouseClick(ui.find<QPushButton>(u"copyCurlPushButton"_s), Qt::LeftButton);
    const QString curl = QGuiApplication::clipboard()->text();
    // The command still names where the key comes from; it just never holds it.
    QVERIFY2(curl.contains(u"Bearer $VIDEOREMIX_API_KEY"_s), qPrintable(curl));
    shown << curl;

    for (const QString& text : std::as_const(shown))
        QVERIFY2(!text.contains(key), qPrintable(text));
    for (const QString& message : std::as_const(g_logged))
        QVERIFY2(!message.contains(key), qPrintable(message));
    // The job library keeps the refusal, without the key.
    QVERIFY(!ui.record(0).error.isEmpty());
    QVERIFY(ui.store().waitUntilDurable());
    const QByteArray files = filesUnder(ui.folder());
    QVERIFY(files.contains("[redacted]"));
    QVERIFY(!files.contains(key.toUtf8()));
}

void TestKeyEchoFlow::anEchoWhileFollowingStaysOffTheJobDetails() {
    // The remix is accepted; the polls that follow it get the echo.
    QVERIFY(m_mock.addFault({{u"fault"_s, u"echo-key"_s},
                             {u"method"_s, u"GET"_s},
                             {u"path"_s, u"/v1/videos/*"_s},
                             {u"status"_s, 400}}));
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    QVERIFY(ui.isExposed());
    ui.fillAndSubmit(u"video_demo_source"_s, u"rain"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_mock.countRequests("GET", u"/v1/videos/*"_s) >= 1, 5000);
    auto* message = ui.find<QLabel>(u"messageLabel"_s);
    // Following gives up on the refusal and says why, in both languages.
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"Invalid token: [redacted]"_s), 10'000);
    QVERIFY(message->text().contains(u"无效的令牌：[redacted]"_s));
    const QString key = m_mock.apiKey();
    for (const QString& text : shownTexts(ui))
        QVERIFY2(!text.contains(key), qPrintable(text));
    for (const QString& logged : std::as_const(g_logged))
        QVERIFY2(!logged.contains(key), qPrintable(logged));
    QVERIFY(ui.store().waitUntilDurable());
    QVERIFY(!filesUnder(ui.folder()).contains(key.toUtf8()));
}

VIDEOREMIX_GUI_TEST_MAIN(TestKeyEchoFlow)
#include "tst_keyechoflow.moc"
