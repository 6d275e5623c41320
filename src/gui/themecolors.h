#pragma once

#include <QColor>
#include <QString>

class QPalette;
class QWidget;

// The few colours of meaning the window adds to its palette (a problem's red, a
// warning's amber, a job's state), derived from the palette in use so they read
// on a light, a dark or a high-contrast theme alike: never fixed RGB values.
namespace ThemeColors {

enum class Tone { Neutral, Info, Success, Warning, Danger };

struct Colors {
    QColor background;
    QColor text;
    QColor border;
};

// WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
double relativeLuminance(const QColor& color);
double contrastRatio(const QColor& a, const QColor& b);
// What every colour here reaches against its background: WCAG AA for body text
// (4.5:1), with room to spare for rounding.
inline constexpr double TextContrast = 4.8;

// `color`, its lightness moved away from `background` until it reads there.
QColor readableOn(const QColor& color, const QColor& background);

// Text of a tone on the palette's window (the red of a problem).
QColor text(const QPalette& palette, Tone tone);
// A panel tinted by its tone, such as a warning bar: its fill, text and border.
Colors panel(const QPalette& palette, Tone tone);
// A filled label in its tone, such as a job's state.
Colors badge(const QPalette& palette, Tone tone);
// The dark surface a video is shown on, and its text.
Colors screen(const QPalette& palette);

// A style sheet for a panel of `tone` named `selector` ("#errorBanner"), whose labels
// take the panel's text colour.
QString panelStyleSheet(const QPalette& palette, Tone tone, const QString& selector);

// The palette a widget sits in: its parent's, not the one its own style sheet made.
QPalette surroundings(const QWidget* widget);

} // namespace ThemeColors
