#include "api/apierror.h"
#include "settings/logredaction.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList g_captured;

void capture(QtMsgType, const QMessageLogContext&, const QString& message) {
    g_captured << message;
}

} // namespace

class TestLogRedaction final : public QObject {
    Q_OBJECT

private slots:
    void redactsKeyPatterns_data();
    void redactsKeyPatterns();
    void leavesOrdinaryTextAlone_data();
    void leavesOrdinaryTextAlone();
    void redactsRegisteredSecretsOfAnyShape();
    void ignoresTooShortSecrets();
    void messageHandlerRedactsEveryMessageType();
    void anApiErrorNeverCarriesAnEchoedKey_data();
    void anApiErrorNeverCarriesAnEchoedKey();
    void aStoredErrorReadsBackRedacted();
};

void TestLogRedaction::redactsKeyPatterns_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bearer header") << u"Authorization: Bearer abcDEF123.456"_s << u"abcDEF123.456"_s
                                   << u"Authorization: Bearer [redacted]"_s;
    QTest::newRow("bearer in prose") << u"sending bearer tok_9f8e7d6c to host"_s
                                     << u"tok_9f8e7d6c"_s << u"sending bearer [redacted] to host"_s;
    QTest::newRow("openai key") << u"key=sk-proj-AbC123_xyz-789 rejected"_s
                                << u"sk-proj-AbC123_xyz-789"_s << u"key=sk-[redacted] rejected"_s;
    QTest::newRow("bare sk key in json")
        << u"{\"k\":\"sk-1234567890abcdef\"}"_s << u"sk-1234567890abcdef"_s
        << u"{\"k\":\"sk-[redacted]\"}"_s;
    QTest::newRow("authorization without scheme")
        << u"authorization=raw-token-value"_s << u"raw-token-value"_s
        << u"authorization=[redacted]"_s;
    QTest::newRow("header map debug output")
        << u"QMap((\"authorization\", \"Bearer zzTOKENzz\"))"_s << u"zzTOKENzz"_s
        << u"QMap((\"authorization\", \"Bearer [redacted]\"))"_s;
    QTest::newRow("api_key query")
        << u"GET https://gw/v1/videos?api_key=qwertyuiop"_s << u"qwertyuiop"_s
        << u"GET https://gw/v1/videos?api_key=[redacted]"_s;
}

void TestLogRedaction::redactsKeyPatterns() {
    QFETCH(QString, input);
    QFETCH(QString, secret);
    QFETCH(QString, expected);
    const QString output = LogRedaction::redact(input);
    QVERIFY2(!output.contains(secret), qPrintable(output));
    QCOMPARE(output, expected);
}

void TestLogRedaction::leavesOrdinaryTextAlone_data() {
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("desk-top") << u"the desk-top layout"_s;
    QTest::newRow("task id") << u"sora-2:task_01HX sk- alone"_s;
    QTest::newRow("error text") << u"The gateway answered with HTTP 401."_s;
    QTest::newRow("chinese") << u"无效的令牌"_s;
    // Copy as curl names the variable that holds the key, not the key.
    QTest::newRow("shell variable") << u"-H \"Authorization: Bearer $VIDEOREMIX_API_KEY\""_s;
    QTest::newRow("braced shell variable") << u"Authorization: Bearer ${OPENAI_API_KEY}"_s;
}

void TestLogRedaction::leavesOrdinaryTextAlone() {
    QFETCH(QString, input);
    QCOMPARE(LogRedaction::redact(input), input);
}

void TestLogRedaction::redactsRegisteredSecretsOfAnyShape() {
    const QString key = u"gw-7Hq2pLk9Zt"_s;
    QVERIFY(LogRedaction::redact(u"key is "_s + key).contains(key));
    LogRedaction::addSecret(key);
    const QString out = LogRedaction::redact(u"key is "_s + key + u", again "_s + key);
    QVERIFY2(!out.contains(key), qPrintable(out));
    QCOMPARE(out.count(u"[redacted]"_s), 2);
    LogRedaction::clearSecrets();
    QVERIFY(LogRedaction::redact(key).contains(key));
}

void TestLogRedaction::ignoresTooShortSecrets() {
    LogRedaction::addSecret(u"ab"_s);
    QCOMPARE(LogRedaction::redact(u"abc ab"_s), u"abc ab"_s);
    LogRedaction::clearSecrets();
}

void TestLogRedaction::messageHandlerRedactsEveryMessageType() {
    const QString key = u"sk-live-5fGh7JkL9mN"_s;
    const QString custom = u"custom-secret-98765"_s;
    LogRedaction::addSecret(custom);
    const QtMessageHandler original = qInstallMessageHandler(capture);
    LogRedaction::install();
    LogRedaction::install(); // idempotent: must not chain to itself
    QVERIFY(LogRedaction::isInstalled());

    g_captured.clear();
    qDebug() << "Authorization:" << (u"Bearer "_s + key);
    qInfo("request with key %s", qPrintable(key));
    qWarning().noquote() << "gateway key" << custom;
    qCritical() << QByteArray("authorization: Bearer ") + key.toUtf8();
    QLoggingCategory category("videoremix.test");
    qCWarning(category) << "key" << key;

    qInstallMessageHandler(original);
    LogRedaction::clearSecrets();
    QCOMPARE(g_captured.size(), 5);
    for (const QString& line : std::as_const(g_captured)) {
        QVERIFY2(!line.contains(key), qPrintable(line));
        QVERIFY2(!line.contains(u"5fGh7JkL9mN"_s), qPrintable(line));
        QVERIFY2(!line.contains(custom), qPrintable(line));
        QVERIFY2(line.contains(u"[redacted]"_s), qPrintable(line));
    }
}

// What the mock's echo-key fault sends, in each envelope a gateway uses.
void TestLogRedaction::anApiErrorNeverCarriesAnEchoedKey_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("body");
    const QString plain = u"gw7Hq2pLk9ZtXc"_s; // no known shape
    const QString sk = u"sk-proj-Echo123456"_s;
    const auto openAi = [](const QString& key) {
        return u"{\"error\":{\"message\":\"Invalid token: %1\",\"message_zh\":\"无效的令牌：%1\","
               u"\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"},"
               u"\"request\":{\"authorization\":\"Bearer %1\",\"token\":\"%1\"}}"_s.arg(key)
                   .toUtf8();
    };
    QTest::newRow("openai envelope, plain key") << plain << openAi(plain);
    QTest::newRow("openai envelope, sk key") << sk << openAi(sk);
    QTest::newRow("new-api envelope")
        << plain
        << u"{\"code\":\"%1\",\"message\":\"无效的令牌 %1\",\"data\":null}"_s.arg(plain).toUtf8();
    QTest::newRow("plain text") << plain << u"bad key %1\n"_s.arg(plain).toUtf8();
    QTest::newRow("json in a string")
        << plain
        << u"{\"error\":{\"message\":\"{\\\"error\\\":{\\\"message\\\":\\\"key %1 rejected\\\"}}\"}}"_s
               .arg(plain)
               .toUtf8();
}

void TestLogRedaction::anApiErrorNeverCarriesAnEchoedKey() {
    QFETCH(QString, key);
    QFETCH(QByteArray, body);
    LogRedaction::addSecret(key); // as RequestFactory does for the key it sends
    const ApiError error = ApiError::fromHttp(401, body, "application/json");
    LogRedaction::clearSecrets();
    QVERIFY(!error.messagesFor(UiLanguage::English).isEmpty());
    const QString everything =
        QStringList{error.message,
                    error.messageZh,
                    error.code,
                    error.type,
                    error.param,
                    QString::fromUtf8(error.rawBody),
                    QString::fromUtf8(QJsonDocument(error.toJson()).toJson())}
            .join(u'\n');
    QVERIFY2(!everything.contains(key), qPrintable(everything));
    QVERIFY2(everything.contains(u"[redacted]"_s), qPrintable(everything));
}

void TestLogRedaction::aStoredErrorReadsBackRedacted() {
    // A row written before errors were redacted: it shows clean all the same.
    const QJsonObject stored{{u"kind"_s, u"http"_s},
                             {u"status"_s, 401},
                             {u"message"_s, u"Invalid token: sk-OldLeak123456"_s},
                             {u"detail"_s, u"authorization: Bearer sk-OldLeak123456"_s}};
    const ApiError error = ApiError::fromJson(stored);
    QCOMPARE(error.message, u"Invalid token: sk-[redacted]"_s);
    QVERIFY(!error.technicalDetail.contains(u"OldLeak"_s));
    // Bytes that are not text are left as they came.
    ApiError binary;
    binary.kind = ApiError::Kind::Http;
    binary.rawBody = QByteArray("\xff\xfe\x00binary", 9);
    QCOMPARE(binary.redacted().rawBody, binary.rawBody);
}

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "tst_logredaction.moc"
