#include "mediaplayerplugin.h"

#include "framegrabber.h"
#include "mediaplayerwidget.h"

std::unique_ptr<VideoPlayer> MediaPlayerPlugin::createPlayer(QWidget* parent) {
    return std::make_unique<MediaPlayerWidget>(parent);
}

void MediaPlayerPlugin::grabFrame(const QString& localPath, QObject* context,
                                  std::function<void(const QImage&)> done) {
    // A child of `context`: gone with it, and `done` with it.
    auto* grabber = new FrameGrabber(std::move(done), context);
    grabber->start(localPath);
}
