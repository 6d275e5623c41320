#pragma once

#include <QScrollArea>

// A scroll area as tall as its widget wherever the window has the room, that
// scrolls only when the window is made smaller than that. QScrollArea's own
// size hint stops at 24 lines, and a layout that cannot give a form its
// minimum height draws its rows over one another.
class FittingScrollArea final : public QScrollArea {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FittingScrollArea)

public:
    // Lines of text the area keeps on screen however small the window.
    static constexpr int MinimumLines = 6;

    explicit FittingScrollArea(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};
