#include "appicon.h"

#include "videoremix_version.h"

using namespace Qt::StringLiterals;

QIcon applicationIcon() {
    static const int sizes[] = {16, 24, 32, 48, 64, 128, 256};
    QIcon fallback;
    for (const int size : sizes)
        fallback.addFile(u":/icons/%1/"_s.arg(size) + QLatin1StringView(VIDEOREMIX_APP_ID) +
                             u".png"_s,
                         QSize(size, size));
    return QIcon::fromTheme(QLatin1StringView(VIDEOREMIX_APP_ID), fallback);
}
