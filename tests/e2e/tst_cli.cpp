#include "api/referenceimage.h"
#include "cliprocess.h"
#include "mockserverprocess.h"
#include "settings/settings.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// videoremix-cli is an interface other tools script against: its exit codes,
// its JSON and its words are tested through the real binary and the real mock.
class TestCli final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void remixesAndPrintsOneJsonLine();
    void remixesWaitsAndDownloadsAPlayableFile();
    void downloadSurvivesACutBody();
    void refusesAVideoAsTheThumbnail();
    void createsWithSecondsAsAString();
    void createsWithTheImageFittedToTheSize_data();
    void createsWithTheImageFittedToTheSize();
    void sendsEachVersionOnceAndPrintsItsOwnLine_data();
    void sendsEachVersionOnceAndPrintsItsOwnLine();
    void waitsForEveryVersionAndSavesEachInTheFolder();
    void exitsWithTheWorstOutcomeOfItsVersions_data();
    void exitsWithTheWorstOutcomeOfItsVersions();
    void sendsNothingForABadImage_data();
    void sendsNothingForABadImage();
    void sendsNothingWhenTheFolderForVersionsIsAFile();
    void sendsNothingWhenTheJobLibraryCannotBeWritten();
    void exitsWithCodePerOutcome_data();
    void exitsWithCodePerOutcome();
    void sendsNothingForUsageErrors_data();
    void sendsNothingForUsageErrors();
    void printsErrorsAsJsonOnStderr();
    void showsBothLanguagesInTheChosenOrder_data();
    void showsBothLanguagesInTheChosenOrder();
    void summarisesHtmlPagesInsteadOfDumpingThem();
    void takesTheGatewayFromTheEnvironment();
    void usesTheActiveProfile();
    void choosesAProfileByName();
    void refusesAnUnknownProfile();
    void listsProfilesWithoutKeys();
    void sendsNothingWithoutAKey();
    void neverPrintsTheKey();
    void printsVersionAndHelp();

    void dryRunOfACreateIsOneJsonLineAndSendsNothing();
    void dryRunOfACreateWithAnImageDescribesThePart();
    void dryRunOfARemixPricesItsSourceFromTheLibrary();
    void dryRunNeverAsksForAnUnknownSource();
    void dryRunRefusesBadInputLikeARealRun();
    void recordsTheEstimateOfEachJob();
    void refusesASubmitPastTheBudgetUnlessAskedTo();
    void totalsTheSpendingOfAProfile();
    void refusesABadSinceDate();

private:
    CliRun cli(const QStringList& arguments, const QMap<QString, QString>& environment = {});
    // The arguments that reach the mock, in front of `arguments`.
    QStringList atMock(const QStringList& arguments) const;
    // A plain picture of `size` saved as `format` in this test's folder.
    QString savedImage(const QString& name, const QSize& size, const char* format = "png");
    // The job library's rows of one submit's versions, from `history --json`.
    QList<QJsonObject> historyOfGroup(const QString& group);
    // Profiles as the app would have saved them, in this test's private config folder.
    void saveProfiles(const QList<GatewayProfile>& profiles, const QString& activeId);
    QString configHome() const { return m_dir.filePath(u"config"_s); }
    int jobCount();
    // A profile at the mock, made the active one; nullopt budget: no cap.
    GatewayProfile saveMockProfile(std::optional<double> monthlyBudget = std::nullopt);
    // A create of sora-2 for 4 s at 720p: US$0.40 by the list prices.
    static QStringList priceableCreate();

    MockServerProcess m_mock;
    QTemporaryDir m_dir;
};

void TestCli::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(m_mock.start({u"--job-duration"_s, u"800"_s}));
}

void TestCli::init() {
    QVERIFY(m_mock.reset());
    QDir(configHome()).removeRecursively();
}

void TestCli::saveProfiles(const QList<GatewayProfile>& profiles, const QString& activeId) {
    Settings settings(configHome() + u"/videoremix/videoremix.conf"_s);
    QString error;
    QVERIFY2(settings.setProfiles(profiles, &error), qPrintable(error));
    QVERIFY(settings.setActiveProfileId(activeId));
    QVERIFY(settings.sync());
}

CliRun TestCli::cli(const QStringList& arguments, const QMap<QString, QString>& environment) {
    QProcessEnvironment env = isolatedCliEnvironment(m_dir.path(), m_mock.apiKey());
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isNull())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    return runCli(arguments, env);
}

QStringList TestCli::atMock(const QStringList& arguments) const {
    return QStringList{u"--base-url"_s, m_mock.baseUrl().toString()} + arguments;
}

QString TestCli::savedImage(const QString& name, const QSize& size, const char* format) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString path = m_dir.filePath(name);
    return image.save(path, format) ? path : QString();
}

QList<QJsonObject> TestCli::historyOfGroup(const QString& group) {
    const CliRun run = cli({u"--json"_s, u"history"_s});
    QList<QJsonObject> rows;
    for (const QJsonValue& job :
         QJsonDocument::fromJson(run.out).object().value(u"jobs"_s).toArray()) {
        if (job[u"group"_s].toString() == group)
            rows.append(job.toObject());
    }
    return rows;
}

void TestCli::remixesAndPrintsOneJsonLine() {
    const CliRun run = cli({u"--base-url"_s, m_mock.baseUrl().toString(), u"--json"_s, u"remix"_s,
                            u"video_demo_source"_s, u"--prompt"_s, u"让这个视频背景变成紫色"_s,
                            u"--size"_s, u"720x1280"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count('\n'), 1);
    const QJsonObject video = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(video.value(u"status"_s).toString(), u"queued"_s);
    QCOMPARE(video.value(u"size"_s).toString(), u"720x1280"_s);
    QCOMPARE(video.value(u"remixed_from_video_id"_s).toString(), u"video_demo_source"_s);
    QVERIFY(video.value(u"raw"_s).isObject());
    // First one GET of the source, which prices the remix; then the POST.
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/video_demo_source"_s), 1);
    QCOMPARE(m_mock.requests().size(), 2);
    const QJsonObject request = m_mock.requests().last().toObject();
    QCOMPARE(QJsonDocument::fromJson(request.value(u"body"_s).toString().toUtf8()).object(),
             (QJsonObject{{u"prompt"_s, u"让这个视频背景变成紫色"_s}, {u"size"_s, u"720x1280"_s}}));
}

void TestCli::remixesWaitsAndDownloadsAPlayableFile() {
    const QString target = m_dir.filePath(u"out.mp4"_s);
    const CliRun run = cli({u"--base-url"_s, m_mock.baseUrl().toString(), u"--json"_s,
                            u"--poll-interval"_s, u"0.2"_s, u"remix"_s, u"video_demo_source"_s,
                            u"--prompt"_s, u"purple"_s, u"--wait"_s, u"--download"_s, target});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count('\n'), 1);
    const QJsonObject video = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(video.value(u"status"_s).toString(), u"completed"_s);
    QCOMPARE(video.value(u"progress"_s).toInt(), 100);
    QCOMPARE(video.value(u"download"_s).toObject().value(u"path"_s).toString(), target);
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(8).mid(4), "ftyp"_ba);
}

void TestCli::downloadSurvivesACutBody() {
    QVERIFY(m_mock.addFault(
        {{u"fault"_s, u"truncate"_s}, {u"path"_s, u"/v1/videos/*/content"_s}, {u"times"_s, 5}}));
    const QString target = m_dir.filePath(u"cut.mp4"_s);
    const CliRun run =
        cli(atMock({u"--json"_s, u"--poll-interval"_s, u"0.2"_s, u"remix"_s, u"video_demo_source"_s,
                    u"--prompt"_s, u"purple"_s, u"--wait"_s, u"--download"_s, target}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile demo(QStringLiteral(VIDEOREMIX_SOURCE_DIR "/resources/mock/demo.mp4"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), demo.readAll());
    QVERIFY(!QFile::exists(target + u".part"_s));
    QVERIFY(m_mock.countRequests("GET", u"/v1/videos/*/content"_s) >= 5);
}

void TestCli::refusesAVideoAsTheThumbnail() {
    QVERIFY(m_mock.configure({{u"contentIgnoresVariant"_s, true}}));
    const QString target = m_dir.filePath(u"thumb.webp"_s);
    const CliRun run = cli(atMock({u"--lang"_s, u"en"_s, u"download"_s, u"video_demo_source"_s,
                                   u"--variant"_s, u"thumbnail"_s, u"--output"_s, target}));
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.errText().contains(u"instead of the thumbnail image"_s), run.err.constData());
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + u".part"_s));
}

void TestCli::createsWithSecondsAsAString() {
    const CliRun run = cli(atMock({u"--json"_s, u"create"_s, u"--prompt"_s, u"海边的日落"_s,
                                   u"--seconds"_s, u"8"_s, u"--size"_s, u"1280x720"_s}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.count('\n'), 1);
    const QJsonObject video = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(video.value(u"status"_s).toString(), u"queued"_s);
    QVERIFY(video.value(u"remixed_from_video_id"_s).isNull());
    QVERIFY(video.value(u"local_id"_s).toInteger() > 0);
    QVERIFY(video.value(u"group"_s).isNull());
    QVERIFY(video.value(u"raw"_s).isObject());
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos"_s), 1);
    const QJsonObject request = m_mock.requests().first().toObject();
    QCOMPARE(request.value(u"path"_s).toString(), u"/v1/videos"_s);
    const QJsonObject body =
        QJsonDocument::fromJson(request.value(u"body"_s).toString().toUtf8()).object();
    QCOMPARE(body, (QJsonObject{{u"prompt"_s, u"海边的日落"_s},
                                {u"model"_s, u"sora-2"_s},
                                {u"seconds"_s, u"8"_s},
                                {u"size"_s, u"1280x720"_s}}));
}

void TestCli::createsWithTheImageFittedToTheSize_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QSize>("imageSize");
    QTest::addColumn<QString>("sentSize");
    QTest::newRow("wide, smaller than the video")
        << QStringList{u"--size"_s, u"1280x720"_s} << QSize(300, 200) << u"1280x720"_s;
    QTest::newRow("the model's default size") << QStringList{} << QSize(640, 640) << u"720x1280"_s;
    QTest::newRow("a size only sora-2-pro makes")
        << QStringList{u"--model"_s, u"sora-2-pro"_s, u"--size"_s, u"1792x1024"_s}
        << QSize(2000, 3000) << u"1792x1024"_s;
}

void TestCli::createsWithTheImageFittedToTheSize() {
    QFETCH(QStringList, arguments);
    QFETCH(QSize, imageSize);
    QFETCH(QString, sentSize);
    const QString image = savedImage(u"first-frame.png"_s, imageSize);
    QVERIFY(!image.isEmpty());
    const CliRun run = cli(atMock(QStringList{u"--json"_s, u"create"_s, u"--prompt"_s,
                                              u"the frame comes alive"_s, u"--image"_s, image} +
                                  arguments));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.count('\n'), 1);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"size"_s).toString(), sentSize);

    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos"_s), 1);
    const QJsonObject request = m_mock.requests().first().toObject();
    QVERIFY(request.value(u"headers"_s)[u"content-type"_s].toString().startsWith(
        u"multipart/form-data"_s));
    QHash<QString, QJsonObject> parts;
    for (const QJsonValue& part : request.value(u"parts"_s).toArray())
        parts.insert(part[u"name"_s].toString(), part.toObject());
    QCOMPARE(parts.value(u"size"_s).value(u"value"_s).toString(), sentSize);
    const QJsonObject reference = parts.value(u"input_reference"_s);
    QCOMPARE(reference.value(u"content_type"_s).toString(), u"image/png"_s);
    const QSize wanted = ReferenceImage::parseSize(sentSize);
    QCOMPARE(reference.value(u"width"_s).toInt(), wanted.width());
    QCOMPARE(reference.value(u"height"_s).toInt(), wanted.height());

    const QString job = QJsonDocument::fromJson(run.out).object().value(u"id"_s).toString();
    const CliRun history = cli({u"--json"_s, u"history"_s, u"--search"_s, job});
    const QJsonArray jobs = QJsonDocument::fromJson(history.out).object()[u"jobs"_s].toArray();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first()[u"kind"_s].toString(), u"create"_s);
    QCOMPARE(jobs.first()[u"reference_image"_s].toString(), u"first-frame.png"_s);
}

void TestCli::sendsEachVersionOnceAndPrintsItsOwnLine_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("postPath");
    QTest::addColumn<int>("versions");
    QTest::addColumn<QString>("kind");
    QTest::newRow("create, 3 versions")
        << QStringList{u"create"_s, u"--prompt"_s, u"a lighthouse"_s, u"--count"_s, u"3"_s}
        << u"/v1/videos"_s << 3 << u"create"_s;
    QTest::newRow("remix, 2 versions")
        << QStringList{u"remix"_s,  u"video_demo_source"_s, u"--prompt"_s,
                       u"purple"_s, u"--count"_s,           u"2"_s}
        << u"/v1/videos/*/remix"_s << 2 << u"remix"_s;
}

void TestCli::sendsEachVersionOnceAndPrintsItsOwnLine() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, postPath);
    QFETCH(int, versions);
    QFETCH(QString, kind);
    const CliRun run = cli(atMock(QStringList{u"--json"_s} + arguments));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_mock.countRequests("POST", postPath), versions);
    // A remix's source is asked for once, whatever the versions: it prices them all.
    // (A version sent early may be looked at once before the last is sent: that
    // GET is of a new job, not of the source.)
    const int lookups = kind == u"remix"_s ? 1 : 0;
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/video_demo_source"_s), lookups);
    QCOMPARE(m_mock.requests().size(), versions + m_mock.countRequests("GET", u"/v1/videos/*"_s));

    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), versions);
    QSet<int> seen;
    QSet<QString> ids;
    const QString group =
        QJsonDocument::fromJson(lines.first()).object().value(u"group"_s).toString();
    QVERIFY(!group.isEmpty());
    for (const QByteArray& line : lines) {
        const QJsonObject video = QJsonDocument::fromJson(line).object();
        QCOMPARE(video.value(u"group"_s).toString(), group);
        QCOMPARE(video.value(u"versions"_s).toInt(), versions);
        QCOMPARE(video.value(u"status"_s).toString(), u"queued"_s);
        seen.insert(video.value(u"version"_s).toInt());
        ids.insert(video.value(u"id"_s).toString());
    }
    QSet<int> expected;
    for (int version = 1; version <= versions; ++version)
        expected.insert(version);
    QCOMPARE(seen, expected);
    QCOMPARE(ids.size(), versions);

    // Each version is a job of the library, as the app's history shows it.
    const QList<QJsonObject> rows = historyOfGroup(group);
    QCOMPARE(rows.size(), versions);
    for (const QJsonObject& row : rows) {
        QCOMPARE(row.value(u"kind"_s).toString(), kind);
        QVERIFY(ids.contains(row.value(u"id"_s).toString()));
    }
}

void TestCli::waitsForEveryVersionAndSavesEachInTheFolder() {
    const QString folder = m_dir.filePath(u"versions/new"_s); // made by the CLI
    QVERIFY(!QFileInfo::exists(folder));
    const CliRun run =
        cli(atMock({u"--json"_s, u"--poll-interval"_s, u"0.2"_s, u"create"_s, u"--prompt"_s,
                    u"two takes"_s, u"--count"_s, u"2"_s, u"--wait"_s, u"--download"_s, folder}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QStringList expectedFiles;
    for (const QByteArray& line : lines) {
        const QJsonObject video = QJsonDocument::fromJson(line).object();
        QCOMPARE(video.value(u"status"_s).toString(), u"completed"_s);
        const QString path = video.value(u"download"_s)[u"path"_s].toString();
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(folder).absoluteFilePath());
        QCOMPARE(QFileInfo(path).fileName(), video.value(u"id"_s).toString() + u".mp4"_s);
        expectedFiles.append(QFileInfo(path).fileName());
    }
    expectedFiles.sort();
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name), expectedFiles);
    for (const QString& name : std::as_const(expectedFiles)) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(8).mid(4), "ftyp"_ba);
    }
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos"_s), 2);
}

void TestCli::exitsWithTheWorstOutcomeOfItsVersions_data() {
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("one refused") << u"http400"_s << 1;
    QTest::newRow("one answer lost") << u"reset-after-request"_s << 5;
}

void TestCli::exitsWithTheWorstOutcomeOfItsVersions() {
    QFETCH(QString, fault);
    QFETCH(int, exitCode);
    QVERIFY(m_mock.addFault({{u"fault"_s, fault}, {u"method"_s, u"POST"_s}, {u"times"_s, 1}}));
    const CliRun run =
        cli(atMock({u"--json"_s, u"create"_s, u"--prompt"_s, u"p"_s, u"--count"_s, u"2"_s}));
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos"_s), 2);
    // The version that went through is printed; the other one's error names it.
    QCOMPARE(run.out.count('\n'), 1);
    const QJsonObject video = QJsonDocument::fromJson(run.out).object();
    const QJsonObject error = QJsonDocument::fromJson(run.err).object();
    QVERIFY2(error.value(u"error"_s).isObject(), run.err.constData());
    QCOMPARE(error.value(u"group"_s).toString(), video.value(u"group"_s).toString());
    QCOMPARE(error.value(u"version"_s).toInt() + video.value(u"version"_s).toInt(), 3);
    QCOMPARE(error.value(u"error"_s)[u"outcome_unknown"_s].toBool(), exitCode == 5);
}

void TestCli::sendsNothingForABadImage_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("missing") << u"missing"_s << QStringList{};
    QTest::newRow("empty") << u"empty"_s << QStringList{};
    QTest::newRow("not an image") << u"text"_s << QStringList{};
    QTest::newRow("a format the API does not take") << u"bmp"_s << QStringList{};
    QTest::newRow("too large") << u"huge"_s << QStringList{};
    QTest::newRow("no size to fit it to")
        << u"png"_s << QStringList{u"--model"_s, u"some-other-model"_s};
}

void TestCli::sendsNothingForABadImage() {
    QFETCH(QString, kind);
    QFETCH(QStringList, arguments);
    QString image = m_dir.filePath(u"bad-"_s + kind + u".png"_s);
    if (kind == u"empty"_s || kind == u"text"_s || kind == u"huge"_s) {
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (kind == u"text"_s)
            file.write("this is not a picture\n");
        if (kind == u"huge"_s) // sparse: the size alone refuses it
            QVERIFY(file.resize(ReferenceImage::MaxFileBytes + 1));
    } else if (kind == u"bmp"_s) {
        image = savedImage(u"frame.bmp"_s, {64, 64}, "bmp");
    } else if (kind == u"png"_s) {
        image = savedImage(u"frame.png"_s, {64, 64});
    }
    QVERIFY(!image.isEmpty());
    const int jobsBefore = int(QJsonDocument::fromJson(cli({u"--json"_s, u"history"_s}).out)
                                   .object()[u"jobs"_s]
                                   .toArray()
                                   .size());

    const CliRun run = cli(atMock(
        QStringList{u"create"_s, u"--prompt"_s, u"p"_s, u"--image"_s, image, u"--count"_s, u"3"_s} +
        arguments));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.trimmed().isEmpty());
    QCOMPARE(m_mock.requests().size(), 0);
    // Nor is a job written for it.
    const int jobsAfter = int(QJsonDocument::fromJson(cli({u"--json"_s, u"history"_s}).out)
                                  .object()[u"jobs"_s]
                                  .toArray()
                                  .size());
    QCOMPARE(jobsAfter, jobsBefore);
}

void TestCli::sendsNothingWhenTheFolderForVersionsIsAFile() {
    const QString file = m_dir.filePath(u"not-a-folder.mp4"_s);
    QFile existing(file);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    const CliRun run = cli(
        atMock({u"create"_s, u"--prompt"_s, u"p"_s, u"--count"_s, u"2"_s, u"--download"_s, file}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("folder"), run.err.constData());
    QCOMPARE(m_mock.requests().size(), 0);
}

void TestCli::sendsNothingWhenTheJobLibraryCannotBeWritten() {
    // A data folder inside a file: the library cannot even be made.
    const QString blocker = m_dir.filePath(u"data-is-a-file"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const CliRun run = cli(atMock({u"create"_s, u"--prompt"_s, u"p"_s}),
                           {{u"XDG_DATA_HOME"_s, blocker + u"/data"_s}});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("Nothing was sent"), run.err.constData());
    QCOMPARE(m_mock.requests().size(), 0);
}

void TestCli::exitsWithCodePerOutcome_data() {
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QStringList remix{u"remix"_s, u"video_demo_source"_s, u"--prompt"_s, u"p"_s};
    const QStringList status{u"status"_s, u"video_demo_source"_s};
    QTest::newRow("success") << QJsonObject{} << status << 0;
    QTest::newRow("401") << QJsonObject{{u"fault"_s, u"http401"_s}} << status << 1;
    QTest::newRow("404") << QJsonObject{} << QStringList{u"status"_s, u"video_missing"_s} << 1;
    QTest::newRow("400") << QJsonObject{{u"fault"_s, u"http400"_s}} << remix << 1;
    QTest::newRow("bad id") << QJsonObject{} << QStringList{u"status"_s, u".."_s} << 2;
    QTest::newRow("timeout") << QJsonObject{{u"fault"_s, u"no-headers"_s}}
                             << (QStringList{u"--timeout"_s, u"0.5"_s} + status) << 3;
    QTest::newRow("job failed") << QJsonObject{}
                                << QStringList{u"--poll-interval"_s, u"0.2"_s,
                                               u"remix"_s,           u"video_demo_source"_s,
                                               u"--prompt"_s,        u"[fail]"_s,
                                               u"--wait"_s}
                                << 4;
    QTest::newRow("post reset") << QJsonObject{{u"fault"_s, u"reset-after-request"_s},
                                               {u"method"_s, u"POST"_s}}
                                << remix << 5;
    QTest::newRow("post 502") << QJsonObject{{u"fault"_s, u"html502"_s}, {u"method"_s, u"POST"_s}}
                              << remix << 5;
}

void TestCli::exitsWithCodePerOutcome() {
    QFETCH(QJsonObject, fault);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    if (!fault.isEmpty())
        QVERIFY(m_mock.addFault(fault));
    const CliRun run = cli(QStringList{u"--base-url"_s, m_mock.baseUrl().toString()} + arguments);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    if (exitCode == 5) {
        QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/*/remix"_s), 1);
        QVERIFY(run.err.contains("may already have been created"));
    }
}

void TestCli::sendsNothingForUsageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"render"_s};
    QTest::newRow("dot dot") << QStringList{u"status"_s, u".."_s};
    QTest::newRow("slash") << QStringList{u"status"_s, u"a/b"_s};
    QTest::newRow("traversal") << QStringList{u"delete"_s, u"../../admin"_s};
    QTest::newRow("no prompt") << QStringList{u"remix"_s, u"video_demo_source"_s};
    QTest::newRow("blank prompt") << QStringList{u"remix"_s, u"video_demo_source"_s, u"--prompt"_s,
                                                 u"  "_s};
    QTest::newRow("bad size") << QStringList{
        u"remix"_s, u"video_demo_source"_s, u"--prompt"_s, u"p"_s, u"--size"_s, u"big"_s};
    QTest::newRow("size out of range") << QStringList{
        u"remix"_s, u"video_demo_source"_s, u"--prompt"_s, u"p"_s, u"--size"_s, u"5000x10"_s};
    QTest::newRow("prompt on status") << QStringList{u"status"_s, u"v"_s, u"--prompt"_s, u"p"_s};
    QTest::newRow("bad variant") << QStringList{u"download"_s, u"v"_s,        u"--variant"_s,
                                                u"gif"_s,      u"--output"_s, u"x"_s};
    QTest::newRow("no output") << QStringList{u"download"_s, u"v"_s};
    QTest::newRow("bad limit") << QStringList{u"list"_s, u"--limit"_s, u"0"_s};
    QTest::newRow("bad interval") << QStringList{u"--poll-interval"_s, u"-1"_s, u"status"_s,
                                                 u"v"_s};
    QTest::newRow("bad timeout") << QStringList{u"--timeout"_s, u"soon"_s, u"status"_s, u"v"_s};
    QTest::newRow("unknown option") << QStringList{u"--api-key"_s, u"sk-x"_s, u"status"_s, u"v"_s};
    const QStringList create{u"create"_s, u"--prompt"_s, u"p"_s};
    const QStringList remix{u"remix"_s, u"video_demo_source"_s, u"--prompt"_s, u"p"_s};
    QTest::newRow("create without a prompt") << QStringList{u"create"_s};
    QTest::newRow("create with a video ID")
        << QStringList{u"create"_s, u"video_demo_source"_s, u"--prompt"_s, u"p"_s};
    QTest::newRow("a size sora-2 does not make")
        << create + QStringList{u"--model"_s, u"sora-2"_s, u"--size"_s, u"1792x1024"_s};
    QTest::newRow("seconds sora-2 does not make") << create + QStringList{u"--seconds"_s, u"5"_s};
    QTest::newRow("seconds not a number") << create + QStringList{u"--seconds"_s, u"4s"_s};
    QTest::newRow("create --count 0") << create + QStringList{u"--count"_s, u"0"_s};
    QTest::newRow("create --count 9") << create + QStringList{u"--count"_s, u"9"_s};
    QTest::newRow("remix --count 0") << remix + QStringList{u"--count"_s, u"0"_s};
    QTest::newRow("remix --count 9") << remix + QStringList{u"--count"_s, u"9"_s};
    QTest::newRow("image on remix") << remix + QStringList{u"--image"_s, u"a.png"_s};
    QTest::newRow("model on remix") << remix + QStringList{u"--model"_s, u"sora-2"_s};
    QTest::newRow("count on status") << QStringList{u"status"_s, u"v"_s, u"--count"_s, u"2"_s};
}

void TestCli::sendsNothingForUsageErrors() {
    QFETCH(QStringList, arguments);
    const CliRun run = cli(QStringList{u"--base-url"_s, m_mock.baseUrl().toString()} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.trimmed().isEmpty());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(m_mock.requests().size(), 0);
}

void TestCli::printsErrorsAsJsonOnStderr() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"http401"_s}}));
    const CliRun run = cli({u"--base-url"_s, m_mock.baseUrl().toString(), u"--json"_s, u"status"_s,
                            u"video_demo_source"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QJsonObject error =
        QJsonDocument::fromJson(run.err).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"kind"_s).toString(), u"http"_s);
    QCOMPARE(error.value(u"status"_s).toInt(), 401);
    QCOMPARE(error.value(u"message"_s).toString(), u"Invalid token"_s);
    QCOMPARE(error.value(u"message_zh"_s).toString(), u"无效的令牌"_s);
}

void TestCli::showsBothLanguagesInTheChosenOrder_data() {
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::newRow("zh") << u"zh"_s << "无效的令牌"_ba
                        << "Invalid token"_ba;
    QTest::newRow("en") << u"en"_s << "Invalid token"_ba
                        << "无效的令牌"_ba;
}

void TestCli::showsBothLanguagesInTheChosenOrder() {
    QFETCH(QString, lang);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QVERIFY(m_mock.addFault({{u"fault"_s, u"http401"_s}}));
    const CliRun run = cli({u"--base-url"_s, m_mock.baseUrl().toString(), u"--lang"_s, lang,
                            u"status"_s, u"video_demo_source"_s});
    QCOMPARE(run.exitCode, 1);
    const qsizetype firstAt = run.err.indexOf(first);
    const qsizetype secondAt = run.err.indexOf(second);
    QVERIFY2(firstAt >= 0 && secondAt > firstAt, run.err.constData());
}

void TestCli::summarisesHtmlPagesInsteadOfDumpingThem() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"html502"_s}}));
    const CliRun run =
        cli({u"--base-url"_s, m_mock.baseUrl().toString(), u"status"_s, u"video_demo_source"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("502") && run.err.contains("Bad Gateway"), run.err.constData());
    QVERIFY2(!run.err.contains('<'), run.err.constData());
}

void TestCli::takesTheGatewayFromTheEnvironment() {
    const CliRun viaOpenAi = cli({u"status"_s, u"video_demo_source"_s},
                                 {{u"OPENAI_BASE_URL"_s, m_mock.baseUrl().toString() + u"/v1"_s},
                                  {u"VIDEOREMIX_API_KEY"_s, QString()},
                                  {u"OPENAI_API_KEY"_s, m_mock.apiKey()}});
    QVERIFY2(viaOpenAi.exitCode == 0, viaOpenAi.err.constData());
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/video_demo_source"_s), 1);
}

void TestCli::usesTheActiveProfile() {
    const GatewayProfile mock = GatewayProfile::create(u"Test mock"_s, m_mock.baseUrl());
    saveProfiles({GatewayProfile::create(u"Elsewhere"_s, QUrl(u"http://127.0.0.1:1"_s)), mock},
                 mock.id);
    const CliRun run = cli({u"--poll-interval"_s, u"0.2"_s, u"status"_s, u"video_demo_source"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/video_demo_source"_s), 1);
}

void TestCli::choosesAProfileByName() {
    const GatewayProfile mock = GatewayProfile::create(u"Test mock"_s, m_mock.baseUrl());
    const GatewayProfile closed =
        GatewayProfile::create(u"Closed"_s, QUrl(u"http://127.0.0.1:1"_s));
    saveProfiles({closed, mock}, closed.id);
    const CliRun run = cli({u"--profile"_s, u"test MOCK"_s, u"status"_s, u"video_demo_source"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_mock.requests().size(), 1);
}

void TestCli::refusesAnUnknownProfile() {
    const CliRun run = cli({u"--profile"_s, u"nowhere"_s, u"status"_s, u"video_demo_source"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("nowhere"));
    QCOMPARE(m_mock.requests().size(), 0);
}

void TestCli::listsProfilesWithoutKeys() {
    const GatewayProfile mock = GatewayProfile::create(u"Test mock"_s, m_mock.baseUrl());
    saveProfiles({mock}, mock.id);
    const CliRun run = cli({u"--json"_s, u"profiles"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray profiles =
        QJsonDocument::fromJson(run.out).object().value(u"profiles"_s).toArray();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().toObject().value(u"name"_s).toString(), u"Test mock"_s);
    QCOMPARE(profiles.first().toObject().value(u"active"_s).toBool(), true);
    QVERIFY(!run.out.contains(m_mock.apiKey().toUtf8()));
    const CliRun human = cli({u"profiles"_s});
    QVERIFY(human.out.contains("* Test mock"));
}

void TestCli::sendsNothingWithoutAKey() {
    const GatewayProfile mock = GatewayProfile::create(u"Test mock"_s, m_mock.baseUrl());
    saveProfiles({mock}, mock.id);
    const CliRun run =
        cli({u"status"_s, u"video_demo_source"_s}, {{u"VIDEOREMIX_API_KEY"_s, QString()}});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("VIDEOREMIX_API_KEY"), run.err.constData());
    QCOMPARE(m_mock.requests().size(), 0);
}

void TestCli::neverPrintsTheKey() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"http401"_s}, {u"times"_s, 1}}));
    const QStringList base{u"--base-url"_s, m_mock.baseUrl().toString()};
    QByteArray everything;
    for (const QStringList& arguments :
         {QStringList{u"status"_s, u"video_demo_source"_s},
          QStringList{u"--json"_s, u"status"_s, u"video_demo_source"_s},
          QStringList{u"--json"_s, u"list"_s}}) {
        const CliRun run = cli(base + arguments);
        everything += run.out + run.err;
    }
    QVERIFY(!everything.isEmpty());
    QVERIFY(!everything.contains(m_mock.apiKey().toUtf8()));
}

void TestCli::printsVersionAndHelp() {
    const CliRun version = cli({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("videoremix-cli "));
    const CliRun help = cli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char* word : {"create", "remix", "status", "wait", "download", "list", "delete",
                             "--image", "--count", "--model", "--seconds", "sora-2-pro",
                             "Exit codes", "--dry-run", "--over-budget", "spend", "--since"})
        QVERIFY2(help.out.contains(word), word);
}

int TestCli::jobCount() {
    const CliRun run = cli({u"--json"_s, u"history"_s, u"--limit"_s, u"1000"_s});
    return int(QJsonDocument::fromJson(run.out).object().value(u"jobs"_s).toArray().size());
}

GatewayProfile TestCli::saveMockProfile(std::optional<double> monthlyBudget) {
    GatewayProfile mock = GatewayProfile::create(u"Test mock"_s, m_mock.baseUrl());
    mock.monthlyBudget = monthlyBudget;
    saveProfiles({mock}, mock.id);
    return mock;
}

QStringList TestCli::priceableCreate() {
    return {u"create"_s,    u"--prompt"_s, u"a lighthouse"_s, u"--model"_s, u"sora-2"_s,
            u"--seconds"_s, u"4"_s,        u"--size"_s,       u"1280x720"_s};
}

void TestCli::dryRunOfACreateIsOneJsonLineAndSendsNothing() {
    const int jobsBefore = jobCount();
    const CliRun run = cli(atMock(QStringList{u"--json"_s, u"--dry-run"_s} + priceableCreate()));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_mock.requests().size(), 0);
    QCOMPARE(jobCount(), jobsBefore);
    QCOMPARE(run.out.count('\n'), 1);
    QJsonParseError error;
    const QJsonObject dry = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(dry.value(u"dry_run"_s).toBool(), true);
    QCOMPARE(dry.value(u"estimate"_s).toObject(),
             (QJsonObject{{u"amount"_s, 0.4}, {u"currency"_s, u"USD"_s}, {u"known"_s, true}}));
    const QJsonArray requests = dry.value(u"requests"_s).toArray();
    QCOMPARE(requests.size(), 1);
    const QJsonObject request = requests.first().toObject();
    QCOMPARE(request.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(request.value(u"url"_s).toString(), m_mock.baseUrl().toString() + u"/v1/videos"_s);
    QCOMPARE(request.value(u"body"_s).toObject(), (QJsonObject{{u"prompt"_s, u"a lighthouse"_s},
                                                               {u"model"_s, u"sora-2"_s},
                                                               {u"seconds"_s, u"4"_s},
                                                               {u"size"_s, u"1280x720"_s}}));
    QVERIFY(!request.contains(u"headers"_s));
    QVERIFY(!QByteArray(run.out + run.err).contains(m_mock.apiKey().toUtf8()));
    QVERIFY(!run.out.contains("Authorization"));
}

void TestCli::dryRunOfACreateWithAnImageDescribesThePart() {
    const QString image = savedImage(u"dry.png"_s, {640, 480});
    QVERIFY(!image.isEmpty());
    const QStringList arguments =
        atMock(QStringList{u"--dry-run"_s} + priceableCreate() + QStringList{u"--image"_s, image});
    const CliRun human = cli(arguments);
    QVERIFY2(human.exitCode == 0, human.err.constData());
    for (const char* word : {"POST", "/v1/videos", "input_reference", "dry.png", "1280x720",
                             "prompt: a lighthouse", "$0.40"})
        QVERIFY2(human.out.contains(word), word);

    const CliRun json = cli(QStringList{u"--json"_s} + arguments);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonObject dry = QJsonDocument::fromJson(json.out).object();
    const QJsonObject form =
        dry[u"requests"_s].toArray().first().toObject().value(u"form"_s).toObject();
    const QJsonObject file = form.value(u"file"_s).toObject();
    QCOMPARE(file.value(u"name"_s).toString(), u"input_reference"_s);
    QCOMPARE(file.value(u"width"_s).toInt(), 1280);
    QCOMPARE(file.value(u"height"_s).toInt(), 720);
    QVERIFY(file.value(u"content_type"_s).toString().startsWith(u"image/"_s));
    QVERIFY(file.value(u"size"_s).toDouble() > 0);
    QVERIFY(!form.value(u"fields"_s).toArray().isEmpty());
    QCOMPARE(dry[u"estimate"_s][u"amount"_s].toDouble(), 0.4);

    QCOMPARE(m_mock.requests().size(), 0);
    QVERIFY(!QByteArray(human.out + human.err + json.out + json.err)
                 .contains(m_mock.apiKey().toUtf8()));
}

void TestCli::dryRunOfARemixPricesItsSourceFromTheLibrary() {
    const CliRun created = cli(atMock(QStringList{u"--json"_s} + priceableCreate()));
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QString source = QJsonDocument::fromJson(created.out).object()[u"id"_s].toString();
    QVERIFY(!source.isEmpty());
    QVERIFY(m_mock.reset());
    const int jobsBefore = jobCount();

    const QStringList remix{u"--dry-run"_s, u"remix"_s,   source, u"--prompt"_s,
                            u"purple"_s,    u"--count"_s, u"2"_s};
    const CliRun json = cli(atMock(QStringList{u"--json"_s} + remix));
    QVERIFY2(json.exitCode == 0, json.err.constData());
    QCOMPARE(json.out.count('\n'), 1);
    const QJsonObject dry = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(dry.value(u"estimate"_s).toObject(),
             (QJsonObject{{u"amount"_s, 0.8}, {u"currency"_s, u"USD"_s}, {u"known"_s, true}}));
    const QJsonArray requests = dry.value(u"requests"_s).toArray();
    QCOMPARE(requests.size(), 2);
    for (const QJsonValue& request : requests) {
        QCOMPARE(request[u"url"_s].toString(),
                 m_mock.baseUrl().toString() + u"/v1/videos/"_s + source + u"/remix"_s);
        QCOMPARE(request[u"body"_s].toObject(), (QJsonObject{{u"prompt"_s, u"purple"_s}}));
    }
    const CliRun human = cli(atMock(remix));
    QVERIFY2(human.exitCode == 0, human.err.constData());
    QVERIFY2(human.out.contains("$0.80"), human.out.constData());
    QVERIFY2(human.out.contains("$0.40"), human.out.constData());

    QCOMPARE(m_mock.requests().size(), 0);
    QCOMPARE(jobCount(), jobsBefore);
    QVERIFY(!QByteArray(json.out + json.err + human.out + human.err)
                 .contains(m_mock.apiKey().toUtf8()));
}

void TestCli::dryRunNeverAsksForAnUnknownSource() {
    const CliRun run = cli(atMock({u"--json"_s, u"--dry-run"_s, u"remix"_s, u"video_demo_source"_s,
                                   u"--prompt"_s, u"purple"_s}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_mock.requests().size(), 0);
    const QJsonObject estimate =
        QJsonDocument::fromJson(run.out).object().value(u"estimate"_s).toObject();
    QCOMPARE(estimate.value(u"known"_s).toBool(), false);
    QVERIFY(estimate.value(u"amount"_s).isNull());

    const CliRun human = cli(
        atMock({u"--dry-run"_s, u"remix"_s, u"video_demo_source"_s, u"--prompt"_s, u"purple"_s}));
    QVERIFY2(human.out.contains("unknown"), human.out.constData());
    QVERIFY2(human.out.contains("not in the job library"), human.out.constData());
    QCOMPARE(m_mock.requests().size(), 0);
}

void TestCli::dryRunRefusesBadInputLikeARealRun() {
    for (const QStringList& arguments :
         {QStringList{u"create"_s, u"--prompt"_s, u"x"_s, u"--seconds"_s, u"5"_s},
          QStringList{u"create"_s, u"--prompt"_s, u""_s},
          QStringList{u"remix"_s, u"bad id"_s, u"--prompt"_s, u"x"_s},
          QStringList{u"create"_s, u"--prompt"_s, u"x"_s, u"--image"_s,
                      m_dir.filePath(u"missing.png"_s)}}) {
        const CliRun run = cli(atMock(QStringList{u"--dry-run"_s} + arguments));
        QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(u' ')));
        QVERIFY(run.out.isEmpty());
    }
    QCOMPARE(m_mock.requests().size(), 0);
}

void TestCli::recordsTheEstimateOfEachJob() {
    const CliRun run = cli(atMock(QStringList{u"--json"_s} + priceableCreate()));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString id = QJsonDocument::fromJson(run.out).object()[u"id"_s].toString();
    const CliRun history = cli({u"--json"_s, u"history"_s, u"--search"_s, id});
    const QJsonArray jobs = QJsonDocument::fromJson(history.out).object()[u"jobs"_s].toArray();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first()[u"estimate"_s].toObject(),
             (QJsonObject{{u"amount"_s, 0.4}, {u"currency"_s, u"USD"_s}, {u"known"_s, true}}));
}

void TestCli::refusesASubmitPastTheBudgetUnlessAskedTo() {
    saveMockProfile(0.3);
    const int jobsBefore = jobCount();
    const CliRun refused = cli(priceableCreate());
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("budget"), refused.err.constData());
    QVERIFY2(refused.err.contains("$0.10"), refused.err.constData()); // how far over
    QVERIFY2(refused.err.contains("--over-budget"), refused.err.constData());
    QCOMPARE(m_mock.requests().size(), 0);
    QCOMPARE(jobCount(), jobsBefore);

    const CliRun through = cli(QStringList{u"--over-budget"_s} + priceableCreate());
    QVERIFY2(through.exitCode == 0, through.err.constData());
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos"_s), 1);
    QCOMPARE(jobCount(), jobsBefore + 1);
}

void TestCli::totalsTheSpendingOfAProfile() {
    const GatewayProfile profile = saveMockProfile(5.0);
    for (int i = 0; i < 2; ++i) {
        const CliRun run = cli(priceableCreate());
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    const CliRun human = cli({u"spend"_s});
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.out.contains("This month: $0.80"), human.out.constData());
    QVERIFY2(human.out.contains("Today:      $0.80"), human.out.constData());
    QVERIFY2(human.out.contains("$5.00"), human.out.constData());

    const CliRun json = cli({u"--json"_s, u"--profile"_s, profile.name, u"spend"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out.count('\n'), 1);
    const QJsonObject totals = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(totals[u"spent"_s][u"USD"_s].toDouble(), 0.8);
    QCOMPARE(totals[u"jobs"_s].toInt(), 2);
    QCOMPARE(totals[u"unpriced"_s].toInt(), 0);
    const QDateTime since = QDateTime::fromString(totals[u"since"_s].toString(), Qt::ISODate);
    QVERIFY(since.isValid());
    QCOMPARE(since.toLocalTime().date().day(), 1);

    const QString today = QDate::currentDate().toString(u"yyyy-MM-dd"_s);
    const CliRun sinceToday = cli({u"spend"_s, u"--since"_s, today});
    QCOMPARE(sinceToday.exitCode, 0);
    QVERIFY2(sinceToday.out.contains("$0.80"), sinceToday.out.constData());
    const CliRun tomorrow = cli({u"--json"_s, u"spend"_s, u"--since"_s,
                                 QDate::currentDate().addDays(1).toString(u"yyyy-MM-dd"_s)});
    QCOMPARE(QJsonDocument::fromJson(tomorrow.out).object()[u"jobs"_s].toInt(), 0);
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos"_s), 2); // spend asks nobody
    QCOMPARE(m_mock.requests().size(), 2);
}

void TestCli::refusesABadSinceDate() {
    for (const QString& date : {u"2026-13-01"_s, u"yesterday"_s, u"01/02/2026"_s}) {
        const CliRun run = cli({u"spend"_s, u"--since"_s, date});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("YYYY-MM-DD"), run.err.constData());
    }
    QCOMPARE(cli({u"status"_s, u"video_demo_source"_s, u"--since"_s, u"2026-01-01"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
