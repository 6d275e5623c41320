#include "appicon.h"

#include "lazyicon.h"
#include "videoremix_version.h"

#include <QImageReader>
#include <QPixmap>

using namespace Qt::StringLiterals;

QIcon applicationIcon() {
    return lazyIcon([] {
        static const int sizes[] = {16, 24, 32, 48, 64, 128, 256};
        QIcon icon;
        for (const int size : sizes) {
            // PNG without detection: detecting asks every image plugin first.
            QImageReader reader(u":/icons/%1/"_s.arg(size) + QLatin1StringView(VIDEOREMIX_APP_ID) +
                                    u".png"_s,
                                "png");
            reader.setAutoDetectImageFormat(false);
            icon.addPixmap(QPixmap::fromImageReader(&reader));
        }
        return icon;
    });
}
