#pragma once

#include "jobs/jobrecord.h"

#include <QStyledItemDelegate>

// One row of the history, painted (never a widget per row, so 10,000 jobs
// scroll as smoothly as ten): thumbnail, prompt, status, time, progress.
class JobHistoryDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobHistoryDelegate)

public:
    static constexpr int ThumbnailWidth = 64;
    static constexpr int ThumbnailHeight = 36;

    explicit JobHistoryDelegate(QObject* parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    // The row's second line: "Completed · 14:02 · expires in 40 min".
    static QString summaryText(const QModelIndex& index);
    // A job's thumbnail fitted into `size` (the row's by default, the gallery's tiles
    // are larger), decoded once per size and screen density (`devicePixelRatio`: 2 at
    // 200%, where a smaller image would be stretched and blurred) and cached; null
    // when there is none.
    // When a job was made: today's by their time, older ones by their date (and
    // time, unless `dateOnlyWhenOlder`), in the UI locale's short form.
    static QString timeText(const QDateTime& when, bool dateOnlyWhenOlder = false);
    // Whether the job is still on its way (a bar shows its progress).
    static bool isRunning(JobState state);
    static QPixmap thumbnail(const QString& path, qreal devicePixelRatio,
                             QSize size = {ThumbnailWidth, ThumbnailHeight});
};
