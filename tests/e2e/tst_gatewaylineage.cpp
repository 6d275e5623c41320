#include "api/apiclient.h"
#include "api/createrequest.h"
#include "callresult.h"
#include "cliprocess.h"
#include "jobs/joblibrary.h"
#include "jobs/joblineage.h"
#include "jobs/jobstore.h"
#include "jobs/resultfiles.h"
#include "libraryfixture.h"
#include "mockserverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Lineage against the mock speaking new-api (contract 6.3): a remix's answer
// names the source by the upstream's video_… ID, not the task_… ID that was
// asked for. The asked ID stays the truth; the gateway's name is kept beside
// it, and the links resolve by either.
class TestGatewayLineage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aRemixKeepsTheAskedSourceAndLearnsTheGatewaysName();
    void aRemixFoundOnTheGatewayLinksThroughTheAlias();
    void theCliSaysTheAskedSourceAndTheGatewaysName();

private:
    std::unique_ptr<JobLibrary> makeLibrary() { return m_files.makeLibrary(m_store.get(), m_mock); }
    bool waitForState(qint64 id, JobState state);
    // A created video (task_…) and its remix, both completed.
    std::pair<qint64, qint64> parentAndRemix(JobLibrary& library);

    MockServerProcess m_mock;
    LibraryFixture m_files;
    std::unique_ptr<JobStore> m_store;
    static inline const QString Profile = LibraryFixture::Profile;
};

void TestGatewayLineage::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_mock.start());
}

void TestGatewayLineage::init() {
    QVERIFY(m_mock.reset());
    QVERIFY(m_mock.configure({{u"dialect"_s, u"newapi"_s}, {u"jobDurationMs"_s, 300}}));
    QVERIFY(m_files.open());
    m_store = std::make_unique<JobStore>(m_files.dbPath());
    QVERIFY(m_store->isOpen());
}

void TestGatewayLineage::cleanup() {
    m_store.reset();
    m_files.close();
}

bool TestGatewayLineage::waitForState(qint64 id, JobState state) {
    return QTest::qWaitFor(
        [&] {
            const std::optional<JobRecord> record = m_store->job(id);
            return record && record->state == state;
        },
        15'000);
}

std::pair<qint64, qint64> TestGatewayLineage::parentAndRemix(JobLibrary& library) {
    const qint64 parent =
        library.submit(Profile, Submission{CreateRequest::make(u"a lighthouse"_s, {}, {}, {}), 1})
            .value(0);
    if (!parent || !waitForState(parent, JobState::Completed))
        return {};
    const QString parentTask = m_store->job(parent)->videoId;
    const qint64 child =
        library.submit(Profile, RemixRequest::make(parentTask, u"the lighthouse at night"_s, {}));
    if (!child || !waitForState(child, JobState::Completed))
        return {};
    return {parent, child};
}

void TestGatewayLineage::aRemixKeepsTheAskedSourceAndLearnsTheGatewaysName() {
    auto library = makeLibrary();
    const auto [parent, child] = parentAndRemix(*library);
    QVERIFY(parent && child);
    const QString parentTask = m_store->job(parent)->videoId;
    QVERIFY(parentTask.startsWith(u"task_"_s));

    const JobRecord remix = *m_store->job(child);
    // What the gateway said: another name for the source.
    const QString answered = remix.raw.value(u"remixed_from_video_id"_s).toString();
    QVERIFY2(answered.startsWith(u"video_"_s), qPrintable(answered));
    QCOMPARE(remix.sourceVideoId, parentTask);
    QCOMPARE(remix.sourceAliasId, answered);

    QCOMPARE(JobLineage(*m_store).remixedFrom(child)->id, parent);
    const QList<JobRecord> children = JobLineage(*m_store).remixesOf(parent);
    QCOMPARE(children.size(), 1);
    QCOMPARE(children.first().id, child);
    // Searching the history by either name finds the remix.
    for (const QString& name : {parentTask, answered}) {
        bool found = false;
        for (const JobRecord& row : m_store->recent(JobQuery::matching(name)))
            found |= row.id == child;
        QVERIFY2(found, qPrintable(name));
    }

    // The downloaded result's sidecar says both.
    QTRY_VERIFY_WITH_TIMEOUT(m_store->job(child)->downloaded, 15'000);
    QFile sidecar(ResultFiles::sidecarPath(m_files.downloads(), *m_store->job(child)));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    const QJsonObject lineage =
        QJsonDocument::fromJson(sidecar.readAll()).object().value(u"lineage"_s).toObject();
    QCOMPARE(lineage.value(u"remixed_from_video_id"_s).toString(), parentTask);
    QCOMPARE(lineage.value(u"remixed_from_alias_id"_s).toString(), answered);
    QCOMPARE(lineage.value(u"remixed_from_prompt"_s).toString(), u"a lighthouse"_s);
}

void TestGatewayLineage::aRemixFoundOnTheGatewayLinksThroughTheAlias() {
    auto library = makeLibrary();
    const auto [parent, child] = parentAndRemix(*library);
    QVERIFY(parent && child);
    const QString parentTask = m_store->job(parent)->videoId;

    // Someone else remixes the same task on the gateway; its ID is pasted here.
    ApiClient elsewhere(ClientConfig::forGateway(m_mock.baseUrl(), m_mock.apiKey()));
    const CallResult made =
        CallResult::waitFor(elsewhere.remix(RemixRequest::make(parentTask, u"by day"_s, {})));
    QVERIFY2(made.ok, qPrintable(made.error.summary()));
    const qint64 adopted = library->adopt(Profile, made.video->id);
    QVERIFY(adopted > 0);
    QVERIFY(waitForState(adopted, JobState::Completed));
    const JobRecord found = *m_store->job(adopted);
    // All the library knows of its source is the gateway's name for it...
    QCOMPARE(found.sourceVideoId, m_store->job(child)->sourceAliasId);
    // ...which is enough to link it both ways.
    const JobLineage lineage(*m_store);
    QCOMPARE(lineage.remixedFrom(adopted)->id, parent);
    QList<qint64> children;
    for (const JobRecord& row : lineage.remixesOf(parent))
        children << row.id;
    QCOMPARE(children, (QList<qint64>{child, adopted}));
}

void TestGatewayLineage::theCliSaysTheAskedSourceAndTheGatewaysName() {
    const QTemporaryDir scratch;
    const QProcessEnvironment env = isolatedCliEnvironment(scratch.path(), m_mock.apiKey());
    const QStringList gateway{u"--base-url"_s, m_mock.baseUrl().toString(), u"--poll-interval"_s,
                              u"0.2"_s};
    const auto lastJson = [](const CliRun& run) {
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        return QJsonDocument::fromJson(lines.last()).object();
    };
    const CliRun created = runCli(gateway + QStringList{u"--json"_s, u"create"_s, u"--prompt"_s,
                                                        u"a lighthouse"_s, u"--wait"_s},
                                  env);
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString parentTask = lastJson(created).value(u"id"_s).toString();
    QVERIFY(parentTask.startsWith(u"task_"_s));

    const CliRun remixed = runCli(gateway + QStringList{u"--json"_s, u"remix"_s, parentTask,
                                                        u"--prompt"_s, u"at night"_s, u"--wait"_s},
                                  env);
    QVERIFY2(remixed.exitCode == 0, remixed.err.constData());
    const QJsonObject remix = lastJson(remixed);
    QCOMPARE(remix.value(u"remixed_from_video_id"_s).toString(), parentTask);
    const QString alias = remix.value(u"remixed_from_alias_id"_s).toString();
    QVERIFY2(alias.startsWith(u"video_"_s), qPrintable(alias));

    // In words too, and the history finds the remix by either name.
    const CliRun status = runCli(
        gateway + QStringList{u"remix"_s, parentTask, u"--prompt"_s, u"by day"_s, u"--wait"_s},
        env);
    QVERIFY2(status.outText().contains(
                 u"remixed from %1 (the gateway calls it %2)"_s.arg(parentTask, alias)),
             status.out.constData());
    for (const QString& name : {parentTask, alias}) {
        const CliRun history = runCli({u"--json"_s, u"history"_s, u"--search"_s, name}, env);
        QVERIFY2(history.exitCode == 0, history.err.constData());
        const QJsonArray jobs = lastJson(history).value(u"jobs"_s).toArray();
        QStringList prompts;
        for (const QJsonValue& job : jobs) {
            prompts << job[u"prompt"_s].toString();
            if (job[u"prompt"_s].toString() == u"at night"_s) {
                QCOMPARE(job[u"remixed_from_video_id"_s].toString(), parentTask);
                QCOMPARE(job[u"remixed_from_alias_id"_s].toString(), alias);
            }
        }
        QVERIFY2(prompts.contains(u"at night"_s) && prompts.contains(u"by day"_s),
                 qPrintable(name + u": "_s + prompts.join(u", "_s)));
    }
}

QTEST_GUILESS_MAIN(TestGatewayLineage)
#include "tst_gatewaylineage.moc"
