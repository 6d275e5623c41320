#include "api/retrypolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace RetryPolicy;

class TestRetryPolicy final : public QObject {
    Q_OBJECT

private slots:
    void decides_data();
    void decides();
    void backsOffExponentiallyWithCap_data();
    void backsOffExponentiallyWithCap();
    void readsServerDelays_data();
    void readsServerDelays();
};

namespace {
const QDateTime Now = QDateTime(QDate(2026, 11, 21), QTime(12, 0, 0), Qt::UTC);
}

void TestRetryPolicy::decides_data() {
    QTest::addColumn<Method>("method");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retriesDone");
    QTest::addColumn<QByteArray>("retryAfterMs");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("shouldRetry");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<qint64>("delayMs");
    QTest::addColumn<bool>("outcomeUnknown");
    QTest::addColumn<bool>("tooLong");

    const QByteArray none;
    // GET: transient failures are retried with back-off.
    QTest::newRow("get refused") << Method::Get << Failure::ConnectionRefused << 0 << 0 << none
                                 << none << none << true << qint64(500) << false << false;
    QTest::newRow("get dns") << Method::Get << Failure::HostNotFound << 0 << 0 << none << none
                             << none << true << qint64(500) << false << false;
    QTest::newRow("get timeout") << Method::Get << Failure::Timeout << 0 << 1 << none << none
                                 << none << true << qint64(1000) << false << false;
    QTest::newRow("get reset") << Method::Get << Failure::ConnectionLost << 0 << 0 << none << none
                               << none << true << qint64(500) << false << false;
    for (int status : {408, 409, 429, 500, 502, 503, 504})
        QTest::newRow(qPrintable(u"get %1"_s.arg(status)))
            << Method::Get << Failure::HttpStatus << status << 0 << none << none << none << true
            << qint64(500) << false << false;
    for (int status : {400, 401, 403, 404, 422})
        QTest::newRow(qPrintable(u"get %1 final"_s.arg(status)))
            << Method::Get << Failure::HttpStatus << status << 0 << none << none << none << false
            << qint64(0) << false << false;
    QTest::newRow("get tls") << Method::Get << Failure::TlsHandshake << 0 << 0 << none << none
                             << none << false << qint64(0) << false << false;
    QTest::newRow("get protocol") << Method::Get << Failure::Protocol << 200 << 0 << none << none
                                  << none << false << qint64(0) << false << false;
    QTest::newRow("get cancelled") << Method::Get << Failure::Cancelled << 0 << 0 << none << none
                                   << none << false << qint64(0) << false << false;
    QTest::newRow("get budget spent") << Method::Get << Failure::HttpStatus << 503 << 2 << none
                                      << none << none << false << qint64(0) << false << false;
    QTest::newRow("delete 503") << Method::Delete << Failure::HttpStatus << 503 << 0 << none << none
                                << none << true << qint64(500) << false << false;

    // Server-directed waits.
    QTest::newRow("retry-after seconds")
        << Method::Get << Failure::HttpStatus << 429 << 0 << none << "3"_ba << none << true
        << qint64(3000) << false << false;
    QTest::newRow("retry-after-ms wins")
        << Method::Get << Failure::HttpStatus << 429 << 0 << "250"_ba
        << "3"_ba << none << true << qint64(250) << false << false;
    QTest::newRow("retry-after date")
        << Method::Get << Failure::HttpStatus << 429 << 0 << none
        << "Sat, 21 Nov 2026 12:00:10 GMT"_ba << none << true << qint64(10000) << false << false;
    QTest::newRow("retry-after garbage")
        << Method::Get << Failure::HttpStatus << 429 << 1 << none << "soon"_ba << none << true
        << qint64(1000) << false << false;
    QTest::newRow("retry-after too long")
        << Method::Get << Failure::HttpStatus << 429 << 0 << none << "121"_ba << none << false
        << qint64(0) << false << true;
    QTest::newRow("retry-after at cap")
        << Method::Get << Failure::HttpStatus << 429 << 0 << none << "120"_ba << none << true
        << qint64(120000) << false << false;
    QTest::newRow("should-retry false")
        << Method::Get << Failure::HttpStatus << 503 << 0 << none << none << "false"_ba << false
        << qint64(0) << false << false;
    QTest::newRow("should-retry true on 400")
        << Method::Get << Failure::HttpStatus << 400 << 0 << none << none << "true"_ba << true
        << qint64(500) << false << false;

    // The remix POST: only when it provably never arrived, or on 429.
    QTest::newRow("post refused") << Method::PaidPost << Failure::ConnectionRefused << 0 << 0
                                  << none << none << none << true << qint64(500) << false << false;
    QTest::newRow("post dns") << Method::PaidPost << Failure::HostNotFound << 0 << 0 << none << none
                              << none << true << qint64(500) << false << false;
    QTest::newRow("post 429") << Method::PaidPost << Failure::HttpStatus << 429 << 0 << none
                              << "2"_ba << none << true << qint64(2000) << false << false;
    QTest::newRow("post 429 budget spent")
        << Method::PaidPost << Failure::HttpStatus << 429 << 2 << none << none << none << false
        << qint64(0) << false << false;
    QTest::newRow("post 500 unknown") << Method::PaidPost << Failure::HttpStatus << 500 << 0 << none
                                      << none << none << false << qint64(0) << true << false;
    QTest::newRow("post 502 unknown") << Method::PaidPost << Failure::HttpStatus << 502 << 0 << none
                                      << none << none << false << qint64(0) << true << false;
    QTest::newRow("post 503 should-retry true")
        << Method::PaidPost << Failure::HttpStatus << 503 << 0 << none << none << "true"_ba << false
        << qint64(0) << true << false;
    QTest::newRow("post 408") << Method::PaidPost << Failure::HttpStatus << 408 << 0 << none << none
                              << none << false << qint64(0) << false << false;
    QTest::newRow("post 400") << Method::PaidPost << Failure::HttpStatus << 400 << 0 << none << none
                              << none << false << qint64(0) << false << false;
    QTest::newRow("post timeout unknown") << Method::PaidPost << Failure::Timeout << 0 << 0 << none
                                          << none << none << false << qint64(0) << true << false;
    QTest::newRow("post reset unknown")
        << Method::PaidPost << Failure::ConnectionLost << 0 << 0 << none << none << none << false
        << qint64(0) << true << false;
    QTest::newRow("post garbled unknown")
        << Method::PaidPost << Failure::Protocol << 200 << 0 << none << none << none << false
        << qint64(0) << true << false;
    QTest::newRow("post tls") << Method::PaidPost << Failure::TlsHandshake << 0 << 0 << none << none
                              << none << false << qint64(0) << false << false;
}

void TestRetryPolicy::decides() {
    QFETCH(Method, method);
    QFETCH(Failure, failure);
    QFETCH(int, status);
    QFETCH(int, retriesDone);
    QFETCH(QByteArray, retryAfterMs);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, shouldRetry);
    QFETCH(bool, retry);
    QFETCH(qint64, delayMs);
    QFETCH(bool, outcomeUnknown);
    QFETCH(bool, tooLong);

    Attempt attempt;
    attempt.method = method;
    attempt.failure = failure;
    attempt.httpStatus = status;
    attempt.retriesDone = retriesDone;
    attempt.retryAfterMsHeader = retryAfterMs;
    attempt.retryAfterHeader = retryAfter;
    attempt.shouldRetryHeader = shouldRetry;
    attempt.now = Now;
    attempt.jitter = 0.0;
    const Decision decision = decide(attempt);
    QCOMPARE(decision.retry, retry);
    QCOMPARE(decision.delayMs, delayMs);
    QCOMPARE(decision.outcomeUnknown, outcomeUnknown);
    QCOMPARE(decision.serverDelayTooLong, tooLong);
}

void TestRetryPolicy::backsOffExponentiallyWithCap_data() {
    QTest::addColumn<int>("retriesDone");
    QTest::addColumn<double>("jitter");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("0") << 0 << 0.0 << qint64(500);
    QTest::newRow("1") << 1 << 0.0 << qint64(1000);
    QTest::newRow("2") << 2 << 0.0 << qint64(2000);
    QTest::newRow("4") << 4 << 0.0 << qint64(8000);
    QTest::newRow("capped") << 10 << 0.0 << qint64(8000);
    QTest::newRow("full jitter") << 2 << 1.0 << qint64(1500);
    QTest::newRow("half jitter") << 0 << 0.5 << qint64(437);
    QTest::newRow("jitter clamped") << 0 << 7.0 << qint64(375);
}

void TestRetryPolicy::backsOffExponentiallyWithCap() {
    QFETCH(int, retriesDone);
    QFETCH(double, jitter);
    QFETCH(qint64, expected);
    QCOMPARE(backoffMs(retriesDone, jitter), expected);
}

void TestRetryPolicy::readsServerDelays_data() {
    QTest::addColumn<QByteArray>("ms");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("none") << QByteArray() << QByteArray() << qint64(-1);
    QTest::newRow("seconds") << QByteArray() << "7"_ba << qint64(7000);
    QTest::newRow("fraction") << QByteArray() << "1.5"_ba << qint64(1500);
    QTest::newRow("ms") << "1234"_ba << QByteArray() << qint64(1234);
    QTest::newRow("bad ms falls through") << "x"_ba
                                          << "2"_ba << qint64(2000);
    QTest::newRow("date") << QByteArray() << "Sat, 21 Nov 2026 12:01:00 GMT"_ba << qint64(60000);
    QTest::newRow("past date") << QByteArray() << "Sat, 21 Nov 2026 11:00:00 GMT"_ba << qint64(0);
    QTest::newRow("negative") << QByteArray() << "-5"_ba << qint64(-1);
    QTest::newRow("garbage") << QByteArray() << "tomorrow"_ba << qint64(-1);
}

void TestRetryPolicy::readsServerDelays() {
    QFETCH(QByteArray, ms);
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, expected);
    QCOMPARE(serverDelayMs(ms, retryAfter, Now).value_or(-1), expected);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
