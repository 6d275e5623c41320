#include "wrappinglabel.h"

#include <QApplication>
#include <QPixmap>
#include <QTest>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

// WrappingLabel remembers its sizes; whatever it remembers must be what a plain
// word-wrapped QLabel of the same text, font and margins measures now.
class TestWrappingLabel final : public QObject {
    Q_OBJECT

private slots:
    void measuresLikeAPlainLabel_data();
    void measuresLikeAPlainLabel();
    void aNewTextIsMeasuredAgain();
    void aNewFontIsMeasuredAgain();
    void newMarginsAreMeasuredAgain();
    void aPictureIsMeasured();
    void moreWidthsThanItRemembersStayRight();

private:
    static void expectSameSizes(const WrappingLabel& label, const QLabel& reference);
};

namespace {

const QString LongEnglish =
    u"Video IDs come from your gateway: make a video on the New Video tab, paste an ID "
    u"(or the gateway's whole answer) into Video ID on the Remix tab, or bring your videos "
    u"in with File > Import from Gateway."_s;
const QString LongChinese =
    u"视频 ID 来自你的网关：在“新建视频”页生成一个视频，把 ID（或网关的完整回答）粘贴到“重制”页的"
    u"视频 ID 中，或者通过“文件 > 从网关导入”导入你的视频。"_s;

std::unique_ptr<QLabel> plainLabelLike(const WrappingLabel& label) {
    auto reference = std::make_unique<QLabel>();
    reference->setWordWrap(true);
    reference->setText(label.text());
    reference->setFont(label.font());
    reference->setContentsMargins(label.contentsMargins());
    reference->setIndent(label.indent());
    reference->setMargin(label.margin());
    reference->setAlignment(label.alignment());
    if (!label.pixmap().isNull())
        reference->setPixmap(label.pixmap());
    return reference;
}

constexpr std::array Widths{40, 120, 200, 333, 600, 1200};

} // namespace

void TestWrappingLabel::expectSameSizes(const WrappingLabel& label, const QLabel& reference) {
    QCOMPARE(label.sizeHint(), reference.sizeHint());
    QCOMPARE(label.minimumSizeHint(), reference.minimumSizeHint());
    for (int pass = 0; pass < 2; ++pass) // the second pass answers from the memo
        for (const int width : Widths)
            QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
}

void TestWrappingLabel::measuresLikeAPlainLabel_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<Qt::Alignment>("alignment");
    QTest::newRow("English, centred") << LongEnglish << Qt::Alignment(Qt::AlignCenter);
    QTest::newRow("Chinese, left") << LongChinese << Qt::Alignment(Qt::AlignLeft | Qt::AlignTop);
    QTest::newRow("one word") << u"Remix"_s << Qt::Alignment(Qt::AlignLeft);
    QTest::newRow("empty") << QString() << Qt::Alignment(Qt::AlignLeft);
}

void TestWrappingLabel::measuresLikeAPlainLabel() {
    QFETCH(QString, text);
    QFETCH(Qt::Alignment, alignment);
    WrappingLabel label;
    label.setText(text);
    label.setAlignment(alignment);
    QVERIFY(label.wordWrap());
    QCOMPARE(label.hasHeightForWidth(), !text.isEmpty());
    const auto reference = plainLabelLike(label);
    expectSameSizes(label, *reference);
}

void TestWrappingLabel::aNewTextIsMeasuredAgain() {
    WrappingLabel label;
    label.setText(u"Short."_s);
    const int shortHeight = label.heightForWidth(200);
    const QSize shortHint = label.sizeHint();
    label.setText(LongEnglish);
    QVERIFY2(label.heightForWidth(200) > shortHeight, "the memo of the short text was kept");
    QVERIFY(label.sizeHint() != shortHint);
    expectSameSizes(label, *plainLabelLike(label));
}

void TestWrappingLabel::aNewFontIsMeasuredAgain() {
    WrappingLabel label;
    label.setText(LongEnglish);
    const int before = label.heightForWidth(333);
    QFont larger = label.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    label.setFont(larger);
    QVERIFY2(label.heightForWidth(333) > before, "the memo of the smaller font was kept");
    expectSameSizes(label, *plainLabelLike(label));
}

void TestWrappingLabel::newMarginsAreMeasuredAgain() {
    WrappingLabel label;
    label.setText(LongEnglish);
    const int before = label.heightForWidth(333);
    label.setContentsMargins(60, 20, 60, 20);
    QVERIFY(label.heightForWidth(333) > before);
    expectSameSizes(label, *plainLabelLike(label));
    label.setIndent(40);
    label.setMargin(7);
    expectSameSizes(label, *plainLabelLike(label));
}

void TestWrappingLabel::aPictureIsMeasured() {
    WrappingLabel label;
    label.setText(u"The preview appears here."_s);
    QPixmap tall(120, 400);
    tall.fill(Qt::darkGray);
    (void)label.heightForWidth(200);
    (void)label.sizeHint();
    label.setPixmap(tall);
    QCOMPARE(label.sizeHint(), QSize(120, 400));
    QPixmap small(30, 20);
    small.fill(Qt::darkGray);
    label.setPixmap(small);
    QCOMPARE(label.sizeHint(), QSize(30, 20));
}

void TestWrappingLabel::moreWidthsThanItRemembersStayRight() {
    WrappingLabel label;
    label.setText(LongChinese);
    const auto reference = plainLabelLike(label);
    for (int width = 50; width <= 800; width += 37)
        QCOMPARE(label.heightForWidth(width), reference->heightForWidth(width));
    for (int width = 800; width >= 50; width -= 37)
        QCOMPARE(label.heightForWidth(width), reference->heightForWidth(width));
}

QTEST_MAIN(TestWrappingLabel)
#include "tst_wrappinglabel.moc"
