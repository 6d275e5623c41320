#include "api/referenceimage.h"
#include "jobs/joblibrary.h"
#include "jobs/joblineage.h"
#include "jobs/jobstore.h"
#include "jobs/requestslots.h"
#include "libraryfixture.h"
#include "mockserverprocess.h"
#include "pricing/costestimate.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Creating videos through the job library against the real mock: the exact
// bodies (JSON and multipart), versions sent once each through 429s and a
// lost answer, reconcile and resume, with the mock's log as the witness.
class TestCreateFlow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createsFromAPromptWithAJsonBody();
    void createsFromAnImageWithAMultipartBody();
    void versionsAreSentOnceEachThroughRateLimitsAndALostAnswer();
    void aLostCreateIsFoundByReconcile();
    void resumesCreatedVersionsAfterARestart();
    void aLostMultipartAnswerIsNeverSentAgain();
    void theGatewayRefusalOfAPromptIsRecorded();
    void anInvalidSubmissionWritesNothingAndSendsNothing();
    void recordsTheEstimateAndTheGatewaysBillingFactors();

private:
    std::unique_ptr<JobLibrary> makeLibrary();
    bool waitForState(qint64 id, JobState state, int timeoutMs = 15'000);
    QJsonArray createPosts();
    // The mock loses its answer to the next create, after making the video.
    bool loseTheNextCreateAnswer();

    MockServerProcess m_mock;
    LibraryFixture m_files;
    std::unique_ptr<JobStore> m_store;
    static inline const QString Profile = LibraryFixture::Profile;
};

void TestCreateFlow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_mock.start());
}

void TestCreateFlow::init() {
    QVERIFY(m_mock.reset());
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 1200}, {u"listEndpoint"_s, true}}));
    QVERIFY(m_files.open());
    m_store = std::make_unique<JobStore>(m_files.dbPath());
    QVERIFY(m_store->isOpen());
}

void TestCreateFlow::cleanup() {
    m_store.reset();
    m_files.close();
}

std::unique_ptr<JobLibrary> TestCreateFlow::makeLibrary() {
    return m_files.makeLibrary(m_store.get(), m_mock);
}

bool TestCreateFlow::loseTheNextCreateAnswer() {
    return m_mock.addFault({{u"fault"_s, u"reset-after-request"_s},
                            {u"method"_s, u"POST"_s},
                            {u"path"_s, u"/v1/videos"_s},
                            {u"times"_s, 1}});
}

bool TestCreateFlow::waitForState(qint64 id, JobState state, int timeoutMs) {
    const bool reached = QTest::qWaitFor(
        [&] {
            const std::optional<JobRecord> record = m_store->job(id);
            return record && record->state == state;
        },
        timeoutMs);
    if (!reached)
        qWarning("job %lld is %s", id, qPrintable(jobStateKey(m_store->job(id)->state)));
    return reached;
}

QJsonArray TestCreateFlow::createPosts() {
    QJsonArray posts;
    for (const QJsonValue& entry : m_mock.requests()) {
        const QJsonObject request = entry.toObject();
        if (request.value(u"method"_s) == u"POST"_s && request.value(u"path"_s) == u"/v1/videos"_s)
            posts.append(request);
    }
    return posts;
}

void TestCreateFlow::createsFromAPromptWithAJsonBody() {
    auto library = makeLibrary();
    const CreateRequest request =
        CreateRequest::make(u"让这只狐狸在雪中奔跑"_s, u"sora-2-pro"_s, u"8"_s, u"1792x1024"_s);
    const QList<qint64> ids = library->submit(Profile, Submission{request, 1});
    QCOMPARE(ids.size(), 1);
    const JobRecord written = *m_store->job(ids.first());
    QCOMPARE(written.kind, JobKind::Create);
    QVERIFY(written.groupId.isEmpty());

    QVERIFY(waitForState(ids.first(), JobState::Completed));
    QTRY_VERIFY_WITH_TIMEOUT(m_store->job(ids.first())->downloaded, 10'000);
    const QJsonArray posts = createPosts();
    QCOMPARE(posts.size(), 1);
    const QJsonObject post = posts.first().toObject();
    QVERIFY(
        post.value(u"headers"_s)[u"content-type"_s].toString().startsWith(u"application/json"_s));
    const QJsonObject body =
        QJsonDocument::fromJson(post.value(u"body"_s).toString().toUtf8()).object();
    QCOMPARE(body.value(u"prompt"_s).toString(), u"让这只狐狸在雪中奔跑"_s);
    QCOMPARE(body.value(u"model"_s).toString(), u"sora-2-pro"_s);
    QVERIFY(body.value(u"seconds"_s).isString());
    QCOMPARE(body.value(u"seconds"_s).toString(), u"8"_s);
    QCOMPARE(body.value(u"size"_s).toString(), u"1792x1024"_s);

    const JobRecord done = *m_store->job(ids.first());
    QCOMPARE(done.model, u"sora-2-pro"_s);
    QCOMPARE(done.size, u"1792x1024"_s);
    QVERIFY(done.sourceVideoId.isEmpty()); // the root of its lineage
    QVERIFY(!JobLineage(*library->store()).remixedFrom(ids.first()));
}

void TestCreateFlow::createsFromAnImageWithAMultipartBody() {
    QImage square(1000, 1000, QImage::Format_RGB32);
    square.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(QImageWriter(&buffer, "png").write(square));
    const ReferenceImage::Result prepared =
        ReferenceImage::prepareData(png, u"square.png"_s, {1280, 720});
    QCOMPARE(prepared.problem, ReferenceImage::Problem::None);

    CreateRequest request =
        CreateRequest::make(u"the first frame comes alive"_s, u"sora-2"_s, u"4"_s, u"1280x720"_s);
    request.reference = prepared.image;
    auto library = makeLibrary();
    const QList<qint64> ids = library->submit(Profile, Submission{request, 1});
    QCOMPARE(ids.size(), 1);
    QVERIFY(waitForState(ids.first(), JobState::Completed));
    QCOMPARE(m_store->job(ids.first())->referenceImage, u"square.png"_s);

    const QJsonArray posts = createPosts();
    QCOMPARE(posts.size(), 1);
    const QJsonObject post = posts.first().toObject();
    QVERIFY(post.value(u"headers"_s)[u"content-type"_s].toString().startsWith(
        u"multipart/form-data"_s));
    QVERIFY(post.value(u"headers"_s)[u"authorization"_s].toString().startsWith(u"Bearer "_s));
    QHash<QString, QJsonObject> parts;
    for (const QJsonValue& part : post.value(u"parts"_s).toArray())
        parts.insert(part[u"name"_s].toString(), part.toObject());
    QCOMPARE(parts.value(u"prompt"_s).value(u"value"_s).toString(),
             u"the first frame comes alive"_s);
    QCOMPARE(parts.value(u"seconds"_s).value(u"value"_s).toString(), u"4"_s);
    QCOMPARE(parts.value(u"size"_s).value(u"value"_s).toString(), u"1280x720"_s);
    const QJsonObject image = parts.value(u"input_reference"_s);
    QCOMPARE(image.value(u"content_type"_s).toString(), u"image/png"_s);
    QCOMPARE(image.value(u"filename"_s).toString(), u"square.png"_s);
    QCOMPARE(image.value(u"width"_s).toInt(), 1280);
    QCOMPARE(image.value(u"height"_s).toInt(), 720);
    QCOMPARE(image.value(u"size"_s).toInteger(), prepared.image.bytes.size());
    QCOMPARE(image.value(u"sha256"_s).toString().toLatin1(),
             QCryptographicHash::hash(prepared.image.bytes, QCryptographicHash::Sha256).toHex());
}

void TestCreateFlow::versionsAreSentOnceEachThroughRateLimitsAndALostAnswer() {
    // Two 429s that ask for a short wait, then one answer lost after the
    // gateway created the video: four versions, never a fifth job.
    QVERIFY(m_mock.addFault({{u"fault"_s, u"http429"_s},
                             {u"method"_s, u"POST"_s},
                             {u"path"_s, u"/v1/videos"_s},
                             {u"retryAfterMs"_s, u"200"_s},
                             {u"times"_s, 2}}));
    QVERIFY(loseTheNextCreateAnswer());
    auto library = makeLibrary();
    QSignalSpy retried(library.get(), &JobLibrary::submitRetryScheduled);
    QSignalSpy failed(library.get(), &JobLibrary::submitFailed);
    const QList<qint64> ids =
        library->submit(Profile, Submission{CreateRequest::make(u"four foxes"_s, {}, {}, {}), 4});
    QCOMPARE(ids.size(), 4);

    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15'000);
    QVERIFY(QTest::qWaitFor(
        [&] {
            int completed = 0;
            for (const qint64 id : ids)
                completed += m_store->job(id)->state == JobState::Completed;
            return completed == 3;
        },
        20'000));
    QCOMPARE(retried.size(), 2);
    // Every version once, plus the two that the gateway turned away unmade.
    QCOMPARE(createPosts().size(), 4 + 2);

    QString group;
    QList<int> versions;
    int unknown = 0;
    for (const qint64 id : ids) {
        const JobRecord record = *m_store->job(id);
        if (group.isEmpty())
            group = record.groupId;
        QCOMPARE(record.groupId, group);
        QCOMPARE(record.groupSize, 4);
        versions << record.groupIndex;
        unknown += record.state == JobState::OutcomeUnknown;
    }
    QVERIFY(!group.isEmpty());
    QCOMPARE(versions, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(unknown, 1);
    QCOMPARE(JobLineage(*m_store).versionsOf(group).size(), 4);

    QTest::qWait(800); // nothing more goes out by itself
    QCOMPARE(createPosts().size(), 6);
}

void TestCreateFlow::aLostCreateIsFoundByReconcile() {
    QVERIFY(loseTheNextCreateAnswer());
    // A remix with the same prompt is not the lost create.
    QVERIFY(m_mock.addVideo({{u"prompt"_s, u"lost fox"_s},
                             {u"remixed_from_video_id"_s, u"video_demo_source"_s},
                             {u"status"_s, u"completed"_s}}));
    auto library = makeLibrary();
    QSignalSpy failed(library.get(), &JobLibrary::submitFailed);
    const qint64 id =
        library->submit(Profile, Submission{CreateRequest::make(u"lost fox"_s, {}, {}, {}), 1})
            .value(0);
    QVERIFY(failed.wait(15'000));
    QCOMPARE(m_store->job(id)->state, JobState::OutcomeUnknown);

    QSignalSpy reconciled(library.get(), &JobLibrary::reconciled);
    library->reconciler()->reconcile(id);
    QVERIFY(reconciled.wait(10'000));
    QCOMPARE(reconciled.first().at(1).value<JobLibrary::ReconcileOutcome>(),
             JobLibrary::ReconcileOutcome::Found);
    const JobRecord record = *m_store->job(id);
    QVERIFY(!record.videoId.isEmpty());
    QVERIFY(record.sourceVideoId.isEmpty());
    QVERIFY(waitForState(id, JobState::Completed));
    QCOMPARE(createPosts().size(), 1);
}

void TestCreateFlow::resumesCreatedVersionsAfterARestart() {
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 2500}}));
    QList<qint64> ids;
    {
        auto library = makeLibrary();
        ids = library->submit(Profile,
                              Submission{CreateRequest::make(u"resume us"_s, {}, {}, {}), 2});
        QCOMPARE(ids.size(), 2);
        for (const qint64 id : ids)
            QTRY_VERIFY_WITH_TIMEOUT(!m_store->job(id)->videoId.isEmpty(), 5000);
        // The app closes while both render.
    }
    m_store = std::make_unique<JobStore>(m_files.dbPath());
    auto library = makeLibrary();
    for (const qint64 id : ids)
        QVERIFY(library->follower()->isFollowing(id));
    for (const qint64 id : ids)
        QVERIFY(waitForState(id, JobState::Completed));
    QCOMPARE(createPosts().size(), 2);
}

// Qt re-sends a request whose connection closed before the answer when it
// can rewind the body; a form whose image cannot rewind is reported instead.
void TestCreateFlow::aLostMultipartAnswerIsNeverSentAgain() {
    QVERIFY(loseTheNextCreateAnswer());
    QImage frame(720, 1280, QImage::Format_RGB32);
    frame.fill(Qt::darkGreen);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(QImageWriter(&buffer, "png").write(frame));
    CreateRequest request = CreateRequest::make(u"sent once"_s, {}, {}, {});
    request.reference = ReferenceImage::prepareData(png, u"frame.png"_s, {720, 1280}).image;
    QVERIFY(!request.reference->bytes.isEmpty());

    auto library = makeLibrary();
    QSignalSpy failed(library.get(), &JobLibrary::submitFailed);
    const qint64 id = library->submit(Profile, Submission{request, 1}).value(0);
    QVERIFY(failed.wait(15'000));
    QCOMPARE(m_store->job(id)->state, JobState::OutcomeUnknown);
    QTest::qWait(800);
    QCOMPARE(createPosts().size(), 1);
}

void TestCreateFlow::theGatewayRefusalOfAPromptIsRecorded() {
    auto library = makeLibrary();
    QSignalSpy failed(library.get(), &JobLibrary::submitFailed);
    const qint64 id =
        library
            ->submit(Profile,
                     Submission{CreateRequest::make(u"[moderation] something"_s, {}, {}, {}), 1})
            .value(0);
    QVERIFY(failed.wait(10'000));
    const JobRecord record = *m_store->job(id);
    QCOMPARE(record.state, JobState::Rejected);
    QCOMPARE(record.error.value(u"code"_s).toString(), u"moderation_blocked"_s);
    QCOMPARE(createPosts().size(), 1);
}

void TestCreateFlow::anInvalidSubmissionWritesNothingAndSendsNothing() {
    auto library = makeLibrary();
    QString error;
    QVERIFY(
        library
            ->submit(Profile,
                     Submission{CreateRequest::make(u"fox"_s, u"sora-2"_s, {}, u"1920x1080"_s), 1},
                     &error)
            .isEmpty());
    QVERIFY(error.contains(u"720x1280"_s));
    QVERIFY(
        library->submit(Profile, Submission{CreateRequest::make(u"fox"_s, {}, {}, {}), 9}, &error)
            .isEmpty());
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_store->count(JobQuery::matching({}, {}, 0)), 0);
    QTest::qWait(300);
    QCOMPARE(createPosts().size(), 0);
}

void TestCreateFlow::recordsTheEstimateAndTheGatewaysBillingFactors() {
    QVERIFY(m_mock.configure({{u"dialect"_s, u"newapi"_s}}));
    auto library = makeLibrary();
    const CreateRequest request =
        CreateRequest::make(u"billed fox"_s, u"sora-2-pro"_s, u"8"_s, u"1792x1024"_s);
    const CostEstimate perVersion =
        CostEstimate::of(PriceTable::defaults(), request.model, request.seconds, request.size, 1);
    const qint64 id = library->submit(Profile, Submission(request, 1, perVersion)).value(0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->job(id)->videoId.isEmpty(), 10'000);
    const JobRecord record = *m_store->job(id);
    QVERIFY(record.videoId.startsWith(u"task_"_s));
    QVERIFY(qFuzzyCompare(*record.estimateAmount, 4.0));
    QCOMPARE(record.estimateCurrency, u"USD"_s);
    QCOMPARE(record.billing.value(u"seconds"_s).toInt(), 8);
    QVERIFY(record.billing.value(u"size"_s).toDouble() > 1.0);
    QCOMPARE(record.toJson()[u"estimate"_s][u"amount"_s].toDouble(), 4.0);
}

QTEST_GUILESS_MAIN(TestCreateFlow)
#include "tst_createflow.moc"
