#pragma once

#include <QStyledItemDelegate>

// One tile of the history's grid, painted like the list's rows (no widget per
// tile): the thumbnail, or a placeholder tinted by the job's state while there
// is none, the state as the details' badge shows it, the prompt on one line and
// the version of its submit. Uniform in size so the view lays out 10,000 jobs
// without asking each one.
class JobGalleryDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobGalleryDelegate)

public:
    static constexpr int ThumbnailWidth = 160;
    static constexpr int ThumbnailHeight = 90;
    // Between tiles, so the selection of one never touches the next.
    static constexpr int Spacing = 6;

    explicit JobGalleryDelegate(QObject* parent = nullptr);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    // The tile's second line: "Version 2/3 · 14:02".
    static QString captionText(const QModelIndex& index);
    // The state on the tile, in the words and colours of the details' badge.
    static QString stateText(const QModelIndex& index);

    // Tiles painted since the view was filled; each asks for one thumbnail. Shows
    // that a long history costs only the tiles on screen.
    int paintedTiles() const { return m_paintedTiles; }
    void resetPaintedTiles() { m_paintedTiles = 0; }

private:
    mutable int m_paintedTiles = 0;
};
