#include "problemtext.h"

#include "themecolors.h"
#include "themefollower.h"

#include <QPalette>
#include <QWidget>

using namespace Qt::StringLiterals;

void ProblemText::style(QWidget* widget) {
    ThemeFollower::follow(widget, u"problemText"_s, [widget] {
        // Only the text roles are the widget's own; the red is made for the window it sits in.
        QPalette palette = widget->palette();
        const QColor red =
            ThemeColors::text(ThemeColors::surroundings(widget), ThemeColors::Tone::Danger);
        palette.setColor(QPalette::WindowText, red);
        palette.setColor(QPalette::Text, red);
        widget->setPalette(palette);
    });
}
