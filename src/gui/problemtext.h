#pragma once

class QWidget;

// Shows a widget's text as a problem: red that reads on the widget's own
// background, light, dark or high-contrast, derived from its palette rather
// than fixed, and derived again whenever the palette or style changes.
namespace ProblemText {

void style(QWidget* widget);

} // namespace ProblemText
