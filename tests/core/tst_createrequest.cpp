#include "api/createrequest.h"
#include "api/curlcommand.h"
#include "api/videomodels.h"
#include "jobs/submission.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// What a model allows, and what a create request sends: the capability table
// as data, the body as the API wants it (seconds a string).
class TestCreateRequest final : public QObject {
    Q_OBJECT

private slots:
    void tableListsTheKnownModelsWithTheirDefaultsFirst();
    void checksEachCombination_data();
    void checksEachCombination();
    void anUnknownModelTakesAnySizeAndDuration();
    void describesWhatAKnownModelOffers();
    void jsonSendsSecondsAsAStringAndLeavesOutWhatWasNotChosen();
    void aReferenceImageNeedsASizeAndSendsTheEffectiveOne();
    void copiesAsCurlWithoutTheKey();
    void versionsAreOneToEight_data();
    void versionsAreOneToEight();
};

void TestCreateRequest::tableListsTheKnownModelsWithTheirDefaultsFirst() {
    QCOMPARE(VideoModels::defaultModel(), u"sora-2"_s);
    const VideoModel* sora = VideoModels::find(u"sora-2"_s);
    QVERIFY(sora);
    QCOMPARE(sora->defaultSize(), u"720x1280"_s);
    QCOMPARE(sora->defaultSeconds(), u"4"_s);
    QCOMPARE(sora->sizes, (QStringList{u"720x1280"_s, u"1280x720"_s}));
    QCOMPARE(sora->seconds, (QStringList{u"4"_s, u"8"_s, u"12"_s, u"16"_s, u"20"_s}));
    const VideoModel* pro = VideoModels::find(u"sora-2-pro"_s);
    QVERIFY(pro);
    QCOMPARE(pro->sizes.size(), 6);
    QVERIFY(pro->offersSize(u"1920x1080"_s));
    QVERIFY(!VideoModels::find(u"SORA-2"_s)); // names are exact, as the API takes them
    QVERIFY(!VideoModels::find(u"veo-3"_s));
}

void TestCreateRequest::checksEachCombination_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("seconds");
    QTest::addColumn<QString>("size");
    QTest::addColumn<FieldProblem>("expected");

    QTest::newRow("defaults") << u"sora-2"_s << QString() << QString() << FieldProblem::None;
    QTest::newRow("sora-2 landscape 8 s")
        << u"sora-2"_s << u"8"_s << u"1280x720"_s << FieldProblem::None;
    QTest::newRow("sora-2 20 s") << u"sora-2"_s << u"20"_s << u"720x1280"_s << FieldProblem::None;
    QTest::newRow("sora-2 tall 1024x1792")
        << u"sora-2"_s << u"4"_s << u"1024x1792"_s << FieldProblem::SizeNotOffered;
    QTest::newRow("sora-2 1080p") << u"sora-2"_s << u"4"_s << u"1920x1080"_s
                                  << FieldProblem::SizeNotOffered;
    QTest::newRow("sora-2-pro 1792x1024")
        << u"sora-2-pro"_s << u"12"_s << u"1792x1024"_s << FieldProblem::None;
    QTest::newRow("sora-2-pro 1080p")
        << u"sora-2-pro"_s << u"16"_s << u"1080x1920"_s << FieldProblem::None;
    QTest::newRow("sora-2 5 s") << u"sora-2"_s << u"5"_s << QString()
                                << FieldProblem::SecondsNotOffered;
    QTest::newRow("sora-2-pro 10 s")
        << u"sora-2-pro"_s << u"10"_s << QString() << FieldProblem::SecondsNotOffered;
    QTest::newRow("seconds with a unit")
        << u"sora-2"_s << u"4s"_s << QString() << FieldProblem::SecondsMalformed;
    QTest::newRow("zero seconds") << u"sora-2"_s << u"0"_s << QString()
                                  << FieldProblem::SecondsMalformed;
    QTest::newRow("size typo") << u"sora-2"_s << QString() << u"1280-720"_s
                               << FieldProblem::SizeMalformed;
    QTest::newRow("model with a space")
        << u"sora 2"_s << QString() << QString() << FieldProblem::ModelMalformed;
}

void TestCreateRequest::checksEachCombination() {
    QFETCH(QString, model);
    QFETCH(QString, seconds);
    QFETCH(QString, size);
    QFETCH(FieldProblem, expected);
    const CreateRequest request = CreateRequest::make(u"a red fox in snow"_s, model, seconds, size);
    QCOMPARE(request.validate(), expected);
    QCOMPARE(request.problemText().isEmpty(), expected == FieldProblem::None);
}

void TestCreateRequest::anUnknownModelTakesAnySizeAndDuration() {
    const CreateRequest request =
        CreateRequest::make(u"waves"_s, u"veo-3-fast"_s, u"7"_s, u"1440x1440"_s);
    QCOMPARE(request.validate(), FieldProblem::None);
    QCOMPARE(request.effectiveSize(), u"1440x1440"_s);
    // Still within what any API takes: a whole number of seconds, a real size.
    QCOMPARE(CreateRequest::make(u"waves"_s, u"veo-3"_s, u"600"_s, {}).validate(),
             FieldProblem::SecondsMalformed);
    QCOMPARE(CreateRequest::make(u"waves"_s, u"veo-3"_s, {}, u"9000x10"_s).validate(),
             FieldProblem::SizeOutOfRange);
    // An empty model is the default model, not an error.
    QCOMPARE(CreateRequest::make(u"waves"_s, u"  "_s, {}, {}).model, u"sora-2"_s);
}

void TestCreateRequest::describesWhatAKnownModelOffers() {
    QLocale::setDefault(QLocale(QLocale::English));
    const QString sizes = CreateRequest::describe(FieldProblem::SizeNotOffered, u"sora-2"_s);
    QVERIFY2(sizes.contains(u"720x1280"_s) && sizes.contains(u"1280x720"_s), qPrintable(sizes));
    const QString seconds = CreateRequest::describe(FieldProblem::SecondsNotOffered, u"sora-2"_s);
    QVERIFY2(seconds.contains(u"12"_s) && seconds.contains(u"20"_s), qPrintable(seconds));
}

void TestCreateRequest::jsonSendsSecondsAsAStringAndLeavesOutWhatWasNotChosen() {
    const CreateRequest chosen =
        CreateRequest::make(u" 让这只狐狸在雪中奔跑 "_s, u"sora-2-pro"_s, u"08"_s, u"1792X1024"_s);
    QCOMPARE(chosen.validate(), FieldProblem::None);
    const QJsonObject body = chosen.toJson();
    QCOMPARE(body.value(u"prompt"_s).toString(), u"让这只狐狸在雪中奔跑"_s);
    QCOMPARE(body.value(u"model"_s).toString(), u"sora-2-pro"_s);
    QVERIFY(body.value(u"seconds"_s).isString());
    QCOMPARE(body.value(u"seconds"_s).toString(), u"8"_s);
    QCOMPARE(body.value(u"size"_s).toString(), u"1792x1024"_s);

    const QJsonObject bare = CreateRequest::make(u"fox"_s, {}, {}, {}).toJson();
    QCOMPARE(bare.keys(), (QStringList{u"model"_s, u"prompt"_s}));
}

void TestCreateRequest::aReferenceImageNeedsASizeAndSendsTheEffectiveOne() {
    CreateRequest request = CreateRequest::make(u"fox"_s, u"sora-2"_s, {}, {});
    request.reference = PreparedImage{};
    QCOMPARE(request.validate(), FieldProblem::None);
    // The image was fitted to the default size: the form says which.
    QVERIFY(request.formFields().contains(std::pair{u"size"_s, u"720x1280"_s}));

    CreateRequest unknown = CreateRequest::make(u"fox"_s, u"kling-v2"_s, {}, {});
    unknown.reference = PreparedImage{};
    QCOMPARE(unknown.validate(), FieldProblem::SizeRequired);
}

void TestCreateRequest::copiesAsCurlWithoutTheKey() {
    const QUrl gateway(u"https://user:secret@gw.example/v1"_s);
    const CreateRequest request =
        CreateRequest::make(u"it's a fox"_s, u"sora-2"_s, u"8"_s, u"1280x720"_s);
    const QString json = createCurlCommand(gateway, request);
    QCOMPARE(json, u"curl -X POST 'https://gw.example/v1/videos' -H \"Authorization: Bearer "
                   u"$VIDEOREMIX_API_KEY\" -H 'Content-Type: application/json' -d "
                   u"'{\"model\":\"sora-2\",\"prompt\":\"it'\\''s a fox\",\"seconds\":\"8\","
                   u"\"size\":\"1280x720\"}'"_s);
    const QString form = createCurlCommand(gateway, request, u"beach.jpg"_s);
    QVERIFY2(form.contains(u" -F 'seconds=8'"_s) && form.contains(u" -F 'size=1280x720'"_s),
             qPrintable(form));
    QVERIFY(form.endsWith(u" -F 'input_reference=@beach.jpg'"_s));
    QVERIFY(!form.contains(u"secret"_s) && !json.contains(u"secret"_s));
}

void TestCreateRequest::versionsAreOneToEight_data() {
    QTest::addColumn<int>("versions");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("0") << 0 << false;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("8") << 8 << true;
    QTest::newRow("9") << 9 << false;
}

void TestCreateRequest::versionsAreOneToEight() {
    QFETCH(int, versions);
    QFETCH(bool, accepted);
    const Submission submission{CreateRequest::make(u"fox"_s, {}, {}, {}), versions};
    QCOMPARE(submission.problem().isEmpty(), accepted);
    QVERIFY(submission.isCreate());
}

QTEST_GUILESS_MAIN(TestCreateRequest)
#include "tst_createrequest.moc"
