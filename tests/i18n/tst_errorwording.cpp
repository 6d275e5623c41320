// A job's failure, read back from the library, speaks the language in use now:
// the gateway's message in that language first, VideoRemix's own words
// (summaries, an expired result) worded again rather than kept as stored.
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
    QTest::newRow("English only, zh") << UiLanguage::Chinese << english << u"Blocked"_s;
    QTest::newRow("own words, zh")
        << UiLanguage::Chinese << unreachable << u"无法连接网关 http://127.0.0.1:9/v1/videos。"_s;
    QTest::newRow("own words, en")
        << UiLanguage::English << unreachable
        << u"Could not reach the gateway at http://127.0.0.1:9/v1/videos."_s;
    QTest::newRow("nothing") << UiLanguage::Chinese << QJsonObject{} << QString();
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
