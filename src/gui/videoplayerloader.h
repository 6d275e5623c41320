#pragma once

#include "videoplayer.h"

#include <QString>

// Finds and loads the playback plugin. Where it looks: the directory the build
// and the package put it in, relative to the program
// (<bindir>/../<libdir>/videoremix); in a build with tests, $VIDEOREMIX_PLUGIN_DIR
// first when it is set.
namespace VideoPlayerLoader {

QString pluginDirectory();

// The plugin's root object, loaded on the first call; null when the plugin is
// missing or cannot load, with `error` saying why.
VideoPlayerFactory* factory(QString* error = nullptr);

// Null when the plugin is missing or cannot load (no Qt Multimedia on this
// system, say); then `error` says why, for the log.
std::unique_ptr<VideoPlayer> createPlayer(QWidget* parent, QString* error = nullptr);

// Qt 6.4's GStreamer backend crashes on systems that lack some GStreamer
// plugins; its FFmpeg backend brings its own codecs. Call before QApplication.
void preferFfmpegBackend();

} // namespace VideoPlayerLoader
