#include "fittingscrollarea.h"

#include <QEvent>
#include <QScrollBar>

FittingScrollArea::FittingScrollArea(QWidget* parent)
    : QScrollArea(parent) {
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setFocusPolicy(Qt::NoFocus); // its fields take the focus, and scroll it into view
}

QSize FittingScrollArea::sizeHint() const {
    const int frame = 2 * frameWidth();
    if (!widget())
        return QScrollArea::sizeHint();
    // A form with word-wrapped rows or a page stack can hint less than its own
    // minimum (Qt lays those out by height for width): ask for the larger, and
    // for the height it needs at the width it has beside a scroll bar, the
    // width QScrollArea asks about before it hides the bar.
    QSize hint = widget()->sizeHint().expandedTo(widget()->minimumSizeHint());
    const int besideBar = width() - frame - verticalScrollBar()->sizeHint().width();
    if (widget()->hasHeightForWidth() && besideBar > 0)
        hint.setHeight(std::max(hint.height(), widget()->heightForWidth(besideBar)));
    return hint + QSize(frame, frame);
}

QSize FittingScrollArea::minimumSizeHint() const {
    const int frame = 2 * frameWidth();
    if (!widget())
        return QScrollArea::minimumSizeHint();
    // As wide as the widget needs with the scroll bar beside it: it never scrolls sideways.
    const QSize least = widget()->minimumSizeHint();
    const int width = least.width() + frame + verticalScrollBar()->sizeHint().width();
    const int height = std::min(sizeHint().height(), MinimumLines * fontMetrics().height());
    return {width, height};
}

bool FittingScrollArea::eventFilter(QObject* watched, QEvent* event) {
    // The widget's contents changed their size: so does the room this area asks for.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}
