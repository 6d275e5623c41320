#include "mainwindow.h"

#include "aboutdialog.h"
#include "comparewindow.h"
#include "costpresenter.h"
#include "demoserver.h"
#include "errorbanner.h"
#include "framethumbnailer.h"
#include "historypanel.h"
#include "jobactions.h"
#include "jobdetailswidget.h"
#include "jobnotifier.h"
#include "jobs/jobhistorymodel.h"
#include "jobs/joblibrary.h"
#include "jobs/jobstore.h"
#include "keyorigin.h"
#include "languagemanager.h"
#include "languagemenu.h"
#include "platform/startupmarks.h"
#include "settings/gatewaychoice.h"
#include "settings/gatewayconfig.h"
#include "stackpages.h"
#include "submitform.h"
#include "themecolors.h"
#include "themefollower.h"
#include "ui_mainwindow.h"
#include "windowstatestore.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace {

// Window names of the state store: letters, digits, '_' and '-' only.
const auto GeometryKey = u"mainWindowGeometry"_s;
const auto SplitterKey = u"mainWindowSplitter"_s;

} // namespace

MainWindow::MainWindow(LanguageManager* languages, JobLibrary* library, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_languages(languages)
    , m_library(library) {
    m_ui->setupUi(this);
    StartupMarks::mark("window: widgets made (setupUi)");
    StackPages::keepOnly(m_ui->pagesStackedWidget, nullptr); // updatePage() picks one
    QFont titleFont = m_ui->welcomeTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_ui->welcomeTitleLabel->setFont(titleFont);
    m_ui->welcomeTextLabel->setFixedWidth(560);
    m_ui->welcomeLayout->setAlignment(m_ui->welcomeTextLabel, Qt::AlignHCenter);
    ThemeFollower::followStyleSheet(m_ui->cleartextFrame, [](const QPalette& palette) {
        return ThemeColors::panelStyleSheet(palette, ThemeColors::Tone::Warning,
                                            u"QFrame#cleartextFrame"_s);
    });
    m_ui->cleartextFrame->hide();

    m_history = new JobHistoryModel(m_library->store(), this);
    m_history->watch(m_library);
    m_history->reload();
    StartupMarks::mark("window: history loaded");
    m_ui->historyPanel->setModel(m_history);
    m_ui->jobDetailsWidget->setLibrary(m_library);
    m_notifier = new JobNotifier(m_library, this, this);
    new FrameThumbnailer(m_library, this);
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->mainSplitter->setSizes({620, 480});

    m_gatewayStatusLabel = new QLabel(this);
    m_gatewayStatusLabel->setObjectName(u"gatewayStatusLabel"_s);
    m_gatewayStatusLabel->setTextFormat(Qt::PlainText);
    m_keyStatusLabel = new QLabel(this);
    m_keyStatusLabel->setObjectName(u"keyStatusLabel"_s);
    m_keyStatusLabel->setTextFormat(Qt::PlainText);
    m_demoStatusLabel = new QLabel(this);
    m_demoStatusLabel->setObjectName(u"demoStatusLabel"_s);
    m_demoStatusLabel->setTextFormat(Qt::PlainText);
    ThemeFollower::followStyleSheet(m_demoStatusLabel, [](const QPalette& palette) {
        const auto colors = ThemeColors::panel(palette, ThemeColors::Tone::Warning);
        return u"QLabel{background:%1;color:%2;padding:0 6px;}"_s.arg(colors.background.name(),
                                                                      colors.text.name());
    });
    statusBar()->addWidget(m_gatewayStatusLabel, 1);
    m_spendStatusLabel = new QLabel(this);
    m_spendStatusLabel->setObjectName(u"spendStatusLabel"_s);
    m_spendStatusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_spendStatusLabel);
    statusBar()->addPermanentWidget(m_demoStatusLabel);
    m_costs = new CostPresenter(m_library, m_ui->submitForm, m_spendStatusLabel, this);
    statusBar()->addPermanentWidget(m_keyStatusLabel);

    connect(m_ui->submitForm, &SubmitForm::submitRequested, this, &MainWindow::submit);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &MainWindow::submit);
    }
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, m_ui->errorBanner, &ErrorBanner::dismiss);

    connect(m_ui->historyPanel, &HistoryPanel::currentJobChanged, this, [this](qint64 id) {
        if (id != 0)
            m_ui->jobDetailsWidget->setJob(id);
    });
    connect(m_ui->jobDetailsWidget, &JobDetailsWidget::jobActivated, this, &MainWindow::showJob);
    connect(m_ui->historyPanel, &HistoryPanel::jobActivated, this, &MainWindow::showJob);
    connect(m_ui->jobDetailsWidget, &JobDetailsWidget::remixRequested, this,
            [this](const QString& id) { m_ui->submitForm->remixVideo(id); });

    // Remix This and Compare: in the Job menu, on the keyboard, for the job on show.
    m_jobActions = new JobActions(m_library, this);
    m_videoMenu = new QMenu(this);
    m_videoMenu->setObjectName(u"videoMenu"_s);
    m_videoMenu->addActions(m_jobActions->actions());
    menuBar()->insertMenu(m_ui->viewMenu->menuAction(), m_videoMenu);
    connect(m_ui->jobDetailsWidget, &JobDetailsWidget::jobShown, m_jobActions,
            &JobActions::setCurrentJob);
    connect(m_jobActions, &JobActions::remixRequested, this,
            [this](const QString& id) { m_ui->submitForm->remixVideo(id); });
    connect(m_jobActions, &JobActions::compareRequested, this, &MainWindow::compareJob);
    m_ui->historyPanel->setContextActions(m_jobActions->actions());

    // The banner's button is about the key in use: the settings open on its profile.
    connect(m_ui->errorBanner, &ErrorBanner::settingsRequested, this, [this] {
        emit settingsRequested(m_gateway.savedProfile ? m_gateway.profileId : QString());
    });
    connect(m_ui->openSettingsPushButton, &QPushButton::clicked, this,
            [this] { emit settingsRequested({}); });
    connect(m_ui->cleartextSettingsPushButton, &QPushButton::clicked, this,
            [this] { emit settingsRequested({}); });
    connect(m_ui->cleartextAcceptPushButton, &QPushButton::clicked, this, [this] {
        m_cleartextAccepted.insert(m_gateway.profileId);
        registerGateway();
    });
    connect(m_ui->settingsAction, &QAction::triggered, this,
            [this] { emit settingsRequested({}); });
    // Back to the demo from a real gateway, without restarting.
    m_demoAction = new QAction(this);
    m_demoAction->setObjectName(u"demoAction"_s);
    m_ui->fileMenu->insertAction(m_ui->settingsAction, m_demoAction);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::startDemo);
    connect(m_ui->importAction, &QAction::triggered, this, &MainWindow::importFromGateway);
    connect(m_ui->tryDemoPushButton, &QPushButton::clicked, this, &MainWindow::startDemo);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->settingsAction->setShortcut(QKeySequence::Preferences);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    if (m_languages)
        m_ui->viewMenu->addMenu(new LanguageMenu(m_languages, m_ui->viewMenu));

    if (m_languages) {
        m_ui->errorBanner->setUiLanguage(m_languages->language());
        connect(m_languages, &LanguageManager::languageChanged, m_ui->errorBanner,
                &ErrorBanner::setUiLanguage);
    }
    watchLibrary();

    retranslateUi();
    StartupMarks::mark("window: wired and worded");
    updatePage();
    validateForm();
    // A first start makes a video; with a history there is something to remix.
    m_ui->submitForm->setMode(m_history->rowCount() > 0 ? SubmitForm::Mode::Remix
                                                        : SubmitForm::Mode::Create);
    // The newest job, as the user left it.
    if (m_history->rowCount() > 0)
        showJob(m_history->index(0).data(JobHistoryModel::LocalIdRole).toLongLong());
}

MainWindow::~MainWindow() = default;

QString MainWindow::demoProfileId() {
    return u"demo"_s;
}

QString MainWindow::productTitle(bool chinese) {
    // The product's name in both languages, not a translation of it.
    return chinese ? u"VideoRemix 视频重制"_s : u"VideoRemix"_s;
}

void MainWindow::watchLibrary() {
    connect(m_library, &JobLibrary::submitRetryScheduled, this,
            [this](qint64 id, const ApiError& error, qint64 delayMs) {
                m_bannerJob = id;
                m_ui->errorBanner->showRetry(error, delayMs, gatewayUrlOf(id));
            });
    connect(m_library, &JobLibrary::submitFailed, this, [this](qint64 id, const ApiError& error) {
        m_bannerJob = id;
        m_ui->errorBanner->showError(error, gatewayUrlOf(id));
    });
    connect(m_library, &JobLibrary::downloadFinished, this,
            [this](qint64 id, bool ok, const ApiError& error) {
                if (ok)
                    return;
                m_bannerJob = id;
                m_ui->errorBanner->showError(error, gatewayUrlOf(id));
            });
    connect(m_library, &JobLibrary::jobChanged, this, [this](qint64 id) {
        // A retry that went through: the countdown has nothing more to say.
        if (id != m_bannerJob || m_ui->errorBanner->help() != ErrorBanner::Help::RateLimited)
            return;
        const std::optional<JobRecord> record = m_library->store()->job(id);
        if (record && record->state != JobState::Submitting) {
            m_ui->errorBanner->dismiss();
            m_bannerJob = 0;
        }
    });
    connect(m_library, &JobLibrary::reconciled, this,
            [this](qint64 id, JobLibrary::ReconcileOutcome outcome) {
                // Reconcile answered the banner's question: found, or most likely never created.
                const bool settled = outcome == JobLibrary::ReconcileOutcome::Found ||
                                     outcome == JobLibrary::ReconcileOutcome::NotFound;
                if (settled && id == m_bannerJob &&
                    m_ui->errorBanner->help() == ErrorBanner::Help::OutcomeUnknown) {
                    m_ui->errorBanner->dismiss();
                    m_bannerJob = 0;
                }
            });
    connect(m_library, &JobLibrary::jobAdded, this, &MainWindow::updatePage);
    connect(m_library, &JobLibrary::listUnsupported, this, [this] {
        m_ui->errorBanner->showMessage([] {
            return tr("This gateway has no list of videos, so VideoRemix cannot import them or "
                      "look for a remix whose outcome is unknown. Jobs you submit here are still "
                      "kept.");
        });
    });
    connect(m_library, &JobLibrary::importFinished, this,
            [this](const QString& profileId, int added, const ApiError& error) {
                m_ui->importAction->setEnabled(hasGateway());
                if (m_library->gateways()->listSupported(profileId) == false) {
                    statusBar()->showMessage(tr("Nothing to import: this gateway cannot list "
                                                "its videos."),
                                             8000);
                    return;
                }
                if (error.isError()) {
                    m_ui->errorBanner->showError(error, m_gateway.config.baseUrl);
                    return;
                }
                if (std::exchange(m_seedingDemo, false) && profileId == demoProfileId() &&
                    added > 0) {
                    showFirstDemoVideo();
                    return;
                }
                statusBar()->showMessage(
                    tr("Imported %Ln new video(s) from the gateway.", nullptr, added), 8000);
            });
}

QUrl MainWindow::gatewayUrlOf(qint64 id) const {
    const std::optional<JobRecord> record = m_library->store()->job(id);
    return record ? record->baseUrl : m_gateway.config.baseUrl;
}

void MainWindow::setGateway(const GatewaySetup& setup) {
    m_gateway = setup;
    m_costs->setGateway(setup);
    if (!m_gateway.problem.isEmpty())
        m_ui->errorBanner->showMessage(m_gateway.problem);
    if (!m_gateway.profileId.isEmpty() && !m_gateway.hasKey())
        m_library->gateways()->remove(m_gateway.profileId); // a key removed in the settings
    else if (!awaitsCleartextConfirmation())
        registerGateway();
    updateCleartextWarning();
    updateStatusBar();
    updatePage();
    validateForm();
    if (m_gateway.hasKey())
        m_ui->submitForm->focusFirstField();
    if (!m_gateway.demo && (!m_demoServer || m_demoServer->isReady())) {
        m_ui->tryDemoPushButton->setEnabled(true); // not starting: the demo can be chosen again
        m_ui->tryDemoPushButton->setText(tr("&Try the Demo"));
    }
    m_ui->errorBanner->setKeyOrigin([setup = m_gateway] { return KeyOrigin::describe(setup); },
                                    m_gateway.keySource != KeySource::Environment);
    updateKeyNotice();
}

void MainWindow::updateKeyNotice() {
    const auto notice = u"keychain"_s;
    const bool anyJob = m_history->rowCount() > 0;
    // Needed: not the demo, no key from anywhere, and a history whose jobs want following.
    // A first start without a key shows the welcome page instead.
    if (m_gateway.keyProblem && !m_gateway.demo && !m_gateway.hasKey() && anyJob) {
        const SecretResult problem = *m_gateway.keyProblem;
        m_ui->errorBanner->showNotice(
            notice,
            [] {
                return tr("The API key could not be read: the system keychain is not available. "
                          "Open the settings to enter the key and keep it for this run only, or "
                          "store it in a file on this computer.");
            },
            [problem] { return problem.errorText(); }, true);
    } else if (m_ui->errorBanner->noticeId() == notice) {
        m_ui->errorBanner->dismiss();
    }
}

bool MainWindow::awaitsCleartextConfirmation() const {
    return m_gateway.hasKey() && sendsKeyInCleartext(m_gateway.config.baseUrl) &&
           !m_cleartextAccepted.contains(m_gateway.profileId);
}

void MainWindow::registerGateway() {
    if (m_gateway.profileId.isEmpty() || !m_gateway.hasKey() || !m_gateway.problem.isEmpty())
        return;
    // From here on requests go out: the profile's unfinished jobs resume at once.
    m_library->gateways()->add(m_gateway.profileId, m_gateway.config, m_gateway.pollIntervalMs);
    updateCleartextWarning();
    validateForm();
}

bool MainWindow::hasGateway() const {
    return !m_gateway.profileId.isEmpty() && m_library->gateways()->has(m_gateway.profileId);
}

void MainWindow::updateCleartextWarning() {
    const bool waiting = awaitsCleartextConfirmation();
    m_ui->cleartextFrame->setVisible(waiting);
    if (waiting)
        m_ui->cleartextLabel->setText(cleartextWarning(m_gateway.config.baseUrl));
}

void MainWindow::showProblem(const QString& message) {
    m_ui->errorBanner->showMessage(message);
}

void MainWindow::showProblem(const std::function<QString()>& message) {
    m_ui->errorBanner->showMessage(message);
}

void MainWindow::setNotificationsEnabled(bool enabled) {
    m_notifier->setEnabled(enabled);
}

void MainWindow::setWindowStateStore(WindowStateStore* store) {
    m_stateStore = store;
    m_ui->historyPanel->setStateStore(store);
    if (!m_stateStore)
        return;
    const QByteArray geometry = m_stateStore->loadWindowState(GeometryKey);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray splitter = m_stateStore->loadWindowState(SplitterKey);
    if (!splitter.isEmpty())
        m_ui->mainSplitter->restoreState(splitter);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_stateStore) {
        const bool saved =
            m_stateStore->saveWindowState(GeometryKey, saveGeometry()) &&
            m_stateStore->saveWindowState(SplitterKey, m_ui->mainSplitter->saveState());
        if (!saved)
            qWarning("The window's size, position and splitter could not be saved.");
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::startDemo() {
    if (!m_demoServer) {
        m_demoServer = new DemoServer(this);
        connect(m_demoServer, &DemoServer::ready, this, &MainWindow::useDemoGateway);
        connect(m_demoServer, &DemoServer::failed, this, [this](const QString& reason) {
            m_ui->errorBanner->showMessage([this] { return m_demoServer->failureText(); });
            m_ui->tryDemoPushButton->setEnabled(true);
            retranslateUi();
            emit demoFailed(reason);
        });
    }
    if (m_demoServer->isReady()) {
        useDemoGateway(m_demoServer->baseUrl());
        return;
    }
    m_ui->tryDemoPushButton->setEnabled(false);
    m_ui->tryDemoPushButton->setText(tr("Starting the demo…"));
    m_demoServer->start();
}

void MainWindow::useDemoGateway(const QUrl& baseUrl) {
    const GatewayChoice choice = GatewayChoice::demoAt(baseUrl);
    const GatewayChoice::Key key = choice.key(std::nullopt, SecretResult{});
    GatewaySetup demo;
    demo.profileId = demoProfileId();
    demo.config = ClientConfig::forGateway(baseUrl, key.value);
    demo.keySource = key.source;
    demo.pollIntervalMs = DemoPollIntervalMs;
    demo.demo = true;
    // The demo's gateway listens on a new port each run: its jobs move along.
    m_library->store()->moveProfileTo(demo.profileId, baseUrl);
    setGateway(demo);
    m_ui->submitForm->focusFirstField();
    // A first look starts from something to remix: the demo gateway's sample videos.
    if (m_library->store()->count(JobQuery::matching({}, {}, 0)) == 0) {
        m_seedingDemo = true;
        importFromGateway();
    }
}

void MainWindow::showFirstDemoVideo() {
    const QModelIndex first = m_history->index(0, 0);
    if (!first.isValid())
        return;
    showJob(first.data(JobHistoryModel::LocalIdRole).toLongLong());
    m_ui->submitForm->remixVideo(first.data(JobHistoryModel::VideoIdRole).toString());
    statusBar()->showMessage(tr("These are the demo's sample videos: describe a change and "
                                "press Remix, or make a new one."),
                             DemoHintMs);
}

void MainWindow::importFromGateway() {
    if (!hasGateway() || m_library->importer()->isImporting(m_gateway.profileId))
        return;
    m_ui->importAction->setEnabled(false);
    statusBar()->showMessage(tr("Importing the gateway's videos…"));
    m_library->importer()->importFrom(m_gateway.profileId);
}

qint64 MainWindow::currentJobId() const {
    return m_ui->jobDetailsWidget->jobId();
}

void MainWindow::showJob(qint64 id) {
    // The list shows it when the filter lets it, and a new current row shows it
    // in the details by itself (currentJobChanged); otherwise the details are
    // told directly. Once, not twice: a job's details ask the store for its lineage.
    const bool alreadyCurrent = m_ui->historyPanel->currentJobId() == id;
    if (!m_ui->historyPanel->selectJob(id) || alreadyCurrent)
        m_ui->jobDetailsWidget->setJob(id);
}

void MainWindow::compareJob(qint64 id) {
    CompareWindow::showFor(m_library, id, this);
}

void MainWindow::validateForm() {
    QStringList blockers;
    if (m_gateway.profileId.isEmpty() || m_gateway.config.baseUrl.isEmpty())
        blockers << tr("No gateway is configured.");
    else if (!m_gateway.problem.isEmpty())
        blockers << m_gateway.problem;
    else if (!m_gateway.hasKey())
        blockers << tr("No API key is set for this gateway.");
    else if (awaitsCleartextConfirmation())
        blockers << tr("Confirm first that the key may be sent over plain HTTP.");
    else if (!hasGateway())
        blockers << tr("No gateway is configured.");
    m_ui->submitForm->setBlockers(blockers);
    m_ui->importAction->setEnabled(hasGateway() &&
                                   !m_library->importer()->isImporting(m_gateway.profileId));
}

void MainWindow::submit() {
    validateForm();
    const std::optional<Submission> submission = m_ui->submitForm->submission();
    if (!m_ui->submitForm->canSubmit() || !submission || !hasGateway())
        return;
    if (m_ui->errorBanner->isVisible())
        m_ui->errorBanner->dismiss();
    if (!m_repeats.confirm(this, m_gateway.profileId, *submission) ||
        !m_costs->confirmWithinBudget(this, *submission))
        return;
    QString error;
    // The library writes every version down, with its estimate, before its request leaves.
    const QList<qint64> ids =
        m_library->submit(m_gateway.profileId, m_costs->priced(*submission), &error);
    if (ids.isEmpty()) {
        m_ui->errorBanner->showMessage(error);
        return;
    }
    m_repeats.remember(m_gateway.profileId, *submission);
    showJob(ids.first());
}

void MainWindow::updatePage() {
    const bool anyJob =
        m_history->rowCount() > 0 || m_library->store()->count(JobQuery::matching({}, {}, 0)) > 0;
    StackPages::show(m_ui->pagesStackedWidget,
                     m_gateway.hasKey() || anyJob ? m_ui->workPage : m_ui->welcomePage);
}

void MainWindow::updateStatusBar() {
    if (!m_gateway.config.baseUrl.isEmpty()) {
        const QString url = m_gateway.config.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
        m_gatewayStatusLabel->setText(m_gateway.label.isEmpty()
                                          ? tr("Gateway: %1").arg(url)
                                          : tr("Gateway: %1 (%2)").arg(m_gateway.label, url));
        QString key;
        if (!m_gateway.hasKey())
            key = tr("API key: not set");
        else if (m_gateway.keySource == KeySource::Environment)
            key = tr("API key: from environment");
        else
            key = tr("API key: set");
        m_keyStatusLabel->setText(key);
        m_keyStatusLabel->setVisible(true);
    } else {
        m_gatewayStatusLabel->setText(tr("No gateway configured"));
        m_keyStatusLabel->setVisible(false);
    }
    m_demoStatusLabel->setText(tr("Demo (local mock server)"));
    m_demoStatusLabel->setVisible(m_gateway.demo);
    m_gatewayStatusLabel->setAccessibleName(tr("Gateway in use"));
    m_keyStatusLabel->setAccessibleName(tr("Whether an API key is set"));
    m_demoStatusLabel->setAccessibleName(tr("Demo mode"));
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi() {
    const bool chinese = m_languages && m_languages->language() == UiLanguage::Chinese;
    setWindowTitle(productTitle(chinese));
    m_videoMenu->setTitle(tr("&Job"));
    m_jobActions->retranslate();

    m_ui->welcomeTitleLabel->setText(tr("Welcome to VideoRemix"));
    m_ui->welcomeTextLabel->setText(
        tr("No API key is set up yet. Try the demo: it runs a small local server that behaves "
           "like a real gateway, so you can see the whole flow offline, without an API key and "
           "without cost. Or open the settings to enter your gateway's address and key."));
    // A word-wrapped label centred by its layout gets its one-line height: ask for the real one.
    m_ui->welcomeTextLabel->setMinimumHeight(
        m_ui->welcomeTextLabel->heightForWidth(m_ui->welcomeTextLabel->width()));
    m_ui->tryDemoPushButton->setText(
        m_ui->tryDemoPushButton->isEnabled() ? tr("&Try the Demo") : tr("Starting the demo…"));
    m_ui->tryDemoPushButton->setAccessibleName(tr("Try the demo"));
    m_ui->openSettingsPushButton->setText(tr("Set Up a &Gateway…"));
    m_ui->openSettingsPushButton->setAccessibleName(tr("Set up a gateway in the settings"));

    m_ui->cleartextAcceptPushButton->setText(tr("Send Over &HTTP Anyway"));
    m_ui->cleartextAcceptPushButton->setAccessibleName(
        tr("Send the key over unencrypted HTTP for this profile until VideoRemix quits"));
    m_ui->cleartextSettingsPushButton->setText(tr("Change the &Gateway…"));
    m_ui->cleartextSettingsPushButton->setAccessibleName(tr("Open the settings to change the "
                                                            "gateway"));
    m_ui->cleartextLabel->setAccessibleName(tr("Warning about plain HTTP"));
    updateCleartextWarning();

    m_ui->historyGroupBox->setTitle(tr("History"));
    m_ui->historyPanel->setAccessibleName(tr("Job history"));
    m_ui->detailsGroupBox->setTitle(tr("Job Details"));
    m_ui->jobDetailsWidget->setAccessibleName(tr("Job details"));

    m_ui->fileMenu->setTitle(tr("&File"));
    m_ui->viewMenu->setTitle(tr("&View"));
    m_ui->helpMenu->setTitle(tr("&Help"));
    m_ui->importAction->setText(tr("&Import from Gateway"));
    m_ui->importAction->setToolTip(
        tr("Add the videos of this gateway's account that the history does not have yet"));
    m_ui->settingsAction->setText(tr("&Settings…"));
    m_demoAction->setText(tr("Use the &Demo Gateway"));
    m_demoAction->setToolTip(tr("Switch to the local demo server: no API key, no cost"));
    m_ui->quitAction->setText(tr("&Quit"));
    m_ui->aboutAction->setText(tr("&About VideoRemix"));

    updateStatusBar();
    m_costs->retranslate();
    validateForm();
}

void MainWindow::showAbout() {
    AboutDialog about(this);
    about.exec();
}
