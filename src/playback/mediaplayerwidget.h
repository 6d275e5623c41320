#pragma once

#include "videoplayer.h"

#include <QVideoWidget>

class QAudioOutput;
class QMediaPlayer;

// VideoPlayer on Qt Multimedia: a QVideoWidget with its own muted QMediaPlayer,
// looping unless told otherwise.
class MediaPlayerWidget final : public QVideoWidget, public VideoPlayer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaPlayerWidget)

public:
    explicit MediaPlayerWidget(QWidget* parent = nullptr);
    ~MediaPlayerWidget() override;

    QWidget* widget() override { return this; }
    void play(const QString& localPath) override;
    void resume() override;
    void pause() override;
    void stop() override;
    State state() const override;
    void setStateHandler(std::function<void(State)> handler) override;
    void open(const QString& localPath) override;
    void setLooping(bool looping) override;
    qint64 position() const override;
    qint64 duration() const override;
    void seek(qint64 ms) override;
    void setPositionHandler(std::function<void(qint64, qint64)> handler) override;

private:
    void notify();
    void notifyPosition();
    void reachedEnd();

    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_audio = nullptr;
    std::function<void(State)> m_stateHandler;
    std::function<void(qint64, qint64)> m_positionHandler;
    bool m_failed = false;
    bool m_stopped = false; // by the user or the preview, not by the end of the video
    bool m_looping = true;
    bool m_ended = false; // at the end, not looping
};
