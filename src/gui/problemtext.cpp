#include "problemtext.h"

#include <QPalette>
#include <QWidget>

void ProblemText::style(QWidget* widget) {
    QPalette palette = widget->palette();
    const bool darkBackground = palette.color(QPalette::Window).lightness() < 128;
    // Hue 355 is the red of a warning; the lightness keeps it 4.5:1 against the window.
    const QColor red = QColor::fromHsl(355, 170, darkBackground ? 185 : 85);
    palette.setColor(QPalette::WindowText, red);
    palette.setColor(QPalette::Text, red);
    widget->setPalette(palette);
}
