#include "guitest.h"

#include "errorbanner.h"
#include "gatewaybinding.h"
#include "jobs/joblineage.h"
#include "settings/logredaction.h"
#include "settings/secretstore.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "statusbadge.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMutex>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>

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
    void closingTheSettingsKeepsTheDemo();
    void theDemosJobsFollowItToItsNewAddress();
    void aRejectedKeySaysWhereItComesFrom();
    void aRejectedStoredKeyOpensItsProfile();
    void theKeychainNoticeShowsOnlyWhenAKeyIsNeeded();

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
    QVERIFY(!ui.library().gateways()->has(WindowHarness::profileId()));
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

namespace {

void clickOk(SettingsDialog* dialog) {
    // The button row may lie beyond the small offscreen screen, out of the mouse's reach.
    dialog->findChild<QDialogButtonBox*>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
}

void selectProfileRow(SettingsDialog* dialog, int row) {
    auto* list = dialog->findChild<QListWidget*>(u"profilesListWidget"_s);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(list->item(row)).center());
}

} // namespace

void TestGatewayFlow::closingTheSettingsKeepsTheDemo() {
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    GatewayProfile real = GatewayProfile::create(u"Real"_s, m_mock.baseUrl());
    GatewayProfile second = GatewayProfile::create(u"Second"_s, m_second.baseUrl());
    QVERIFY(settings.setProfiles({real, second}));
    QVERIFY(settings.setActiveProfileId(real.id));
    SecretStore secrets(dir.path());
    secrets.setSessionSecret(real.id, m_mock.apiKey());
    secrets.setSessionSecret(second.id, m_second.apiKey());

    // A newcomer with an empty history starts the demo from the welcome page.
    WindowHarness ui(QUrl(), QString{});
    GatewayBinding binding(&settings, &secrets, &ui.window());
    auto* tryDemo = ui.find<QPushButton>(u"tryDemoPushButton"_s);
    QTest::mouseClick(tryDemo, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(ui.window().isDemo(), 15'000);
    auto* demoBadge = ui.find<QLabel>(u"demoStatusLabel"_s);
    QVERIFY(demoBadge->isVisible());

    // File > Settings…, OK without a change: still the demo.
    ui.window().findChild<QAction*>(u"settingsAction"_s)->trigger();
    QPointer<SettingsDialog> dialog = binding.settingsDialog();
    QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
    clickOk(dialog);
    QTRY_VERIFY(!dialog);
    QTest::qWait(100); // a key lookup would answer on the next turns of the event loop
    QVERIFY(ui.window().isDemo());
    QVERIFY(demoBadge->isVisible());
    QVERIFY(ui.find<QLabel>(u"keyStatusLabel"_s)->text() != u"API key: not set"_s);
    QCOMPARE(ui.find<QStackedWidget>(u"pagesStackedWidget"_s)->currentWidget()->objectName(),
             u"workPage"_s);

    // Editing a profile is not choosing it: still the demo.
    ui.window().findChild<QAction*>(u"settingsAction"_s)->trigger();
    dialog = binding.settingsDialog();
    QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
    selectProfileRow(dialog, 0);
    auto* name = dialog->findChild<QLineEdit*>(u"nameLineEdit"_s);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"Real, renamed"_s);
    clickOk(dialog);
    QTRY_VERIFY(!dialog);
    QCOMPARE(settings.activeProfile().name, u"Real, renamed"_s);
    QTest::qWait(100);
    QVERIFY(ui.window().isDemo());

    // Choosing another gateway does switch...
    ui.window().findChild<QAction*>(u"settingsAction"_s)->trigger();
    dialog = binding.settingsDialog();
    QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
    selectProfileRow(dialog, 1);
    auto* use = dialog->findChild<QCheckBox*>(u"activeProfileCheckBox"_s);
    use->setFocus();
    QTest::keyClick(use, Qt::Key_Space);
    QVERIFY(use->isChecked());
    clickOk(dialog);
    QTRY_COMPARE(ui.window().gateway().profileId, second.id);
    QVERIFY(!ui.window().isDemo());
    QVERIFY(!demoBadge->isVisible());
    QCOMPARE(ui.find<QLabel>(u"keyStatusLabel"_s)->text(), u"API key: set"_s);
    QVERIFY(tryDemo->isEnabled()); // not stuck on "Starting the demo…"

    // ...and the demo is one menu entry away, without a restart.
    ui.window().findChild<QAction*>(u"demoAction"_s)->trigger();
    QTRY_VERIFY(ui.window().isDemo());
    QVERIFY(demoBadge->isVisible());
    QTRY_VERIFY(ui.window().hasGateway());
}

void TestGatewayFlow::theDemosJobsFollowItToItsNewAddress() {
    // A sample and its remix from an earlier run of the demo, whose gateway
    // listened elsewhere.
    const QUrl earlier(u"http://127.0.0.1:9"_s);
    QTemporaryDir dir;
    const QString storePath = dir.filePath(u"demo-again.sqlite"_s);
    qint64 sampleId = 0;
    qint64 remixId = 0;
    {
        JobStore store(storePath);
        JobRecord sample;
        sample.profileId = MainWindow::demoProfileId();
        sample.baseUrl = earlier;
        sample.videoId = u"video_sample_earlier"_s;
        sample.prompt = u"a sample"_s;
        sample.state = JobState::Completed;
        sample.progress = 100;
        sample.createdAt = QDateTime::currentDateTimeUtc().addSecs(-120);
        sampleId = store.insert(sample);
        JobRecord remix = sample;
        remix.kind = JobKind::Remix;
        remix.videoId = u"video_remix_earlier"_s;
        remix.sourceVideoId = sample.videoId;
        remix.prompt = u"purple"_s;
        remix.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        remixId = store.insert(remix);
        QVERIFY(sampleId && remixId);
        QCOMPARE(JobLineage(store).remixedFrom(remixId)->id, sampleId);
    }
    WindowHarness ui(QUrl(), QString(), UiLanguage::English, storePath);
    QVERIFY(ui.isExposed());
    ui.window().startDemo();
    QTRY_VERIFY_WITH_TIMEOUT(ui.window().isDemo(), 15'000);
    const QUrl now = ui.window().gateway().config.baseUrl;
    QVERIFY(now != earlier);
    QCOMPARE(ui.store().job(sampleId)->baseUrl, now);
    QCOMPARE(ui.store().job(remixId)->baseUrl, now);
    // The remix still knows its source, and the details link to it.
    QCOMPARE(JobLineage(ui.store()).remixedFrom(remixId)->id, sampleId);
    ui.window().showJob(remixId);
    auto* source = ui.find<QLabel>(u"remixedFromValueLabel"_s);
    QTRY_VERIFY2(source->text().contains(u"href"_s), qPrintable(source->text()));
}

void TestGatewayFlow::aRejectedKeySaysWhereItComesFrom() {
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    GatewayProfile other = GatewayProfile::create(u"Other"_s, m_second.baseUrl());
    QVERIFY(settings.setProfiles({other}));
    QVERIFY(settings.setActiveProfileId(other.id));
    SecretStore secrets(dir.path());
    secrets.setSessionSecret(other.id, m_second.apiKey());
    qputenv("VIDEOREMIX_API_KEY", "sk-wrong-from-env-1234");
    const auto unset = qScopeGuard([] { qunsetenv("VIDEOREMIX_API_KEY"); });

    // --base-url with a wrong key in the environment.
    WindowHarness ui(QUrl(), QString{});
    GatewayBinding binding(&settings, &secrets, &ui.window());
    binding.setBaseUrlOverride(m_mock.baseUrl());
    binding.refresh();
    QTRY_VERIFY(ui.window().hasGateway());
    ui.fillAndSubmit(u"video_demo_source"_s, u"snow"_s);
    auto* banner = ui.find<ErrorBanner>(u"errorBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QCOMPARE(banner->help(), ErrorBanner::Help::CheckApiKey);
    const QString help = ui.find<QLabel>(u"helpLabel"_s)->text();
    QVERIFY2(help.contains(u"environment variable VIDEOREMIX_API_KEY"_s), qPrintable(help));
    QVERIFY2(help.contains(u"restart"_s), qPrintable(help));
    QVERIFY(!help.contains(u"sk-wrong"_s));
    // The settings cannot change that key: no button that pretends they can.
    QVERIFY(!ui.find<QPushButton>(u"settingsPushButton"_s)->isVisible());
}

void TestGatewayFlow::aRejectedStoredKeyOpensItsProfile() {
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    GatewayProfile other = GatewayProfile::create(u"Other"_s, m_second.baseUrl());
    GatewayProfile home = GatewayProfile::create(u"Home"_s, m_mock.baseUrl());
    QVERIFY(settings.setProfiles({other, home}));
    QVERIFY(settings.setActiveProfileId(other.id));
    SecretStore secrets(dir.path());
    secrets.setSessionSecret(other.id, m_second.apiKey());
    secrets.setSessionSecret(home.id, u"sk-wrong-stored-5678"_s);

    // --base-url of the Home profile's gateway: Home's settings and key, not the active one's.
    WindowHarness ui(QUrl(), QString{});
    GatewayBinding binding(&settings, &secrets, &ui.window());
    binding.setBaseUrlOverride(m_mock.baseUrl());
    binding.refresh();
    QTRY_VERIFY(ui.window().hasGateway());
    QCOMPARE(ui.window().gateway().profileId, home.id);
    ui.fillAndSubmit(u"video_demo_source"_s, u"snow"_s);
    auto* banner = ui.find<ErrorBanner>(u"errorBanner"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    const QString help = ui.find<QLabel>(u"helpLabel"_s)->text();
    QVERIFY2(help.contains(u"\"Home\""_s), qPrintable(help));
    QVERIFY2(help.contains(u"settings"_s), qPrintable(help));

    // Open Settings shows the profile in use, on its key.
    auto* open = ui.find<QPushButton>(u"settingsPushButton"_s);
    QVERIFY(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    SettingsDialog* dialog = binding.settingsDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->findChild<QTabWidget*>(u"pagesTabWidget"_s)->currentWidget()->objectName(),
             u"gatewaysPage"_s);
    auto* list = dialog->findChild<QListWidget*>(u"profilesListWidget"_s);
    QCOMPARE(list->currentItem()->text(), u"Home"_s);
    QTRY_COMPARE(dialog->findChild<QLineEdit*>(u"apiKeyLineEdit"_s)->text(),
                 u"sk-wrong-stored-5678"_s);
}

void TestGatewayFlow::theKeychainNoticeShowsOnlyWhenAKeyIsNeeded() {
    SecretResult unavailable;
    unavailable.status = SecretResult::Status::Unavailable;
    unavailable.errorString = u"The system keychain is not available (Failed to execute child "
                              "process \"dbus-launch\" (No such file or directory))."_s;
    GatewaySetup missing = WindowHarness::setupFor(m_mock.baseUrl(), QString{});
    missing.keySource = KeySource::None;
    missing.savedProfile = true;
    missing.keyProblem = unavailable;

    // First start: no key was ever there and nothing waits for one. The welcome page says enough.
    WindowHarness ui(QUrl(), QString{});
    auto* banner = ui.find<ErrorBanner>(u"errorBanner"_s);
    ui.window().setGateway(missing);
    QVERIFY(!banner->isVisible());

    // With jobs of this gateway in the history, the key is needed: said in plain words.
    ui.window().setGateway(WindowHarness::setupFor(m_mock.baseUrl(), m_mock.apiKey()));
    ui.fillAndSubmit(u"video_demo_source"_s, u"snow"_s);
    QTRY_COMPARE_WITH_TIMEOUT(ui.jobs().rowCount(), 1, 5000);
    ui.window().setGateway(missing);
    QVERIFY(banner->isVisible());
    const QString primary = ui.find<QLabel>(u"primaryMessageLabel"_s)->text();
    QVERIFY2(primary.contains(u"keychain"_s), qPrintable(primary));
    QVERIFY2(!primary.contains(u"dbus-launch"_s), qPrintable(primary));
    // The system's own words are under Details.
    auto* details = ui.find<QToolButton>(u"detailsToolButton"_s);
    QVERIFY(details->isVisible());
    QTest::mouseClick(details, Qt::LeftButton);
    QVERIFY(ui.find<QPlainTextEdit>(u"detailsPlainTextEdit"_s)
                ->toPlainText()
                .contains(u"dbus-launch"_s));
    // The remedies it names are in the settings: the button opens them on this profile.
    QSignalSpy settingsWanted(&ui.window(), &MainWindow::settingsRequested);
    auto* open = ui.find<QPushButton>(u"settingsPushButton"_s);
    QVERIFY(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(settingsWanted.count(), 1);
    QCOMPARE(settingsWanted.at(0).at(0).toString(), WindowHarness::profileId());

    // A key from a file arrives: the notice goes.
    GatewaySetup fromFile = WindowHarness::setupFor(m_mock.baseUrl(), m_mock.apiKey());
    fromFile.keySource = KeySource::File;
    ui.window().setGateway(fromFile);
    QVERIFY(!banner->isVisible());
    QCOMPARE(ui.find<QLabel>(u"keyStatusLabel"_s)->text(), u"API key: set"_s);

    // The demo needs no key of the user's.
    GatewaySetup demo = missing;
    demo.demo = true;
    ui.window().setGateway(demo);
    QVERIFY(!banner->isVisible());
}

VIDEOREMIX_GUI_TEST_MAIN(TestGatewayFlow)
#include "tst_gatewayflow.moc"
