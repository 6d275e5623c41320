#include "mockassets.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace {

QByteArray readResource(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing compiled-in resource %s", qPrintable(path));
    return file.readAll();
}

} // namespace

bool MockAssets::isVariant(const QString& variant) {
    return variant == u"video"_s || variant == u"thumbnail"_s || variant == u"spritesheet"_s;
}

const MockAssets::Asset& MockAssets::forVariant(const QString& variant) {
    static const Asset video{readResource(u":/mock/demo.mp4"_s), "video/mp4", u"mp4"_s};
    static const Asset thumbnail{readResource(u":/mock/thumbnail.webp"_s), "image/webp",
                                 u"thumbnail.webp"_s};
    static const Asset spritesheet{readResource(u":/mock/spritesheet.jpg"_s), "image/jpeg",
                                   u"spritesheet.jpg"_s};
    if (variant == u"thumbnail"_s)
        return thumbnail;
    if (variant == u"spritesheet"_s)
        return spritesheet;
    return video;
}
