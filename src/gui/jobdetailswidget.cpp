#include "jobdetailswidget.h"

#include "remixjob.h"
#include "statusbadge.h"
#include "ui_jobdetailswidget.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

JobDetailsWidget::JobDetailsWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::JobDetailsWidget>()) {
    m_ui->setupUi(this);
    const auto valueLabels = {m_ui->modelValueLabel,   m_ui->sizeValueLabel,
                              m_ui->secondsValueLabel, m_ui->createdValueLabel,
                              m_ui->elapsedValueLabel, m_ui->remixedFromValueLabel};
    for (QLabel* label : valueLabels) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_ui->copyIdToolButton->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &JobDetailsWidget::updateElapsed);

    connect(m_ui->copyIdToolButton, &QToolButton::clicked, this, [this] {
        if (m_job && m_job->hasVideo())
            QGuiApplication::clipboard()->setText(m_job->video().id);
    });
    connect(m_ui->stopFollowingPushButton, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->stopFollowing();
    });
    connect(m_ui->remixResultPushButton, &QPushButton::clicked, this, [this] {
        if (m_job && m_job->hasVideo())
            emit remixRequested(m_job->video().id);
    });
    retranslateUi();
    setJob(nullptr);
}

JobDetailsWidget::~JobDetailsWidget() = default;

void JobDetailsWidget::setJob(RemixJob* job) {
    if (m_job)
        m_job->disconnect(this);
    m_job = job;
    if (m_job)
        connect(m_job, &RemixJob::changed, this, &JobDetailsWidget::refresh);
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

void JobDetailsWidget::refresh() {
    if (!m_job) {
        m_ticker.stop();
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->emptyPage);
        m_ui->videoPreview->setMedia({}, {}, false);
        return;
    }
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->jobPage);
    const RemixJob& job = *m_job;
    const Video& video = job.video();
    const QString dash = u"—"_s;
    const auto orDash = [&dash](const QString& text) {
        return text.isEmpty() ? dash : text;
    };

    if (m_ui->jobIdLineEdit->text() != video.id) {
        m_ui->jobIdLineEdit->setText(video.id);
        m_ui->jobIdLineEdit->setCursorPosition(0);
    }
    m_ui->jobIdLineEdit->setPlaceholderText(tr("No ID yet"));
    m_ui->copyIdToolButton->setEnabled(job.hasVideo());
    m_ui->statusBadge->setState(StatusBadge::stateOf(job));
    m_ui->progressBar->setValue(video.progress);
    m_ui->progressBar->setVisible(job.hasVideo());

    QString message;
    if (video.status == VideoStatus::Failed)
        message = video.failureMessage.isEmpty()
                      ? tr("The gateway reports that the job failed.")
                      : tr("The job failed: %1").arg(video.failureMessage);
    else if (job.phase() == RemixJob::Phase::Following && job.error().isError())
        message = tr("Checking the job failed, trying again: %1").arg(job.error().summary());
    else if (job.error().isError())
        message = job.error().summary();
    else if (job.isDownloading())
        message = tr("Downloading the video…");
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());

    m_ui->modelValueLabel->setText(orDash(video.model));
    m_ui->sizeValueLabel->setText(orDash(video.size.isEmpty() ? job.request().size : video.size));
    m_ui->secondsValueLabel->setText(orDash(video.seconds));
    m_ui->createdValueLabel->setText(
        video.createdAt.isValid()
            ? QLocale().toString(video.createdAt.toLocalTime(), QLocale::ShortFormat)
            : dash);
    m_ui->remixedFromValueLabel->setText(orDash(
        video.remixedFromVideoId.isEmpty() ? job.request().videoId : video.remixedFromVideoId));
    if (m_ui->promptPlainTextEdit->toPlainText() != job.request().prompt)
        m_ui->promptPlainTextEdit->setPlainText(job.request().prompt);

    m_ui->stopFollowingPushButton->setEnabled(job.phase() == RemixJob::Phase::Following);
    m_ui->remixResultPushButton->setEnabled(video.status == VideoStatus::Completed);
    const bool completed = video.status == VideoStatus::Completed;
    m_ui->videoPreview->setVisible(completed);
    // The preview takes the spare height once there is one; until then the spacer does.
    m_ui->bottomSpacer->changeSize(0, 0, QSizePolicy::Minimum,
                                   completed ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    m_ui->jobLayout->invalidate();
    m_ui->videoPreview->setMedia(job.thumbnailPath(), job.videoPath(), job.isDownloading());

    updateElapsed();
    if (job.isActive())
        m_ticker.start();
    else
        m_ticker.stop();
}

void JobDetailsWidget::updateElapsed() {
    m_ui->elapsedValueLabel->setText(m_job ? formatElapsed(m_job->elapsedMs()) : QString{});
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
        tr("Submit a remix, or select a job in the list, to see its details here."));
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
    m_ui->remixedFromLabel->setText(tr("Remixed from:"));
    m_ui->promptLabel->setText(tr("Prompt:"));
    m_ui->modelValueLabel->setAccessibleName(tr("Model"));
    m_ui->sizeValueLabel->setAccessibleName(tr("Size"));
    m_ui->secondsValueLabel->setAccessibleName(tr("Seconds"));
    m_ui->createdValueLabel->setAccessibleName(tr("Created"));
    m_ui->elapsedValueLabel->setAccessibleName(tr("Elapsed time"));
    m_ui->remixedFromValueLabel->setAccessibleName(tr("Remixed from"));
    m_ui->promptPlainTextEdit->setAccessibleName(tr("Prompt"));
    m_ui->stopFollowingPushButton->setText(tr("S&top Following"));
    m_ui->stopFollowingPushButton->setToolTip(
        tr("Stop checking this job's status. The job itself goes on at the gateway."));
    m_ui->stopFollowingPushButton->setAccessibleName(tr("Stop following the job"));
    m_ui->remixResultPushButton->setText(tr("Remix &This Result"));
    m_ui->remixResultPushButton->setToolTip(
        tr("Put this video's ID into the form to remix it again"));
    m_ui->remixResultPushButton->setAccessibleName(tr("Remix this result"));
    m_ui->videoPreview->setAccessibleName(tr("Preview"));
    refresh();
}
