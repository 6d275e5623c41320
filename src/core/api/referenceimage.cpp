#include "referenceimage.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QRegularExpression>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

QByteArray contentTypeOf(const QByteArray& format) {
    if (format == "jpeg" || format == "jpg")
        return "image/jpeg";
    if (format == "png")
        return "image/png";
    if (format == "webp")
        return "image/webp";
    return {};
}

QString withExtension(const QString& fileName, const QByteArray& format) {
    const QString base = QFileInfo(fileName).completeBaseName();
    return (base.isEmpty() ? u"reference"_s : base) + u'.' +
           QString::fromLatin1(format == "jpeg" ? "jpg" : format);
}

ReferenceImage::Result failure(ReferenceImage::Problem problem, const QString& detail = {}) {
    ReferenceImage::Result result;
    result.problem = problem;
    result.detail = detail;
    return result;
}

// Decodes only what the crop needs where the format allows it (JPEG scales
// while decoding), so a 20 MB photo never exists as a full-size bitmap.
QImage readFitted(QImageReader& reader, const QSize& target) {
    const QSize source = reader.size();
    const bool rotated = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    if (source.isValid() && !rotated) {
        reader.setScaledSize(ReferenceImage::coverScale(source, target));
        reader.setScaledClipRect(ReferenceImage::coverCrop(source, target));
        QImage image = reader.read();
        if (image.isNull() || image.size() == target)
            return image;
        // A reader that ignored the clip: finish the job here.
        return image
            .scaled(ReferenceImage::coverScale(image.size(), target), Qt::IgnoreAspectRatio,
                    Qt::SmoothTransformation)
            .copy(ReferenceImage::coverCrop(image.size(), target));
    }
    const QImage image = reader.read();
    if (image.isNull())
        return image;
    return image
        .scaled(ReferenceImage::coverScale(image.size(), target), Qt::IgnoreAspectRatio,
                Qt::SmoothTransformation)
        .copy(ReferenceImage::coverCrop(image.size(), target));
}

// `original` gives the bytes as they are, read only when they are sent as they are.
ReferenceImage::Result prepare(QIODevice* device, const std::function<QByteArray()>& original,
                               const QString& fileName, const QSize& target) {
    using Problem = ReferenceImage::Problem;
    QImageReader reader(device);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format().toLower();
    const QByteArray contentType = contentTypeOf(format);
    if (format.isEmpty())
        return failure(Problem::NotAnImage, reader.errorString());
    if (contentType.isEmpty())
        return failure(Problem::Format, QString::fromLatin1(format));
    const QSize source = reader.size();
    if (source.isValid() && qint64(source.width()) * source.height() > ReferenceImage::MaxPixels)
        return failure(Problem::TooManyPixels);

    ReferenceImage::Result result;
    PreparedImage& image = result.image;
    image.originalSize = source;
    image.size = target;
    const bool rotated = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    if (source == target && !rotated) {
        // Already right: the user's own bytes go out untouched. Decoded at preview
        // size only to be sure it is an image (JPEG decodes small at once).
        reader.setScaledSize(source.scaled(ReferenceImage::PreviewEdge, ReferenceImage::PreviewEdge,
                                           Qt::KeepAspectRatio));
        const QImage decoded = reader.read();
        if (decoded.isNull())
            return failure(Problem::NotAnImage, reader.errorString());
        image.bytes = original();
        if (image.bytes.isEmpty())
            return failure(Problem::Unreadable);
        image.contentType = contentType;
        image.fileName = withExtension(fileName, format);
        image.preview = decoded.scaled(ReferenceImage::PreviewEdge, ReferenceImage::PreviewEdge,
                                       Qt::KeepAspectRatio, Qt::SmoothTransformation);
        return result;
    }
    const QImage fitted = readFitted(reader, target);
    if (fitted.isNull())
        return failure(Problem::NotAnImage, reader.errorString());
    image.originalSize = source.isValid() ? source : fitted.size();
    image.fitted = true;
    // A photo stays a JPEG; anything else becomes a lossless PNG (Qt has no WebP writer
    // everywhere).
    const QByteArray outFormat = format == "jpeg" || format == "jpg" ? "jpeg"_ba : "png"_ba;
    QBuffer buffer(&image.bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, outFormat);
    if (outFormat == "jpeg")
        writer.setQuality(92);
    if (!writer.write(fitted))
        return failure(Problem::NotAnImage, writer.errorString());
    image.contentType = contentTypeOf(outFormat);
    image.fileName = withExtension(fileName, outFormat);
    image.preview = fitted.scaled(ReferenceImage::PreviewEdge, ReferenceImage::PreviewEdge,
                                  Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return result;
}

} // namespace

QSize ReferenceImage::coverScale(const QSize& source, const QSize& target) {
    if (source.isEmpty() || target.isEmpty())
        return target;
    const double scale = std::max(double(target.width()) / source.width(),
                                  double(target.height()) / source.height());
    // Rounded up so that neither side falls a pixel short of the target.
    return {std::max(target.width(), int(std::ceil(source.width() * scale - 1e-9))),
            std::max(target.height(), int(std::ceil(source.height() * scale - 1e-9)))};
}

QRect ReferenceImage::coverCrop(const QSize& source, const QSize& target) {
    const QSize scaled = coverScale(source, target);
    return {(scaled.width() - target.width()) / 2, (scaled.height() - target.height()) / 2,
            target.width(), target.height()};
}

QSize ReferenceImage::parseSize(const QString& text) {
    static const QRegularExpression pattern(u"^([0-9]{1,5})[xX]([0-9]{1,5})$"_s);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toInt(), match.captured(2).toInt()};
}

ReferenceImage::Result ReferenceImage::prepareFile(const QString& path, const QSize& videoSize) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Problem::Unreadable, file.errorString());
    if (file.size() == 0)
        return failure(Problem::Empty);
    if (file.size() > MaxFileBytes)
        return failure(Problem::TooLarge);
    // Decoded straight from the file: the whole file is read into memory only
    // when it is sent as it is (docs/performance.md, reference image).
    const auto wholeFile = [&file] {
        if (!file.seek(0))
            return QByteArray();
        const QByteArray bytes = file.readAll();
        return bytes.size() == file.size() ? bytes : QByteArray();
    };
    return prepare(&file, wholeFile, QFileInfo(path).fileName(), videoSize);
}

ReferenceImage::Result ReferenceImage::prepareData(const QByteArray& data, const QString& fileName,
                                                   const QSize& videoSize) {
    if (data.isEmpty())
        return failure(Problem::Empty);
    if (data.size() > MaxFileBytes)
        return failure(Problem::TooLarge);
    QByteArray bytes = data; // shared, not copied: the buffer only reads
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return prepare(
        &buffer, [&data] { return data; }, fileName, videoSize);
}

QString ReferenceImage::describe(Problem problem) {
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Unreadable:
        return tr("The image file cannot be read.");
    case Problem::Empty:
        return tr("The image file is empty.");
    case Problem::TooLarge:
        return tr("The image file is larger than %n MB.", nullptr, int(MaxFileBytes >> 20));
    case Problem::TooManyPixels:
        return tr("The image has more than %n million pixels.", nullptr,
                  int(MaxPixels / 1'000'000));
    case Problem::NotAnImage:
        return tr("The file is not an image VideoRemix can read.");
    case Problem::Format:
        return tr("Use a JPEG, PNG or WebP image.");
    }
    return {};
}
