#include "videopreview.h"
#include "wrappinglabel.h"

#include "themecolors.h"
#include "themefollower.h"
#include "videoplayerloader.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPreview, "videoremix.preview")

VideoPreview::VideoPreview(QWidget* parent)
    : QWidget(parent) {
    m_stack = new QStackedWidget(this);
    m_imageLabel = new WrappingLabel(m_stack);
    m_imageLabel->setObjectName(u"thumbnailLabel"_s);
    m_imageLabel->setAlignment(Qt::AlignCenter);
    m_imageLabel->setTextFormat(Qt::PlainText);
    m_imageLabel->setMinimumSize(160, 90);
    m_imageLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    ThemeFollower::followStyleSheet(m_imageLabel, [](const QPalette& palette) {
        const ThemeColors::Colors colors = ThemeColors::screen(palette);
        return u"QLabel{background:%1;color:%2;border-radius:4px;}"_s.arg(colors.background.name(),
                                                                          colors.text.name());
    });
    m_stack->addWidget(m_imageLabel);
    m_imageLabel->installEventFilter(this); // its first paint lets the player load
    // Small enough that the details fit the default window in either language
    // (Chinese lines are taller); the preview grows with the window.
    m_stack->setMinimumHeight(MinimumPictureHeight);

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

VideoPreview::~VideoPreview() {
    m_player.reset(); // stops playing before the widgets go
}

bool VideoPreview::showsThumbnail() const {
    return !m_thumbnail.isNull() && m_stack->currentWidget() == m_imageLabel;
}

bool VideoPreview::isPlaying() const {
    return m_player && m_player->state() == VideoPlayer::State::Playing;
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
        m_startPending = false;
        if (m_player)
            m_player->stop();
        // After stop(): what it reported was about the video before, which may have failed.
        m_playerFailed = false;
        if (!m_videoPath.isEmpty())
            startVideoWhenPainted();
    }
    if (m_videoPath.isEmpty() || m_playerFailed || !m_player || m_startPending)
        showThumbnail();
    updateButtons();
}

void VideoPreview::showThumbnail() {
    m_stack->setCurrentWidget(m_imageLabel);
    if (!m_thumbnail.isNull()) {
        // Scaled in device pixels: sharp at 200% too, not a 1x image stretched.
        const qreal ratio = m_imageLabel->devicePixelRatioF();
        QPixmap shown = m_thumbnail.scaled(m_imageLabel->size() * ratio, Qt::KeepAspectRatio,
                                           Qt::SmoothTransformation);
        shown.setDevicePixelRatio(ratio);
        m_imageLabel->setPixmap(shown);
        return;
    }
    m_imageLabel->setPixmap({});
    if (m_busy)
        m_imageLabel->setText(tr("Downloading the video…"));
    else if (m_playerFailed)
        m_imageLabel->setText(tr("The video cannot be previewed here. Use Open to play it."));
    else if (!m_videoPath.isEmpty())
        m_imageLabel->setText(tr("Loading the preview…"));
    else
        m_imageLabel->setText(tr("The preview appears here when the video is completed."));
}

void VideoPreview::startVideoWhenPainted() {
    m_startPending = true;
    if (m_painted)
        QMetaObject::invokeMethod(this, &VideoPreview::startVideo, Qt::QueuedConnection);
}

void VideoPreview::startVideo() {
    if (!m_startPending || m_videoPath.isEmpty())
        return;
    m_startPending = false;
    if (!m_player) {
        QString error;
        m_player = VideoPlayerLoader::createPlayer(m_stack, &error);
        if (!m_player) {
            qCWarning(lcPreview, "No video preview: %s", qUtf8Printable(error));
            m_playerFailed = true;
            showThumbnail();
            updateButtons();
            return;
        }
        m_player->widget()->setObjectName(u"previewVideoWidget"_s);
        m_player->widget()->setAccessibleName(tr("Video preview"));
        m_stack->addWidget(m_player->widget());
        // A failure counts for the video being played; a new start clears it (startVideo).
        m_player->setStateHandler([this](VideoPlayer::State state) {
            if (m_startPending) {
                updateButtons(); // about the video before the one on its way
                return;
            }
            if (state == VideoPlayer::State::Failed && !m_playerFailed) {
                m_playerFailed = true;
                showThumbnail();
            }
            updateButtons();
        });
    }
    m_playerFailed = false; // a new start: whatever failed before was another video
    m_stack->setCurrentWidget(m_player->widget());
    m_player->play(m_videoPath);
}

void VideoPreview::togglePlayback() {
    if (!m_player || m_playerFailed)
        return;
    if (m_player->state() == VideoPlayer::State::Playing) {
        m_player->pause();
    } else {
        m_stack->setCurrentWidget(m_player->widget());
        m_player->resume();
    }
}

void VideoPreview::updateButtons() {
    const bool playable = !m_videoPath.isEmpty() && m_player && !m_playerFailed;
    m_playButton->setEnabled(playable);
    const bool playing = playable && isPlaying();
    m_playButton->setText(playing ? tr("P&ause") : tr("Pl&ay"));
    m_openButton->setEnabled(!m_videoPath.isEmpty());
}

void VideoPreview::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool VideoPreview::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_imageLabel && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        if (m_startPending) // after this paint has reached the screen
            QMetaObject::invokeMethod(this, &VideoPreview::startVideo, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
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
    if (m_player)
        m_player->widget()->setAccessibleName(tr("Video preview"));
    updateButtons();
    if (m_stack->currentWidget() == m_imageLabel)
        showThumbnail();
}
