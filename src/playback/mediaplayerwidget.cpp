#include "mediaplayerwidget.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QUrl>

MediaPlayerWidget::MediaPlayerWidget(QWidget* parent)
    : QVideoWidget(parent)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this)) {
    m_audio->setMuted(true);
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(this);
    m_player->setLoops(QMediaPlayer::Infinite);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this] {
        if (m_player->error() == QMediaPlayer::NoError)
            return; // about a source given up since
        m_failed = true;
        notify();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &MediaPlayerWidget::notify);
    // Qt 6.4's FFmpeg backend ignores the loop count and stops at the end.
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::EndOfMedia && !m_failed && !m_stopped) {
                    m_player->setPosition(0);
                    m_player->play();
                }
            });
}

MediaPlayerWidget::~MediaPlayerWidget() {
    m_stateHandler = nullptr; // the preview that set it may be half destroyed already
    m_player->stop();
}

void MediaPlayerWidget::play(const QString& localPath) {
    m_failed = false;
    m_stopped = false;
    m_player->setSource(QUrl::fromLocalFile(localPath));
    m_player->play();
}

void MediaPlayerWidget::resume() {
    m_stopped = false;
    if (!m_failed)
        m_player->play();
}

void MediaPlayerWidget::pause() {
    m_stopped = true;
    m_player->pause();
}

void MediaPlayerWidget::stop() {
    m_stopped = true;
    m_failed = false; // a stopped player has nothing playing that could have failed
    m_player->stop();
}

VideoPlayer::State MediaPlayerWidget::state() const {
    if (m_failed)
        return State::Failed;
    switch (m_player->playbackState()) {
    case QMediaPlayer::PlayingState:
        return State::Playing;
    case QMediaPlayer::PausedState:
        return State::Paused;
    case QMediaPlayer::StoppedState:
        break;
    }
    return State::Stopped;
}

void MediaPlayerWidget::setStateHandler(std::function<void(State)> handler) {
    m_stateHandler = std::move(handler);
}

void MediaPlayerWidget::notify() {
    if (m_stateHandler)
        m_stateHandler(state());
}
