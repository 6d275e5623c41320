#include "videopreview.h"

#include <QAudioOutput>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

using namespace Qt::StringLiterals;

VideoPreview::VideoPreview(QWidget* parent)
    : QWidget(parent) {
    m_stack = new QStackedWidget(this);
    m_imageLabel = new QLabel(m_stack);
    m_imageLabel->setObjectName(u"thumbnailLabel"_s);
    m_imageLabel->setAlignment(Qt::AlignCenter);
    m_imageLabel->setTextFormat(Qt::PlainText);
    m_imageLabel->setWordWrap(true);
    m_imageLabel->setMinimumSize(160, 90);
    m_imageLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_imageLabel->setStyleSheet(u"QLabel{background:#202124;color:#e8eaed;border-radius:4px;}"_s);
    m_stack->addWidget(m_imageLabel);
    m_stack->setMinimumHeight(180);

    m_playButton = new QPushButton(this);
    m_playButton->setObjectName(u"playPushButton"_s);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(u"openPushButton"_s);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_playButton);
    buttons->addWidget(m_openButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);

    connect(m_playButton, &QPushButton::clicked, this, &VideoPreview::togglePlayback);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (!m_videoPath.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_videoPath));
    });
    retranslateUi();
    setMedia({}, {}, false);
}

void VideoPreview::preferFfmpegBackend() {
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
}

VideoPreview::~VideoPreview() {
    if (m_player)
        m_player->stop();
}

bool VideoPreview::showsThumbnail() const {
    return !m_thumbnail.isNull() && m_stack->currentWidget() == m_imageLabel;
}

void VideoPreview::setMedia(const QString& thumbnailPath, const QString& videoPath, bool busy) {
    m_busy = busy;
    if (thumbnailPath != m_thumbnailPath) {
        m_thumbnailPath = thumbnailPath;
        // Without an image plugin for the format the frame of the video stands in.
        QImageReader reader(thumbnailPath);
        m_thumbnail = thumbnailPath.isEmpty() ? QPixmap{} : QPixmap::fromImageReader(&reader);
    }
    if (videoPath != m_videoPath) {
        m_videoPath = videoPath;
        m_playerFailed = false;
        if (m_player)
            m_player->stop();
        if (!m_videoPath.isEmpty())
            startVideo();
    }
    if (m_videoPath.isEmpty() || m_playerFailed)
        showThumbnail();
    updateButtons();
}

void VideoPreview::showThumbnail() {
    m_stack->setCurrentWidget(m_imageLabel);
    if (!m_thumbnail.isNull()) {
        m_imageLabel->setPixmap(m_thumbnail.scaled(m_imageLabel->size(), Qt::KeepAspectRatio,
                                                   Qt::SmoothTransformation));
        return;
    }
    m_imageLabel->setPixmap({});
    if (m_busy)
        m_imageLabel->setText(tr("Downloading the video…"));
    else if (m_playerFailed)
        m_imageLabel->setText(tr("The video cannot be previewed here. Use Open to play it."));
    else
        m_imageLabel->setText(tr("The preview appears here when the video is completed."));
}

void VideoPreview::startVideo() {
    if (!m_player) {
        m_videoWidget = new QVideoWidget(m_stack);
        m_videoWidget->setObjectName(u"previewVideoWidget"_s);
        m_videoWidget->setAccessibleName(tr("Video preview"));
        m_stack->addWidget(m_videoWidget);
        m_player = new QMediaPlayer(this);
        m_audio = new QAudioOutput(this);
        m_audio->setMuted(true);
        m_player->setAudioOutput(m_audio);
        m_player->setVideoOutput(m_videoWidget);
        m_player->setLoops(QMediaPlayer::Infinite);
        connect(m_player, &QMediaPlayer::errorOccurred, this, [this] {
            m_playerFailed = true;
            showThumbnail();
            updateButtons();
        });
        connect(m_player, &QMediaPlayer::playbackStateChanged, this, &VideoPreview::updateButtons);
    }
    m_stack->setCurrentWidget(m_videoWidget);
    m_player->setSource(QUrl::fromLocalFile(m_videoPath));
    m_player->play();
}

void VideoPreview::togglePlayback() {
    if (!m_player || m_playerFailed)
        return;
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause();
    } else {
        m_stack->setCurrentWidget(m_videoWidget);
        m_player->play();
    }
}

void VideoPreview::updateButtons() {
    const bool playable = !m_videoPath.isEmpty() && m_player && !m_playerFailed;
    m_playButton->setEnabled(playable);
    const bool playing = playable && m_player->playbackState() == QMediaPlayer::PlayingState;
    m_playButton->setText(playing ? tr("P&ause") : tr("Pl&ay"));
    m_openButton->setEnabled(!m_videoPath.isEmpty());
}

void VideoPreview::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void VideoPreview::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (m_stack->currentWidget() == m_imageLabel && !m_thumbnail.isNull())
        showThumbnail();
}

void VideoPreview::retranslateUi() {
    m_openButton->setText(tr("&Open"));
    m_openButton->setToolTip(tr("Open the downloaded video in the system's player"));
    m_openButton->setAccessibleName(tr("Open the video"));
    m_playButton->setAccessibleName(tr("Play or pause the preview"));
    m_imageLabel->setAccessibleName(tr("Thumbnail"));
    if (m_videoWidget)
        m_videoWidget->setAccessibleName(tr("Video preview"));
    updateButtons();
    if (m_stack->currentWidget() == m_imageLabel)
        showThumbnail();
}
