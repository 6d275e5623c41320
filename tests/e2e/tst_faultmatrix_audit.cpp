#include "faultmatrixsupport.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using FaultMatrix::CliRun;
using FaultMatrix::LoggedMock;
using FaultMatrix::runCli;

// The fault matrix of docs/reliability.md, case 16: a known key is used for
// every CLI flow, good and bad, and then looked for everywhere a user or an
// attacker could look: stdout, stderr, the mock's own log, every file written.
// tst_reliabilitymatrix does the same over the output of the whole matrix.
// The failure paths include a gateway that echoes the key in its errors
// (fault echo-key), with a key of OpenAI's shape and one of no known shape.
class TestFaultMatrixAudit final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void keyNeverAppearsInAnyOutputOrFile();

private:
    CliRun cli(const QStringList& arguments, const QString& key);

    QTemporaryDir m_home;
    QString m_key;
    QString m_plainKey; // matches no key pattern: only knowing it hides it
    LoggedMock m_mock;
    QByteArray m_everything;
    int m_runs = 0;
};

void TestFaultMatrixAudit::initTestCase() {
    QVERIFY(m_home.isValid());
    // Unique per run, so a hit can only come from this run.
    m_key = u"sk-audit-"_s + QUuid::createUuid().toString(QUuid::Id128);
    m_plainKey = u"gw"_s + QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(m_mock.start({u"--api-key"_s, m_key, u"--job-duration"_s, u"600"_s}));
}

CliRun TestFaultMatrixAudit::cli(const QStringList& arguments, const QString& key) {
    // Everything the CLI could write lands under the scratch home.
    const QString home = m_home.path();
    const QMap<QString, QString> environment{{u"HOME"_s, home},
                                             {u"XDG_CONFIG_HOME"_s, home + u"/config"_s},
                                             {u"XDG_CACHE_HOME"_s, home + u"/cache"_s},
                                             {u"XDG_DATA_HOME"_s, home + u"/data"_s},
                                             {u"XDG_STATE_HOME"_s, home + u"/state"_s},
                                             {u"TMPDIR"_s, home + u"/tmp"_s}};
    QDir(home).mkpath(u"tmp"_s);
    const CliRun run = runCli(QStringList{u"--base-url"_s, m_mock.baseUrl().toString()} + arguments,
                              key, environment);
    m_everything += run.out + run.err;
    ++m_runs;
    return run;
}

void TestFaultMatrixAudit::keyNeverAppearsInAnyOutputOrFile() {
    const QString out = m_home.filePath(u"result.mp4"_s);
    const QList<std::pair<QJsonObject, QStringList>> flows = {
        {{},
         {u"--poll-interval"_s, u"0.2"_s, u"remix"_s, u"video_demo_source"_s, u"--prompt"_s,
          u"紫色"_s, u"--wait"_s, u"--download"_s, out}},
        {{},
         {u"--json"_s, u"--poll-interval"_s, u"0.2"_s, u"remix"_s, u"video_demo_source"_s,
          u"--prompt"_s, u"p"_s, u"--wait"_s}},
        {{}, {u"status"_s, u"video_demo_source"_s}},
        {{}, {u"list"_s}},
        {{}, {u"--json"_s, u"list"_s}},
        {{},
         {u"download"_s, u"video_demo_source"_s, u"--variant"_s, u"thumbnail"_s, u"--output"_s,
          m_home.filePath(u"thumb.webp"_s)}},
        {{{u"fault"_s, u"http401"_s}}, {u"status"_s, u"video_demo_source"_s}},
        {{{u"fault"_s, u"http401"_s}}, {u"--json"_s, u"status"_s, u"video_demo_source"_s}},
        {{{u"fault"_s, u"http403"_s}}, {u"remix"_s, u"video_demo_source"_s, u"--prompt"_s, u"p"_s}},
        {{{u"fault"_s, u"http500"_s}, {u"method"_s, u"POST"_s}},
         {u"remix"_s, u"video_demo_source"_s, u"--prompt"_s, u"p"_s}},
        {{{u"fault"_s, u"reset-after-request"_s}, {u"method"_s, u"POST"_s}},
         {u"--json"_s, u"remix"_s, u"video_demo_source"_s, u"--prompt"_s, u"p"_s}},
        {{{u"fault"_s, u"html502"_s}}, {u"status"_s, u"video_demo_source"_s}},
        {{{u"fault"_s, u"json-string-error"_s}},
         {u"--json"_s, u"status"_s, u"video_demo_source"_s}},
        {{{u"fault"_s, u"redirect-cross-origin"_s}}, {u"status"_s, u"video_demo_source"_s}},
        {{{u"fault"_s, u"redirect-cross-origin"_s}, {u"path"_s, u"/v1/videos/*/content"_s}},
         {u"download"_s, u"video_demo_source"_s, u"--output"_s, m_home.filePath(u"cdn.mp4"_s)}},
        {{{u"fault"_s, u"no-headers"_s}},
         {u"--timeout"_s, u"0.3"_s, u"status"_s, u"video_demo_source"_s}},
        {{{u"fault"_s, u"truncate"_s}}, {u"--json"_s, u"status"_s, u"video_demo_source"_s}},
        {{}, {u"status"_s, u"../../etc"_s}},
        {{}, {u"--api-key"_s, m_key, u"status"_s, u"video_demo_source"_s}},
        {{}, {u"delete"_s, u"video_demo_source"_s}},
    };
    // A gateway that quotes the key back, refusing the POST (a Rejected job
    // row), a status call, and the polls of a job it accepted.
    const QJsonObject echoRefusal{{u"fault"_s, u"echo-key"_s}};
    const QJsonObject echoPoll{{u"fault"_s, u"echo-key"_s},
                               {u"method"_s, u"GET"_s},
                               {u"path"_s, u"/v1/videos/*"_s},
                               {u"status"_s, 400}};
    const QList<std::pair<QJsonObject, QStringList>> echoFlows = {
        {echoRefusal, {u"remix"_s, u"video_demo_source"_s, u"--prompt"_s, u"echo"_s}},
        {echoRefusal,
         {u"--json"_s, u"remix"_s, u"video_demo_source"_s, u"--prompt"_s, u"echo json"_s}},
        {echoRefusal, {u"status"_s, u"video_demo_source"_s}},
        {echoRefusal, {u"--json"_s, u"status"_s, u"video_demo_source"_s}},
        {echoPoll,
         {u"--poll-interval"_s, u"0.2"_s, u"remix"_s, u"video_demo_source"_s, u"--prompt"_s,
          u"echo poll"_s, u"--wait"_s}},
        {{}, {u"history"_s}},
        {{}, {u"--json"_s, u"history"_s}},
    };
    QList<std::tuple<QJsonObject, QStringList, QString>> runs;
    for (const auto& [fault, arguments] : flows)
        runs.append({fault, arguments, m_key});
    for (const QString& key : {m_key, m_plainKey}) {
        for (const auto& [fault, arguments] : echoFlows)
            runs.append({fault, arguments, key});
    }
    int failures = 0;
    int echoFailures = 0;
    for (const auto& [fault, arguments, key] : runs) {
        QCOMPARE(m_mock.control("DELETE", u"/__mock/faults"_s), 200);
        if (!fault.isEmpty())
            QCOMPARE(m_mock.control("POST", u"/__mock/faults"_s, fault), 200);
        const CliRun run = cli(arguments, key);
        QVERIFY2(run.exitCode >= 0, qPrintable(arguments.join(u' ')));
        failures += run.exitCode != 0;
        echoFailures += run.exitCode != 0 && fault.value(u"fault"_s) == u"echo-key"_s;
    }
    // The flows did what they should: the good ones worked, the bad ones failed.
    QVERIFY(QFile::exists(out));
    QCOMPARE(echoFailures, 2 * 5);
    QCOMPARE(failures, 12 + echoFailures);
    QVERIFY(m_mock.count(u"api"_s) >= 20);
    QVERIFY(m_mock.count(u"cdn"_s) >= 1);

    m_mock.stop();
    const QByteArray mockLog = m_mock.output();
    QVERIFY(mockLog.contains("\"authorization\":\"Bearer ***\""));

    const QByteArray key = m_key.toUtf8();
    const QByteArray secretPart = key.mid(key.indexOf('-', 3) + 1); // the random half alone
    const QByteArray plainKey = m_plainKey.toUtf8();
    QStringList hits;
    const auto check = [&](const QString& where, const QByteArray& bytes) {
        for (const QByteArray& secret : {key, secretPart, plainKey, plainKey.mid(2)}) {
            if (bytes.contains(secret) || bytes.contains(secret.toBase64()))
                hits << where;
        }
    };
    check(u"CLI stdout/stderr"_s, m_everything);
    check(u"mock log"_s, mockLog);
    int files = 0;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        check(file.fileName(), file.readAll());
    }
    QVERIFY(files >= 3);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
    QVERIFY(m_runs == runs.size());
    // The echoes were there to be hidden: the library holds the refused jobs.
    QVERIFY(m_everything.contains("[redacted]"));
}

QTEST_GUILESS_MAIN(TestFaultMatrixAudit)
#include "tst_faultmatrix_audit.moc"
