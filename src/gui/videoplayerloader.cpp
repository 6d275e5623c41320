#include "videoplayerloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>

using namespace Qt::StringLiterals;

namespace VideoPlayerLoader {

QString pluginDirectory() {
#ifdef VIDEOREMIX_TEST_BUILD
    // Only a build with tests lets the environment choose: elsewhere it would
    // let anything that sets a variable load its code into the app.
    const QString overridden = qEnvironmentVariable("VIDEOREMIX_PLUGIN_DIR");
    if (!overridden.isEmpty())
        return overridden;
#endif
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u'/' +
                           QStringLiteral(VIDEOREMIX_PLUGIN_DIR_FROM_BINDIR));
}

VideoPlayerFactory* factory(QString* error) {
    // The loader keeps the plugin loaded: its root object lives until the program ends.
    QPluginLoader loader(pluginDirectory() + u"/"_s + QStringLiteral(VIDEOREMIX_PLAYBACK_PLUGIN));
    auto* factory = qobject_cast<VideoPlayerFactory*>(loader.instance());
    if (!factory && error)
        *error = loader.errorString();
    return factory;
}

std::unique_ptr<VideoPlayer> createPlayer(QWidget* parent, QString* error) {
    VideoPlayerFactory* players = factory(error);
    return players ? players->createPlayer(parent) : nullptr;
}

void preferFfmpegBackend() {
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
}

} // namespace VideoPlayerLoader
