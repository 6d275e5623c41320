#include "jobs/jobstore.h"
#include "jobs/spendquery.h"
#include "pricing/budget.h"
#include "pricing/costestimate.h"
#include "pricing/pricetable.h"
#include "pricing/submissioncost.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// What a submit costs before it is sent, what was spent, and the budget: pure
// tables over the price table, plus the store's totals.
class TestPricing final : public QObject {
    Q_OBJECT

private slots:
    void estimatesEachModelSizeAndLength_data();
    void estimatesEachModelSizeAndLength();
    void unknownIsNeverZero_data();
    void unknownIsNeverZero();
    void perCallPricesEveryJobAlike();
    void aRemixIsPricedByItsSource();
    void formatsMoneyInTheUiLocale_data();
    void formatsMoneyInTheUiLocale();
    void budgetOverrun_data();
    void budgetOverrun();
    void tableValidatesAndRoundTrips();
    void spendCountsFailedApartAndRefusedNotAtAll();
};

void TestPricing::estimatesEachModelSizeAndLength_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("seconds");
    QTest::addColumn<QString>("size");
    QTest::addColumn<int>("versions");
    QTest::addColumn<double>("amount");
    QTest::newRow("sora-2 defaults") << u"sora-2"_s << QString() << QString() << 1 << 0.40;
    QTest::newRow("sora-2 landscape 8 s") << u"sora-2"_s << u"8"_s << u"1280x720"_s << 1 << 0.80;
    QTest::newRow("sora-2 20 s x3") << u"sora-2"_s << u"20"_s << u"720x1280"_s << 3 << 6.00;
    QTest::newRow("pro 720p 12 s") << u"sora-2-pro"_s << u"12"_s << u"1280x720"_s << 1 << 3.60;
    QTest::newRow("pro tall 4 s") << u"sora-2-pro"_s << u"4"_s << u"1024x1792"_s << 1 << 2.00;
    QTest::newRow("pro wide 8 s x2") << u"sora-2-pro"_s << u"8"_s << u"1792x1024"_s << 2 << 8.00;
}

void TestPricing::estimatesEachModelSizeAndLength() {
    QFETCH(QString, model);
    QFETCH(QString, seconds);
    QFETCH(QString, size);
    QFETCH(int, versions);
    QFETCH(double, amount);
    const CostEstimate estimate =
        CostEstimate::of(PriceTable::defaults(), model, seconds, size, versions);
    QVERIFY2(estimate.known, qPrintable(estimate.reason));
    QCOMPARE(estimate.currency, u"USD"_s);
    QVERIFY(qFuzzyCompare(estimate.amount, amount));
    QCOMPARE(estimate.toJson().value(u"known"_s).toBool(), true);
}

void TestPricing::unknownIsNeverZero_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("size");
    QTest::newRow("unknown model") << u"veo-3"_s << u"1280x720"_s;
    QTest::newRow("no 1080p list price") << u"sora-2-pro"_s << u"1920x1080"_s;
    QTest::newRow("unknown size") << u"sora-2"_s << u"1440x1440"_s;
    QTest::newRow("unknown model, no size") << u"kling-v2"_s << QString();
}

void TestPricing::unknownIsNeverZero() {
    QFETCH(QString, model);
    QFETCH(QString, size);
    const CostEstimate estimate = CostEstimate::of(PriceTable::defaults(), model, {}, size, 2);
    QVERIFY(!estimate.known);
    QVERIFY(!estimate.reason.isEmpty());
    QCOMPARE(estimate.text(), estimate.reason);
    QVERIFY(estimate.toJson().value(u"amount"_s).isNull());
}

void TestPricing::perCallPricesEveryJobAlike() {
    PriceTable table = PriceTable::defaults();
    table.perCall = 0.5;
    table.currency = u"CNY"_s;
    const CostEstimate estimate = CostEstimate::of(table, u"any-model"_s, u"9"_s, {}, 3);
    QVERIFY(estimate.known);
    QVERIFY(qFuzzyCompare(estimate.amount, 1.5));
    QCOMPARE(estimate.currency, u"CNY"_s);
}

void TestPricing::aRemixIsPricedByItsSource() {
    const Submission remix(RemixRequest::make(u"video_src"_s, u"purple"_s, {}), 2);
    const CostEstimate unknown = estimateAll(remix, PriceTable::defaults(), std::nullopt);
    QVERIFY(!unknown.known);
    QVERIFY(unknown.reason.contains(u"source"_s));
    const CostEstimate failed =
        estimateAll(remix, PriceTable::defaults(), std::nullopt, u"HTTP 404"_s);
    QVERIFY(failed.reason.contains(u"HTTP 404"_s));

    Video source;
    source.model = u"sora-2-pro"_s;
    source.seconds = u"8"_s;
    source.size = u"1792x1024"_s;
    const CostEstimate known = estimateAll(remix, PriceTable::defaults(), source);
    QVERIFY(known.known);
    QVERIFY(qFuzzyCompare(known.amount, 0.50 * 8 * 2));
    QVERIFY(qFuzzyCompare(estimateVersion(remix, PriceTable::defaults(), source).amount, 4.0));
}

void TestPricing::formatsMoneyInTheUiLocale_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en USD") << u"en_US"_s << u"USD"_s << 1234.5 << u"$1,234.50"_s;
    QTest::newRow("zh_CN CNY") << u"zh_CN"_s << u"CNY"_s << 1234.5 << u"¥1,234.50"_s;
    QTest::newRow("zh_CN USD") << u"zh_CN"_s << u"USD"_s << 0.8 << u"0.80 美元"_s;
    QTest::newRow("zh_CN EUR") << u"zh_CN"_s << u"EUR"_s << 1234.5 << u"1,234.50 欧元"_s;
    QTest::newRow("zh_CN other") << u"zh_CN"_s << u"THB"_s << 2.0 << u"THB 2.00"_s;
    QTest::newRow("en CNY") << u"en_US"_s << u"CNY"_s << 0.4 << u"CNY 0.40"_s;
}

void TestPricing::formatsMoneyInTheUiLocale() {
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(double, amount);
    QFETCH(QString, expected);
    QCOMPARE(CostEstimate::money(amount, currency, QLocale(locale)), expected);
}

void TestPricing::budgetOverrun_data() {
    QTest::addColumn<double>("budget");
    QTest::addColumn<double>("spent");
    QTest::addColumn<double>("cost");
    QTest::addColumn<double>("over"); // negative: within
    QTest::newRow("within") << 10.0 << 4.0 << 2.0 << -1.0;
    QTest::newRow("exactly at") << 10.0 << 8.0 << 2.0 << -1.0;
    QTest::newRow("over by 1.20") << 10.0 << 9.6 << 1.6 << 1.2;
    QTest::newRow("already over") << 5.0 << 6.0 << 0.4 << 1.4;
}

void TestPricing::budgetOverrun() {
    QFETCH(double, budget);
    QFETCH(double, spent);
    QFETCH(double, cost);
    QFETCH(double, over);
    CostEstimate estimate;
    estimate.known = true;
    estimate.amount = cost;
    const std::optional<double> result = Budget::overrun(budget, spent, estimate);
    QCOMPARE(result.has_value(), over >= 0);
    if (result)
        QVERIFY(qFuzzyCompare(*result, over));
    QVERIFY(!Budget::overrun(std::nullopt, spent, estimate));
    QVERIFY(!Budget::overrun(budget, spent, CostEstimate::unknown(u"?"_s)));
    const QDateTime month = Budget::startOfMonth(QDateTime(QDate(2026, 12, 3), QTime(17, 0)));
    QCOMPARE(month.date(), QDate(2026, 12, 1));
    QCOMPARE(month.time(), QTime(0, 0));
}

void TestPricing::tableValidatesAndRoundTrips() {
    PriceTable table = PriceTable::defaults();
    QVERIFY(table.validate().isEmpty());
    table.rows.append({u"veo-3"_s, SizeClass::FullHd, 0.75});
    table.perCall = 0.2;
    table.currency = u"CNY"_s;
    QCOMPARE(PriceTable::fromJson(table.toJson()), table);

    PriceTable bad = PriceTable::defaults();
    bad.currency = u"US"_s;
    bad.rows.append({u"sora-2"_s, SizeClass::Standard, -1});
    const QStringList problems = bad.validate();
    QCOMPARE(problems.size(), 3); // currency, negative, duplicate row
    // A stored table that does not validate is not half-used.
    QCOMPARE(PriceTable::fromJson(bad.toJson()), PriceTable::defaults());
    QCOMPARE(PriceTable::fromJson({}), PriceTable::defaults());
    QCOMPARE(PriceTable::sizeClassOf(u"1792X1024"_s), std::optional(SizeClass::Tall));
    QVERIFY(!PriceTable::sizeClassOf(u"640x480"_s));
}

void TestPricing::spendCountsFailedApartAndRefusedNotAtAll() {
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    JobStore store(dir.filePath(u"jobs.sqlite"_s));
    QVERIFY(store.isOpen());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto add = [&](JobState state, std::optional<double> amount, const QString& profile,
                         const QDateTime& when, JobKind kind = JobKind::Create) {
        JobRecord record;
        record.profileId = profile;
        record.kind = kind;
        record.state = state;
        record.estimateAmount = amount;
        record.estimateCurrency = u"USD"_s;
        record.createdAt = when;
        QVERIFY(store.insert(record) > 0);
    };
    add(JobState::Completed, 0.40, u"a"_s, now);
    add(JobState::InProgress, 1.20, u"a"_s, now);
    add(JobState::OutcomeUnknown, 0.40, u"a"_s, now); // may have been charged
    add(JobState::Failed, 0.80, u"a"_s, now);
    add(JobState::Rejected, 5.00, u"a"_s, now);                     // nothing made
    add(JobState::Completed, std::nullopt, u"a"_s, now);            // no price
    add(JobState::Completed, 9.00, u"b"_s, now);                    // another profile
    add(JobState::Completed, 7.00, u"a"_s, now.addDays(-40));       // long ago
    add(JobState::Completed, 3.00, u"a"_s, now, JobKind::Imported); // made elsewhere

    const SpendTotals totals = SpendQuery(store).totals(u"a"_s, now.addDays(-1));
    QVERIFY(qFuzzyCompare(totals.spentIn(u"USD"_s), 2.00));
    QVERIFY(qFuzzyCompare(totals.failed.value(u"USD"_s), 0.80));
    QCOMPARE(totals.unpriced, 1);
    QCOMPARE(totals.jobs, 5);
    QCOMPARE(totals.spentText(u"USD"_s, QLocale(u"en_US"_s)), u"$2.00"_s);
}

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
