#include "jobs/serverdeleter.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What a DELETE's answer means for the job: new-api has no such endpoint and
// says so with a 404 of its own, which must not read as "already gone".
class TestServerDeleter final : public QObject {
    Q_OBJECT

private slots:
    void readsTheAnswer_data();
    void readsTheAnswer();
};

void TestServerDeleter::readsTheAnswer_data() {
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<ServerDeleter::Outcome>("outcome");
    const auto http = [](int status, const QByteArray& body) {
        return ApiError::fromHttp(status, body, "application/json");
    };
    ApiError network;
    network.kind = ApiError::Kind::Network;
    QTest::newRow("200") << ApiError{} << ServerDeleter::Outcome::Deleted;
    QTest::newRow("404 unknown video")
        << http(404, R"({"error":{"message":"Video not found","code":"video_not_found"}})"_ba)
        << ServerDeleter::Outcome::AlreadyGone;
    QTest::newRow("404 no endpoint (new-api)")
        << http(404, R"j({"error":{"message":"Invalid URL (DELETE /v1/videos/x)"}})j"_ba)
        << ServerDeleter::Outcome::Unsupported;
    QTest::newRow("405") << http(405, QByteArray()) << ServerDeleter::Outcome::Unsupported;
    QTest::newRow("500") << http(500, R"({"error":{"message":"boom"}})"_ba)
                         << ServerDeleter::Outcome::Failed;
    QTest::newRow("401") << http(401, R"({"error":{"message":"Invalid URL"}})"_ba)
                         << ServerDeleter::Outcome::Failed;
    QTest::newRow("network") << network << ServerDeleter::Outcome::Failed;
}

void TestServerDeleter::readsTheAnswer() {
    QFETCH(ApiError, error);
    QFETCH(ServerDeleter::Outcome, outcome);
    QCOMPARE(ServerDeleter::outcomeOf(error), outcome);
}

QTEST_GUILESS_MAIN(TestServerDeleter)
#include "tst_serverdeleter.moc"
