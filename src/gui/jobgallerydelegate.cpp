#include "jobgallerydelegate.h"

#include "jobhistorydelegate.h"
#include "jobs/jobhistorymodel.h"
#include "statusbadge.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace {

constexpr int Margin = 6;
constexpr int BadgePadding = 6;

StatusBadge::State badgeState(const QModelIndex& index) {
    // The history shows what the job is, not whether this run follows it: that is
    // for the details, which know.
    JobRecord record;
    record.state = JobState(index.data(JobHistoryModel::StateRole).toInt());
    return StatusBadge::stateOf(record, true, false);
}

} // namespace

JobGalleryDelegate::JobGalleryDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

QSize JobGalleryDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    const int line = option.fontMetrics.height();
    return {ThumbnailWidth + Margin * 2, ThumbnailHeight + line * 2 + Margin * 3};
}

QString JobGalleryDelegate::captionText(const QModelIndex& index) {
    QStringList parts;
    const auto* model = qobject_cast<const JobHistoryModel*>(index.model());
    if (model) {
        const JobRecord record = model->record(index.row());
        if (record.groupIndex > 0)
            parts << tr("Version %1/%2").arg(record.groupIndex).arg(record.groupSize);
    }
    if (const QString when = JobHistoryDelegate::timeText(
            index.data(JobHistoryModel::CreatedAtRole).toDateTime(), true);
        !when.isEmpty())
        parts << when;
    return parts.join(u" · "_s);
}

QString JobGalleryDelegate::stateText(const QModelIndex& index) {
    return StatusBadge::textFor(badgeState(index));
}

void JobGalleryDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    ++m_paintedTiles;
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    background.features &= ~QStyleOptionViewItem::HasDecoration;
    // The whole tile shows the selection: with no text or icon of its own to
    // highlight, an icon-mode item would otherwise look unselected, and its
    // caption (in the highlighted-text colour) would vanish.
    background.showDecorationSelected = true;
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QPalette& palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const auto state = JobState(index.data(JobHistoryModel::StateRole).toInt());
    const StatusBadge::State badge = badgeState(index);
    const ThemeColors::Tone tone = StatusBadge::toneFor(badge);
    const int line = option.fontMetrics.height();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect thumbRect(option.rect.left() + (option.rect.width() - ThumbnailWidth) / 2,
                          option.rect.top() + Margin, ThumbnailWidth, ThumbnailHeight);
    const QPixmap pixmap =
        JobHistoryDelegate::thumbnail(index.data(JobHistoryModel::ThumbnailPathRole).toString(),
                                      painter->device()->devicePixelRatioF(), thumbRect.size());
    if (pixmap.isNull()) {
        // No picture yet (or ever): a surface in the state's tint, so a failed
        // or running job reads at a glance without one.
        const ThemeColors::Colors tint = ThemeColors::panel(palette, tone);
        painter->setPen(tint.border);
        painter->setBrush(tint.background);
        painter->drawRoundedRect(QRectF(thumbRect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    } else {
        painter->fillRect(thumbRect, ThemeColors::screen(palette).background);
        QRect target(QPoint(), pixmap.deviceIndependentSize().toSize());
        target.moveCenter(thumbRect.center());
        painter->drawPixmap(target, pixmap);
    }

    // The state as a pill in the thumbnail's corner, in the badge's colours.
    QFont badgeFont = option.font;
    badgeFont.setBold(true);
    const QFontMetrics badgeMetrics(badgeFont);
    const QString badgeText = StatusBadge::textFor(badge);
    const int badgeWidth = std::min(badgeMetrics.horizontalAdvance(badgeText) + BadgePadding * 2,
                                    thumbRect.width() - Margin * 2);
    const QRect badgeRect(thumbRect.left() + Margin / 2 + 1,
                          thumbRect.bottom() - badgeMetrics.height() - Margin / 2, badgeWidth,
                          badgeMetrics.height() + 2);
    const ThemeColors::Colors badgeColors = ThemeColors::badge(palette, tone);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColors.background);
    painter->drawRoundedRect(badgeRect, badgeRect.height() / 2.0, badgeRect.height() / 2.0);
    painter->setPen(badgeColors.text);
    painter->setFont(badgeFont);
    painter->drawText(
        badgeRect, Qt::AlignCenter,
        badgeMetrics.elidedText(badgeText, Qt::ElideRight, badgeRect.width() - BadgePadding * 2));

    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    painter->setPen(palette.color(textRole));
    painter->setFont(option.font);
    const int textLeft = option.rect.left() + Margin;
    const int textWidth = option.rect.width() - Margin * 2;
    QString title = index.data(JobHistoryModel::PromptRole).toString().simplified();
    if (title.isEmpty())
        title = index.data(JobHistoryModel::VideoIdRole).toString();
    const QRect titleRect(textLeft, thumbRect.bottom() + 1 + Margin, textWidth, line);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(title, Qt::ElideRight, textWidth));
    const QRect captionRect(textLeft, titleRect.bottom() + 1, textWidth, line);
    painter->drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(captionText(index), Qt::ElideRight, textWidth));
    painter->restore();

    // A bar once the gateway knows the job; before that the badge says "Sending".
    if (!JobHistoryDelegate::isRunning(state) || !pixmap.isNull() ||
        index.data(JobHistoryModel::VideoIdRole).toString().isEmpty())
        return;
    const int progress = index.data(JobHistoryModel::ProgressRole).toInt();
    QStyleOptionProgressBar bar;
    bar.rect = QRect(thumbRect.left() + Margin * 2, thumbRect.top() + Margin * 2,
                     thumbRect.width() - Margin * 4, line);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = progress;
    bar.text = QLocale().toString(progress) + QLocale().percent();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = palette;
    bar.fontMetrics = option.fontMetrics;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}
