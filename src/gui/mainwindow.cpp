#include "mainwindow.h"

#include "aboutdialog.h"
#include "api/apiclient.h"
#include "api/remixrequest.h"
#include "demoserver.h"
#include "errorbanner.h"
#include "jobdetailswidget.h"
#include "joblistdelegate.h"
#include "joblistmodel.h"
#include "languagemanager.h"
#include "languagemenu.h"
#include "remixjob.h"
#include "ui_mainwindow.h"
#include "videoidinput.h"
#include "videoremix_version.h"
#include "windowstatestore.h"

#include <QCloseEvent>
#include <QKeyEvent>
#include <QMessageBox>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace {

const QStringList& presetSizes() {
    static const QStringList sizes{u"1280x720"_s,  u"720x1280"_s,  u"1024x1792"_s,
                                   u"1792x1024"_s, u"1920x1080"_s, u"1080x1920"_s};
    return sizes;
}

const auto GeometryKey = u"mainWindow/geometry"_s;
const auto SplitterKey = u"mainWindow/splitter"_s;

} // namespace

MainWindow::MainWindow(LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_languages(languages) {
    m_ui->setupUi(this);
    m_videoIdInput = new VideoIdInput(m_ui->videoIdLineEdit);

    m_ui->sizeComboBox->addItem(QString{}); // "Same as source", named in retranslateUi
    m_ui->sizeComboBox->addItems(presetSizes());
    m_ui->sizeComboBox->setCurrentIndex(0);
    // Inline completion would turn a custom "1280x" into "1280x720" behind the user's back.
    m_ui->sizeComboBox->setCompleter(nullptr);

    for (QLabel* reason :
         {m_ui->videoIdReasonLabel, m_ui->promptReasonLabel, m_ui->sizeReasonLabel})
        reason->setStyleSheet(u"color:#b02a37;"_s);
    QFont hintFont = m_ui->shortcutHintLabel->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.9);
    m_ui->shortcutHintLabel->setFont(hintFont);
    m_ui->shortcutHintLabel->setEnabled(false);
    QFont titleFont = m_ui->welcomeTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_ui->welcomeTitleLabel->setFont(titleFont);
    m_ui->welcomeTextLabel->setMaximumWidth(560);
    m_ui->welcomeLayout->setAlignment(m_ui->welcomeTextLabel, Qt::AlignHCenter);

    m_jobs = new JobListModel(this);
    m_ui->jobsListView->setModel(m_jobs);
    m_ui->jobsListView->setItemDelegate(new JobListDelegate(m_ui->jobsListView));
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
    m_demoStatusLabel->setStyleSheet(u"QLabel{background:#fff3cd;color:#664d03;padding:0 6px;}"_s);
    statusBar()->addWidget(m_gatewayStatusLabel, 1);
    statusBar()->addPermanentWidget(m_demoStatusLabel);
    statusBar()->addPermanentWidget(m_keyStatusLabel);

    connect(m_ui->videoIdLineEdit, &QLineEdit::textEdited, this, [this] {
        m_videoIdTouched = true;
        validateForm();
    });
    connect(m_ui->videoIdLineEdit, &QLineEdit::textChanged, this, &MainWindow::validateForm);
    connect(m_ui->promptTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_promptTouched = true;
        validateForm();
    });
    connect(m_ui->sizeComboBox, &QComboBox::currentTextChanged, this, &MainWindow::validateForm);
    connect(m_ui->remixPushButton, &QPushButton::clicked, this, &MainWindow::submit);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &MainWindow::submit);
    }
    // Also when the window manager has not made us the active window (shortcuts wait for that).
    for (QWidget* field :
         {static_cast<QWidget*>(m_ui->videoIdLineEdit), static_cast<QWidget*>(m_ui->promptTextEdit),
          static_cast<QWidget*>(m_ui->sizeComboBox),
          static_cast<QWidget*>(m_ui->sizeComboBox->lineEdit())})
        field->installEventFilter(this);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, m_ui->errorBanner, &ErrorBanner::dismiss);

    connect(m_ui->jobsListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showJob(m_jobs->jobAt(current.row())); });
    connect(m_ui->jobDetailsWidget, &JobDetailsWidget::remixRequested, this,
            [this](const QString& id) {
                m_ui->videoIdLineEdit->setText(id);
                m_ui->promptTextEdit->setFocus();
                m_ui->promptTextEdit->selectAll();
            });

    connect(m_ui->errorBanner, &ErrorBanner::settingsRequested, this,
            &MainWindow::settingsRequested);
    connect(m_ui->openSettingsPushButton, &QPushButton::clicked, this,
            &MainWindow::settingsRequested);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
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

    retranslateUi();
    updatePage();
    validateForm();
}

MainWindow::~MainWindow() = default;

QString MainWindow::productTitle(bool chinese) {
    // The product's name in both languages, not a translation of it.
    return chinese ? u"VideoRemix 视频重制"_s : u"VideoRemix"_s;
}

void MainWindow::setClientConfig(const ClientConfig& config, const QString& gatewayLabel,
                                 bool demo) {
    m_config = config;
    m_gatewayLabel = gatewayLabel;
    m_demo = demo;
    m_client = config.baseUrl.isValid() && !config.baseUrl.isEmpty() ? new ApiClient(config, this)
                                                                     : nullptr;
    updateStatusBar();
    updatePage();
    validateForm();
    if (hasGateway())
        m_ui->videoIdLineEdit->setFocus();
}

void MainWindow::setTrackerOptions(const JobTracker::Options& options) {
    m_trackerOptions = options;
}

void MainWindow::setWindowStateStore(WindowStateStore* store) {
    m_stateStore = store;
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
        m_stateStore->saveWindowState(GeometryKey, saveGeometry());
        m_stateStore->saveWindowState(SplitterKey, m_ui->mainSplitter->saveState());
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::startDemo() {
    if (!m_demoServer) {
        m_demoServer = new DemoServer(this);
        connect(m_demoServer, &DemoServer::ready, this, [this](const QUrl& baseUrl) {
            ClientConfig config;
            config.baseUrl = baseUrl;
            config.apiKey = DemoServer::apiKey();
            setClientConfig(config, QString{}, true);
            m_ui->videoIdLineEdit->setFocus();
        });
        connect(m_demoServer, &DemoServer::failed, this, [this](const QString& reason) {
            m_ui->errorBanner->showMessage(reason);
            m_ui->tryDemoPushButton->setEnabled(true);
            retranslateUi();
            emit demoFailed(reason);
        });
    }
    if (m_demoServer->isReady())
        return;
    m_ui->tryDemoPushButton->setEnabled(false);
    m_ui->tryDemoPushButton->setText(tr("Starting the demo…"));
    m_demoServer->start();
}

QString MainWindow::chosenSize() const {
    const QString text = m_ui->sizeComboBox->currentText().trimmed();
    // "Same as source" is the absence of a size: the field is not sent at all.
    if (text == m_ui->sizeComboBox->itemText(0))
        return {};
    return text;
}

void MainWindow::validateForm() {
    const RemixRequest request = RemixRequest::make(
        m_ui->videoIdLineEdit->text(), m_ui->promptTextEdit->toPlainText(), chosenSize());
    const FieldProblem idProblem = RemixRequest::checkVideoId(request.videoId);
    const FieldProblem promptProblem = RemixRequest::checkPrompt(request.prompt);
    const FieldProblem sizeProblem = RemixRequest::checkSize(request.size);

    const auto showReason = [](QLabel* label, FieldProblem problem, bool touched) {
        const QString reason = touched ? RemixRequest::describe(problem) : QString{};
        label->setText(reason);
        label->setVisible(!reason.isEmpty());
    };
    showReason(m_ui->videoIdReasonLabel, idProblem,
               m_videoIdTouched || !m_ui->videoIdLineEdit->text().isEmpty());
    showReason(m_ui->promptReasonLabel,
               promptProblem == FieldProblem::PromptTooLong ? promptProblem : FieldProblem::None,
               true);
    showReason(m_ui->sizeReasonLabel, sizeProblem, true);

    const int length = int(request.prompt.size());
    m_ui->promptCountLabel->setText(
        tr("%1 / %2 characters")
            .arg(QLocale().toString(length), QLocale().toString(RemixRequest::MaxPromptLength)));

    QStringList missing;
    if (!m_client)
        missing << tr("No gateway is configured.");
    for (const FieldProblem problem : {idProblem, promptProblem, sizeProblem}) {
        if (problem != FieldProblem::None)
            missing << RemixRequest::describe(problem);
    }
    m_ui->remixPushButton->setEnabled(missing.isEmpty());
    m_ui->remixPushButton->setToolTip(missing.isEmpty()
                                          ? tr("Send the remix request (Ctrl+Enter)")
                                          : tr("Cannot remix yet:\n%1").arg(missing.join(u'\n')));
}

void MainWindow::submit() {
    validateForm();
    if (!m_ui->remixPushButton->isEnabled() || !m_client)
        return;
    RemixRequest request = RemixRequest::make(m_ui->videoIdLineEdit->text(),
                                              m_ui->promptTextEdit->toPlainText(), chosenSize());
    JobTracker::Options options;
    if (m_trackerOptions)
        options = *m_trackerOptions;
    else if (m_demo)
        options.pollIntervalMs = DemoPollIntervalMs;

    auto* job = new RemixJob(m_client, std::move(request), options, this);
    watchJob(job);
    m_jobs->addJob(job);
    m_ui->jobsListView->setCurrentIndex(m_jobs->index(m_jobs->rowOf(job)));
    if (m_ui->errorBanner->isVisible())
        m_ui->errorBanner->dismiss();
    job->start();
}

void MainWindow::watchJob(RemixJob* job) {
    const QUrl gateway = m_config.baseUrl;
    connect(job, &RemixJob::retryScheduled, this,
            [this, job, gateway](const ApiError& error, qint64 delayMs) {
                m_bannerJob = job;
                m_ui->errorBanner->showRetry(error, delayMs, gateway);
            });
    connect(job, &RemixJob::failed, this, [this, job, gateway](const ApiError& error) {
        m_bannerJob = job;
        m_ui->errorBanner->showError(error, gateway);
    });
    connect(job, &RemixJob::downloadFailed, this, [this, job, gateway](const ApiError& error) {
        m_bannerJob = job;
        m_ui->errorBanner->showError(error, gateway);
    });
    connect(job, &RemixJob::changed, this, [this, job] {
        // A retry that went through: the countdown has nothing more to say.
        if (m_bannerJob == job && job->phase() == RemixJob::Phase::Following &&
            m_ui->errorBanner->help() == ErrorBanner::Help::RateLimited) {
            m_ui->errorBanner->dismiss();
            m_bannerJob.clear();
        }
    });
}

void MainWindow::showJob(RemixJob* job) {
    m_ui->jobDetailsWidget->setJob(job);
}

void MainWindow::updatePage() {
    m_ui->pagesStackedWidget->setCurrentWidget(
        hasGateway() || m_jobs->rowCount() > 0 ? m_ui->workPage : m_ui->welcomePage);
}

void MainWindow::updateStatusBar() {
    if (hasGateway()) {
        const QString url = m_config.baseUrl.toDisplayString(QUrl::RemoveUserInfo);
        m_gatewayStatusLabel->setText(m_gatewayLabel.isEmpty()
                                          ? tr("Gateway: %1").arg(url)
                                          : tr("Gateway: %1 (%2)").arg(m_gatewayLabel, url));
        m_keyStatusLabel->setText(m_config.apiKey.isEmpty() ? tr("API key: not set")
                                                            : tr("API key: set"));
        m_keyStatusLabel->setVisible(true);
    } else {
        m_gatewayStatusLabel->setText(tr("No gateway configured"));
        m_keyStatusLabel->setVisible(false);
    }
    m_demoStatusLabel->setText(tr("Demo (local mock server)"));
    m_demoStatusLabel->setVisible(m_demo && hasGateway());
    m_gatewayStatusLabel->setAccessibleName(tr("Gateway in use"));
    m_keyStatusLabel->setAccessibleName(tr("Whether an API key is set"));
    m_demoStatusLabel->setAccessibleName(tr("Demo mode"));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress && watched->isWidgetType() &&
        m_ui->formGroupBox->isAncestorOf(static_cast<QWidget*>(watched))) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            submit();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
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

    m_ui->welcomeTitleLabel->setText(tr("Welcome to VideoRemix"));
    m_ui->welcomeTextLabel->setText(
        tr("No video gateway is configured yet. Try the demo: it runs a small local server that "
           "behaves like a real gateway, so you can see the whole flow offline, without an API key "
           "and without cost. Or open the settings to enter your gateway's address and key."));
    m_ui->tryDemoPushButton->setText(
        m_ui->tryDemoPushButton->isEnabled() ? tr("&Try the Demo") : tr("Starting the demo…"));
    m_ui->tryDemoPushButton->setAccessibleName(tr("Try the demo"));
    m_ui->openSettingsPushButton->setText(tr("Open &Settings…"));
    m_ui->openSettingsPushButton->setAccessibleName(tr("Open settings"));

    m_ui->formGroupBox->setTitle(tr("New Remix"));
    m_ui->videoIdLabel->setText(tr("&Video ID:"));
    m_ui->videoIdLineEdit->setPlaceholderText(
        tr("video_… or paste the gateway's answer or a …/videos/<id> URL"));
    m_ui->videoIdLineEdit->setAccessibleName(tr("Video ID"));
    m_ui->videoIdLineEdit->setAccessibleDescription(tr("The ID of the video to remix"));
    m_ui->videoIdReasonLabel->setAccessibleName(tr("Problem with the video ID"));
    m_ui->promptLabel->setText(tr("&Prompt:"));
    m_ui->promptTextEdit->setPlaceholderText(tr("Describe the change, in any language"));
    m_ui->promptTextEdit->setAccessibleName(tr("Prompt"));
    m_ui->promptReasonLabel->setAccessibleName(tr("Problem with the prompt"));
    m_ui->promptCountLabel->setAccessibleName(tr("Prompt length"));
    m_ui->sizeLabel->setText(tr("Si&ze:"));
    m_ui->sizeComboBox->setItemText(0, tr("Same as source"));
    m_ui->sizeComboBox->setToolTip(
        tr("Keep the source's size, choose one, or type width x height"));
    m_ui->sizeComboBox->setAccessibleName(tr("Size"));
    m_ui->sizeReasonLabel->setAccessibleName(tr("Problem with the size"));
    m_ui->shortcutHintLabel->setText(tr("Ctrl+Enter to remix"));
    m_ui->remixPushButton->setText(tr("&Remix"));
    m_ui->remixPushButton->setAccessibleName(tr("Remix"));

    m_ui->jobsGroupBox->setTitle(tr("Jobs in This Session"));
    m_ui->jobsListView->setAccessibleName(tr("Jobs in this session"));
    m_ui->detailsGroupBox->setTitle(tr("Job Details"));
    m_ui->jobDetailsWidget->setAccessibleName(tr("Job details"));

    m_ui->fileMenu->setTitle(tr("&File"));
    m_ui->viewMenu->setTitle(tr("&View"));
    m_ui->helpMenu->setTitle(tr("&Help"));
    m_ui->settingsAction->setText(tr("&Settings…"));
    m_ui->quitAction->setText(tr("&Quit"));
    m_ui->aboutAction->setText(tr("&About VideoRemix"));

    m_jobs->retranslate();
    updateStatusBar();
    validateForm();
}

void MainWindow::showAbout() {
    AboutDialog about(this);
    about.exec();
}
