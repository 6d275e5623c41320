#pragma once

#include <QtPlugin>

#include <functional>
#include <memory>

class QImage;
class QObject;
class QString;
class QWidget;

// A video surface with its player, muted and looping: what the preview needs
// of Qt Multimedia. It comes from the playback plugin (src/playback), which
// VideoPlayerLoader loads on the first video shown, so the app starts without
// Qt Multimedia's libraries (docs/performance.md, start-up).
//
// Header-only on purpose: the plugin implements it without linking the gui library.
class VideoPlayer {
public:
    // Ended: at the end of a video that does not loop, its last frame held.
    enum class State { Stopped, Playing, Paused, Failed, Ended };

    VideoPlayer() = default;
    virtual ~VideoPlayer() = default;
    Q_DISABLE_COPY_MOVE(VideoPlayer)

    // The surface the video is drawn on, a child of the parent given to the factory.
    virtual QWidget* widget() = 0;
    // Starts playing a local file from its beginning.
    virtual void play(const QString& localPath) = 0;
    virtual void resume() = 0;
    virtual void pause() = 0;
    virtual void stop() = 0;
    virtual State state() const = 0;
    // Called on the GUI thread whenever state() changes.
    virtual void setStateHandler(std::function<void(State)> handler) = 0;

    // For players kept in step (CompareWindow): a timeline to read and move.
    // Loads a local file and shows its first frame, paused.
    virtual void open(const QString& localPath) = 0;
    // Looping is on by default; off, the player stops at the end in State::Ended.
    virtual void setLooping(bool looping) = 0;
    // Milliseconds; the duration is 0 until the file is loaded.
    virtual qint64 position() const = 0;
    virtual qint64 duration() const = 0;
    // Moves to `ms`, keeping the state (an ended player is paused there).
    virtual void seek(qint64 ms) = 0;
    // Called on the GUI thread while the position or the duration changes.
    virtual void
    setPositionHandler(std::function<void(qint64 position, qint64 duration)> handler) = 0;
};

// The root object of the playback plugin.
class VideoPlayerFactory {
public:
    VideoPlayerFactory() = default;
    virtual ~VideoPlayerFactory() = default;
    Q_DISABLE_COPY_MOVE(VideoPlayerFactory)

    virtual std::unique_ptr<VideoPlayer> createPlayer(QWidget* parent) = 0;
    // Decodes a local video, muted and without a window, and calls `done` once
    // on the GUI thread with its first frame, or with a null image when it has
    // none (unreadable file, no video track). Never called once `context` is
    // gone: the decoding stops with it.
    virtual void grabFrame(const QString& localPath, QObject* context,
                           std::function<void(const QImage&)> done) = 0;
};

#define VideoPlayerFactory_iid "io.github.videoremix.VideoPlayerFactory/1.2"
Q_DECLARE_INTERFACE(VideoPlayerFactory, VideoPlayerFactory_iid)
