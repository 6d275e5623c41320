#include "jobs/joblibrary.h"
#include "jobs/joblineage.h"
#include "jobs/jobstore.h"
#include "jobs/requestslots.h"
#include "jobs/resultfiles.h"
#include "libraryfixture.h"
#include "mockserverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkInformation>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The job library against the real mock: submit, follow, resume, reconcile,
// expire, import and delete, with the database and the mock's log as witnesses.
class TestJobLibrary final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void watchesTheNetworkOnlyForARemoteGateway(); // first: the watch is one per process
    void writesTheJobBeforeThePostAndDownloadsTheResult();
    void postsTheRemixOnlyOnceItsRowIsOnDisk();
    void neverPostsARemixWhoseRowCannotBeSynced();
    void resumesAJobAfterARestart();
    void anInterruptedSubmitBecomesOutcomeUnknownAndIsNeverResent();
    void aLostAnswerIsRecordedAsOutcomeUnknown();
    void reconcileFindsTheLostJob();
    void reconcileSaysWhenNothingMatches();
    void reconcileWithoutAListEndpointSaysItCannot();
    void downloadsBeforeTheResultExpires();
    void anExpiredResultSaysSo();
    void importsPageByPageWithoutDuplicates();
    void importWithoutAListEndpointSaysSoOnce();
    void deletesOnTheServerAndLocally();
    void deleteWithoutTheEndpointIsUnsupported();
    void keepsRequestsInFlightWithinTheLimit();
    void answersLineage();
    void pausesAndResumes();

private:
    std::unique_ptr<JobLibrary> makeLibrary(int pollMs = 150);
    qint64 waitForState(JobLibrary& library, qint64 id, JobState state, int timeoutMs = 15'000);
    QString dbPath() const { return m_files.dbPath(); }
    QString downloads() const { return m_files.downloads(); }
    int remixPosts() { return m_mock.countRequests("POST", u"/v1/videos/*/remix"_s); }

    MockServerProcess m_mock;
    LibraryFixture m_files;
    std::unique_ptr<JobStore> m_store;
    static inline const QString Profile = LibraryFixture::Profile;
    static inline const QString Source = u"video_demo_source"_s;
};

void TestJobLibrary::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_mock.start());
}

void TestJobLibrary::init() {
    QVERIFY(m_mock.reset());
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 1200}, {u"listEndpoint"_s, true}}));
    QVERIFY(m_files.open());
    m_store = std::make_unique<JobStore>(dbPath());
    QVERIFY(m_store->isOpen());
}

void TestJobLibrary::cleanup() {
    m_store.reset();
    m_files.close();
}

std::unique_ptr<JobLibrary> TestJobLibrary::makeLibrary(int pollMs) {
    return m_files.makeLibrary(m_store.get(), m_mock, pollMs);
}

qint64 TestJobLibrary::waitForState(JobLibrary& library, qint64 id, JobState state, int timeoutMs) {
    const bool reached = QTest::qWaitFor(
        [&] {
            const std::optional<JobRecord> record = library.store()->job(id);
            return record && record->state == state;
        },
        timeoutMs);
    if (!reached) {
        const std::optional<JobRecord> record = library.store()->job(id);
        qWarning("job %lld is %s, not %s", id,
                 record ? qPrintable(jobStateKey(record->state)) : "missing",
                 qPrintable(jobStateKey(state)));
    }
    return reached ? id : 0;
}

void TestJobLibrary::watchesTheNetworkOnlyForARemoteGateway() {
    auto library = makeLibrary(); // the mock, on loopback: reachable whatever the network does
    QVERIFY2(!QNetworkInformation::instance(), "a loopback gateway loaded a network backend");
    // A remote gateway is paused while the machine is offline, so now the
    // library watches. Nothing is sent to it: there is no job.
    library->gateways()->add(
        u"remote"_s, ClientConfig::forGateway(QUrl(u"https://gateway.invalid"_s), u"key"_s), 1000);
    QVERIFY(QNetworkInformation::instance() || QNetworkInformation::availableBackends().isEmpty());
}

void TestJobLibrary::writesTheJobBeforeThePostAndDownloadsTheResult() {
    auto library = makeLibrary();
    QSignalSpy added(library.get(), &JobLibrary::jobAdded);
    QSignalSpy finished(library.get(), &JobLibrary::jobFinished);
    QSignalSpy downloaded(library.get(), &JobLibrary::downloadFinished);
    const qint64 id =
        library->submit(Profile, RemixRequest::make(Source, u"A red kite over hills"_s, {}));
    QVERIFY(id > 0);
    // Before the event loop ran: the row is there and nothing was sent yet.
    QCOMPARE(m_store->job(id)->state, JobState::Submitting);
    QCOMPARE(added.size(), 1);

    QVERIFY(finished.wait(15'000));
    QVERIFY(downloaded.wait(15'000) || !downloaded.isEmpty());
    QVERIFY2(downloaded.first().at(1).toBool(),
             qPrintable(downloaded.first().at(2).value<ApiError>().summary()));
    const JobRecord record = *m_store->job(id);
    QCOMPARE(record.state, JobState::Completed);
    QVERIFY(record.downloaded);
    QVERIFY(!record.videoId.isEmpty());
    QCOMPARE(record.filePath, ResultFiles::videoPath(downloads(), record));
    QVERIFY(record.filePath.contains(u"A-red-kite-over-hills_"_s));
    QFile video(record.filePath);
    QVERIFY(video.open(QIODevice::ReadOnly));
    QCOMPARE(video.read(8).mid(4), "ftyp"_ba);
    QVERIFY(QFile::exists(record.thumbnailPath));

    QFile sidecarFile(ResultFiles::sidecarPath(downloads(), record));
    QVERIFY(sidecarFile.open(QIODevice::ReadOnly));
    const QJsonObject sidecar = QJsonDocument::fromJson(sidecarFile.readAll()).object();
    QCOMPARE(sidecar.value(u"prompt"_s).toString(), u"A red kite over hills"_s);
    QCOMPARE(sidecar.value(u"id"_s).toString(), record.videoId);
    QCOMPARE(sidecar.value(u"lineage"_s)[u"remixed_from_video_id"_s].toString(), Source);
    QVERIFY(!sidecar.value(u"created_at"_s).toString().isEmpty());
    QVERIFY(!sidecar.value(u"model"_s).toString().isEmpty());
    QCOMPARE(remixPosts(), 1);
}

void TestJobLibrary::postsTheRemixOnlyOnceItsRowIsOnDisk() {
    // The store syncs on a thread of its own; here its disk is slow until told otherwise.
    QSemaphore diskDone;
    std::atomic<int> syncs = 0;
    QVERIFY(m_store->syncInBackground([&](int fd) {
        ++syncs;
        if (!diskDone.tryAcquire(1, 30'000))
            return ETIMEDOUT;
        return ::fdatasync(fd) == 0 ? 0 : errno;
    }));
    auto library = makeLibrary();
    const qint64 id = library->submit(Profile, RemixRequest::make(Source, u"slow disk"_s, {}));
    QVERIFY(id > 0);
    QTRY_VERIFY(syncs > 0);
    // The window goes on (the event loop runs), the row is there, the POST waits.
    QTest::qWait(300);
    QCOMPARE(m_store->job(id)->state, JobState::Submitting);
    QCOMPARE(remixPosts(), 0);

    diskDone.release(1000);
    QVERIFY(waitForState(*library, id, JobState::Queued, 5000) ||
            waitForState(*library, id, JobState::InProgress, 5000) ||
            waitForState(*library, id, JobState::Completed, 5000));
    QCOMPARE(remixPosts(), 1);
}

void TestJobLibrary::neverPostsARemixWhoseRowCannotBeSynced() {
    QVERIFY(m_store->syncInBackground([](int) { return EIO; }));
    auto library = makeLibrary();
    QSignalSpy failed(library.get(), &JobLibrary::submitFailed);
    const qint64 id = library->submit(Profile, RemixRequest::make(Source, u"no disk"_s, {}));
    QVERIFY(id > 0);
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.first().at(0).toLongLong(), id);
    const ApiError error = failed.first().at(1).value<ApiError>();
    QVERIFY2(error.technicalDetail.contains(QString::fromLocal8Bit(std::strerror(EIO))),
             qPrintable(error.technicalDetail));
    const JobRecord record = *m_store->job(id);
    QCOMPARE(record.state, JobState::Rejected);
    QVERIFY(!library->follower()->isFollowing(id));
    QTest::qWait(300);
    QCOMPARE(remixPosts(), 0);
}

void TestJobLibrary::resumesAJobAfterARestart() {
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 2500}}));
    qint64 id = 0;
    {
        auto library = makeLibrary();
        id = library->submit(Profile, RemixRequest::make(Source, u"resume me"_s, {}));
        QVERIFY(waitForState(*library, id, JobState::Queued, 5000) ||
                waitForState(*library, id, JobState::InProgress, 5000));
        // The app closes while the job renders.
    }
    QVERIFY(m_store->job(id)->isFollowable());
    // A new process: new store connection, new library.
    m_store = std::make_unique<JobStore>(dbPath());
    auto library = makeLibrary();
    QVERIFY(library->follower()->isFollowing(id));
    QVERIFY(waitForState(*library, id, JobState::Completed));
    QTRY_VERIFY_WITH_TIMEOUT(m_store->job(id)->downloaded, 10'000);
    QCOMPARE(remixPosts(), 1);
}

void TestJobLibrary::anInterruptedSubmitBecomesOutcomeUnknownAndIsNeverResent() {
    // The app wrote the row and died before the answer (here: before the POST even left).
    JobRecord row;
    row.profileId = Profile;
    row.baseUrl = m_mock.baseUrl();
    row.sourceVideoId = Source;
    row.prompt = u"interrupted"_s;
    row.state = JobState::Submitting;
    row.createdAt = QDateTime::currentDateTimeUtc();
    row.submitterPid = QCoreApplication::applicationPid();
    const qint64 id = m_store->insert(row);
    // And one whose POST was on its way when its library went away.
    qint64 inFlight = 0;
    {
        auto library = makeLibrary();
        inFlight = library->submit(Profile, RemixRequest::make(Source, u"cut short"_s, {}));
    }
    const int postsBefore = remixPosts();

    auto library = makeLibrary();
    QCOMPARE(m_store->job(id)->state, JobState::OutcomeUnknown);
    QCOMPARE(m_store->job(inFlight)->state, JobState::OutcomeUnknown);
    QVERIFY(!m_store->job(id)->error.value(u"message"_s).toString().isEmpty());
    QTest::qWait(1500);
    QCOMPARE(remixPosts(), postsBefore);
    QCOMPARE(m_store->job(id)->state, JobState::OutcomeUnknown);
    QVERIFY(!library->follower()->isFollowing(id));
}

void TestJobLibrary::aLostAnswerIsRecordedAsOutcomeUnknown() {
    QVERIFY(m_mock.addFault(
        {{u"fault"_s, u"reset-after-request"_s}, {u"method"_s, u"POST"_s}, {u"times"_s, 1}}));
    auto library = makeLibrary();
    QSignalSpy failed(library.get(), &JobLibrary::submitFailed);
    const qint64 id = library->submit(Profile, RemixRequest::make(Source, u"lost answer"_s, {}));
    QVERIFY(failed.wait(15'000));
    QCOMPARE(m_store->job(id)->state, JobState::OutcomeUnknown);
    QTest::qWait(800);
    QCOMPARE(remixPosts(), 1);
}

void TestJobLibrary::reconcileFindsTheLostJob() {
    QVERIFY(m_mock.addFault(
        {{u"fault"_s, u"reset-after-request"_s}, {u"method"_s, u"POST"_s}, {u"times"_s, 1}}));
    auto library = makeLibrary();
    QSignalSpy failed(library.get(), &JobLibrary::submitFailed);
    // A decoy with the same prompt from another source must not be taken.
    QVERIFY(m_mock.addVideo({{u"prompt"_s, u"find me"_s},
                             {u"remixed_from_video_id"_s, u"video_other"_s},
                             {u"status"_s, u"completed"_s}}));
    const qint64 id = library->submit(Profile, RemixRequest::make(Source, u"find me"_s, {}));
    QVERIFY(failed.wait(15'000));
    QCOMPARE(m_store->job(id)->state, JobState::OutcomeUnknown);

    QSignalSpy reconciled(library.get(), &JobLibrary::reconciled);
    library->reconciler()->reconcile(id);
    QVERIFY(reconciled.wait(10'000));
    QCOMPARE(reconciled.first().at(1).value<JobLibrary::ReconcileOutcome>(),
             JobLibrary::ReconcileOutcome::Found);
    const JobRecord record = *m_store->job(id);
    QVERIFY(!record.videoId.isEmpty());
    QCOMPARE(record.sourceVideoId, Source);
    QVERIFY(waitForState(*library, id, JobState::Completed));
    QCOMPARE(remixPosts(), 1);
    QCOMPARE(library->gateways()->listSupported(Profile), std::optional<bool>(true));
}

void TestJobLibrary::reconcileSaysWhenNothingMatches() {
    auto library = makeLibrary();
    JobRecord row;
    row.profileId = Profile;
    row.baseUrl = m_mock.baseUrl();
    row.sourceVideoId = Source;
    row.prompt = u"never reached the gateway"_s;
    row.state = JobState::OutcomeUnknown;
    row.createdAt = QDateTime::currentDateTimeUtc();
    const qint64 id = m_store->insert(row);
    QSignalSpy reconciled(library.get(), &JobLibrary::reconciled);
    library->reconciler()->reconcile(id);
    QVERIFY(reconciled.wait(10'000));
    QCOMPARE(reconciled.first().at(1).value<JobLibrary::ReconcileOutcome>(),
             JobLibrary::ReconcileOutcome::NotFound);
    QVERIFY(!reconciled.first().at(2).toString().isEmpty());
    // Most likely never created: no longer of unknown outcome.
    QCOMPARE(m_store->job(id)->state, JobState::Rejected);
    QCOMPARE(m_store->job(id)->error.value(u"code"_s).toString(),
             QString(JobRecord::NotOnGatewayCode));
    QCOMPARE(remixPosts(), 0);
}

void TestJobLibrary::reconcileWithoutAListEndpointSaysItCannot() {
    QVERIFY(m_mock.configure({{u"listEndpoint"_s, false}}));
    auto library = makeLibrary();
    JobRecord row;
    row.profileId = Profile;
    row.baseUrl = m_mock.baseUrl();
    row.sourceVideoId = Source;
    row.prompt = u"somewhere"_s;
    row.state = JobState::OutcomeUnknown;
    row.createdAt = QDateTime::currentDateTimeUtc();
    const qint64 id = m_store->insert(row);
    QSignalSpy reconciled(library.get(), &JobLibrary::reconciled);
    library->reconciler()->reconcile(id);
    QVERIFY(reconciled.wait(10'000));
    QCOMPARE(reconciled.first().at(1).value<JobLibrary::ReconcileOutcome>(),
             JobLibrary::ReconcileOutcome::Unsupported);
    QCOMPARE(library->gateways()->listSupported(Profile), std::optional<bool>(false));
    // The second time it knows without asking.
    const int lists = m_mock.countRequests("GET", u"/v1/videos"_s) -
                      m_mock.countRequests("GET", u"/v1/videos/"_s);
    library->reconciler()->reconcile(id);
    QCOMPARE(reconciled.size(), 2);
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos"_s) -
                 m_mock.countRequests("GET", u"/v1/videos/"_s),
             lists);
    QCOMPARE(m_store->job(id)->state, JobState::OutcomeUnknown);
}

void TestJobLibrary::downloadsBeforeTheResultExpires() {
    const qint64 expires = QDateTime::currentSecsSinceEpoch() + 6;
    QVERIFY(m_mock.addVideo({{u"id"_s, u"video_soon_gone"_s},
                             {u"prompt"_s, u"fleeting"_s},
                             {u"status"_s, u"completed"_s},
                             {u"expires_at"_s, expires}}));
    auto library = makeLibrary();
    QSignalSpy downloaded(library.get(), &JobLibrary::downloadFinished);
    const qint64 id = library->adopt(Profile, u"video_soon_gone"_s);
    QVERIFY(id > 0);
    QVERIFY(downloaded.wait(10'000));
    QVERIFY(downloaded.first().at(1).toBool());
    QVERIFY(QDateTime::currentSecsSinceEpoch() < expires);
    const JobRecord record = *m_store->job(id);
    QVERIFY(record.downloaded);
    QCOMPARE(record.expiresAt.toSecsSinceEpoch(), expires);
    QVERIFY(QFile::exists(record.filePath));
    QVERIFY(record.expiryText().isEmpty()); // downloaded: nothing to warn about
}

void TestJobLibrary::anExpiredResultSaysSo() {
    QVERIFY(m_mock.addVideo({{u"id"_s, u"video_gone"_s},
                             {u"prompt"_s, u"too late"_s},
                             {u"status"_s, u"completed"_s},
                             {u"expires_at"_s, QDateTime::currentSecsSinceEpoch() - 60}}));
    // A result not downloaded (auto-download off) whose time runs out while we
    // watch; six seconds, so a slow (sanitizer) build still sees it completed first.
    QVERIFY(m_mock.addVideo({{u"id"_s, u"video_going"_s},
                             {u"prompt"_s, u"running out"_s},
                             {u"status"_s, u"completed"_s},
                             {u"expires_at"_s, QDateTime::currentSecsSinceEpoch() + 6}}));
    auto library = makeLibrary();
    library->setAutoDownload(false);
    const qint64 gone = library->adopt(Profile, u"video_gone"_s);
    const qint64 going = library->adopt(Profile, u"video_going"_s);
    QVERIFY(waitForState(*library, gone, JobState::Expired));
    const JobRecord record = *m_store->job(gone);
    QVERIFY(!record.downloaded);
    QVERIFY(record.error.value(u"message"_s).toString().contains(u"before it was downloaded"_s));
    QVERIFY(waitForState(*library, going, JobState::Completed, 5000));
    QVERIFY(m_store->job(going)->expiryText().startsWith(u"expires in"_s));
    QVERIFY(waitForState(*library, going, JobState::Expired, 12'000));
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/video_gone/content"_s), 0);
}

void TestJobLibrary::importsPageByPageWithoutDuplicates() {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < 130; ++i) {
        QVERIFY(m_mock.addVideo({{u"id"_s, u"video_import_%1"_s.arg(i)},
                                 {u"prompt"_s, u"imported %1"_s.arg(i)},
                                 {u"status"_s, u"failed"_s},
                                 {u"created_at"_s, now - 1000 + i}}));
    }
    auto library = makeLibrary();
    QSignalSpy finished(library.get(), &JobLibrary::importFinished);
    library->importer()->importFrom(Profile);
    QVERIFY(finished.wait(20'000));
    QVERIFY(!finished.first().at(2).value<ApiError>().isError());
    const int firstRun = finished.first().at(1).toInt();
    QVERIFY2(firstRun >= 130, qPrintable(QString::number(firstRun)));
    const QJsonArray requests = m_mock.requests();
    bool pagedWithAfter = false;
    for (const QJsonValue& request : requests)
        pagedWithAfter |= request[u"path"_s].toString() == u"/v1/videos"_s &&
                          request[u"query"_s].toString().contains(u"after="_s);
    QVERIFY(pagedWithAfter);

    library->importer()->importFrom(Profile);
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.at(1).at(1).toInt(), 0);
    QCOMPARE(m_store->count(JobQuery::matching(u"imported"_s)), 130);
}

void TestJobLibrary::importWithoutAListEndpointSaysSoOnce() {
    QVERIFY(m_mock.configure({{u"listEndpoint"_s, false}}));
    auto library = makeLibrary();
    QSignalSpy finished(library.get(), &JobLibrary::importFinished);
    QSignalSpy unsupported(library.get(), &JobLibrary::listUnsupported);
    library->importer()->importFrom(Profile);
    QVERIFY(finished.wait(10'000));
    library->importer()->importFrom(Profile);
    QVERIFY(finished.wait(10'000));
    QCOMPARE(unsupported.size(), 1);
    QCOMPARE(finished.at(0).at(1).toInt(), 0);
    QCOMPARE(finished.at(0).at(2).value<ApiError>().httpStatus, 404);
    QCOMPARE(m_store->count({}), 0);
}

void TestJobLibrary::deletesOnTheServerAndLocally() {
    auto library = makeLibrary();
    const qint64 id = library->submit(Profile, RemixRequest::make(Source, u"to be deleted"_s, {}));
    QVERIFY(waitForState(*library, id, JobState::Completed));
    QTRY_VERIFY_WITH_TIMEOUT(m_store->job(id)->downloaded, 10'000);
    const JobRecord record = *m_store->job(id);

    QSignalSpy deleted(library.get(), &JobLibrary::serverDeleteFinished);
    library->serverDeleter()->deleteOnServer(id);
    QVERIFY(deleted.wait(10'000));
    QCOMPARE(deleted.first().at(1).value<JobLibrary::ServerDeleteOutcome>(),
             JobLibrary::ServerDeleteOutcome::Deleted);
    QCOMPARE(m_store->job(id)->state, JobState::Deleted);
    QCOMPARE(m_mock.countRequests("DELETE", u"/v1/videos/"_s + record.videoId), 1);
    QVERIFY(QFile::exists(record.filePath)); // the user's copy stays

    QSignalSpy removed(library.get(), &JobLibrary::jobRemoved);
    QVERIFY(library->removeLocally(id, true));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!m_store->job(id));
    QVERIFY(!QFile::exists(record.filePath));
    QVERIFY(!QFile::exists(record.thumbnailPath));
    QVERIFY(!QFile::exists(ResultFiles::sidecarPath(downloads(), record)));
}

void TestJobLibrary::deleteWithoutTheEndpointIsUnsupported() {
    auto library = makeLibrary();
    const qint64 id = library->adopt(Profile, Source);
    QVERIFY(waitForState(*library, id, JobState::Completed));
    QVERIFY(m_mock.configure({{u"listEndpoint"_s, false}}));
    QSignalSpy deleted(library.get(), &JobLibrary::serverDeleteFinished);
    library->serverDeleter()->deleteOnServer(id);
    QVERIFY(deleted.wait(10'000));
    QCOMPARE(deleted.first().at(1).value<JobLibrary::ServerDeleteOutcome>(),
             JobLibrary::ServerDeleteOutcome::Unsupported);
    QCOMPARE(m_store->job(id)->state, JobState::Completed);
}

void TestJobLibrary::keepsRequestsInFlightWithinTheLimit() {
    // Slow answers keep requests in flight long enough to pile up.
    QVERIFY(m_mock.addFault({{u"fault"_s, u"trickle"_s},
                             {u"method"_s, u"GET"_s},
                             {u"path"_s, u"/v1/videos/video_many_*"_s},
                             {u"intervalMs"_s, 1},
                             {u"times"_s, 30}}));
    for (int i = 0; i < 40; ++i) {
        QVERIFY(m_mock.addVideo({{u"id"_s, u"video_many_%1"_s.arg(i)},
                                 {u"prompt"_s, u"many %1"_s.arg(i)},
                                 {u"status"_s, u"in_progress"_s},
                                 {u"progress"_s, 10}}));
    }
    auto library = makeLibrary(300);
    for (int i = 0; i < 40; ++i)
        QVERIFY(library->adopt(Profile, u"video_many_%1"_s.arg(i)) > 0);
    QCOMPARE(library->follower()->followedCount(), 40);
    const RequestSlots* gate = library->gateways()->requestSlots(Profile);
    const int limit = library->options().maxRequestsInFlight;
    QTRY_COMPARE_WITH_TIMEOUT(gate->peakInFlight(), limit, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_mock.countRequests("GET", u"/v1/videos/video_many_*"_s) >= 10,
                             10'000);
    QCOMPARE(gate->peakInFlight(), limit); // and never more, however many polls went out

    // After a restart the first polls are spread over one interval, not fired at once.
    library.reset();
    const int before = m_mock.countRequests("GET", u"/v1/videos/video_many_*"_s);
    library = makeLibrary(3000);
    QCOMPARE(library->follower()->followedCount(), 40);
    QTest::qWait(600);
    const int early = m_mock.countRequests("GET", u"/v1/videos/video_many_*"_s) - before;
    QVERIFY2(early < 30, qPrintable(QString::number(early)));
}

void TestJobLibrary::answersLineage() {
    auto library = makeLibrary();
    const qint64 parent = library->submit(Profile, RemixRequest::make(Source, u"first take"_s, {}));
    QVERIFY(waitForState(*library, parent, JobState::Completed));
    const QString parentVideo = m_store->job(parent)->videoId;
    const qint64 child =
        library->submit(Profile, RemixRequest::make(parentVideo, u"second take"_s, {}));
    QVERIFY(waitForState(*library, child, JobState::Completed));
    const JobLineage lineage(*library->store());
    QCOMPARE(lineage.remixedFrom(child)->id, parent);
    const QList<JobRecord> children = lineage.remixesOf(parent);
    QCOMPARE(children.size(), 1);
    QCOMPARE(children.first().id, child);
}

void TestJobLibrary::pausesAndResumes() {
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 1500}}));
    auto library = makeLibrary();
    const qint64 id = library->submit(Profile, RemixRequest::make(Source, u"pause me"_s, {}));
    QVERIFY(waitForState(*library, id, JobState::Queued, 5000) ||
            waitForState(*library, id, JobState::InProgress, 5000));
    library->gateways()->setPaused(true);
    QVERIFY(!library->follower()->isFollowing(id));
    const int polls = m_mock.countRequests("GET", u"/v1/videos/"_s);
    QTest::qWait(2000);
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/"_s), polls);
    library->gateways()->setPaused(false);
    QVERIFY(waitForState(*library, id, JobState::Completed));
}

QTEST_GUILESS_MAIN(TestJobLibrary)
#include "tst_joblibrary.moc"
