#include "api/apiclient.h"
#include "callresult.h"
#include "mockserverprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The API client against the real mock gateway: what goes over the wire, and
// how every kind of answer is read.
class TestApiClient final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void sendsTheExactRemixRequest();
    void omitsSizeWhenKeepingTheSource();
    void readsTheSeedUnauthorizedBody();
    void reportsUnknownVideoAs404();
    void waitsOutRateLimitThenSucceeds();
    void retriesServerErrorsOnGet();
    void neverRepostsARemixAfterServerError();
    void neverRepostsARemixAfterReset();
    void retriesARemixThatNeverArrived();
    void sendsNothingForBadVideoIds_data();
    void sendsNothingForBadVideoIds();
    void neverParsesATruncatedBody_data();
    void neverParsesATruncatedBody();
    void stopsATricklingBodyAtTheDeadline();
    void reportsSilentServerAsTimeout();
    void summarisesHtmlErrorPages();
    void honoursShouldRetryFalse();
    void readsEveryDialect_data();
    void readsEveryDialect();
    void listsAndDeletes();
    void degradesWithoutListEndpoint();

private:
    ApiClient* client(int deadlineMs = 20'000, int inactivityMs = 10'000);

    MockServerProcess m_mock;
};

void TestApiClient::initTestCase() {
    QVERIFY(m_mock.start({u"--job-duration"_s, u"1500"_s}));
}

void TestApiClient::init() {
    QVERIFY(m_mock.reset());
    QVERIFY(m_mock.configure(QJsonObject{{u"jobDurationMs"_s, 1500}}));
}

ApiClient* TestApiClient::client(int deadlineMs, int inactivityMs) {
    ClientConfig config = ClientConfig::forGateway(m_mock.baseUrl(), m_mock.apiKey());
    config.requestDeadlineMs = deadlineMs;
    config.inactivityTimeoutMs = inactivityMs;
    auto* api = new ApiClient(config, this);
    connect(this, &QObject::destroyed, api, &QObject::deleteLater);
    return api;
}

void TestApiClient::sendsTheExactRemixRequest() {
    const CallResult result = CallResult::waitFor(client()->remix(
        RemixRequest::make(u"video_demo_source"_s, u"让这个视频背景变成紫色"_s, u"1280x720"_s)));
    QVERIFY2(result.ok, qPrintable(result.error.summary()));
    QCOMPARE(result.video->status, VideoStatus::Queued);
    QCOMPARE(result.video->progress, 0);
    QCOMPARE(result.video->remixedFromVideoId, u"video_demo_source"_s);

    const QJsonArray requests = m_mock.requests();
    QCOMPARE(requests.size(), 1);
    const QJsonObject request = requests.first().toObject();
    QCOMPARE(request.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(request.value(u"path"_s).toString(), u"/v1/videos/video_demo_source/remix"_s);
    const QJsonObject headers = request.value(u"headers"_s).toObject();
    QCOMPARE(headers.value(u"authorization"_s).toString(), u"Bearer "_s + m_mock.apiKey());
    QCOMPARE(headers.value(u"content-type"_s).toString(), u"application/json"_s);
    QVERIFY(headers.value(u"user-agent"_s).toString().startsWith(u"VideoRemix/"_s));
    QVERIFY(headers.value(u"accept"_s).toString().contains(u"application/json"_s));
    const QJsonObject body =
        QJsonDocument::fromJson(request.value(u"body"_s).toString().toUtf8()).object();
    QCOMPARE(body,
             (QJsonObject{{u"prompt"_s, u"让这个视频背景变成紫色"_s}, {u"size"_s, u"1280x720"_s}}));
}

void TestApiClient::omitsSizeWhenKeepingTheSource() {
    const CallResult result = CallResult::waitFor(client()->remix(
        RemixRequest::make(u"sora-2:task_01JDEMO0000000000000000000"_s, u"p"_s, {})));
    QVERIFY2(result.ok, qPrintable(result.error.summary()));
    const QJsonObject request = m_mock.requests().first().toObject();
    QCOMPARE(request.value(u"path"_s).toString(),
             u"/v1/videos/sora-2%3Atask_01JDEMO0000000000000000000/remix"_s);
    const QJsonObject body =
        QJsonDocument::fromJson(request.value(u"body"_s).toString().toUtf8()).object();
    QCOMPARE(body, (QJsonObject{{u"prompt"_s, u"p"_s}}));
}

void TestApiClient::readsTheSeedUnauthorizedBody() {
    ClientConfig config = ClientConfig::forGateway(m_mock.baseUrl(), u"wrong-key"_s);
    ApiClient api(config);
    const CallResult result = CallResult::waitFor(api.retrieve(u"video_demo_source"_s));
    QVERIFY(!result.ok);
    QCOMPARE(result.error.kind, ApiError::Kind::Http);
    QCOMPARE(result.error.httpStatus, 401);
    QCOMPARE(result.error.message, u"Invalid token"_s);
    QCOMPARE(result.error.messageZh, u"无效的令牌"_s);
    QCOMPARE(result.error.type, u"invalid_request_error"_s);
    QCOMPARE(result.error.messagesFor(UiLanguage::Chinese),
             (QStringList{u"无效的令牌"_s, u"Invalid token"_s}));
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos"_s), 1); // a 401 is not retried
}

void TestApiClient::reportsUnknownVideoAs404() {
    const CallResult result = CallResult::waitFor(client()->retrieve(u"video_does_not_exist"_s));
    QCOMPARE(result.error.kind, ApiError::Kind::Http);
    QCOMPARE(result.error.httpStatus, 404);
    QVERIFY(!result.error.message.isEmpty());
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos"_s), 1);
}

void TestApiClient::waitsOutRateLimitThenSucceeds() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"http429"_s},
                             {u"method"_s, u"POST"_s},
                             {u"times"_s, 1},
                             {u"retryAfter"_s, u"1"_s}}));
    const CallResult result = CallResult::waitFor(
        client()->remix(RemixRequest::make(u"video_demo_source"_s, u"p"_s, {})));
    QVERIFY2(result.ok, qPrintable(result.error.summary()));
    QCOMPARE(result.retryDelays, (QList<qint64>{1000}));
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/*/remix"_s), 2);
}

void TestApiClient::retriesServerErrorsOnGet() {
    QVERIFY(
        m_mock.addFault({{u"fault"_s, u"http503"_s}, {u"method"_s, u"GET"_s}, {u"times"_s, 2}}));
    const CallResult result = CallResult::waitFor(client()->retrieve(u"video_demo_source"_s));
    QVERIFY2(result.ok, qPrintable(result.error.summary()));
    QCOMPARE(result.retryDelays.size(), 2);
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/video_demo_source"_s), 3);
}

void TestApiClient::neverRepostsARemixAfterServerError() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"http500"_s}, {u"method"_s, u"POST"_s}}));
    const CallResult result = CallResult::waitFor(
        client()->remix(RemixRequest::make(u"video_demo_source"_s, u"p"_s, {})));
    QVERIFY(!result.ok);
    QCOMPARE(result.error.httpStatus, 500);
    QVERIFY(result.error.outcomeUnknown);
    QVERIFY(result.retryDelays.isEmpty());
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/*/remix"_s), 1);
}

void TestApiClient::neverRepostsARemixAfterReset() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"reset-after-request"_s}, {u"method"_s, u"POST"_s}}));
    const CallResult result = CallResult::waitFor(
        client()->remix(RemixRequest::make(u"video_demo_source"_s, u"p"_s, {})));
    QVERIFY(!result.ok);
    QVERIFY(result.error.outcomeUnknown);
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/*/remix"_s), 1);
}

void TestApiClient::retriesARemixThatNeverArrived() {
    // Nothing listens on port 1: the connection is refused before anything is sent.
    ClientConfig config = ClientConfig::forGateway(QUrl(u"http://127.0.0.1:1"_s), u"k"_s);
    ApiClient api(config);
    const CallResult result =
        CallResult::waitFor(api.remix(RemixRequest::make(u"video_demo_source"_s, u"p"_s, {})));
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
    QVERIFY(!result.error.outcomeUnknown);
    QCOMPARE(result.retryDelays.size(), 2);
}

void TestApiClient::sendsNothingForBadVideoIds_data() {
    QTest::addColumn<QString>("id");
    for (const QString& id : {u""_s, u" "_s, u"."_s, u".."_s, u"a/b"_s, u"../../admin"_s, u"a?b"_s,
                              u"a#b"_s, u"a%2F"_s, u"a\\b"_s, u"a b"_s, u"a\tb"_s, u"a\nb"_s,
                              QString(129, u'x'), QString(u"a"_s + QChar(0))})
        QTest::newRow(id.toUtf8().toPercentEncoding().constData()) << id;
}

void TestApiClient::sendsNothingForBadVideoIds() {
    QFETCH(QString, id);
    ApiClient* api = client();
    const QList<CallResult> results{CallResult::waitFor(api->remix(RemixRequest{id, u"p"_s, {}})),
                                    CallResult::waitFor(api->retrieve(id)),
                                    CallResult::waitFor(api->remove(id))};
    for (const CallResult& result : results) {
        QCOMPARE(result.error.kind, ApiError::Kind::Validation);
        QVERIFY(!result.error.summary().isEmpty());
    }
    QCOMPARE(m_mock.requests().size(), 0);
}

void TestApiClient::neverParsesATruncatedBody_data() {
    QTest::addColumn<QString>("fault");
    QTest::newRow("short content-length") << u"truncate"_s;
    QTest::newRow("reset mid-body") << u"reset"_s;
    QTest::newRow("broken chunked") << u"broken-chunked"_s;
    QTest::newRow("malformed json") << u"malformed-json"_s;
}

void TestApiClient::neverParsesATruncatedBody() {
    QFETCH(QString, fault);
    QVERIFY(m_mock.addFault({{u"fault"_s, fault}, {u"method"_s, u"GET"_s}}));
    const CallResult result = CallResult::waitFor(client()->retrieve(u"video_demo_source"_s));
    QVERIFY(!result.ok);
    QVERIFY(!result.video);
    QCOMPARE(result.error.kind, ApiError::Kind::Protocol);
}

void TestApiClient::stopsATricklingBodyAtTheDeadline() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"trickle"_s}, {u"intervalMs"_s, 100}}));
    QElapsedTimer clock;
    clock.start();
    ApiClient* api = client(1500, 1000);
    const CallResult result = CallResult::waitFor(api->retrieve(u"video_demo_source"_s), 30'000);
    QVERIFY(result.done);
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    // Two retries of a 1.5 s deadline each plus back-off: far from "forever".
    QVERIFY2(clock.elapsed() < 15'000, qPrintable(QString::number(clock.elapsed())));
}

void TestApiClient::reportsSilentServerAsTimeout() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"no-headers"_s}}));
    ClientConfig config = ClientConfig::forGateway(m_mock.baseUrl(), m_mock.apiKey());
    config.inactivityTimeoutMs = 500;
    config.maxRetries = 0;
    ApiClient api(config);
    const CallResult result = CallResult::waitFor(api.retrieve(u"video_demo_source"_s));
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
}

void TestApiClient::summarisesHtmlErrorPages() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"html502"_s}}));
    const CallResult result = CallResult::waitFor(client()->retrieve(u"video_demo_source"_s));
    QCOMPARE(result.error.httpStatus, 502);
    QVERIFY(result.error.isHtml());
    const QString line = result.error.messagesFor(UiLanguage::English).join(u'\n');
    QVERIFY2(line.contains(u"502 Bad Gateway"_s), qPrintable(line));
    QVERIFY(!line.contains(u'<'));
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/video_demo_source"_s), 3);
}

void TestApiClient::honoursShouldRetryFalse() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"x-should-retry-false"_s}}));
    const CallResult result = CallResult::waitFor(client()->retrieve(u"video_demo_source"_s));
    QCOMPARE(result.error.httpStatus, 500);
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/video_demo_source"_s), 1);
}

void TestApiClient::readsEveryDialect_data() {
    QTest::addColumn<QString>("dialect");
    for (const QString& dialect : {u"openai"_s, u"seed"_s, u"newapi"_s, u"numeric"_s})
        QTest::newRow(qPrintable(dialect)) << dialect;
}

void TestApiClient::readsEveryDialect() {
    QFETCH(QString, dialect);
    QVERIFY(m_mock.configure({{u"dialect"_s, dialect}, {u"jobDurationMs"_s, 600}}));
    ApiClient* api = client();
    const CallResult created =
        CallResult::waitFor(api->remix(RemixRequest::make(u"video_demo_source"_s, u"p"_s, {})));
    QVERIFY2(created.ok, qPrintable(created.error.summary()));
    QCOMPARE(created.video->status, VideoStatus::Queued);
    QVERIFY(created.video->createdAt.isValid());
    QVERIFY(qAbs(created.video->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
    CallResult done;
    const auto retrieve = [&] {
        done = CallResult::waitFor(api->retrieve(created.video->id));
        return done.ok && done.video->status == VideoStatus::Completed;
    };
    QTRY_VERIFY_WITH_TIMEOUT(retrieve(), 5000);
    QVERIFY2(done.ok, qPrintable(done.error.summary()));
    QCOMPARE(done.video->status, VideoStatus::Completed);
    QCOMPARE(done.video->progress, 100);
}

void TestApiClient::listsAndDeletes() {
    ApiClient* api = client();
    const CallResult created =
        CallResult::waitFor(api->remix(RemixRequest::make(u"video_demo_source"_s, u"p"_s, {})));
    QVERIFY(created.ok);
    const CallResult page = CallResult::waitFor(api->list({}, 2));
    QVERIFY2(page.ok, qPrintable(page.error.summary()));
    QCOMPARE(page.json.value(u"data"_s).toArray().size(), 2);
    QVERIFY(page.json.value(u"has_more"_s).toBool());
    const CallResult next =
        CallResult::waitFor(api->list(page.json.value(u"last_id"_s).toString(), 100));
    QVERIFY(next.ok);
    QVERIFY(!next.json.value(u"data"_s).toArray().isEmpty());

    const CallResult removed = CallResult::waitFor(api->remove(created.video->id));
    QVERIFY2(removed.ok, qPrintable(removed.error.summary()));
    QCOMPARE(removed.json.value(u"deleted"_s).toBool(), true);
    const CallResult gone = CallResult::waitFor(api->retrieve(created.video->id));
    QCOMPARE(gone.error.httpStatus, 404);
}

void TestApiClient::degradesWithoutListEndpoint() {
    QVERIFY(m_mock.configure({{u"listEndpoint"_s, false}}));
    const CallResult page = CallResult::waitFor(client()->list());
    QCOMPARE(page.error.httpStatus, 404);
    QVERIFY(page.error.message.contains(u"Invalid URL"_s));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
