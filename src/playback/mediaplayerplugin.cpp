#include "mediaplayerplugin.h"

#include "mediaplayerwidget.h"

std::unique_ptr<VideoPlayer> MediaPlayerPlugin::createPlayer(QWidget* parent) {
    return std::make_unique<MediaPlayerWidget>(parent);
}
