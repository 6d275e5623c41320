#include "api/referenceimage.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray encode(const QImage& image, const char* format) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(95);
    writer.write(image);
    return bytes;
}

// Three vertical bands, red | green | blue: a centre crop keeps the green.
QImage bands(const QSize& size) {
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    const int third = size.width() / 3;
    painter.fillRect(0, 0, third, size.height(), Qt::red);
    painter.fillRect(third, 0, size.width() - 2 * third, size.height(), Qt::green);
    painter.fillRect(size.width() - third, 0, third, size.height(), Qt::blue);
    return image;
}

} // namespace

// Fitting a reference image to the video's size: cover, then centre-crop,
// exactly the requested pixels, and every way a file can be unusable.
class TestReferenceImage final : public QObject {
    Q_OBJECT

private slots:
    void coverScaleAndCrop_data();
    void coverScaleAndCrop();
    void anImageOfTheRightSizeIsSentAsItIs();
    void aFileOfTheRightSizeIsSentByteForByte();
    void aWiderImageIsScaledAndCentreCropped();
    void aPhotoStaysAJpegAndAnythingElseBecomesPng_data();
    void aPhotoStaysAJpegAndAnythingElseBecomesPng();
    void refusesWhatItCannotSend_data();
    void refusesWhatItCannotSend();
    void refusesAMissingFileAndOneTooLarge();
    void parsesSizes();
};

void TestReferenceImage::coverScaleAndCrop_data() {
    QTest::addColumn<QSize>("source");
    QTest::addColumn<QSize>("target");
    QTest::addColumn<QSize>("scaled");
    QTest::addColumn<QRect>("crop");
    QTest::newRow("same") << QSize(1280, 720) << QSize(1280, 720) << QSize(1280, 720)
                          << QRect(0, 0, 1280, 720);
    QTest::newRow("twice as large")
        << QSize(2560, 1440) << QSize(1280, 720) << QSize(1280, 720) << QRect(0, 0, 1280, 720);
    QTest::newRow("square to landscape")
        << QSize(1000, 1000) << QSize(1280, 720) << QSize(1280, 1280) << QRect(0, 280, 1280, 720);
    QTest::newRow("landscape to portrait")
        << QSize(1920, 1080) << QSize(720, 1280) << QSize(2276, 1280) << QRect(778, 0, 720, 1280);
    QTest::newRow("small upscaled")
        << QSize(64, 36) << QSize(1280, 720) << QSize(1280, 720) << QRect(0, 0, 1280, 720);
    QTest::newRow("odd ratio") << QSize(333, 1000) << QSize(1792, 1024) << QSize(1792, 5382)
                               << QRect(0, 2179, 1792, 1024);
}

void TestReferenceImage::coverScaleAndCrop() {
    QFETCH(QSize, source);
    QFETCH(QSize, target);
    QFETCH(QSize, scaled);
    QFETCH(QRect, crop);
    QCOMPARE(ReferenceImage::coverScale(source, target), scaled);
    QCOMPARE(ReferenceImage::coverCrop(source, target), crop);
    QVERIFY(QRect(QPoint(), scaled).contains(crop));
}

void TestReferenceImage::anImageOfTheRightSizeIsSentAsItIs() {
    const QByteArray png = encode(bands({1280, 720}), "png");
    const ReferenceImage::Result result =
        ReferenceImage::prepareData(png, u"frame.png"_s, {1280, 720});
    QCOMPARE(result.problem, ReferenceImage::Problem::None);
    QCOMPARE(result.image.bytes, png); // untouched, byte for byte
    QCOMPARE(result.image.contentType, "image/png"_ba);
    QCOMPARE(result.image.fileName, u"frame.png"_s);
    QVERIFY(!result.image.fitted);
    QVERIFY(!result.image.preview.isNull());
}

void TestReferenceImage::aFileOfTheRightSizeIsSentByteForByte() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"frame.jpeg"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray jpeg = encode(bands({720, 1280}), "jpeg");
    file.write(jpeg);
    file.close();
    const ReferenceImage::Result result = ReferenceImage::prepareFile(path, {720, 1280});
    QCOMPARE(result.problem, ReferenceImage::Problem::None);
    QCOMPARE(result.image.bytes, jpeg);
    QCOMPARE(result.image.contentType, "image/jpeg"_ba);
    QCOMPARE(result.image.fileName, u"frame.jpg"_s);
    QVERIFY(!result.image.fitted);
    QVERIFY(result.image.preview.width() <= ReferenceImage::PreviewEdge);
}

void TestReferenceImage::aWiderImageIsScaledAndCentreCropped() {
    // 3:1 bands into a square: only the green middle third survives.
    const QByteArray png = encode(bands({3000, 1000}), "png");
    const ReferenceImage::Result result =
        ReferenceImage::prepareData(png, u"wide.png"_s, {720, 720});
    QCOMPARE(result.problem, ReferenceImage::Problem::None);
    QVERIFY(result.image.fitted);
    QCOMPARE(result.image.originalSize, QSize(3000, 1000));
    QCOMPARE(result.image.size, QSize(720, 720));
    QImage sent;
    QVERIFY(sent.loadFromData(result.image.bytes));
    QCOMPARE(sent.size(), QSize(720, 720));
    QCOMPARE(QColor(sent.pixel(5, 360)), QColor(Qt::green));
    QCOMPARE(QColor(sent.pixel(714, 360)), QColor(Qt::green));
    QCOMPARE(QColor(sent.pixel(360, 5)), QColor(Qt::green));
}

void TestReferenceImage::aPhotoStaysAJpegAndAnythingElseBecomesPng_data() {
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("jpeg") << "jpeg"_ba
                          << "image/jpeg"_ba << u"photo.jpg"_s;
    QTest::newRow("png") << "png"_ba
                         << "image/png"_ba << u"photo.png"_s;
}

void TestReferenceImage::aPhotoStaysAJpegAndAnythingElseBecomesPng() {
    QFETCH(QByteArray, format);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, fileName);
    const QByteArray bytes = encode(bands({4000, 3000}), format.constData());
    const ReferenceImage::Result result =
        ReferenceImage::prepareData(bytes, u"photo.source"_s, {1280, 720});
    QCOMPARE(result.problem, ReferenceImage::Problem::None);
    QCOMPARE(result.image.contentType, contentType);
    QCOMPARE(result.image.fileName, fileName);
    QImage sent;
    QVERIFY(sent.loadFromData(result.image.bytes, format.constData()));
    QCOMPARE(sent.size(), QSize(1280, 720));
}

void TestReferenceImage::refusesWhatItCannotSend_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ReferenceImage::Problem>("problem");
    QTest::newRow("empty") << QByteArray() << ReferenceImage::Problem::Empty;
    QTest::newRow("text") << "this is not an image at all"_ba
                          << ReferenceImage::Problem::NotAnImage;
    QTest::newRow("bmp") << encode(bands({64, 64}), "bmp") << ReferenceImage::Problem::Format;
    QByteArray truncated = encode(bands({640, 480}), "png");
    truncated.truncate(100);
    QTest::newRow("truncated png") << truncated << ReferenceImage::Problem::NotAnImage;
}

void TestReferenceImage::refusesWhatItCannotSend() {
    QFETCH(QByteArray, bytes);
    QFETCH(ReferenceImage::Problem, problem);
    const ReferenceImage::Result result = ReferenceImage::prepareData(bytes, u"x"_s, {1280, 720});
    QCOMPARE(result.problem, problem);
    QVERIFY(result.image.bytes.isEmpty());
    QVERIFY(!ReferenceImage::describe(problem).isEmpty());
}

void TestReferenceImage::refusesAMissingFileAndOneTooLarge() {
    QTemporaryDir dir;
    QCOMPARE(ReferenceImage::prepareFile(dir.filePath(u"missing.png"_s), {1280, 720}).problem,
             ReferenceImage::Problem::Unreadable);
    QFile huge(dir.filePath(u"huge.png"_s));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    // Sparse: the size is what counts, and it is refused before a byte is read.
    QVERIFY(huge.resize(ReferenceImage::MaxFileBytes + 1));
    huge.close();
    QCOMPARE(ReferenceImage::prepareFile(huge.fileName(), {1280, 720}).problem,
             ReferenceImage::Problem::TooLarge);
    QFile empty(dir.filePath(u"empty.png"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QCOMPARE(ReferenceImage::prepareFile(empty.fileName(), {1280, 720}).problem,
             ReferenceImage::Problem::Empty);
}

void TestReferenceImage::parsesSizes() {
    QCOMPARE(ReferenceImage::parseSize(u"1280x720"_s), QSize(1280, 720));
    QCOMPARE(ReferenceImage::parseSize(u" 720X1280 "_s), QSize(720, 1280));
    QVERIFY(!ReferenceImage::parseSize(u"1280"_s).isValid());
    QVERIFY(!ReferenceImage::parseSize({}).isValid());
}

QTEST_GUILESS_MAIN(TestReferenceImage)
#include "tst_referenceimage.moc"
