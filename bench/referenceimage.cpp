// Reference image: what a large photo costs the window and the upload.
//
//   bench-reference-image write --output FILE --size WxH [--format jpeg|png]
//                               [--quality 98] [--noise 15] [--progressive] [--depth 8|16]
//       A photo-like picture (smooth light, edges, sensor noise) of any size;
//       noise is what makes a JPEG large. Prints its size in bytes.
//   bench-reference-image form [--image FILE] [--size 1280x720] [--model sora-2]
//                              [--duration-ms N] [--tick-ms 1] [--lead-ms 200] [--tail-ms 300]
//       The New Video form (SubmitForm, offscreen) with its reference-image
//       field; a 1 ms timer measures how late the form's event loop runs from
//       just before the image is chosen until the fitted crop has been painted,
//       plus a tail. Without --image the same form stays idle for --duration-ms
//       instead (the baseline).
//   bench-reference-image decode --image FILE [--size 1280x720] [--method prepare|stream|full]
//       One fit: ReferenceImage::prepareFile, as the CLI and the field run it;
//       or the same fit decoded scaled straight from the file (stream), or from
//       a full-size decode (full), to see what each costs.
// Each prints `key value` lines.
#include "api/referenceimage.h"
#include "referenceimagefield.h"
#include "stallprobe.h"
#include "submitform.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QLabel>
#include <QPainter>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

double cpuSeconds(const timeval& tv) {
    return double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
}

void printUsage() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("cpu_user_s %.3f\n", cpuSeconds(usage.ru_utime));
    std::printf("cpu_sys_s %.3f\n", cpuSeconds(usage.ru_stime));
    std::printf("max_rss_kb %ld\n", usage.ru_maxrss);
}

// A fixed seed: every run writes the same bytes.
class Noise final {
public:
    quint32 next() {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return quint32(m_state >> 32);
    }
    // Roughly normal, mean 0, standard deviation `sigma` (sum of four uniforms).
    int gaussian(int sigma) {
        const quint32 r = next();
        const int sum = int(r & 0xff) + int((r >> 8) & 0xff) + int((r >> 16) & 0xff) +
                        int(r >> 24) - 510; // -510..510, sd ~148
        return sum * sigma / 148;
    }

private:
    quint64 m_state = 0x9e3779b97f4a7c15ULL;
};

// Light that changes slowly across the frame, a few hard edges, and per-pixel
// noise on each channel: a photo's structure, with the noise of a small
// sensor at high ISO that keeps its JPEG large.
QImage photoLike(const QSize& size, int noise, int depth) {
    QImage image(size, depth == 16 ? QImage::Format_RGBA64 : QImage::Format_RGB888);
    {
        QPainter painter(&image);
        QLinearGradient sky(0, 0, size.width(), size.height());
        sky.setColorAt(0, QColor(70, 120, 190));
        sky.setColorAt(0.55, QColor(230, 200, 150));
        sky.setColorAt(1, QColor(40, 70, 40));
        painter.fillRect(image.rect(), sky);
        painter.setPen(Qt::NoPen);
        QRadialGradient sun(size.width() * 0.7, size.height() * 0.3, size.height() * 0.25);
        sun.setColorAt(0, QColor(255, 250, 220));
        sun.setColorAt(1, QColor(255, 250, 220, 0));
        painter.setBrush(sun);
        painter.drawRect(image.rect());
        painter.setBrush(QColor(30, 40, 35));
        painter.drawRect(QRectF(0, size.height() * 0.72, size.width(), size.height() * 0.28));
        painter.setBrush(QColor(120, 60, 50));
        painter.drawEllipse(QRectF(size.width() * 0.15, size.height() * 0.45, size.width() * 0.2,
                                   size.height() * 0.35));
    }
    Noise random;
    if (depth == 16) {
        // Every bit of every channel is noise: as large as a PNG of this size gets.
        for (int y = 0; y < image.height(); ++y) {
            auto* line = reinterpret_cast<quint64*>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x)
                line[x] = (quint64(random.next()) << 32) | random.next();
        }
        return image;
    }
    for (int y = 0; y < image.height(); ++y) {
        uchar* line = image.scanLine(y);
        for (int i = 0; i < image.width() * 3; ++i)
            line[i] = uchar(std::clamp(int(line[i]) + random.gaussian(noise), 0, 255));
    }
    return image;
}

int write(const QCommandLineParser& parser) {
    const QSize size = ReferenceImage::parseSize(parser.value(u"size"_s));
    const QByteArray format = parser.value(u"format"_s).toLatin1();
    const int depth = parser.value(u"depth"_s).toInt();
    if (size.isEmpty() || parser.value(u"output"_s).isEmpty() ||
        (format != "jpeg" && format != "png") || (depth != 8 && depth != 16) ||
        (depth == 16 && format != "png")) {
        std::fprintf(stderr, "bench-reference-image write: --output FILE --size WxH "
                             "--format jpeg|png [--depth 16 for png]\n");
        return 2;
    }
    const QImage image = photoLike(size, parser.value(u"noise"_s).toInt(), depth);
    QImageWriter writer(parser.value(u"output"_s), format);
    if (format == "jpeg") {
        writer.setQuality(parser.value(u"quality"_s).toInt());
        writer.setProgressiveScanWrite(parser.isSet(u"progressive"_s));
    }
    if (!writer.write(image)) {
        std::fprintf(stderr, "bench-reference-image: %s\n", qPrintable(writer.errorString()));
        return 1;
    }
    std::printf("bytes %lld\n", QFile(parser.value(u"output"_s)).size());
    std::printf("width %d\nheight %d\n", size.width(), size.height());
    return 0;
}

QByteArray jpegBytes(const QImage& image) {
    QByteArray bytes;
    QBuffer out(&bytes);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "jpeg");
    writer.setQuality(92); // as prepareFile encodes a fitted photo
    writer.write(image);
    return bytes;
}

// Two other ways to the same fit, to compare with prepareFile (which reads
// the whole file into memory, then decodes it scaled):
// - "stream": decoded scaled straight from the file, the file never in memory;
// - "full": the file in memory, the whole picture decoded, then scaled and
//   cropped (prepareFile's fallback for readers that cannot scale).
QByteArray fitAnotherWay(const QString& path, const QSize& target, bool stream, QSize* decoded) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray data;
    QBuffer buffer(&data);
    if (!stream) {
        data = file.readAll();
        buffer.open(QIODevice::ReadOnly);
    }
    QImageReader reader(stream ? static_cast<QIODevice*>(&file) : &buffer);
    reader.setAutoTransform(true);
    if (stream) {
        const QSize source = reader.size();
        reader.setScaledSize(ReferenceImage::coverScale(source, target));
        reader.setScaledClipRect(ReferenceImage::coverCrop(source, target));
    }
    const QImage image = reader.read();
    *decoded = image.size();
    if (image.isNull())
        return {};
    if (image.size() == target)
        return jpegBytes(image);
    return jpegBytes(image
                         .scaled(ReferenceImage::coverScale(image.size(), target),
                                 Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                         .copy(ReferenceImage::coverCrop(image.size(), target)));
}

int decode(const QCommandLineParser& parser) {
    const QString path = parser.value(u"image"_s);
    const QSize target = ReferenceImage::parseSize(parser.value(u"size"_s));
    const QString method = parser.value(u"method"_s);
    QElapsedTimer clock;
    clock.start();
    if (method == u"stream" || method == u"full") {
        QSize decoded;
        const QByteArray bytes = fitAnotherWay(path, target, method == u"stream", &decoded);
        if (bytes.isEmpty())
            return 1;
        std::printf("decode_ms %.1f\n", double(clock.nsecsElapsed()) / 1e6);
        std::printf("decoded %dx%d\nsent_bytes %lld\n", decoded.width(), decoded.height(),
                    qint64(bytes.size()));
    } else if (method == u"prepare") {
        const ReferenceImage::Result result = ReferenceImage::prepareFile(path, target);
        if (result.problem != ReferenceImage::Problem::None) {
            std::fprintf(stderr, "bench-reference-image: %s %s\n",
                         qPrintable(ReferenceImage::describe(result.problem)),
                         qPrintable(result.detail));
            return 1;
        }
        std::printf("decode_ms %.1f\n", double(clock.nsecsElapsed()) / 1e6);
        std::printf("sent_bytes %lld\nfitted %d\n", qint64(result.image.bytes.size()),
                    int(result.image.fitted));
    } else {
        std::fprintf(stderr, "bench-reference-image: --method prepare, stream or full\n");
        return 2;
    }
    printUsage();
    return 0;
}

// Calls back once a paint of `widget` has been delivered after arm().
class PaintWatch final : public QObject {
    Q_DISABLE_COPY_MOVE(PaintWatch)

public:
    PaintWatch(QWidget* widget, std::function<void()> painted)
        : m_painted(std::move(painted)) {
        widget->installEventFilter(this);
    }
    void arm() { m_armed = true; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (m_armed && event->type() == QEvent::Paint) {
            m_armed = false;
            m_painted();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_painted;
    bool m_armed = false;
};

int form(const QCommandLineParser& parser) {
    QCoreApplication* app = QCoreApplication::instance();
    const QString path = parser.value(u"image"_s);
    const QString size = parser.value(u"size"_s);
    const int leadMs = parser.value(u"lead-ms"_s).toInt();
    const int tailMs = parser.value(u"tail-ms"_s).toInt();
    const int idleMs = parser.value(u"duration-ms"_s).toInt();

    SubmitForm form;
    form.setMode(SubmitForm::Mode::Create);
    auto* field = form.findChild<ReferenceImageField*>(u"referenceImageField"_s);
    auto* preview = form.findChild<QLabel*>(u"referencePreviewLabel"_s);
    auto* modelBox = form.findChild<QComboBox*>(u"modelComboBox"_s);
    auto* sizeBox = form.findChild<QComboBox*>(u"sizeComboBox"_s);
    if (!field || !preview || !modelBox || !sizeBox) {
        std::fprintf(stderr, "bench-reference-image: the form has no reference image field\n");
        return 1;
    }
    // As a user would: the model, then the size, which the field fits the image to.
    modelBox->setCurrentText(parser.value(u"model"_s));
    if (sizeBox->findText(size) < 0) {
        std::fprintf(stderr, "bench-reference-image: the form offers no size %s\n",
                     qPrintable(size));
        return 1;
    }
    sizeBox->setCurrentText(size);
    form.resize(720, 560);
    form.show();

    StallProbe probe(parser.value(u"tick-ms"_s).toInt());
    QElapsedTimer clock; // from the moment the image is chosen
    qint64 preparedNs = -1;
    qint64 shownNs = -1;
    const auto finish = [&] {
        QTimer::singleShot(tailMs, app, [&] {
            probe.stop();
            QCoreApplication::quit();
        });
    };
    PaintWatch painted(preview, [&] {
        shownNs = clock.nsecsElapsed();
        finish();
    });
    QObject::connect(field, &ReferenceImageField::changed, app, [&] {
        if (preparedNs >= 0 || field->isPreparing() || !field->hasImage())
            return;
        preparedNs = clock.nsecsElapsed();
        if (!field->prepared()) {
            std::fprintf(stderr, "bench-reference-image: %s\n", qPrintable(field->problem()));
            QCoreApplication::exit(1);
            return;
        }
        painted.arm(); // the crop is on screen at the preview's next paint
    });
    QTimer::singleShot(parser.value(u"timeout-s"_s).toInt() * 1000, app, [] {
        std::fprintf(stderr, "bench-reference-image: no crop in time\n");
        QCoreApplication::exit(3);
    });

    // Starts once the form has been painted and has settled: its first layout
    // and paint are start-up's cost, not the image's.
    QTimer::singleShot(500, app, [&] {
        probe.start();
        QTimer::singleShot(leadMs, app, [&] {
            clock.start();
            if (path.isEmpty()) {
                QTimer::singleShot(idleMs, app, finish);
                return;
            }
            field->setImageFile(path);
        });
    });
    const int code = QApplication::exec();
    if (code != 0)
        return code;

    std::printf("image %s\n", path.isEmpty() ? "none" : "file");
    if (!path.isEmpty()) {
        const PreparedImage& image = *field->prepared();
        std::printf("file_bytes %lld\n", QFile(path).size());
        std::printf("original %dx%d\n", image.originalSize.width(), image.originalSize.height());
        std::printf("sent %dx%d\n", image.size.width(), image.size.height());
        std::printf("sent_bytes %lld\n", qint64(image.bytes.size()));
        std::printf("fitted %d\n", int(image.fitted));
        std::printf("prepared_ms %.1f\n", double(preparedNs) / 1e6);
        std::printf("shown_ms %.1f\n", double(shownNs) / 1e6);
    }
    std::printf("measured_ms %.1f\n", double(leadMs) + double(clock.nsecsElapsed()) / 1e6);
    printUsage();
    printStallReport(probe);
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    // The window needs Widgets; writing and decoding run as the CLI does, without a GUI.
    const bool gui = argc > 1 && qstrcmp(argv[1], "form") == 0;
    const std::unique_ptr<QCoreApplication> app(gui ? new QApplication(argc, argv)
                                                    : new QCoreApplication(argc, argv));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"command"_s, u"write, form or decode"_s);
    parser.addOptions({
        {u"output"_s, u"write: the file."_s, u"file"_s},
        {u"format"_s, u"write: jpeg or png."_s, u"format"_s, u"jpeg"_s},
        {u"quality"_s, u"write: JPEG quality."_s, u"n"_s, u"98"_s},
        {u"noise"_s, u"write: noise, standard deviation in levels."_s, u"n"_s, u"15"_s},
        {u"progressive"_s, u"write: a progressive JPEG (as many web exports are)."_s},
        {u"depth"_s, u"write: bits per channel of a PNG (16: pure noise)."_s, u"n"_s, u"8"_s},
        {u"image"_s, u"form, decode: the reference image."_s, u"file"_s},
        {u"size"_s, u"write: the picture's size; form, decode: the video's."_s, u"WxH"_s,
         u"1280x720"_s},
        {u"model"_s, u"form: the model chosen."_s, u"name"_s, u"sora-2"_s},
        {u"duration-ms"_s, u"form without an image: how long it stays idle."_s, u"ms"_s, u"1000"_s},
        {u"tick-ms"_s, u"form: stall probe interval."_s, u"ms"_s, u"1"_s},
        {u"lead-ms"_s, u"form: measured before the image is chosen."_s, u"ms"_s, u"200"_s},
        {u"tail-ms"_s, u"form: measured after the crop is shown."_s, u"ms"_s, u"300"_s},
        {u"timeout-s"_s, u"form: give up after this long."_s, u"s"_s, u"120"_s},
        {u"method"_s, u"decode: prepare (prepareFile), stream or full."_s, u"method"_s,
         u"prepare"_s},
    });
    parser.process(*app);
    const QString command = parser.positionalArguments().value(0);
    if (command == u"write")
        return write(parser);
    if (command == u"decode")
        return decode(parser);
    if (command == u"form")
        return form(parser);
    std::fprintf(stderr, "bench-reference-image: write, form or decode (try --help)\n");
    return 2;
}
