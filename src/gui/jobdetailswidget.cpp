#include "jobdetailswidget.h"

#include "api/apierror.h"
#include "api/curlcommand.h"
#include "jobs/joblineage.h"
#include "jobs/jobstore.h"
#include "settings/logredaction.h"
#include "stackpages.h"
#include "statusbadge.h"
#include "ui_jobdetailswidget.h"
#include "versionsstrip.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace {

const auto JobLinkScheme = u"job:"_s;

QString dash() {
    return u"—"_s;
}

} // namespace

JobDetailsWidget::JobDetailsWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::JobDetailsWidget>()) {
    m_ui->setupUi(this);
    StackPages::keepOnly(m_ui->pagesStackedWidget,
                         m_ui->emptyPage); // a job's page when one is shown
    for (QLabel* label :
         {m_ui->modelValueLabel, m_ui->sizeValueLabel, m_ui->secondsValueLabel,
          m_ui->createdValueLabel, m_ui->elapsedValueLabel, m_ui->resultValueLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    // Lineage links lead to other jobs of the library, never to a browser.
    for (QLabel* label :
         std::initializer_list<QLabel*>{m_ui->remixedFromValueLabel, m_ui->remixesValueLabel}) {
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        label->setOpenExternalLinks(false);
        connect(label, &QLabel::linkActivated, this, [this](const QString& link) {
            if (link.startsWith(JobLinkScheme))
                emit jobActivated(link.mid(JobLinkScheme.size()).toLongLong());
        });
    }
    m_ui->copyIdToolButton->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_versionsLabel = new QLabel(this);
    m_versionsLabel->setObjectName(u"versionsLabel"_s);
    m_versionsStrip = new VersionsStrip(this);
    m_versionsStrip->setObjectName(u"versionsStrip"_s);
    m_ui->factsFormLayout->addRow(m_versionsLabel, m_versionsStrip);
    connect(m_versionsStrip, &VersionsStrip::versionActivated, this,
            &JobDetailsWidget::jobActivated);

    m_deleteMenu = new QMenu(this);
    m_removeAction = m_deleteMenu->addAction(QString{});
    m_removeWithFilesAction = m_deleteMenu->addAction(QString{});
    m_deleteMenu->addSeparator();
    m_deleteOnServerAction = m_deleteMenu->addAction(QString{});
    m_ui->deleteToolButton->setMenu(m_deleteMenu);
    connect(m_removeAction, &QAction::triggered, this, [this] { removeLocally(false); });
    connect(m_removeWithFilesAction, &QAction::triggered, this, [this] { removeLocally(true); });
    connect(m_deleteOnServerAction, &QAction::triggered, this, &JobDetailsWidget::deleteOnServer);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &JobDetailsWidget::updateTimes);

    connect(m_ui->copyIdToolButton, &QToolButton::clicked, this, [this] {
        if (m_record && !m_record->videoId.isEmpty())
            copyText(m_record->videoId);
    });
    connect(m_ui->remixResultPushButton, &QPushButton::clicked, this, [this] {
        if (m_record && !m_record->videoId.isEmpty())
            emit remixRequested(m_record->videoId);
    });
    connect(m_ui->stopFollowingPushButton, &QPushButton::clicked, this, [this] {
        m_stoppedByUser.insert(m_id);
        m_library->follower()->unfollow(m_id);
        refresh();
    });
    connect(m_ui->followPushButton, &QPushButton::clicked, this, [this] {
        m_stoppedByUser.remove(m_id);
        m_library->follower()->follow(m_id);
        refresh();
    });
    connect(m_ui->reconcilePushButton, &QPushButton::clicked, this, [this] {
        setNote(m_id, tr("Looking for the job among the gateway's recent videos…"));
        m_library->reconciler()->reconcile(m_id);
    });
    connect(m_ui->downloadPushButton, &QPushButton::clicked, this, [this] {
        m_library->download(m_id);
        refresh();
    });
    connect(m_ui->copyCurlPushButton, &QPushButton::clicked, this, &JobDetailsWidget::copyCurl);
    connect(m_ui->showInFolderPushButton, &QPushButton::clicked, this,
            &JobDetailsWidget::showInFolder);
    retranslateUi();
    setJob(0);
}

JobDetailsWidget::~JobDetailsWidget() = default;

void JobDetailsWidget::setLibrary(JobLibrary* library) {
    m_library = library;
    // The shown job, or one of its versions shown beside it.
    const auto ifShown = [this](qint64 id) {
        if (id == m_id || m_versionsStrip->contains(id))
            refresh();
    };
    connect(library, &JobLibrary::jobChanged, this, [this, ifShown](qint64 id) {
        m_troubles.remove(id);
        ifShown(id);
    });
    connect(library, &JobLibrary::jobAdded, this, [this] {
        if (m_id != 0)
            refresh(); // a remix of the shown job: its lineage grew
    });
    connect(library, &JobLibrary::jobRemoved, this, [this](qint64 id) {
        m_notes.remove(id);
        m_troubles.remove(id);
        if (id == m_id)
            setJob(0);
    });
    connect(library, &JobLibrary::followTroubled, this,
            [this, ifShown](qint64 id, const ApiError& error) {
                m_troubles.insert(
                    id, tr("Checking the job failed, trying again: %1").arg(error.summary()));
                ifShown(id);
            });
    connect(library, &JobLibrary::reconciled, this,
            [this](qint64 id, JobLibrary::ReconcileOutcome, const QString& message) {
                setNote(id, message);
            });
    connect(library, &JobLibrary::serverDeleteFinished, this,
            [this](qint64 id, JobLibrary::ServerDeleteOutcome outcome, const ApiError& error) {
                switch (outcome) {
                case JobLibrary::ServerDeleteOutcome::Deleted:
                    setNote(id, tr("Deleted on the gateway. The local files stay."));
                    break;
                case JobLibrary::ServerDeleteOutcome::AlreadyGone:
                    setNote(id, tr("The gateway no longer had this video."));
                    break;
                case JobLibrary::ServerDeleteOutcome::Unsupported:
                    setNote(id, tr("This gateway cannot delete videos."));
                    break;
                case JobLibrary::ServerDeleteOutcome::Failed:
                    setNote(id, tr("Deleting on the gateway failed: %1").arg(error.summary()));
                    break;
                }
            });
    connect(library, &JobLibrary::followingChanged, this, ifShown);
    connect(library, &JobLibrary::downloadProgress, this, ifShown);
    connect(library, &JobLibrary::downloadFinished, this, ifShown);
}

void JobDetailsWidget::setJob(qint64 id) {
    m_id = id;
    refresh();
    emit jobShown(id);
}

void JobDetailsWidget::setNote(qint64 id, const QString& note) {
    m_notes.insert(id, note);
    if (id == m_id)
        refresh();
}

QString JobDetailsWidget::formatElapsed(qint64 ms) {
    const qint64 total = ms / 1000;
    const qint64 hours = total / 3600;
    const qint64 minutes = (total / 60) % 60;
    const qint64 seconds = total % 60;
    if (hours > 0)
        return u"%1:%2:%3"_s.arg(hours)
            .arg(minutes, 2, 10, QChar(u'0'))
            .arg(seconds, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(minutes).arg(seconds, 2, 10, QChar(u'0'));
}

QString JobDetailsWidget::messageFor(const JobRecord& record) const {
    if (const QString note = m_notes.value(record.id); !note.isEmpty())
        return note;
    const QString error = record.errorLines(uiLanguageForLocale(QLocale())).join(u'\n');
    switch (record.state) {
    case JobState::OutcomeUnknown:
        if (ApiError::fromJson(record.error).kind == ApiError::Kind::Http)
            return tr("The gateway answered the request with an error, but it may have passed "
                      "it on first: the job may have been created (and charged). Reconcile looks "
                      "for it on the gateway; VideoRemix never sends it again by itself.");
        return tr("The request was sent, but its answer never arrived: the job may have "
                  "been created (and charged). Reconcile looks for it on the gateway; VideoRemix "
                  "never sends it again by itself.");
    case JobState::Failed:
        return error.isEmpty() ? tr("The gateway reports that the job failed.")
                               : tr("The job failed: %1").arg(error);
    case JobState::Rejected:
    case JobState::Expired:
        return error;
    default:
        break;
    }
    if (const QString trouble = m_troubles.value(record.id); !trouble.isEmpty())
        return trouble;
    if (m_library->isDownloading(record.id))
        return tr("Downloading the video…");
    return error;
}

QString JobDetailsWidget::lineageLink(const JobRecord& record) const {
    const QString name = record.videoId.isEmpty() ? record.prompt.left(40) : record.videoId;
    return u"<a href=\"%1%2\">%3</a>"_s.arg(JobLinkScheme, QString::number(record.id),
                                            name.toHtmlEscaped());
}

void JobDetailsWidget::refresh() {
    m_record = (m_library && m_id != 0) ? m_library->store()->job(m_id) : std::nullopt;
    if (!m_record) {
        m_ticker.stop();
        StackPages::show(m_ui->pagesStackedWidget, m_ui->emptyPage);
        m_ui->videoPreview->setMedia({}, {}, false);
        return;
    }
    StackPages::show(m_ui->pagesStackedWidget, m_ui->jobPage);
    const JobRecord& job = *m_record;
    const bool following = m_library->follower()->isFollowing(job.id);
    const bool hasVideo = !job.videoId.isEmpty();
    const auto orDash = [](const QString& text) {
        return text.isEmpty() ? dash() : text;
    };

    if (m_ui->jobIdLineEdit->text() != job.videoId) {
        m_ui->jobIdLineEdit->setText(job.videoId);
        m_ui->jobIdLineEdit->setCursorPosition(0);
    }
    m_ui->copyIdToolButton->setEnabled(hasVideo);
    m_ui->statusBadge->setState(
        StatusBadge::stateOf(job, following, m_stoppedByUser.contains(job.id)));
    m_ui->progressBar->setValue(job.progress);
    // A full bar reads as success: a job that ended without a video shows none.
    m_ui->progressBar->setVisible(hasVideo && job.state != JobState::Deleted &&
                                  job.state != JobState::Failed && job.state != JobState::Expired);

    const QString message = messageFor(job);
    m_ui->messageLabel->setText(LogRedaction::redact(message));
    m_ui->messageLabel->setVisible(!message.isEmpty());

    m_ui->modelValueLabel->setText(orDash(job.model));
    m_ui->sizeValueLabel->setText(orDash(job.size));
    m_ui->secondsValueLabel->setText(orDash(job.seconds));
    m_ui->createdValueLabel->setText(
        job.createdAt.isValid()
            ? QLocale().toString(job.createdAt.toLocalTime(), QLocale::ShortFormat)
            : dash());

    // A created video is the root of its lineage: it says what it was made from.
    const bool created = job.kind == JobKind::Create;
    m_ui->remixedFromLabel->setText(created ? tr("Made from:") : tr("Remixed from:"));
    const JobLineage lineage(*m_library->store());
    if (const std::optional<JobRecord> parent = lineage.remixedFrom(job.id))
        m_ui->remixedFromValueLabel->setText(lineageLink(*parent));
    else if (created)
        m_ui->remixedFromValueLabel->setText(
            (job.referenceImage.isEmpty()
                 ? tr("the prompt alone")
                 : tr("the prompt and the image %1").arg(job.referenceImage))
                .toHtmlEscaped());
    else if (!job.sourceAliasId.isEmpty())
        m_ui->remixedFromValueLabel->setText(tr("%1 (the gateway calls it %2)")
                                                 .arg(job.sourceVideoId, job.sourceAliasId)
                                                 .toHtmlEscaped());
    else
        m_ui->remixedFromValueLabel->setText(orDash(job.sourceVideoId).toHtmlEscaped());
    QStringList children;
    for (const JobRecord& child : lineage.remixesOf(job.id))
        children << lineageLink(child);
    m_ui->remixesValueLabel->setText(children.isEmpty() ? dash() : children.join(u", "_s));
    const QList<JobRecord> versions = lineage.versionsOf(job.groupId);
    m_versionsStrip->setVersions(versions, job.id);
    m_ui->factsFormLayout->setRowVisible(m_versionsStrip, !versions.isEmpty());
    if (m_ui->promptPlainTextEdit->toPlainText() != job.prompt)
        m_ui->promptPlainTextEdit->setPlainText(job.prompt);

    const bool completed = job.state == JobState::Completed;
    const bool downloading = m_library->isDownloading(job.id);
    m_ui->remixResultPushButton->setEnabled(completed);
    m_ui->reconcilePushButton->setVisible(job.state == JobState::OutcomeUnknown);
    m_ui->stopFollowingPushButton->setEnabled(following);
    m_ui->followPushButton->setVisible(job.isFollowable() && !following &&
                                       job.state != JobState::Submitting);
    m_ui->downloadPushButton->setVisible(job.awaitsDownload() && !downloading);
    m_ui->copyCurlPushButton->setEnabled(
        !job.prompt.isEmpty() && (job.kind == JobKind::Create || !job.sourceVideoId.isEmpty()));
    m_ui->showInFolderPushButton->setEnabled(!job.filePath.isEmpty() &&
                                             QFileInfo::exists(job.filePath));
    m_removeWithFilesAction->setEnabled(!job.filePath.isEmpty() || !job.thumbnailPath.isEmpty());
    m_deleteOnServerAction->setEnabled(hasVideo && job.state != JobState::Deleted);

    const bool showPreview = completed || job.downloaded || !job.thumbnailPath.isEmpty();
    m_ui->videoPreview->setVisible(showPreview);
    // The preview takes the spare height once there is one; until then the spacer does.
    m_ui->bottomSpacer->changeSize(0, 0, QSizePolicy::Minimum,
                                   showPreview ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    m_ui->jobLayout->invalidate();
    m_ui->videoPreview->setMedia(job.thumbnailPath, job.downloaded ? job.filePath : QString{},
                                 downloading);

    updateTimes();
    if (job.isFollowable() || job.awaitsDownload())
        m_ticker.start();
    else
        m_ticker.stop();
}

void JobDetailsWidget::updateTimes() {
    if (!m_record)
        return;
    const JobRecord& job = *m_record;
    QDateTime end = QDateTime::currentDateTimeUtc();
    if (job.completedAt.isValid())
        end = job.completedAt;
    else if (!job.isFollowable() && job.updatedAt.isValid())
        end = job.updatedAt;
    m_ui->elapsedValueLabel->setText(
        job.createdAt.isValid() ? formatElapsed(std::max<qint64>(0, job.createdAt.msecsTo(end)))
                                : dash());
    QString result;
    // The file's name; where it is, in the tooltip and behind "Show in Folder".
    m_ui->resultValueLabel->setToolTip(QDir::toNativeSeparators(job.filePath));
    if (job.downloaded && !job.filePath.isEmpty()) {
        result = QFileInfo(job.filePath).fileName();
        // Names carry the prompt and the ID: the middle says the least.
        if (result.size() > 48)
            result = result.left(24) + u'…' + result.right(23);
    } else if (const QString expiry = job.expiryText(); !expiry.isEmpty())
        result = tr("On the gateway, not downloaded yet (%1)").arg(expiry);
    m_ui->resultValueLabel->setText(result.isEmpty() ? dash() : result);
}

void JobDetailsWidget::copyCurl() {
    if (!m_record)
        return;
    if (m_record->kind == JobKind::Create) {
        const CreateRequest request = CreateRequest::make(m_record->prompt, m_record->model,
                                                          m_record->seconds, m_record->size);
        copyText(createCurlCommand(m_record->baseUrl, request, m_record->referenceImage));
        return;
    }
    const RemixRequest request =
        RemixRequest::make(m_record->sourceVideoId, m_record->prompt, m_record->size);
    copyText(remixCurlCommand(m_record->baseUrl, request));
}

void JobDetailsWidget::copyText(const QString& text) {
    // What leaves through the clipboard is redacted like everything else.
    QGuiApplication::clipboard()->setText(LogRedaction::redact(text));
}

void JobDetailsWidget::showInFolder() {
    if (!m_record || m_record->filePath.isEmpty())
        return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_record->filePath).absolutePath()));
}

void JobDetailsWidget::removeLocally(bool deleteFiles) {
    if (!m_record)
        return;
    const QString question =
        deleteFiles ? tr("Remove this job from the library and delete its video, thumbnail "
                         "and notes from the disk?")
                    : tr("Remove this job from the library? Its files stay where they are.");
    if (QMessageBox::question(this, tr("Remove Job"), question) != QMessageBox::Yes)
        return;
    m_library->removeLocally(m_record->id, deleteFiles);
}

void JobDetailsWidget::deleteOnServer() {
    if (!m_record || m_record->videoId.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete on the Gateway"),
                              tr("Delete the video %1 on the gateway? This cannot be undone; "
                                 "downloaded files stay on this computer.")
                                  .arg(m_record->videoId)) != QMessageBox::Yes)
        return;
    setNote(m_record->id, tr("Deleting on the gateway…"));
    m_library->serverDeleter()->deleteOnServer(m_record->id);
}

void JobDetailsWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void JobDetailsWidget::retranslateUi() {
    m_ui->emptyLabel->setText(
        tr("Select a job in the history to see its details here.\n\nVideo IDs come from your "
           "gateway: make a video on the New Video tab, paste an ID (or the gateway's whole "
           "answer) into Video ID on the Remix tab, or bring your videos in with File > Import "
           "from Gateway."));
    m_ui->jobIdLineEdit->setPlaceholderText(tr("No ID yet"));
    m_ui->jobIdLineEdit->setAccessibleName(tr("ID of the new video"));
    m_ui->copyIdToolButton->setText(tr("Copy"));
    m_ui->copyIdToolButton->setToolTip(tr("Copy the ID to the clipboard"));
    m_ui->copyIdToolButton->setAccessibleName(tr("Copy the ID"));
    m_ui->progressBar->setAccessibleName(tr("Progress"));
    m_ui->messageLabel->setAccessibleName(tr("Job message"));
    m_ui->modelLabel->setText(tr("Model:"));
    m_ui->sizeLabel->setText(tr("Size:"));
    m_ui->secondsLabel->setText(tr("Seconds:"));
    m_ui->createdLabel->setText(tr("Created:"));
    m_ui->elapsedLabel->setText(tr("Elapsed:"));
    m_ui->resultLabel->setText(tr("Result:"));
    m_ui->remixedFromLabel->setText(tr("Remixed from:"));
    m_ui->remixesLabel->setText(tr("Remixes:"));
    m_versionsLabel->setText(tr("Versions:"));
    m_versionsStrip->setAccessibleName(tr("The versions of this submit, side by side"));
    m_ui->promptLabel->setText(tr("Prompt:"));
    m_ui->modelValueLabel->setAccessibleName(tr("Model"));
    m_ui->sizeValueLabel->setAccessibleName(tr("Size"));
    m_ui->secondsValueLabel->setAccessibleName(tr("Seconds"));
    m_ui->createdValueLabel->setAccessibleName(tr("Created"));
    m_ui->elapsedValueLabel->setAccessibleName(tr("Elapsed time"));
    m_ui->resultValueLabel->setAccessibleName(tr("Where the result is"));
    m_ui->remixedFromValueLabel->setAccessibleName(tr("Remixed from"));
    m_ui->remixesValueLabel->setAccessibleName(tr("Remixes of this video"));
    m_ui->promptPlainTextEdit->setAccessibleName(tr("Prompt"));
    m_ui->remixResultPushButton->setText(tr("Remix &This"));
    m_ui->remixResultPushButton->setToolTip(
        tr("Put this video's ID into the form to remix it again"));
    m_ui->remixResultPushButton->setAccessibleName(tr("Remix this result"));
    m_ui->reconcilePushButton->setText(tr("Re&concile"));
    m_ui->reconcilePushButton->setToolTip(
        tr("Look for this job among the gateway's recent videos instead of sending it again"));
    m_ui->reconcilePushButton->setAccessibleName(tr("Reconcile with the gateway"));
    m_ui->stopFollowingPushButton->setText(tr("Stop Follo&wing"));
    m_ui->stopFollowingPushButton->setToolTip(
        tr("Stop checking this job's status. The job itself goes on at the gateway."));
    m_ui->stopFollowingPushButton->setAccessibleName(tr("Stop following the job"));
    m_ui->followPushButton->setText(tr("Follo&w Again"));
    m_ui->followPushButton->setToolTip(tr("Check this job's status at the gateway again"));
    m_ui->followPushButton->setAccessibleName(tr("Follow the job again"));
    m_ui->downloadPushButton->setText(tr("&Download"));
    m_ui->downloadPushButton->setToolTip(tr("Download the result now"));
    m_ui->downloadPushButton->setAccessibleName(tr("Download the result"));
    m_ui->copyCurlPushButton->setText(tr("Copy as c&url"));
    m_ui->copyCurlPushButton->setToolTip(
        tr("Copy this request as a curl command; the key stays in $VIDEOREMIX_API_KEY"));
    m_ui->copyCurlPushButton->setAccessibleName(tr("Copy as curl command"));
    m_ui->showInFolderPushButton->setText(tr("Show in Fold&er"));
    m_ui->showInFolderPushButton->setAccessibleName(tr("Show the video in its folder"));
    m_ui->deleteToolButton->setText(tr("De&lete"));
    m_ui->deleteToolButton->setAccessibleName(tr("Delete the job"));
    m_removeAction->setText(tr("Remove from the Library"));
    m_removeWithFilesAction->setText(tr("Remove from the Library and Delete Files"));
    m_deleteOnServerAction->setText(tr("Delete on the Gateway…"));
    m_ui->videoPreview->setAccessibleName(tr("Preview"));
    refresh();
}
