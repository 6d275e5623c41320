#include "fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// Every input a fuzzer ever crashed on (tests/fuzz/regressions/<target>/),
// and every seed, fed to the same entry points in the regular build, without
// libFuzzer: a fixed bug stays fixed.
class TestFuzzRegressions final : public QObject {
    Q_OBJECT

private slots:
    void replaysEveryRegressionInput_data();
    void replaysEveryRegressionInput();
};

namespace {

using Entry = int (*)(const std::uint8_t*, std::size_t);

Entry entryFor(const QString& target) {
    if (target == u"video"_s)
        return &FuzzTargets::video;
    if (target == u"apierror"_s)
        return &FuzzTargets::apiError;
    if (target == u"remixrequest"_s)
        return &FuzzTargets::remixRequest;
    if (target == u"requestfactory"_s)
        return &FuzzTargets::requestFactory;
    if (target == u"videoidextractor"_s)
        return &FuzzTargets::videoIdExtractor;
    return nullptr;
}

} // namespace

void TestFuzzRegressions::replaysEveryRegressionInput_data() {
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    const QString root = QStringLiteral(VIDEOREMIX_FUZZ_DIR);
    int targets = 0;
    for (const QString& kind : {u"regressions"_s, u"corpus"_s}) {
        const QDir dir(root + u'/' + kind);
        for (const QString& target : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            targets += kind == u"corpus"_s;
            const QDir inputs(dir.filePath(target));
            for (const QString& file : inputs.entryList(QDir::Files | QDir::Hidden)) {
                if (file != u".gitkeep"_s)
                    QTest::addRow("%s/%s/%s", qPrintable(kind), qPrintable(target),
                                  qPrintable(file))
                        << target << inputs.filePath(file);
            }
        }
    }
    if (targets != 5)
        qFatal("expected 5 fuzz targets in %s/corpus, found %d", qPrintable(root), targets);
}

void TestFuzzRegressions::replaysEveryRegressionInput() {
    QFETCH(QString, target);
    QFETCH(QString, file);
    const Entry entry = entryFor(target);
    QVERIFY2(entry, qPrintable(u"no fuzz target named "_s + target));
    QFile input(file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QByteArray bytes = input.readAll();
    QCOMPARE(
        entry(reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size())),
        0);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
