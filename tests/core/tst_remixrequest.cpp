#include "api/createrequest.h"
#include "api/remixrequest.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRemixRequest final : public QObject {
    Q_OBJECT

private slots:
    void checksVideoIds_data();
    void checksVideoIds();
    void checksPrompts_data();
    void checksPrompts();
    void checksSizes_data();
    void checksSizes();
    void trimsWhatAPasteAdds();
    void omitsSizeWhenKeepingTheSource();
    void sendsSizeInLowerCase();
    void acceptsSizesAsPeopleTypeThem_data();
    void acceptsSizesAsPeopleTypeThem();
    void describesEveryProblem();
};

void TestRemixRequest::checksVideoIds_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<FieldProblem>("expected");
    QTest::newRow("openai hex") << u"video_68d7512d07848190b3e45da0ecbebcde"_s
                                << FieldProblem::None;
    QTest::newRow("seed uuid") << u"video_8a60610c-3a5e-4ca8-be05-405f0dc635d0"_s
                               << FieldProblem::None;
    QTest::newRow("bare uuid") << u"e3215864-dd3c-49b1-8475-e4669b6d5c33"_s << FieldProblem::None;
    QTest::newRow("new-api task") << u"task_abcDEF123"_s << FieldProblem::None;
    QTest::newRow("colon form") << u"sora-2:task_01JABCDEF"_s << FieldProblem::None;
    QTest::newRow("128 chars") << QString(128, u'a') << FieldProblem::None;
    QTest::newRow("empty") << QString() << FieldProblem::VideoIdEmpty;
    QTest::newRow("129 chars") << QString(129, u'a') << FieldProblem::VideoIdTooLong;
    QTest::newRow("dot") << u"."_s << FieldProblem::VideoIdIsDotSegment;
    QTest::newRow("dot dot") << u".."_s << FieldProblem::VideoIdIsDotSegment;
    QTest::newRow("slash") << u"a/b"_s << FieldProblem::VideoIdHasReservedCharacter;
    QTest::newRow("traversal") << u"../../admin"_s << FieldProblem::VideoIdHasReservedCharacter;
    QTest::newRow("question") << u"a?b=1"_s << FieldProblem::VideoIdHasReservedCharacter;
    QTest::newRow("hash") << u"a#b"_s << FieldProblem::VideoIdHasReservedCharacter;
    QTest::newRow("percent") << u"a%2Fb"_s << FieldProblem::VideoIdHasReservedCharacter;
    QTest::newRow("backslash") << u"a\\b"_s << FieldProblem::VideoIdHasReservedCharacter;
    QTest::newRow("inner space") << u"video 1"_s << FieldProblem::VideoIdHasWhitespace;
    QTest::newRow("tab") << u"video\t1"_s << FieldProblem::VideoIdHasWhitespace;
    QTest::newRow("newline") << u"video\n1"_s << FieldProblem::VideoIdHasWhitespace;
    QTest::newRow("ideographic space") << u"video\u30001"_s << FieldProblem::VideoIdHasWhitespace;
    QTest::newRow("nul") << QString(u"video"_s + QChar(0) + u"1"_s)
                         << FieldProblem::VideoIdHasControlCharacter;
    QTest::newRow("escape") << u"video\x1b"_s << FieldProblem::VideoIdHasControlCharacter;
    QTest::newRow("zero width") << u"video\u200b1"_s << FieldProblem::VideoIdHasControlCharacter;
}

void TestRemixRequest::checksVideoIds() {
    QFETCH(QString, id);
    QFETCH(FieldProblem, expected);
    QCOMPARE(RemixRequest::checkVideoId(id), expected);
    const RemixRequest request{id, u"make it purple"_s, {}};
    QCOMPARE(request.validate(), expected);
}

void TestRemixRequest::checksPrompts_data() {
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<FieldProblem>("expected");
    QTest::newRow("chinese") << u"让这个视频背景变成紫色"_s << FieldProblem::None;
    QTest::newRow("english") << u"Make the background purple"_s << FieldProblem::None;
    QTest::newRow("emoji") << u"🎬 more drama"_s << FieldProblem::None;
    QTest::newRow("32000") << QString(32000, u'字') << FieldProblem::None;
    QTest::newRow("empty") << QString() << FieldProblem::PromptEmpty;
    QTest::newRow("blank") << u" \n\t "_s << FieldProblem::PromptEmpty;
    QTest::newRow("32001") << QString(32001, u'a') << FieldProblem::PromptTooLong;
}

void TestRemixRequest::checksPrompts() {
    QFETCH(QString, prompt);
    QFETCH(FieldProblem, expected);
    QCOMPARE(RemixRequest::checkPrompt(prompt), expected);
}

void TestRemixRequest::checksSizes_data() {
    QTest::addColumn<QString>("size");
    QTest::addColumn<FieldProblem>("expected");
    QTest::newRow("same as source") << QString() << FieldProblem::None;
    QTest::newRow("1280x720") << u"1280x720"_s << FieldProblem::None;
    QTest::newRow("upper X") << u"720X1280"_s << FieldProblem::None;
    QTest::newRow("1x1") << u"1x1"_s << FieldProblem::None;
    QTest::newRow("4096x4096") << u"4096x4096"_s << FieldProblem::None;
    QTest::newRow("zero") << u"0x720"_s << FieldProblem::SizeOutOfRange;
    QTest::newRow("4097") << u"4097x720"_s << FieldProblem::SizeOutOfRange;
    QTest::newRow("star") << u"1280*720"_s << FieldProblem::SizeMalformed;
    QTest::newRow("spaces") << u"1280 x 720"_s << FieldProblem::SizeMalformed;
    QTest::newRow("negative") << u"-1x720"_s << FieldProblem::SizeMalformed;
    QTest::newRow("word") << u"large"_s << FieldProblem::SizeMalformed;
    QTest::newRow("huge") << u"999999x1"_s << FieldProblem::SizeMalformed;
}

void TestRemixRequest::checksSizes() {
    QFETCH(QString, size);
    QFETCH(FieldProblem, expected);
    QCOMPARE(RemixRequest::checkSize(size), expected);
}

void TestRemixRequest::trimsWhatAPasteAdds() {
    const RemixRequest request =
        RemixRequest::make(u"  video_1\n"_s, u"\n紫色 "_s, u" 1280x720 "_s);
    QCOMPARE(request.videoId, u"video_1"_s);
    QCOMPARE(request.prompt, u"紫色"_s);
    QCOMPARE(request.size, u"1280x720"_s);
    QCOMPARE(request.validate(), FieldProblem::None);
}

void TestRemixRequest::omitsSizeWhenKeepingTheSource() {
    const QJsonObject body = RemixRequest::make(u"v"_s, u"p"_s, {}).toJson();
    QCOMPARE(body, (QJsonObject{{u"prompt"_s, u"p"_s}}));
}

void TestRemixRequest::sendsSizeInLowerCase() {
    const QJsonObject body = RemixRequest::make(u"v"_s, u"p"_s, u"720X1280"_s).toJson();
    QCOMPARE(body.value(u"size"_s).toString(), u"720x1280"_s);
}

void TestRemixRequest::acceptsSizesAsPeopleTypeThem_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sent");
    QTest::newRow("multiplication sign") << u"1280×720"_s << u"1280x720"_s;
    QTest::newRow("full-width digits") << u"１２８０x７２０"_s << u"1280x720"_s;
    QTest::newRow("full-width x") << u"１２８０ｘ７２０"_s << u"1280x720"_s;
    QTest::newRow("spaces around x") << u" 1280 x 720 "_s << u"1280x720"_s;
    QTest::newRow("asterisk") << u"1280*720"_s << u"1280x720"_s;
}

void TestRemixRequest::acceptsSizesAsPeopleTypeThem() {
    QFETCH(QString, typed);
    QFETCH(QString, sent);
    const RemixRequest request = RemixRequest::make(u"video_1"_s, u"p"_s, typed);
    QCOMPARE(request.validate(), FieldProblem::None);
    QCOMPARE(request.toJson().value(u"size"_s).toString(), sent);
    QCOMPARE(CreateRequest::make(u"p"_s, u"sora-2"_s, u"４"_s, typed).toJson(),
             (QJsonObject{{u"prompt"_s, u"p"_s},
                          {u"model"_s, u"sora-2"_s},
                          {u"seconds"_s, u"4"_s},
                          {u"size"_s, sent}}));
}

void TestRemixRequest::describesEveryProblem() {
    QSet<QString> seen;
    for (int i = int(FieldProblem::VideoIdEmpty); i <= int(FieldProblem::SizeOutOfRange); ++i) {
        const QString text = RemixRequest::describe(FieldProblem(i));
        QVERIFY2(!text.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.insert(text);
    }
    QVERIFY(RemixRequest::describe(FieldProblem::None).isEmpty());
}

QTEST_GUILESS_MAIN(TestRemixRequest)
#include "tst_remixrequest.moc"
