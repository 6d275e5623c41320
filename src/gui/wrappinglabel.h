#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>

#include <array>
#include <optional>

// A word-wrapped QLabel that remembers its sizes: its size hints, and its
// height at the last few widths. QLabel lays its whole text out again for
// every heightForWidth() call and after every event that might change its
// metrics, and a window's layouts ask again after every change anywhere in it:
// at start-up the window's few long labels were laid out 245 times, most of
// them at a width already asked for, for a text and font already measured.
// The memo is dropped whenever anything that shapes the text differs from
// when it was taken: the text or picture, the font, the margins, the style.
class WrappingLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappingLabel)

public:
    explicit WrappingLabel(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Shape {
        QString text;
        qint64 pixmapKey = 0;
        QFont font;
        QMargins margins;
        int margin = 0;
        int indent = 0;
        Qt::Alignment alignment;
        Qt::TextFormat format = Qt::AutoText;
        bool wordWrap = true;
        bool operator==(const Shape&) const = default;
    };
    struct Hints {
        QSizePolicy policy;
        QSize size;
        QSize minimum;
    };
    struct HeightAtWidth {
        int width = -1;
        int height = 0;
    };

    // Forgets every memo when the label's shape differs from the memos' one.
    void forgetIfReshaped() const;
    const Hints& hints() const;
    void forget() const;

    static constexpr std::size_t RememberedWidths = 4;
    mutable Shape m_shape;
    mutable std::optional<Hints> m_hints;
    mutable std::array<HeightAtWidth, RememberedWidths> m_heights{};
    mutable std::size_t m_nextHeight = 0;
};
