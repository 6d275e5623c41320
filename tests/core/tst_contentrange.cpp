#include "api/contentrange.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The header a resumed download is checked by: parsed strictly, and "continues"
// only when it starts where the file ends and agrees on the total.
class TestContentRange final : public QObject {
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void continues_data();
    void continues();
};

void TestContentRange::parses_data() {
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<qint64>("total");
    QTest::newRow("slice") << "bytes 100-199/1000"_ba << true << 100LL << 199LL << 1000LL;
    QTest::newRow("whole") << "bytes 0-9052/9053"_ba << true << 0LL << 9052LL << 9053LL;
    QTest::newRow("unknown total") << "bytes 5-9/*"_ba << true << 5LL << 9LL << -1LL;
    QTest::newRow("case and spaces") << " Bytes 1-1/2 "_ba << true << 1LL << 1LL << 2LL;
    QTest::newRow("416 form") << "bytes */1000"_ba << false << 0LL << 0LL << 0LL;
    QTest::newRow("empty") << QByteArray() << false << 0LL << 0LL << 0LL;
    QTest::newRow("other unit") << "items 0-1/2"_ba << false << 0LL << 0LL << 0LL;
    QTest::newRow("backwards") << "bytes 9-5/10"_ba << false << 0LL << 0LL << 0LL;
    QTest::newRow("past the total") << "bytes 0-10/10"_ba << false << 0LL << 0LL << 0LL;
    QTest::newRow("negative") << "bytes -1-5/10"_ba << false << 0LL << 0LL << 0LL;
    QTest::newRow("huge") << "bytes 0-1/99999999999999999999999"_ba << false << 0LL << 0LL << 0LL;
    QTest::newRow("trailing garbage") << "bytes 0-1/2, 3-4/5"_ba << false << 0LL << 0LL << 0LL;
}

void TestContentRange::parses() {
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    const std::optional<ContentRange> range = ContentRange::parse(header);
    QCOMPARE(range.has_value(), valid);
    if (!valid)
        return;
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(qint64, total);
    QCOMPARE(range->first, first);
    QCOMPARE(range->last, last);
    QCOMPARE(range->total, total);
    QCOMPARE(range->length(), last - first + 1);
}

void TestContentRange::continues_data() {
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("have");
    QTest::addColumn<qint64>("expectedTotal");
    QTest::addColumn<bool>("continues");
    QTest::newRow("lines up") << "bytes 4526-9052/9053"_ba << 4526LL << 9053LL << true;
    QTest::newRow("total not known yet") << "bytes 10-19/20"_ba << 10LL << -1LL << true;
    QTest::newRow("starts at zero") << "bytes 0-9052/9053"_ba << 4526LL << 9053LL << false;
    QTest::newRow("starts later") << "bytes 5000-9052/9053"_ba << 4526LL << 9053LL << false;
    QTest::newRow("other total") << "bytes 4526-10052/10053"_ba << 4526LL << 9053LL << false;
    QTest::newRow("unknown total") << "bytes 4526-9052/*"_ba << 4526LL << 9053LL << false;
}

void TestContentRange::continues() {
    QFETCH(QByteArray, header);
    QFETCH(qint64, have);
    QFETCH(qint64, expectedTotal);
    QFETCH(bool, continues);
    const std::optional<ContentRange> range = ContentRange::parse(header);
    QVERIFY(range);
    QCOMPARE(range->continues(have, expectedTotal), continues);
}

QTEST_GUILESS_MAIN(TestContentRange)
#include "tst_contentrange.moc"
