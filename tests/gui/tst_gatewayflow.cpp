#include "guitest.h"

#include "gatewaybinding.h"
#include "settings/logredaction.h"
#include "settings/secretstore.h"
#include "settings/settings.h"
#include "statusbadge.h"

#include <QClipboard>
#include <QDirIterator>
#include <QLabel>
#include <QLoggingCategory>
#include <QMutex>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace {

// Everything the application prints, as it leaves the process.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    {
        const QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

// Which gateway the window talks to: the active profile with its key, live
// profile switching, the welcome panel without a key, and plain-HTTP warnings.
class TestGatewayFlow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void switchingTheActiveProfileSwitchesTheGateway();
    void withoutAKeyTheWelcomePanelOffersTheDemo();
    void plainHttpToAnotherHostWaitsForConfirmation();
    void theKeyAppearsInNothingTheAppWrites();

private:
    MockServerProcess m_mock;
    MockServerProcess m_second;
};

void TestGatewayFlow::initTestCase() {
    QVERIFY(m_mock.start());
    QVERIFY(m_second.start());
}

void TestGatewayFlow::init() {
    QVERIFY(m_mock.reset());
    QVERIFY(m_second.reset());
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 1000}}));
    QVERIFY(m_second.configure({{u"jobDurationMs"_s, 1000}}));
}

void TestGatewayFlow::switchingTheActiveProfileSwitchesTheGateway() {
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    GatewayProfile first = GatewayProfile::create(u"First"_s, m_mock.baseUrl());
    GatewayProfile second = GatewayProfile::create(u"Second"_s, m_second.baseUrl());
    first.pollIntervalMs = second.pollIntervalMs = GatewayProfile::MinPollIntervalMs;
    QVERIFY(settings.setProfiles({first, second}));
    QVERIFY(settings.setActiveProfileId(first.id));
    SecretStore secrets(dir.path());
    // Keys for this run only: no keychain needed, the lookup is asynchronous all the same.
    secrets.setSessionSecret(first.id, m_mock.apiKey());
    secrets.setSessionSecret(second.id, m_second.apiKey());

    WindowHarness ui(QUrl(), QString{});
    GatewayBinding binding(&settings, &secrets, &ui.window());
    binding.refresh();
    QTRY_VERIFY(ui.window().hasGateway());
    QCOMPARE(ui.window().gateway().profileId, first.id);
    auto* gatewayLabel = ui.find<QLabel>(u"gatewayStatusLabel"_s);
    QVERIFY2(gatewayLabel->text().contains(u"First"_s), qPrintable(gatewayLabel->text()));
    QCOMPARE(ui.find<QLabel>(u"keyStatusLabel"_s)->text(), u"API key: set"_s);
    ui.fillAndSubmit(u"video_demo_source"_s, u"to the first"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_mock.countRequests("POST", u"/v1/videos/**"_s), 1, 5000);

    QVERIFY(settings.setActiveProfileId(second.id));
    QTRY_COMPARE(ui.window().gateway().profileId, second.id);
    QVERIFY(gatewayLabel->text().contains(u"Second"_s));
    QTRY_VERIFY(ui.submitButton()->isEnabled());
    ui.clickSubmit();
    QTRY_COMPARE_WITH_TIMEOUT(m_second.countRequests("POST", u"/v1/videos/**"_s), 1, 5000);
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/**"_s), 1);
    // The first profile's job still completes, at its own gateway.
    QTRY_COMPARE_WITH_TIMEOUT(ui.jobs().rowCount(), 2, 5000);
    for (int row = 0; row < 2; ++row)
        QTRY_COMPARE_WITH_TIMEOUT(ui.record(row).state, JobState::Completed, 15'000);
    QCOMPARE(ui.record(1).profileId, first.id);
    QCOMPARE(ui.record(0).profileId, second.id);
}

void TestGatewayFlow::withoutAKeyTheWelcomePanelOffersTheDemo() {
    WindowHarness ui(m_mock.baseUrl(), QString{});
    auto* pages = ui.find<QStackedWidget>(u"pagesStackedWidget"_s);
    QCOMPARE(pages->currentWidget()->objectName(), u"welcomePage"_s);
    QVERIFY(ui.find<QPushButton>(u"tryDemoPushButton"_s)->isVisible());
    QVERIFY(ui.find<QPushButton>(u"openSettingsPushButton"_s)->isVisible());
    QCOMPARE(ui.find<QLabel>(u"keyStatusLabel"_s)->text(), u"API key: not set"_s);
    QVERIFY(!ui.window().hasGateway());

    // A key arrives (the settings stored one): the form is there.
    ui.window().setGateway(WindowHarness::setupFor(m_mock.baseUrl(), m_mock.apiKey()));
    QCOMPARE(pages->currentWidget()->objectName(), u"workPage"_s);
    QVERIFY(ui.window().hasGateway());

    // Environment keys are named as such.
    GatewaySetup fromEnvironment = WindowHarness::setupFor(m_mock.baseUrl(), m_mock.apiKey());
    fromEnvironment.keySource = KeySource::Environment;
    ui.window().setGateway(fromEnvironment);
    QCOMPARE(ui.find<QLabel>(u"keyStatusLabel"_s)->text(), u"API key: from environment"_s);
    QCOMPARE(m_mock.requests().size(), 0);
}

void TestGatewayFlow::plainHttpToAnotherHostWaitsForConfirmation() {
    WindowHarness ui(QUrl(), QString{});
    const QUrl remote(u"http://gateway.example.invalid"_s);
    ui.window().setGateway(WindowHarness::setupFor(remote, u"sk-remote-0123456789"_s));
    auto* warning = ui.find<QFrame>(u"cleartextFrame"_s);
    QVERIFY(warning->isVisible());
    QVERIFY2(ui.find<QLabel>(u"cleartextLabel"_s)->text().contains(u"gateway.example.invalid"_s),
             qPrintable(ui.find<QLabel>(u"cleartextLabel"_s)->text()));
    // Nothing can go out before the user agreed: the library has no gateway.
    QVERIFY(!ui.window().hasGateway());
    QVERIFY(!ui.library().hasGateway(WindowHarness::profileId()));
    ui.typeVideoId(u"video_demo_source"_s);
    ui.typePrompt(u"snow"_s);
    QVERIFY(!ui.submitButton()->isEnabled());
    QVERIFY(ui.submitButton()->toolTip().contains(u"plain HTTP"_s));

    QTest::mouseClick(ui.find<QPushButton>(u"cleartextAcceptPushButton"_s), Qt::LeftButton);
    QVERIFY(!warning->isVisible());
    QVERIFY(ui.window().hasGateway());
    QVERIFY(ui.submitButton()->isEnabled());

    // Once per profile and run: the same profile again does not ask again...
    ui.window().setGateway(WindowHarness::setupFor(remote, u"sk-remote-0123456789"_s));
    QVERIFY(!warning->isVisible());
    // ...another one does; loopback and https never do.
    GatewaySetup other = WindowHarness::setupFor(remote, u"sk-remote-0123456789"_s);
    other.profileId = u"other"_s;
    ui.window().setGateway(other);
    QVERIFY(warning->isVisible());
    ui.window().setGateway(WindowHarness::setupFor(m_mock.baseUrl(), m_mock.apiKey()));
    QVERIFY(!warning->isVisible());
    ui.window().setGateway(WindowHarness::setupFor(QUrl(u"https://gateway.example.invalid"_s),
                                                   u"sk-remote-0123456789"_s));
    QVERIFY(!warning->isVisible());
}

void TestGatewayFlow::theKeyAppearsInNothingTheAppWrites() {
    const QString key = u"sk-audit-5b2e8f0c1d7a4e96"_s;
    MockServerProcess mock;
    QVERIFY(mock.start({u"--api-key"_s, key}));
    QVERIFY(mock.configure({{u"jobDurationMs"_s, 800}}));
    g_previous = qInstallMessageHandler(capture);
    LogRedaction::install(); // as main() does: redacts, then hands on to the capture
    QLoggingCategory::setFilterRules(u"videoremix.*.debug=true"_s);

    QTemporaryDir dir;
    {
        Settings settings(dir.filePath(u"settings.ini"_s));
        GatewayProfile profile = GatewayProfile::create(u"Audited"_s, mock.baseUrl());
        profile.pollIntervalMs = GatewayProfile::MinPollIntervalMs;
        QVERIFY(settings.setProfiles({profile}));
        QVERIFY(settings.setActiveProfileId(profile.id));
        SecretStore secrets(dir.path());
        secrets.setSessionSecret(profile.id, key);

        WindowHarness ui(QUrl(), QString{});
        GatewayBinding binding(&settings, &secrets, &ui.window());
        binding.refresh();
        QTRY_VERIFY(ui.window().hasGateway());
        ui.fillAndSubmit(u"video_demo_source"_s, u"audit me"_s);
        QTRY_VERIFY_WITH_TIMEOUT(ui.jobs().rowCount() == 1 && ui.record(0).downloaded, 20'000);
        QVERIFY(mock.countRequests("POST", u"/v1/videos/**"_s) == 1);

        // What a user could see or copy.
        QStringList shown{ui.window().windowTitle()};
        for (const QLabel* label : ui.window().findChildren<QLabel*>())
            shown << label->text() << label->toolTip();
        for (const QLineEdit* edit : ui.window().findChildren<QLineEdit*>())
            shown << edit->text();
        QTest::mouseClick(ui.find<QPushButton>(u"copyCurlPushButton"_s), Qt::LeftButton);
        shown << QGuiApplication::clipboard()->text();
        for (const QString& text : std::as_const(shown))
            QVERIFY2(!text.contains(key), qPrintable(text.left(200)));

        // Every file the app wrote: library, downloads, sidecars, settings.
        settings.sync();
        for (const QString& folder : {dir.path(), ui.folder()}) {
            QDirIterator files(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            int count = 0;
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(key.toUtf8()), qPrintable(file.fileName()));
                ++count;
            }
            QVERIFY(count > 0);
        }
    }
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules({});
    const QMutexLocker lock(&g_logMutex);
    QVERIFY(!g_log.isEmpty()); // the debug output was on: it was looked at, not missing
    for (const QString& line : std::as_const(g_log))
        QVERIFY2(!line.contains(key), qPrintable(line.left(200)));
}

VIDEOREMIX_GUI_TEST_MAIN(TestGatewayFlow)
#include "tst_gatewayflow.moc"
