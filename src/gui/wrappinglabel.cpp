#include "wrappinglabel.h"

#include <QEvent>
#include <QPixmap>

#include <algorithm>

WrappingLabel::WrappingLabel(QWidget* parent)
    : QLabel(parent) {
    setWordWrap(true);
}

void WrappingLabel::forget() const {
    m_hints.reset();
    m_heights.fill(HeightAtWidth{});
}

void WrappingLabel::forgetIfReshaped() const {
    Shape shape{text(),   pixmap().cacheKey(), font(),       contentsMargins(), margin(),
                indent(), alignment(),         textFormat(), wordWrap()};
    if (shape == m_shape)
        return;
    m_shape = std::move(shape);
    forget();
}

const WrappingLabel::Hints& WrappingLabel::hints() const {
    ensurePolished(); // the style may set the font; QLabel polishes here too
    forgetIfReshaped();
    if (!m_hints || m_hints->policy != sizePolicy())
        m_hints = Hints{sizePolicy(), QLabel::sizeHint(), QLabel::minimumSizeHint()};
    return *m_hints;
}

QSize WrappingLabel::sizeHint() const {
    return hints().size;
}

QSize WrappingLabel::minimumSizeHint() const {
    return hints().minimum;
}

int WrappingLabel::heightForWidth(int width) const {
    forgetIfReshaped();
    const auto found =
        std::find_if(m_heights.begin(), m_heights.end(),
                     [width](const HeightAtWidth& known) { return known.width == width; });
    if (found != m_heights.end())
        return found->height;
    const int height = QLabel::heightForWidth(width);
    m_heights[m_nextHeight] = {width, height};
    m_nextHeight = (m_nextHeight + 1) % RememberedWidths;
    return height;
}

void WrappingLabel::changeEvent(QEvent* event) {
    // A style can change the metrics the text is laid out with without
    // changing anything the shape compares; start over on it.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::LayoutDirectionChange)
        forget();
    QLabel::changeEvent(event);
}
