#pragma once

#include <QProxyStyle>

// The platform's style, reading no image file before one has to be drawn, so
// that the window's start loads no image-format plugin (QImageReader loads all
// nine of Debian's, with their libraries, to read any PNG):
// - standard icons are read when first drawn (lazyIcon); most, such as the menu
//   bar's overflow button, are never drawn in a session;
// - with Fusion (the default style on Linux) a group box's frame is painted
//   instead of being stretched from Fusion's PNG, in the same shape and colours.
class LazyImageStyle final : public QProxyStyle {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LazyImageStyle)

public:
    // `baseStyleKey`: the style to wrap, as QStyleFactory names it (the
    // application's current one, which honours -style and QT_STYLE_OVERRIDE).
    explicit LazyImageStyle(const QString& baseStyleKey);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};
