#include "api/apierror.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestApiError final : public QObject {
    Q_OBJECT

private slots:
    void parsesEveryEnvelope_data();
    void parsesEveryEnvelope();
    void ordersMessagesByUiLanguage_data();
    void ordersMessagesByUiLanguage();
    void summarisesHtmlPagesByTitle();
    void boundsTheRawBody();
    void fallsBackToOwnSummary();
    void neverPutsTheBodyInJsonOutputUnbounded_data();
    void neverPutsTheBodyInJsonOutputUnbounded();
    void writesEveryFieldToJson();
};

void TestApiError::parsesEveryEnvelope_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("messageZh");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("code");

    QTest::newRow("seed 401")
        << R"({"error": {"message": "Invalid token", "message_zh": "无效的令牌", "type": "invalid_request_error"}})"_ba
        << u"Invalid token"_s << u"无效的令牌"_s << u"invalid_request_error"_s << QString();
    QTest::newRow("openai")
        << R"({"error": {"message": "Bad size", "type": "invalid_request_error", "param": "size", "code": "invalid_value"}})"_ba
        << u"Bad size"_s << QString() << u"invalid_request_error"_s << u"invalid_value"_s;
    QTest::newRow("new-api content proxy")
        << R"({"error": {"message": "Task is not completed yet", "type": "new_api_error"}})"_ba
        << u"Task is not completed yet"_s << QString() << u"new_api_error"_s << QString();
    QTest::newRow("new-api task, chinese only")
        << R"({"code": "get_channel_failed", "message": "当前分组上游负载已饱和，请稍后再试", "data": null})"_ba
        << QString() << u"当前分组上游负载已饱和，请稍后再试"_s << QString()
        << u"get_channel_failed"_s;
    QTest::newRow("detail") << R"({"detail": "Not Found"})"_ba << u"Not Found"_s << QString()
                            << QString() << QString();
    QTest::newRow("detail list")
        << R"({"detail": [{"loc": ["body","prompt"], "msg": "field required"}]})"_ba
        << u"field required"_s << QString() << QString() << QString();
    QTest::newRow("json in a string")
        << R"({"error": {"message": "{\"error\":{\"message\":\"upstream failed\",\"message_zh\":\"上游失败\"}}", "type": "upstream_error"}})"_ba
        << u"upstream failed"_s << u"上游失败"_s << u"upstream_error"_s << QString();
    QTest::newRow("error as string") << R"({"error": "quota exceeded"})"_ba << u"quota exceeded"_s
                                     << QString() << QString() << QString();
    QTest::newRow("numeric code") << R"({"error": {"message": "x", "code": 429}})"_ba << u"x"_s
                                  << QString() << QString() << u"429"_s;
    QTest::newRow("plain text") << "upstream connect error\nmore"_ba << u"upstream connect error"_s
                                << QString() << QString() << QString();
    QTest::newRow("html") << "<html><head><title>502 Bad Gateway</title></head></html>"_ba
                          << QString() << QString() << QString() << QString();
    QTest::newRow("empty") << QByteArray() << QString() << QString() << QString() << QString();
    QTest::newRow("null") << "null"_ba << QString() << QString() << QString() << QString();
    QTest::newRow("array") << "[1,2]"_ba << QString() << QString() << QString() << QString();
    QTest::newRow("wrong types") << R"({"error": {"message": ["x"], "type": 5}})"_ba << QString()
                                 << QString() << u"5"_s << QString();
}

void TestApiError::parsesEveryEnvelope() {
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QFETCH(QString, messageZh);
    QFETCH(QString, type);
    QFETCH(QString, code);
    const ApiError error = ApiError::fromHttp(400, body, "application/json");
    QCOMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.message, message);
    QCOMPARE(error.messageZh, messageZh);
    QCOMPARE(error.type, type);
    QCOMPARE(error.code, code);
}

void TestApiError::ordersMessagesByUiLanguage_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<UiLanguage>("language");
    QTest::addColumn<QStringList>("expected");
    const QByteArray both =
        R"({"error": {"message": "Invalid token", "message_zh": "无效的令牌", "type": "x"}})"_ba;
    QTest::newRow("zh first") << both << UiLanguage::Chinese
                              << QStringList{u"无效的令牌"_s, u"Invalid token"_s};
    QTest::newRow("en first") << both << UiLanguage::English
                              << QStringList{u"Invalid token"_s, u"无效的令牌"_s};
    const QByteArray english = R"({"error": {"message": "Invalid token"}})"_ba;
    QTest::newRow("only en, en ui")
        << english << UiLanguage::English << QStringList{u"Invalid token"_s};
    // Only the other language: VideoRemix's own words come first (untranslated here).
    QTest::newRow("only en, zh ui")
        << english << UiLanguage::Chinese
        << QStringList{u"The gateway did not accept the API key (HTTP 401)."_s, u"Invalid token"_s};
    const QByteArray chinese = R"({"error": {"message_zh": "无效的令牌"}})"_ba;
    QTest::newRow("only zh, zh ui")
        << chinese << UiLanguage::Chinese << QStringList{u"无效的令牌"_s};
    QTest::newRow("only zh, en ui")
        << chinese << UiLanguage::English
        << QStringList{u"The gateway did not accept the API key (HTTP 401)."_s, u"无效的令牌"_s};
    const QByteArray same = R"({"error": {"message": "x", "message_zh": "x"}})"_ba;
    QTest::newRow("identical once") << same << UiLanguage::English << QStringList{u"x"_s};
}

void TestApiError::ordersMessagesByUiLanguage() {
    QFETCH(QByteArray, body);
    QFETCH(UiLanguage, language);
    QFETCH(QStringList, expected);
    QCOMPARE(ApiError::fromHttp(401, body, "application/json").messagesFor(language), expected);
}

void TestApiError::summarisesHtmlPagesByTitle() {
    const QByteArray page =
        "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><script>x</script>"
        "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"_ba;
    const ApiError error = ApiError::fromHttp(502, page, "text/html");
    QVERIFY(error.isHtml());
    QCOMPARE(error.htmlTitle(), u"502 Bad Gateway"_s);
    const QStringList lines = error.messagesFor(UiLanguage::English);
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().contains(u"502 Bad Gateway"_s));
    QVERIFY(!lines.first().contains(u"<"_s));
}

void TestApiError::boundsTheRawBody() {
    const ApiError error = ApiError::fromHttp(500, QByteArray(10 * 1024 * 1024, 'x'), "text/plain");
    QCOMPARE(error.rawBody.size(), ApiError::MaxRawBodyBytes);
}

void TestApiError::fallsBackToOwnSummary() {
    ApiError error;
    error.kind = ApiError::Kind::Network;
    error.url = QUrl(u"http://127.0.0.1:9/v1/videos/x/remix"_s);
    const QStringList lines = error.messagesFor(UiLanguage::English);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains(u"http://127.0.0.1:9"_s), qPrintable(lines.first()));
    error.outcomeUnknown = true;
    QVERIFY(error.summary().contains(u"may or may not"_s));
}

void TestApiError::neverPutsTheBodyInJsonOutputUnbounded_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    const auto envelope = [](const QByteArray& message) -> QByteArray {
        return R"({"error": {"message": ")"_ba + message + R"(", "type": "x"}})"_ba;
    };
    const QByteArray json = "application/json";
    QTest::newRow("plain text, 10 MB") << QByteArray(10 * 1024 * 1024, 'x') << "text/plain"_ba;
    QTest::newRow("html, 10 MB") << QByteArray("<html><title>t</title>"_ba +
                                               QByteArray(10 * 1024 * 1024, 'x'))
                                 << "text/html"_ba;
    QTest::newRow("json message past the raw bound")
        << envelope(QByteArray(10 * 1024 * 1024, 'x')) << json;
    QTest::newRow("json message just within the raw bound")
        << envelope(QByteArray(ApiError::MaxRawBodyBytes - 64, 'x')) << json;
    const QByteArray quarter(ApiError::MaxRawBodyBytes / 5, 'y');
    QTest::newRow("json, every field long")
        << QByteArray(R"({"error": {"message": ")"_ba + quarter + R"(", "message_zh": ")"_ba +
                      quarter + R"(", "type": ")"_ba + quarter + R"(", "code": ")"_ba + quarter +
                      R"(", "param": "p"}})"_ba)
        << json;
    QTest::newRow("json escapes")
        << envelope(QByteArray("\\u0001\\\"").repeated((ApiError::MaxRawBodyBytes - 64) / 8))
        << json;
}

// The stored error JSON, --json output and logs carry what the server said,
// never more of it than the raw body's bound, however much it sent.
void TestApiError::neverPutsTheBodyInJsonOutputUnbounded() {
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    ApiError error = ApiError::fromHttp(500, body, contentType);
    error.requestId = u"req_1"_s;
    const QJsonObject json = error.toJson();
    QVERIFY(!json.contains(u"raw"_s));
    QCOMPARE(json.value(u"request_id"_s).toString(), u"req_1"_s);
    const qsizetype size = QJsonDocument(json).toJson(QJsonDocument::Compact).size();
    QVERIFY2(size <= ApiError::MaxRawBodyBytes + 1024, qPrintable(QString::number(size)));
}

void TestApiError::writesEveryFieldToJson() {
    ApiError error = ApiError::fromHttp(
        401, R"({"error": {"message": "Invalid token", "message_zh": "无效的令牌"}})"_ba,
        "application/json");
    error.requestId = u"req_1"_s;
    const QJsonObject json = error.toJson();
    QCOMPARE(json.value(u"kind"_s).toString(), u"http"_s);
    QCOMPARE(json.value(u"status"_s).toInt(), 401);
    QCOMPARE(json.value(u"message_zh"_s).toString(), u"无效的令牌"_s);
    QCOMPARE(json.value(u"request_id"_s).toString(), u"req_1"_s);
    QVERIFY(!json.contains(u"raw"_s));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
