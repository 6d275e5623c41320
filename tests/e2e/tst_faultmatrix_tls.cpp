#include "api/apiclient.h"
#include "callresult.h"
#include "faultmatrixsupport.h"
#include "api/downloader.h"
#include "mockserverprocess.h"
#include "settings/gatewayconfig.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using FaultMatrix::LoggedMock;
using FaultMatrix::runCli;
using FaultMatrix::sourcePath;

// The fault matrix of docs/reliability.md, cases 9 and 10: where the key may
// go (never to another origin, never down to http) and whom the client trusts.
class TestFaultMatrixTls final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    // 9.
    void neverFollowsAnApiRedirect_data();
    void neverFollowsAnApiRedirect();
    void downgradeFromHttpsToHttpCarriesNoKey();
    void apiRedirectFromHttpsIsNotFollowed();
    // 10.
    void refusesAnUntrustedCertificate();
    void cliRefusesAnUntrustedCertificate();
    void trustsTheCaCertificateOfTheProfile();
    void refusesAServerWhoseNameDoesNotMatch();
    void sourceNeverIgnoresCertificateErrors();

private:
    QStringList tlsArguments() const;
    ClientConfig trustingConfig(const QUrl& baseUrl) const;

    QTemporaryDir m_dir;
};

void TestFaultMatrixTls::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(sourcePath(u"tests/data/tls/server.pem"_s)));
}

QStringList TestFaultMatrixTls::tlsArguments() const {
    return {u"--api-key"_s,  MockServerProcess::defaultApiKey(),
            u"--tls-cert"_s, sourcePath(u"tests/data/tls/server.pem"_s),
            u"--tls-key"_s,  sourcePath(u"tests/data/tls/server.key"_s)};
}

ClientConfig TestFaultMatrixTls::trustingConfig(const QUrl& baseUrl) const {
    GatewayProfile profile = GatewayProfile::create(u"TLS mock"_s, baseUrl);
    profile.caCertificateFile = sourcePath(u"tests/data/tls/ca.pem"_s);
    QString error;
    ClientConfig config = clientConfigFor(profile, MockServerProcess::defaultApiKey(), &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return config;
}

// ---- 9 -------------------------------------------------------------------

void TestFaultMatrixTls::neverFollowsAnApiRedirect_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("post");
    for (const int status : {301, 302, 303, 307, 308}) {
        QTest::addRow("GET %d", status) << status << false;
        QTest::addRow("remix POST %d", status) << status << true;
    }
}

void TestFaultMatrixTls::neverFollowsAnApiRedirect() {
    QFETCH(int, status);
    QFETCH(bool, post);
    MockServerProcess mock;
    QVERIFY(mock.start());
    QVERIFY(mock.addFault({{u"fault"_s, u"redirect-cross-origin"_s}, {u"status"_s, status}}));
    ApiClient api(ClientConfig::forGateway(mock.baseUrl(), mock.apiKey()));
    const CallResult result =
        CallResult::waitFor(post ? api.remix(RemixRequest::make(u"video_demo_source"_s, u"p"_s, {}))
                                 : api.retrieve(u"video_demo_source"_s));
    QVERIFY(!result.ok);
    QCOMPARE(result.error.httpStatus, status);
    QVERIFY2(result.error.technicalDetail.contains(u"redirect"_s),
             qPrintable(result.error.technicalDetail));
    QCOMPARE(mock.requests().size(), 1);
    QCOMPARE(mock.cdnRequests().size(), 0);
}

void TestFaultMatrixTls::downgradeFromHttpsToHttpCarriesNoKey() {
    LoggedMock mock;
    QVERIFY(mock.start(tlsArguments() + QStringList{u"--content"_s, u"redirect"_s}));
    QCOMPARE(mock.baseUrl().scheme(), u"https"_s);
    ApiClient api(trustingConfig(mock.baseUrl()));
    const QString target = m_dir.filePath(u"downgraded.mp4"_s);
    Downloader* downloader = api.download(u"video_demo_source"_s, ContentVariant::Video, target);
    QSignalSpy finished(downloader, &Downloader::finished);
    downloader->start();
    QVERIFY(finished.wait(15'000));
    QVERIFY2(downloader->succeeded(), qPrintable(downloader->error().summary()));

    const QJsonArray log = mock.log();
    QCOMPARE(mock.count(u"api"_s), 1);
    QCOMPARE(mock.count(u"cdn"_s), 1);
    for (const QJsonValue& entry : log) {
        const QJsonObject headers = entry[u"headers"_s].toObject();
        if (entry[u"origin"_s].toString() == u"cdn"_s)
            QVERIFY2(!headers.contains(u"authorization"_s), "the key went down to http");
        else
            QCOMPARE(headers.value(u"authorization"_s).toString(), u"Bearer ***"_s);
    }
}

void TestFaultMatrixTls::apiRedirectFromHttpsIsNotFollowed() {
    LoggedMock mock;
    QVERIFY(mock.start(
        tlsArguments() +
        QStringList{u"--fault"_s, u"{\"fault\":\"redirect-cross-origin\",\"status\":307}"_s}));
    ApiClient api(trustingConfig(mock.baseUrl()));
    const CallResult result =
        CallResult::waitFor(api.remix(RemixRequest::make(u"video_demo_source"_s, u"p"_s, {})));
    QCOMPARE(result.error.httpStatus, 307);
    QCOMPARE(mock.count(u"api"_s, "POST"), 1);
    QCOMPARE(mock.count(u"cdn"_s), 0);
}

// ---- 10 ------------------------------------------------------------------

void TestFaultMatrixTls::refusesAnUntrustedCertificate() {
    LoggedMock mock;
    QVERIFY(mock.start(tlsArguments()));
    ApiClient api(ClientConfig::forGateway(mock.baseUrl(), MockServerProcess::defaultApiKey()));
    for (const bool post : {false, true}) {
        const CallResult result = CallResult::waitFor(
            post ? api.remix(RemixRequest::make(u"video_demo_source"_s, u"p"_s, {}))
                 : api.retrieve(u"video_demo_source"_s));
        QCOMPARE(result.error.kind, ApiError::Kind::Tls);
        QVERIFY(!result.error.outcomeUnknown);
        // Asking again does not make a certificate trustworthy.
        QVERIFY(result.retryDelays.isEmpty());
        QVERIFY2(result.error.summary().contains(u"certificate is not trusted"_s),
                 qPrintable(result.error.summary()));
    }
    // The handshake failed: not one request (nor the key) reached the server.
    QCOMPARE(mock.log().size(), 0);
}

void TestFaultMatrixTls::cliRefusesAnUntrustedCertificate() {
    LoggedMock mock;
    QVERIFY(mock.start(tlsArguments()));
    for (const QString& lang : {u"en"_s, u"zh"_s}) {
        const FaultMatrix::CliRun run =
            runCli({u"--base-url"_s, mock.baseUrl().toString(), u"--lang"_s, lang, u"status"_s,
                    u"video_demo_source"_s},
                   MockServerProcess::defaultApiKey());
        QVERIFY2(run.exitCode == 3, run.err.constData());
        const QByteArray expected =
            lang == u"zh"_s ? "证书不受信任"_ba : "certificate is not trusted"_ba;
        QVERIFY2(run.err.contains(expected), run.err.constData());
    }
    QCOMPARE(mock.log().size(), 0);
}

void TestFaultMatrixTls::trustsTheCaCertificateOfTheProfile() {
    LoggedMock mock;
    QVERIFY(mock.start(tlsArguments()));
    const ClientConfig config = trustingConfig(mock.baseUrl());
    QCOMPARE(config.extraCaCertificates.size(), 1);
    ApiClient api(config);
    const CallResult result = CallResult::waitFor(api.retrieve(u"video_demo_source"_s));
    QVERIFY2(result.ok, qPrintable(result.error.summary() + u' ' + result.error.technicalDetail));
    QCOMPARE(result.video->id, u"video_demo_source"_s);
    const CallResult created =
        CallResult::waitFor(api.remix(RemixRequest::make(u"video_demo_source"_s, u"p"_s, {})));
    QVERIFY2(created.ok, qPrintable(created.error.summary()));
    QCOMPARE(mock.count(u"api"_s), 2);
}

void TestFaultMatrixTls::refusesAServerWhoseNameDoesNotMatch() {
    // Signed by the trusted CA, but for gateway.example, not for 127.0.0.1.
    QStringList arguments = tlsArguments();
    arguments[arguments.indexOf(u"--tls-cert"_s) + 1] =
        sourcePath(u"tests/data/tls/wrongname.pem"_s);
    LoggedMock mock;
    QVERIFY(mock.start(arguments));
    ApiClient api(trustingConfig(mock.baseUrl()));
    const CallResult result = CallResult::waitFor(api.retrieve(u"video_demo_source"_s));
    QCOMPARE(result.error.kind, ApiError::Kind::Tls);
    QVERIFY(result.retryDelays.isEmpty());
    QCOMPARE(mock.log().size(), 0);
}

void TestFaultMatrixTls::sourceNeverIgnoresCertificateErrors() {
    // Trust is extended only through the CA list; nothing may switch checking off.
    static const QRegularExpression forbidden(u"ignoreSslErrors|VerifyNone|setPeerVerifyMode"_s);
    int files = 0;
    QStringList hits;
    QDirIterator it(sourcePath(u"src"_s), {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        const QString text = QString::fromUtf8(file.readAll());
        if (forbidden.match(text).hasMatch())
            hits << file.fileName();
    }
    QVERIFY(files > 50);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestFaultMatrixTls)
#include "tst_faultmatrix_tls.moc"
