#pragma once

class QStackedWidget;
class QWidget;

// The pages of a QStackedWidget that are built but not yet shown, kept out of
// its layout until they are. QStackedLayout measures every page it holds on
// every layout pass, shown or not, so a window built with its welcome page and
// its work page, or an empty details page and a full one, laid out both before
// its first paint. A page kept out is still a (hidden) child of the stack, so
// its widgets and connections are all there; it joins the stack when first
// shown, and stays.
namespace StackPages {

// Takes every page but `current` out of the stack's layout.
void keepOnly(QStackedWidget* stack, QWidget* current);

// Makes `page` the stack's current one, putting it back first if it was out.
void show(QStackedWidget* stack, QWidget* page);

} // namespace StackPages
