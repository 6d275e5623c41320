#include "referenceimagefield.h"
#include "wrappinglabel.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QThreadPool>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int PreviewWidth = 128;
constexpr int PreviewHeight = 72;

QString localImageFile(const QMimeData* mime) {
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

// A bitmap from the clipboard or a drag has no file: it goes out as a lossless PNG.
QByteArray pngBytes(const QImage& image) {
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "png").write(image);
    return png;
}

QString sizeText(const QSize& size) {
    return u"%1×%2"_s.arg(size.width()).arg(size.height());
}

} // namespace

ReferenceImageField::ReferenceImageField(QWidget* parent)
    : QFrame(parent) {
    setObjectName(u"referenceImageField"_s);
    setFrameShape(QFrame::StyledPanel);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(u"referencePreviewLabel"_s);
    m_previewLabel->setFixedSize(PreviewWidth, PreviewHeight);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::Box);
    m_previewLabel->setForegroundRole(QPalette::PlaceholderText);
    m_infoLabel = new WrappingLabel(this);
    m_infoLabel->setObjectName(u"referenceInfoLabel"_s);
    m_infoLabel->setTextFormat(Qt::PlainText);
    m_chooseButton = new QPushButton(this);
    m_chooseButton->setObjectName(u"chooseImagePushButton"_s);
    m_clearButton = new QPushButton(this);
    m_clearButton->setObjectName(u"clearImagePushButton"_s);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_chooseButton);
    buttons->addWidget(m_clearButton);
    buttons->addStretch();
    auto* text = new QVBoxLayout;
    text->addWidget(m_infoLabel, 1);
    text->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_previewLabel);
    layout->addLayout(text, 1);

    connect(m_chooseButton, &QPushButton::clicked, this, &ReferenceImageField::chooseFile);
    connect(m_clearButton, &QPushButton::clicked, this, &ReferenceImageField::clear);
    retranslateUi();
}

ReferenceImageField::~ReferenceImageField() = default;

QString ReferenceImageField::problem() const {
    return ReferenceImage::describe(m_problem);
}

void ReferenceImageField::setTargetSize(const QSize& size) {
    if (size == m_target)
        return;
    m_target = size;
    if (hasImage())
        prepare();
}

void ReferenceImageField::setImageFile(const QString& path) {
    m_path = path;
    m_data.clear();
    m_dataName.clear();
    prepare();
}

void ReferenceImageField::setImageData(const QByteArray& data, const QString& fileName) {
    m_path.clear();
    m_data = data;
    m_dataName = fileName;
    prepare();
}

void ReferenceImageField::clear() {
    ++m_generation;
    m_path.clear();
    m_data.clear();
    m_dataName.clear();
    m_preparing = false;
    m_problem = ReferenceImage::Problem::None;
    m_prepared.reset();
    updateView();
    emit changed();
}

void ReferenceImageField::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Reference Image"),
                                                      QFileInfo(m_path).absolutePath(),
                                                      tr("Images (*.jpg *.jpeg *.png *.webp)"));
    if (!path.isEmpty())
        setImageFile(path);
}

bool ReferenceImageField::pasteFromClipboard() {
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (const QString file = localImageFile(mime); !file.isEmpty()) {
        setImageFile(file);
        return true;
    }
    if (!mime || !mime->hasImage())
        return false;
    setImageData(pngBytes(qvariant_cast<QImage>(mime->imageData())), u"pasted.png"_s);
    return true;
}

void ReferenceImageField::prepare() {
    const quint64 generation = ++m_generation;
    m_prepared.reset();
    m_problem = ReferenceImage::Problem::None;
    m_preparing = m_target.isValid();
    updateView();
    emit changed();
    if (!m_preparing)
        return;
    QPointer<ReferenceImageField> self(this);
    const QString path = m_path;
    const QByteArray data = m_data;
    const QString name = m_dataName;
    const QSize target = m_target;
    QThreadPool::globalInstance()->start([self, generation, path, data, name, target] {
        const ReferenceImage::Result result = path.isEmpty()
                                                  ? ReferenceImage::prepareData(data, name, target)
                                                  : ReferenceImage::prepareFile(path, target);
        // Back to the window's thread; dropped if the field is gone by then.
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, result] {
                if (self)
                    self->onPrepared(generation, result);
            },
            Qt::QueuedConnection);
    });
}

void ReferenceImageField::onPrepared(quint64 generation, const ReferenceImage::Result& result) {
    if (generation != m_generation)
        return; // the image or the size changed meanwhile
    m_preparing = false;
    m_problem = result.problem;
    if (result.problem == ReferenceImage::Problem::None)
        m_prepared = result.image;
    updateView();
    emit changed();
}

void ReferenceImageField::updateView() {
    m_clearButton->setEnabled(hasImage());
    if (m_prepared) {
        const QPixmap pixmap = QPixmap::fromImage(
            m_prepared->preview.scaled(m_previewLabel->size() * devicePixelRatioF(),
                                       Qt::KeepAspectRatio, Qt::SmoothTransformation));
        QPixmap shown = pixmap;
        shown.setDevicePixelRatio(devicePixelRatioF());
        m_previewLabel->setPixmap(shown);
    } else {
        m_previewLabel->setPixmap({});
        m_previewLabel->setText(hasImage() ? QString{} : tr("Drop an image here"));
    }
    const QString name = m_path.isEmpty() ? m_dataName : QFileInfo(m_path).fileName();
    QString info;
    if (!hasImage())
        info = tr("Optional: the first frame of the video. JPEG, PNG or WebP; drop or paste it "
                  "here.");
    else if (m_problem != ReferenceImage::Problem::None)
        info = tr("Cannot use %1: %2").arg(name, problem());
    else if (m_preparing)
        info = tr("%1: fitting to %2…").arg(name, sizeText(m_target));
    else if (!m_target.isValid())
        info = tr("%1: choose a size to fit it to.").arg(name);
    else if (m_prepared && m_prepared->fitted)
        info = tr("%1, %2: scaled and cropped to %3, as shown.")
                   .arg(name, sizeText(m_prepared->originalSize), sizeText(m_prepared->size));
    else if (m_prepared)
        info = tr("%1, %2: sent as it is.").arg(name, sizeText(m_prepared->size));
    m_infoLabel->setText(info);
}

void ReferenceImageField::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Paste) && pasteFromClipboard())
        return;
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && hasImage()) {
        clear();
        return;
    }
    QFrame::keyPressEvent(event);
}

void ReferenceImageField::dragEnterEvent(QDragEnterEvent* event) {
    if (!localImageFile(event->mimeData()).isEmpty() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void ReferenceImageField::dropEvent(QDropEvent* event) {
    if (const QString file = localImageFile(event->mimeData()); !file.isEmpty()) {
        setImageFile(file);
    } else if (event->mimeData()->hasImage()) {
        setImageData(pngBytes(qvariant_cast<QImage>(event->mimeData()->imageData())),
                     u"dropped.png"_s);
    } else {
        return;
    }
    event->acceptProposedAction();
}

void ReferenceImageField::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ReferenceImageField::retranslateUi() {
    m_chooseButton->setText(tr("C&hoose Image…"));
    m_chooseButton->setAccessibleName(tr("Choose a reference image"));
    m_clearButton->setText(tr("Remo&ve"));
    m_clearButton->setAccessibleName(tr("Remove the reference image"));
    setAccessibleName(tr("Reference image"));
    setToolTip(tr("Drop an image here, or paste one with Ctrl+V"));
    updateView();
}
