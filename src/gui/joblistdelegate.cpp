#include "joblistdelegate.h"

#include "joblistmodel.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int Margin = 6;
constexpr int ProgressWidth = 90;
} // namespace

JobListDelegate::JobListDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

QSize JobListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    const int line = option.fontMetrics.height();
    return {ProgressWidth * 3, line * 2 + Margin * 3};
}

void JobListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const {
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const int line = option.fontMetrics.height();

    painter->save();
    painter->setPen(option.palette.color(textRole));
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const QRect titleRect(area.left(), area.top(), area.width(), line);
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideMiddle, titleRect.width()));
    painter->setFont(option.font);
    const QRect statusRect(area.left(), area.top() + line + Margin,
                           area.width() - ProgressWidth - Margin, line);
    painter->drawText(
        statusRect, Qt::AlignLeft | Qt::AlignVCenter,
        option.fontMetrics.elidedText(index.data(JobListModel::StatusTextRole).toString(),
                                      Qt::ElideRight, statusRect.width()));
    painter->restore();

    // No job at the gateway yet (or never): no progress to show.
    if (index.data(JobListModel::VideoIdRole).toString().isEmpty())
        return;
    QStyleOptionProgressBar bar;
    bar.rect = QRect(area.right() - ProgressWidth, statusRect.top(), ProgressWidth, line);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = index.data(JobListModel::ProgressRole).toInt();
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}
