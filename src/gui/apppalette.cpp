#include "apppalette.h"

#include <QStyle>
#include <QStyleFactory>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Scheme {
    QColor window, windowText, base, alternateBase, text, button, highlight, highlightedText, link,
        disabledText, placeholder;
};

QPalette paletteOf(const Scheme& scheme) {
    QPalette palette;
    palette.setColor(QPalette::Window, scheme.window);
    palette.setColor(QPalette::WindowText, scheme.windowText);
    palette.setColor(QPalette::Base, scheme.base);
    palette.setColor(QPalette::AlternateBase, scheme.alternateBase);
    palette.setColor(QPalette::ToolTipBase, scheme.base);
    palette.setColor(QPalette::ToolTipText, scheme.text);
    palette.setColor(QPalette::Text, scheme.text);
    palette.setColor(QPalette::Button, scheme.button);
    palette.setColor(QPalette::ButtonText, scheme.windowText);
    palette.setColor(QPalette::BrightText, scheme.highlightedText);
    palette.setColor(QPalette::Highlight, scheme.highlight);
    palette.setColor(QPalette::HighlightedText, scheme.highlightedText);
    palette.setColor(QPalette::Link, scheme.link);
    palette.setColor(QPalette::LinkVisited, scheme.link);
    palette.setColor(QPalette::PlaceholderText, scheme.placeholder);
    // Fusion draws bevels and frames from these.
    palette.setColor(QPalette::Light, scheme.button.lighter(150));
    palette.setColor(QPalette::Midlight, scheme.button.lighter(125));
    palette.setColor(QPalette::Mid, scheme.button.darker(130));
    palette.setColor(QPalette::Dark, scheme.button.darker(160));
    palette.setColor(QPalette::Shadow, QColor(Qt::black));
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, scheme.disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, scheme.button);
    return palette;
}

} // namespace

QStringList AppPalette::names() {
    return {u"light"_s, u"dark"_s, u"high-contrast"_s};
}

std::optional<QPalette> AppPalette::named(const QString& name) {
    if (name == u"light") {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        return fusion->standardPalette();
    }
    if (name == u"dark")
        return paletteOf({.window = QColor(0x2b, 0x2d, 0x31),
                          .windowText = QColor(0xe6, 0xe7, 0xe9),
                          .base = QColor(0x1f, 0x20, 0x23),
                          .alternateBase = QColor(0x27, 0x29, 0x2c),
                          .text = QColor(0xe6, 0xe7, 0xe9),
                          .button = QColor(0x36, 0x38, 0x3d),
                          .highlight = QColor(0x3d, 0x7e, 0xd8),
                          .highlightedText = QColor(Qt::white),
                          .link = QColor(0x8a, 0xb4, 0xf8),
                          .disabledText = QColor(0x80, 0x83, 0x89),
                          .placeholder = QColor(0xa0, 0xa3, 0xa8)});
    if (name == u"high-contrast")
        return paletteOf(
            {.window = QColor(Qt::black),
             .windowText = QColor(Qt::white),
             .base = QColor(0x1c, 0x1c,
                            0x1c), // Fusion's field frames are black here: a grey fill shows them
             .alternateBase = QColor(0x2a, 0x2a, 0x2a),
             .text = QColor(Qt::white),
             .button = QColor(0x2a, 0x2a, 0x2a),
             .highlight = QColor(0x1a, 0xeb, 0xff),
             .highlightedText = QColor(Qt::black),
             .link = QColor(0xff, 0xff, 0x00),
             .disabledText = QColor(0xa0, 0xa0, 0xa0),
             .placeholder = QColor(0xc0, 0xc0, 0xc0)});
    return std::nullopt;
}
