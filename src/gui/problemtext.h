#pragma once

class QWidget;

// Shows a widget's text as a problem: red that reads on the widget's own
// background, light or dark, derived from its palette rather than fixed.
namespace ProblemText {

void style(QWidget* widget);

} // namespace ProblemText
