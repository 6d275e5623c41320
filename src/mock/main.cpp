#include "faultrules.h"
#include "mockconfig.h"
#include "mockserver.h"
#include "signalwatcher.h"
#include "stdinwatcher.h"
#include "tlsconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>

#include "videoremix_version.h"

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const QString& message) {
    std::fprintf(stderr, "videoremix-mock: %s\n", qPrintable(message));
    std::exit(2);
}

// A rule on the command line is either a bare fault name or a JSON rule.
FaultRule parseFaultArgument(const QString& argument) {
    QJsonObject object;
    if (argument.trimmed().startsWith(u'{'))
        object = QJsonDocument::fromJson(argument.toUtf8()).object();
    else
        object.insert(u"fault"_s, argument);
    QString error;
    std::optional<FaultRule> rule = FaultRules::parse(object, &error);
    if (!rule)
        fail(error + u" (known: "_s + FaultRules::knownFaults().join(u", "_s) + u')');
    return *rule;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"videoremix-mock"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VIDEOREMIX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local video gateway that speaks the VideoRemix API, its dialects and its faults.\n"
        "The first line on stdout is the base URL; then one JSON line per request."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(u"host"_s, u"Loopback address to listen on."_s, u"address"_s,
                                  u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s, u"Port for the API; 0 picks a free one."_s, u"port"_s,
                                  u"0"_s);
    const QCommandLineOption apiKey(
        u"api-key"_s, u"Accepted API key (default: $VIDEOREMIX_MOCK_API_KEY, else demo-key)."_s,
        u"key"_s);
    const QCommandLineOption jobDuration(
        u"job-duration"_s, u"Milliseconds a job takes to complete."_s, u"ms"_s, u"8000"_s);
    const QCommandLineOption dialect(u"dialect"_s, u"openai, seed, newapi or numeric."_s, u"name"_s,
                                     u"openai"_s);
    const QCommandLineOption content(
        u"content"_s, u"How /content answers: bytes, json-url, redirect."_s, u"mode"_s, u"bytes"_s);
    const QCommandLineOption noList(u"no-list"_s, u"Act as a gateway without list and delete."_s);
    const QCommandLineOption fault(
        u"fault"_s, u"Fault for every API request: a name or a JSON rule. Repeatable."_s,
        u"name"_s);
    const QCommandLineOption quiet(u"quiet"_s, u"Do not log requests on stdout."_s);
    const QCommandLineOption exitWithStdin(u"exit-with-stdin"_s, u"Exit when stdin closes."_s);
    const QCommandLineOption tlsCert(
        u"tls-cert"_s, u"Serve the API over https with this PEM certificate chain."_s, u"file"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"The PEM private key of --tls-cert."_s,
                                    u"file"_s);
    parser.addOptions({host, port, apiKey, jobDuration, dialect, content, noList, fault, quiet,
                       exitWithStdin, tlsCert, tlsKey});
    parser.process(app);

    const QHostAddress address(parser.value(host));
    if (!address.isLoopback())
        fail(u"--host must be a loopback address: the mock is not for other machines"_s);
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        fail(u"--port must be 0..65535"_s);

    MockConfig config;
    const QByteArray envKey = qgetenv("VIDEOREMIX_MOCK_API_KEY");
    config.apiKey = parser.isSet(apiKey) ? parser.value(apiKey)
                    : !envKey.isEmpty()  ? QString::fromUtf8(envKey)
                                         : u"demo-key"_s;
    config.jobDurationMs = parser.value(jobDuration).toLongLong(&ok);
    if (!ok || config.jobDurationMs < 0)
        fail(u"--job-duration must be a number of milliseconds"_s);
    if (!MockConfig::parseDialect(parser.value(dialect), &config.dialect))
        fail(u"--dialect must be openai, seed, newapi or numeric"_s);
    if (!MockConfig::parseContentMode(parser.value(content), &config.contentMode))
        fail(u"--content must be bytes, json-url or redirect"_s);
    config.listEndpoint = !parser.isSet(noList);

    FaultRules rules;
    for (const QString& argument : parser.values(fault))
        rules.append(parseFaultArgument(argument));

    // Installed before the URL is printed: a parent may stop the mock as soon
    // as it has read that line.
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app,
                     &QCoreApplication::quit);
    std::unique_ptr<StdinWatcher> stdinWatcher;
    if (parser.isSet(exitWithStdin)) {
        stdinWatcher = std::make_unique<StdinWatcher>();
        QObject::connect(stdinWatcher.get(), &StdinWatcher::closed, &app, &QCoreApplication::quit);
    }

    MockServer server(config, rules);
    server.setEcho(!parser.isSet(quiet));
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        fail(u"--tls-cert and --tls-key go together"_s);
    if (parser.isSet(tlsCert)) {
        QString tlsError;
        const std::optional<QSslConfiguration> tls =
            TlsConfig::load(parser.value(tlsCert), parser.value(tlsKey), &tlsError);
        if (!tls)
            fail(tlsError);
        server.useTls(*tls);
    }
    QString error;
    if (!server.listen(address, quint16(portNumber), &error))
        fail(u"cannot listen: "_s + error);

    const QByteArray urlLine = server.baseUrl().toString().toUtf8() + '\n';
    std::fwrite(urlLine.constData(), 1, size_t(urlLine.size()), stdout);
    std::fflush(stdout);

    return QCoreApplication::exec();
}
