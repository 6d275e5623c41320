#include "settings/logredaction.h"

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
    QTest::newRow("desk-top") << u"the desk-top layout"_s;
    QTest::newRow("task id") << u"sora-2:task_01HX sk- alone"_s;
    QTest::newRow("error text") << u"The gateway answered with HTTP 401."_s;
    QTest::newRow("chinese") << u"无效的令牌"_s;
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

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "tst_logredaction.moc"
