#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QRect>
#include <QSize>
#include <QString>

// A reference image ready to upload: exactly the video's size, encoded, with
// the content type and file name the multipart part carries.
struct PreparedImage final {
    QByteArray bytes;
    QByteArray contentType; // image/jpeg, image/png or image/webp
    QString fileName;
    QSize size;          // what is sent: the video's size
    QSize originalSize;  // what the file had
    bool fitted = false; // scaled and centre-cropped, not sent as it was
    QImage preview;      // the frame that will be sent, for the form
};

// Reads a JPEG, PNG or WebP and fits it to the video's size the way the API
// wants it: scaled to cover, then centre-cropped (OpenAI's sample app does the
// same). Pure and thread-safe: the window runs it off its own thread.
class ReferenceImage final {
    Q_DECLARE_TR_FUNCTIONS(ReferenceImage)

public:
    enum class Problem { None, Unreadable, Empty, TooLarge, TooManyPixels, NotAnImage, Format };

    static constexpr qint64 MaxFileBytes = 50LL * 1024 * 1024;
    static constexpr qint64 MaxPixels = 100LL * 1000 * 1000;
    static constexpr int PreviewEdge = 320;

    struct Result final {
        Problem problem = Problem::None;
        QString detail; // the reader's own words, for a log or the Details
        PreparedImage image;
    };

    static Result prepareFile(const QString& path, const QSize& videoSize);
    // For an image pasted or dropped as data; `fileName` names the part.
    static Result prepareData(const QByteArray& data, const QString& fileName,
                              const QSize& videoSize);
    // Where the centre crop lies in an image of `source` size scaled to cover `target`.
    static QRect coverCrop(const QSize& source, const QSize& target);
    // The size `source` is scaled to so that it covers `target` (each side >= target's).
    static QSize coverScale(const QSize& source, const QSize& target);
    static QSize parseSize(const QString& text);
    static QString describe(Problem problem);
};
