#include "lazyimagestyle.h"

#include "lazyicon.h"

#include <QGroupBox>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>

#include <optional>

using namespace Qt::StringLiterals;

LazyImageStyle::LazyImageStyle(const QString& baseStyleKey)
    : QProxyStyle(baseStyleKey) {}

QIcon LazyImageStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option,
                                   const QWidget* widget) const {
    std::optional<QStyleOption> optionCopy;
    if (option) { // kept as the base class: what styles read of it for icons (direction)
        optionCopy = *option;
        optionCopy->styleObject = nullptr; // it may be gone when the icon is first drawn
    }
    return lazyIcon([style = QPointer<const QStyle>(baseStyle()), standardIcon, optionCopy,
                     widget = QPointer<const QWidget>(widget)] {
        return style
                   ? style->standardIcon(standardIcon, optionCopy ? &*optionCopy : nullptr, widget)
                   : QIcon{};
    });
}

void LazyImageStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                                   QPainter* painter, const QWidget* widget) const {
    if (element != PE_FrameGroupBox || baseStyle()->name() != u"fusion"_s)
        return QProxyStyle::drawPrimitive(element, option, painter, widget);

    // Fusion's own frame, as Qt 6.4 places it: below the title, unless the box has none.
    constexpr int FusionGroupBoxTopMargin = 3;
    int topMargin = FusionGroupBoxTopMargin;
    const auto* groupBox = qobject_cast<const QGroupBox*>(widget);
    if (!groupBox || groupBox->isCheckable() || !groupBox->title().isEmpty())
        topMargin += std::max(pixelMetric(PM_ExclusiveIndicatorHeight, option, widget),
                              option->fontMetrics.height());
    // Fusion's PNG: a grey line at 20% opacity whose corner pixels are nearly
    // clear (a rounded corner), inset by a pixel at the top left; inside it a
    // line of black at 3% and a fill at 1%, left out here (three levels of
    // grey; a translucent fill this large is the costliest part to paint).
    const QRect frame = option->rect.adjusted(1, topMargin + 1, 0, 0);
    if (frame.width() < 4 || frame.height() < 4)
        return;
    const auto edges = [painter](const QRect& r, const QColor& color, int cornerCut) {
        painter->setPen(color);
        painter->drawLine(r.left() + cornerCut, r.top(), r.right() - cornerCut, r.top());
        painter->drawLine(r.left() + cornerCut, r.bottom(), r.right() - cornerCut, r.bottom());
        painter->drawLine(r.left(), r.top() + 1, r.left(), r.bottom() - 1);
        painter->drawLine(r.right(), r.top() + 1, r.right(), r.bottom() - 1);
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    edges(frame, QColor(0x75, 0x75, 0x75, 0x32), 1);
    painter->setPen(QColor(0x27, 0x27, 0x27, 0x0d)); // the corners
    painter->drawPoints(
        QPolygon({frame.topLeft(), frame.topRight(), frame.bottomLeft(), frame.bottomRight()}));
    edges(frame.adjusted(1, 1, -1, -1), QColor(0, 0, 0, 0x07), 0);
    painter->restore();
}
