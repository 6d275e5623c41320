#include "themecolors.h"

#include <QApplication>
#include <QPalette>
#include <QWidget>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Hues of meaning (HSL degrees); saturation and lightness follow the palette.
constexpr int SuccessHue = 140;
constexpr int WarningHue = 38;
constexpr int DangerHue = 355;

double channel(double value) {
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

bool isDark(const QPalette& palette) {
    return ThemeColors::relativeLuminance(palette.color(QPalette::Window)) <
           ThemeColors::relativeLuminance(palette.color(QPalette::WindowText));
}

QColor mix(const QColor& from, const QColor& to, double amount) {
    const auto blend = [amount](double a, double b) {
        return a + (b - a) * amount;
    };
    return QColor::fromRgbF(float(blend(from.redF(), to.redF())),
                            float(blend(from.greenF(), to.greenF())),
                            float(blend(from.blueF(), to.blueF())));
}

// The tone at full strength, at a lightness that stands out from the palette's window.
QColor toneColor(const QPalette& palette, ThemeColors::Tone tone) {
    const bool dark = isDark(palette);
    const float lightness = dark ? 0.70f : 0.36f;
    switch (tone) {
    case ThemeColors::Tone::Neutral:
        return mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.62);
    case ThemeColors::Tone::Info: {
        // The palette's own accent, so that a themed desktop keeps its hue.
        const QColor highlight = palette.color(QPalette::Highlight).toHsl();
        const float hue = highlight.hslHueF() < 0 ? 0.6f : highlight.hslHueF();
        return QColor::fromHslF(hue, std::max(0.55f, highlight.hslSaturationF()), lightness);
    }
    case ThemeColors::Tone::Success:
        return QColor::fromHslF(SuccessHue / 360.0f, 0.62f, lightness);
    case ThemeColors::Tone::Warning:
        return QColor::fromHslF(WarningHue / 360.0f, 0.90f, lightness);
    case ThemeColors::Tone::Danger:
        return QColor::fromHslF(DangerHue / 360.0f, 0.68f, lightness);
    }
    return palette.color(QPalette::WindowText);
}

QColor bestOf(const QColor& background, const QColor& a, const QColor& b) {
    return ThemeColors::contrastRatio(a, background) >= ThemeColors::contrastRatio(b, background)
               ? a
               : b;
}

} // namespace

double ThemeColors::relativeLuminance(const QColor& color) {
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

double ThemeColors::contrastRatio(const QColor& a, const QColor& b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ThemeColors::readableOn(const QColor& color, const QColor& background) {
    if (contrastRatio(color, background) >= TextContrast)
        return color;
    // Away from the background: darker on a light one, lighter on a dark one. The
    // luminance where black and white contrast alike decides which is which.
    const bool darken = relativeLuminance(background) > std::sqrt(1.05 * 0.05) - 0.05;
    const QColor hsl = color.toHsl();
    const float hue = hsl.hslHueF();
    const float saturation = hsl.hslSaturationF();
    for (int step = 1; step <= 100; ++step) {
        const float lightness = darken ? std::max(0.0f, hsl.lightnessF() - step / 100.0f)
                                       : std::min(1.0f, hsl.lightnessF() + step / 100.0f);
        const QColor candidate = QColor::fromHslF(hue, saturation, lightness).toRgb();
        if (contrastRatio(candidate, background) >= TextContrast)
            return candidate;
    }
    return bestOf(background, QColor(Qt::black), QColor(Qt::white));
}

QColor ThemeColors::text(const QPalette& palette, Tone tone) {
    const QColor window = palette.color(QPalette::Window);
    if (tone == Tone::Neutral)
        return readableOn(palette.color(QPalette::WindowText), window);
    return readableOn(toneColor(palette, tone), window);
}

ThemeColors::Colors ThemeColors::panel(const QPalette& palette, Tone tone) {
    const QColor window = palette.color(QPalette::Window);
    const QColor strong = toneColor(palette, tone);
    Colors colors;
    colors.background = mix(window, strong, isDark(palette) ? 0.22 : 0.14);
    colors.text = readableOn(palette.color(QPalette::WindowText), colors.background);
    colors.border = mix(window, strong, 0.55);
    return colors;
}

ThemeColors::Colors ThemeColors::badge(const QPalette& palette, Tone tone) {
    Colors colors;
    // The window's colour as text on the tone: white on a dark pill, dark on a light one.
    colors.text = palette.color(QPalette::Window);
    colors.background = readableOn(toneColor(palette, tone), colors.text);
    if (contrastRatio(colors.text, colors.background) < TextContrast) // a mid-grey window
        colors.text = bestOf(colors.background, QColor(Qt::black), QColor(Qt::white));
    colors.border = colors.background;
    return colors;
}

ThemeColors::Colors ThemeColors::screen(const QPalette& palette) {
    // Video is watched on a dark surface whatever the theme: the palette's shadow,
    // kept dark, and its lighter end of window and text colours as text.
    const QColor shadow = palette.color(QPalette::Shadow).toHsl();
    Colors colors;
    colors.background = QColor::fromHslF(std::max(0.0f, shadow.hslHueF()), shadow.hslSaturationF(),
                                         std::min(0.13f, shadow.lightnessF()))
                            .toRgb();
    const QColor window = palette.color(QPalette::Window);
    const QColor windowText = palette.color(QPalette::WindowText);
    colors.text =
        readableOn(relativeLuminance(window) > relativeLuminance(windowText) ? window : windowText,
                   colors.background);
    colors.border = colors.background;
    return colors;
}

QString ThemeColors::panelStyleSheet(const QPalette& palette, Tone tone, const QString& selector) {
    const Colors colors = panel(palette, tone);
    return u"%1{background:%2;border:1px solid %3;border-radius:6px;}%1 QLabel{color:%4;}"_s.arg(
        selector, colors.background.name(), colors.border.name(), colors.text.name());
}

QPalette ThemeColors::surroundings(const QWidget* widget) {
    if (const QWidget* parent = widget->parentWidget())
        return parent->palette();
    return QApplication::palette(widget);
}
