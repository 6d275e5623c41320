#include "jobhistorydelegate.h"

#include "jobs/jobhistorymodel.h"

#include <QApplication>
#include <QImageReader>
#include <QPainter>
#include <QPixmapCache>

using namespace Qt::StringLiterals;

namespace {

constexpr int Margin = 6;
constexpr int ProgressWidth = 80;

} // namespace

QString JobHistoryDelegate::timeText(const QDateTime& when, bool dateOnlyWhenOlder) {
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return dateOnlyWhenOlder ? QLocale().toString(local.date(), QLocale::ShortFormat)
                             : QLocale().toString(local, QLocale::ShortFormat);
}

bool JobHistoryDelegate::isRunning(JobState state) {
    return state == JobState::Submitting || state == JobState::Queued ||
           state == JobState::InProgress || state == JobState::Unknown;
}

JobHistoryDelegate::JobHistoryDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

QSize JobHistoryDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    const int line = option.fontMetrics.height();
    return {ThumbnailWidth + ProgressWidth * 3,
            std::max(ThumbnailHeight, line * 2 + Margin) + Margin * 2};
}

QPixmap JobHistoryDelegate::thumbnail(const QString& path, qreal devicePixelRatio, QSize size) {
    if (path.isEmpty())
        return {};
    const QString key =
        u"history-thumb:%1:%2x%3:"_s.arg(devicePixelRatio).arg(size.width()).arg(size.height()) +
        path;
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    // Decoded at the size shown, in device pixels, only for the rows on screen.
    QImageReader reader(path);
    const QSize full = reader.size();
    if (full.isValid())
        reader.setScaledSize(full.scaled(size * devicePixelRatio, Qt::KeepAspectRatio));
    pixmap = QPixmap::fromImage(reader.read());
    pixmap.setDevicePixelRatio(devicePixelRatio);
    QPixmapCache::insert(key, pixmap); // a null pixmap too: an unreadable file is not retried
    return pixmap;
}

QString JobHistoryDelegate::summaryText(const QModelIndex& index) {
    QStringList parts;
    if (JobKind(index.data(JobHistoryModel::KindRole).toInt()) == JobKind::Create)
        parts << tr("New video");
    if (const QString version = index.data(JobHistoryModel::VersionTextRole).toString();
        !version.isEmpty())
        parts << version;
    parts << index.data(JobHistoryModel::StateTextRole).toString();
    if (const QString when = timeText(index.data(JobHistoryModel::CreatedAtRole).toDateTime());
        !when.isEmpty())
        parts << when;
    if (const QString expiry = index.data(JobHistoryModel::ExpiryTextRole).toString();
        !expiry.isEmpty())
        parts << expiry;
    if (const QString cost = index.data(JobHistoryModel::CostTextRole).toString(); !cost.isEmpty())
        parts << cost;
    return parts.join(u" · "_s);
}

void JobHistoryDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect area = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const int line = option.fontMetrics.height();

    painter->save();
    const QRect thumbRect(area.left(), area.top() + (area.height() - ThumbnailHeight) / 2,
                          ThumbnailWidth, ThumbnailHeight);
    const QPixmap pixmap = thumbnail(index.data(JobHistoryModel::ThumbnailPathRole).toString(),
                                     painter->device()->devicePixelRatioF());
    if (pixmap.isNull()) {
        painter->fillRect(thumbRect, option.palette.color(QPalette::Mid));
    } else {
        QRect target(QPoint(), pixmap.deviceIndependentSize().toSize());
        target.moveCenter(thumbRect.center());
        painter->drawPixmap(target, pixmap);
    }

    const int textLeft = thumbRect.right() + Margin * 2;
    const int textWidth = area.right() - textLeft;
    const int top = area.top() + (area.height() - line * 2 - Margin / 2) / 2;
    painter->setPen(option.palette.color(textRole));
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    QString title = index.data(Qt::DisplayRole).toString().simplified();
    if (title.isEmpty())
        title = index.data(JobHistoryModel::VideoIdRole).toString();
    const QRect titleRect(textLeft, top, textWidth, line);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, titleRect.width()));

    const auto state = JobState(index.data(JobHistoryModel::StateRole).toInt());
    const bool running = isRunning(state);
    painter->setFont(option.font);
    const QRect summaryRect(textLeft, top + line + Margin / 2,
                            textWidth - (running ? ProgressWidth + Margin : 0), line);
    painter->drawText(
        summaryRect, Qt::AlignLeft | Qt::AlignVCenter,
        option.fontMetrics.elidedText(summaryText(index), Qt::ElideRight, summaryRect.width()));
    painter->restore();

    if (!running || index.data(JobHistoryModel::VideoIdRole).toString().isEmpty())
        return;
    QStyleOptionProgressBar bar;
    bar.rect = QRect(area.right() - ProgressWidth, summaryRect.top(), ProgressWidth, line);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = index.data(JobHistoryModel::ProgressRole).toInt();
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}
