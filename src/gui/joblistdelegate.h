#pragma once

#include <QStyledItemDelegate>

// Draws a job as two lines: its ID, then its status and a progress bar.
class JobListDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobListDelegate)

public:
    explicit JobListDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
