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

std::unique_ptr<VideoPlayer> createPlayer(QWidget* parent, QString* error) {
    QPluginLoader loader(pluginDirectory() + u"/"_s + QStringLiteral(VIDEOREMIX_PLAYBACK_PLUGIN));
    auto* factory = qobject_cast<VideoPlayerFactory*>(loader.instance());
    if (!factory) {
        if (error)
            *error = loader.errorString();
        return nullptr;
    }
    return factory->createPlayer(parent);
}

void preferFfmpegBackend() {
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
}

} // namespace VideoPlayerLoader
