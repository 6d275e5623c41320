#pragma once

#include "api/referenceimage.h"

#include <QFrame>
#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;

// Where a create's reference image is chosen: by file picker, drag and drop,
// or paste. Shows the frame that will be sent, already fitted to the video's
// size; the fitting runs on a worker thread, so a 20 MB photo never stalls
// the window. Nothing is read until an image is chosen.
class ReferenceImageField final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceImageField)

public:
    explicit ReferenceImageField(QWidget* parent = nullptr);
    ~ReferenceImageField() override;

    bool hasImage() const { return !m_path.isEmpty() || !m_data.isEmpty(); }
    bool isPreparing() const { return m_preparing; }
    // Why the chosen image cannot be sent; empty when it can (or there is none).
    QString problem() const;
    // The image as it will be sent, once prepared for the current size.
    const std::optional<PreparedImage>& prepared() const { return m_prepared; }

    // The video's size the image is fitted to; an invalid size waits for one.
    void setTargetSize(const QSize& size);
    void setImageFile(const QString& path);
    void setImageData(const QByteArray& data, const QString& fileName);
    void clear();
    void chooseFile();
    // Takes an image or an image file from the clipboard; false when it has neither.
    bool pasteFromClipboard();

signals:
    // The image, its preparation or its problem changed.
    void changed();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void prepare();
    void onPrepared(quint64 generation, const ReferenceImage::Result& result);
    void updateView();
    void retranslateUi();

    QLabel* m_previewLabel = nullptr;
    QLabel* m_infoLabel = nullptr;
    QPushButton* m_chooseButton = nullptr;
    QPushButton* m_clearButton = nullptr;

    QString m_path;    // a file chosen or dropped
    QByteArray m_data; // or an image pasted as data
    QString m_dataName;
    QSize m_target;
    quint64 m_generation = 0; // answers of earlier preparations are dropped
    bool m_preparing = false;
    ReferenceImage::Problem m_problem = ReferenceImage::Problem::None;
    std::optional<PreparedImage> m_prepared;
};
