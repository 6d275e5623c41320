#pragma once

#include <QImage>
#include <QObject>
#include <QTimer>

#include <functional>

class QMediaPlayer;
class QVideoFrame;
class QVideoSink;

// The first frame of a local video as an image: a QMediaPlayer without audio
// output or window, drawing into a QVideoSink, stopped at the first valid
// frame. Deletes itself once `done` has been called.
class FrameGrabber final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameGrabber)

public:
    // How long a video may take to show its first frame before it counts as having none.
    static constexpr int GiveUpMs = 30'000;

    FrameGrabber(std::function<void(const QImage&)> done, QObject* parent);
    ~FrameGrabber() override;

    void start(const QString& localPath);

private:
    void onFrame(const QVideoFrame& frame);
    void finish(const QImage& image);

    QMediaPlayer* m_player = nullptr;
    QVideoSink* m_sink = nullptr;
    QTimer m_giveUp;
    std::function<void(const QImage&)> m_done;
};
