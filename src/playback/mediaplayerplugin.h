#pragma once

#include "videoplayer.h"

#include <QObject>

// The playback plugin's root object: makes the players of the preview.
class MediaPlayerPlugin final : public QObject, public VideoPlayerFactory {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID VideoPlayerFactory_iid)
    Q_INTERFACES(VideoPlayerFactory)
    Q_DISABLE_COPY_MOVE(MediaPlayerPlugin)

public:
    MediaPlayerPlugin() = default;

    std::unique_ptr<VideoPlayer> createPlayer(QWidget* parent) override;
    void grabFrame(const QString& localPath, QObject* context,
                   std::function<void(const QImage&)> done) override;
};
