#include "framegrabber.h"

#include <QMediaPlayer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

#include <utility>

FrameGrabber::FrameGrabber(std::function<void(const QImage&)> done, QObject* parent)
    : QObject(parent)
    , m_player(new QMediaPlayer(this))
    , m_sink(new QVideoSink(this))
    , m_done(std::move(done)) {
    // No QAudioOutput: the player decodes no sound at all.
    m_player->setVideoSink(m_sink);
    // The backend may deliver frames from its own thread: this receiver queues them.
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &FrameGrabber::onFrame);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this] {
        if (m_player->error() != QMediaPlayer::NoError)
            finish({});
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::EndOfMedia || status == QMediaPlayer::InvalidMedia)
                    finish({});
            });
    m_giveUp.setSingleShot(true);
    m_giveUp.setInterval(GiveUpMs);
    connect(&m_giveUp, &QTimer::timeout, this, [this] { finish({}); });
}

FrameGrabber::~FrameGrabber() {
    m_player->stop();
}

void FrameGrabber::start(const QString& localPath) {
    m_giveUp.start();
    m_player->setSource(QUrl::fromLocalFile(localPath));
    m_player->play();
}

void FrameGrabber::onFrame(const QVideoFrame& frame) {
    if (!frame.isValid())
        return;
    const QImage image = frame.toImage();
    if (!image.isNull())
        finish(image);
}

void FrameGrabber::finish(const QImage& image) {
    if (!m_done)
        return; // already finished; more signals may be queued
    m_giveUp.stop();
    m_player->stop();
    const auto done = std::exchange(m_done, nullptr);
    deleteLater();
    done(image);
}
