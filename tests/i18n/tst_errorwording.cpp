// A job's failure, read back from the library, speaks the language in use now:
// the gateway's message in that language first, VideoRemix's own words
// (summaries, an expired result) worded again rather than kept as stored. When
// the gateway spoke only the other language, VideoRemix's own line comes first.
#include "api/apierror.h"
#include "jobs/jobrecord.h"
#include "translationloader.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestErrorWording final : public QObject {
    Q_OBJECT

private slots:
    void apiErrorSurvivesTheLibrary();
    void jobErrorSpeaksTheLanguageInUse_data();
    void jobErrorSpeaksTheLanguageInUse();
    void knownSituationsGetALineInTheUiLanguage_data();
    void knownSituationsGetALineInTheUiLanguage();
    void aFailedJobSaysWhyInTheUiLanguage_data();
    void aFailedJobSaysWhyInTheUiLanguage();

private:
    TranslationLoader m_translations;
};

void TestErrorWording::apiErrorSurvivesTheLibrary() {
    ApiError error = ApiError::fromHttp(
        401, R"({"error":{"message":"Invalid token","message_zh":"无效的令牌","type":"auth"}})"_ba,
        "application/json");
    error.url = QUrl(u"https://gateway.example.com/v1/videos/v/remix"_s);
    error.requestId = u"req_1"_s;
    error.retryAfterMs = 1500;
    const ApiError back = ApiError::fromJson(error.toJson());
    QCOMPARE(back.kind, error.kind);
    QCOMPARE(back.httpStatus, 401);
    QCOMPARE(back.message, u"Invalid token"_s);
    QCOMPARE(back.messageZh, u"无效的令牌"_s);
    QCOMPARE(back.type, u"auth"_s);
    QCOMPARE(back.requestId, u"req_1"_s);
    QCOMPARE(back.url, error.url);
    QCOMPARE(back.retryAfterMs, std::optional<qint64>(1500));
    QCOMPARE(back.toJson(), error.toJson());
}

void TestErrorWording::jobErrorSpeaksTheLanguageInUse_data() {
    QTest::addColumn<UiLanguage>("language");
    QTest::addColumn<QJsonObject>("stored");
    QTest::addColumn<QString>("expected");
    const QJsonObject both{{u"kind"_s, u"http"_s},
                           {u"status"_s, 400},
                           {u"message"_s, u"Blocked"_s},
                           {u"message_zh"_s, u"已拦截"_s},
                           {u"summary"_s, u"(stored)"_s}};
    const QJsonObject english{
        {u"kind"_s, u"http"_s}, {u"status"_s, 400}, {u"message"_s, u"Blocked"_s}};
    const QJsonObject unreachable{{u"kind"_s, u"network"_s},
                                  {u"url"_s, u"http://127.0.0.1:9/v1/videos"_s},
                                  {u"summary"_s, u"Could not reach the gateway at (stored)."_s}};
    QTest::newRow("both, zh") << UiLanguage::Chinese << both << u"已拦截"_s;
    QTest::newRow("both, en") << UiLanguage::English << both << u"Blocked"_s;
    QTest::newRow("English only, zh") << UiLanguage::Chinese << english << u"网关返回 HTTP 400。"_s;
    QTest::newRow("English only, en") << UiLanguage::English << english << u"Blocked"_s;
    QTest::newRow("own words, zh")
        << UiLanguage::Chinese << unreachable << u"无法连接网关 http://127.0.0.1:9/v1/videos。"_s;
    QTest::newRow("own words, en")
        << UiLanguage::English << unreachable
        << u"Could not reach the gateway at http://127.0.0.1:9/v1/videos."_s;
    QTest::newRow("nothing") << UiLanguage::Chinese << QJsonObject{} << u"网关未能生成这个视频。"_s;
}

void TestErrorWording::knownSituationsGetALineInTheUiLanguage_data() {
    QTest::addColumn<UiLanguage>("language");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");
    const QByteArray busyZh = R"({"error":{"message":"当前分组上游负载已饱和，请稍后再试"}})"_ba;
    QTest::newRow("429 Chinese only, en")
        << UiLanguage::English << 429 << busyZh
        << QStringList{u"The gateway is busy: too many requests for now (HTTP 429)."_s,
                       u"当前分组上游负载已饱和，请稍后再试"_s};
    QTest::newRow("429 Chinese only, zh") << UiLanguage::Chinese << 429 << busyZh
                                          << QStringList{u"当前分组上游负载已饱和，请稍后再试"_s};
    QTest::newRow("502 English only, zh")
        << UiLanguage::Chinese << 502 << R"({"error":{"message":"upstream error"}})"_ba
        << QStringList{u"网关自身出现问题（HTTP 502）。"_s, u"upstream error"_s};
    QTest::newRow("401 English only, zh")
        << UiLanguage::Chinese << 401 << R"({"error":{"message":"Invalid token"}})"_ba
        << QStringList{u"网关不接受该 API 密钥（HTTP 401）。"_s, u"Invalid token"_s};
    QTest::newRow("403 Chinese only, en")
        << UiLanguage::English << 403 << R"({"message":"令牌已过期"})"_ba
        << QStringList{u"The gateway did not accept the API key (HTTP 403)."_s, u"令牌已过期"_s};
    QTest::newRow("moderation English only, zh")
        << UiLanguage::Chinese << 400
        << R"({"error":{"message":"Your request was blocked by our moderation system.","code":"moderation_blocked"}})"_ba
        << QStringList{u"网关的内容审核拒绝了此请求。"_s,
                       u"Your request was blocked by our moderation system."_s};
    QTest::newRow("both languages, en")
        << UiLanguage::English << 429 << R"({"error":{"message":"Busy","message_zh":"繁忙"}})"_ba
        << QStringList{u"Busy"_s, u"繁忙"_s};
}

void TestErrorWording::knownSituationsGetALineInTheUiLanguage() {
    QFETCH(UiLanguage, language);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    QVERIFY(m_translations.install(language));
    const ApiError error = ApiError::fromHttp(status, body, "application/json");
    QCOMPARE(error.messagesFor(language), expected);
    // Stored in the library and read back, it says the same.
    JobRecord record;
    record.state = JobState::Rejected;
    record.error = error.toJson();
    QCOMPARE(record.errorLines(language), expected);
}

void TestErrorWording::aFailedJobSaysWhyInTheUiLanguage_data() {
    QTest::addColumn<UiLanguage>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("expected");
    const QString blocked = u"Your request was blocked by moderation."_s;
    QTest::newRow("moderation, zh") << UiLanguage::Chinese << u"moderation_blocked"_s << blocked
                                    << QStringList{u"网关的内容审核拦截了这个视频。"_s, blocked};
    QTest::newRow("moderation, en")
        << UiLanguage::English << u"moderation_blocked"_s << blocked << QStringList{blocked};
    QTest::newRow("moderation by its words only, zh")
        << UiLanguage::Chinese << QString() << blocked
        << QStringList{u"网关的内容审核拦截了这个视频。"_s, blocked};
    QTest::newRow("other failure, zh")
        << UiLanguage::Chinese << u"generation_failed"_s << u"Out of GPUs"_s
        << QStringList{u"网关未能生成这个视频。"_s, u"Out of GPUs"_s};
    QTest::newRow("Chinese failure, en")
        << UiLanguage::English << u"generation_failed"_s << u"生成失败"_s
        << QStringList{u"The gateway could not make this video."_s, u"生成失败"_s};
    QTest::newRow("no reason, en") << UiLanguage::English << QString() << QString()
                                   << QStringList{u"The gateway could not make this video."_s};
}

void TestErrorWording::aFailedJobSaysWhyInTheUiLanguage() {
    QFETCH(UiLanguage, language);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QStringList, expected);
    QVERIFY(m_translations.install(language));
    JobRecord record;
    record.state = JobState::Failed;
    record.error = {{u"code"_s, code}, {u"message"_s, message}};
    QCOMPARE(record.errorLines(language), expected);
    QCOMPARE(record.errorMessage(language), expected.first());
}

void TestErrorWording::jobErrorSpeaksTheLanguageInUse() {
    QFETCH(UiLanguage, language);
    QFETCH(QJsonObject, stored);
    QFETCH(QString, expected);
    QVERIFY(m_translations.install(language));
    JobRecord record;
    record.state = JobState::Failed;
    record.error = stored;
    QCOMPARE(record.errorMessage(language), expected);
}

QTEST_GUILESS_MAIN(TestErrorWording)
#include "tst_errorwording.moc"
