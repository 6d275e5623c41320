#pragma once

#include "videoplayer.h"

#include <QVideoWidget>

class QAudioOutput;
class QMediaPlayer;

// VideoPlayer on Qt Multimedia: a QVideoWidget with its own muted, looping QMediaPlayer.
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

private:
    void notify();

    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_audio = nullptr;
    std::function<void(State)> m_stateHandler;
    bool m_failed = false;
    bool m_stopped = false; // by the user or the preview, not by the end of the video
};
