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
                if (status != QMediaPlayer::EndOfMedia || m_failed || m_stopped)
                    return;
                if (!m_looping) {
                    reachedEnd();
                    return;
                }
                m_player->setPosition(0);
                m_player->play();
            });
    connect(m_player, &QMediaPlayer::positionChanged, this, &MediaPlayerWidget::notifyPosition);
    connect(m_player, &QMediaPlayer::durationChanged, this, &MediaPlayerWidget::notifyPosition);
}

MediaPlayerWidget::~MediaPlayerWidget() {
    m_stateHandler = nullptr; // the preview that set it may be half destroyed already
    m_positionHandler = nullptr;
    m_player->stop();
}

void MediaPlayerWidget::play(const QString& localPath) {
    m_failed = false;
    m_stopped = false;
    m_ended = false;
    m_player->setSource(QUrl::fromLocalFile(localPath));
    m_player->play();
}

void MediaPlayerWidget::resume() {
    m_stopped = false;
    if (m_failed)
        return;
    if (m_ended) { // from the beginning, as a looping player would have
        m_ended = false;
        m_player->setPosition(0);
    }
    m_player->play();
}

void MediaPlayerWidget::pause() {
    m_stopped = true;
    if (!m_ended) // an ended player keeps its last frame: it is not started again to pause
        m_player->pause();
}

void MediaPlayerWidget::stop() {
    m_stopped = true;
    m_ended = false;
    m_failed = false; // a stopped player has nothing playing that could have failed
    m_player->stop();
}

VideoPlayer::State MediaPlayerWidget::state() const {
    if (m_failed)
        return State::Failed;
    if (m_ended)
        return State::Ended;
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

void MediaPlayerWidget::open(const QString& localPath) {
    m_failed = false;
    m_stopped = true; // paused on purpose: not something the end of the video did
    m_ended = false;
    m_player->setSource(QUrl::fromLocalFile(localPath));
    m_player->pause(); // loads it and shows the first frame
}

void MediaPlayerWidget::setLooping(bool looping) {
    m_looping = looping;
}

qint64 MediaPlayerWidget::position() const {
    // The backend may rewind a player that stopped at the end; it shows the last frame.
    return m_ended ? duration() : m_player->position();
}

qint64 MediaPlayerWidget::duration() const {
    return m_player->duration();
}

void MediaPlayerWidget::seek(qint64 ms) {
    if (m_failed)
        return;
    if (m_ended) { // back into the video, paused there
        m_ended = false;
        m_stopped = true;
        m_player->pause();
    }
    m_player->setPosition(ms);
    notify();
    notifyPosition();
}

void MediaPlayerWidget::setPositionHandler(std::function<void(qint64, qint64)> handler) {
    m_positionHandler = std::move(handler);
}

void MediaPlayerWidget::notifyPosition() {
    if (m_positionHandler)
        m_positionHandler(position(), duration());
}

void MediaPlayerWidget::reachedEnd() {
    m_ended = true;
    notify();
    notifyPosition();
}
