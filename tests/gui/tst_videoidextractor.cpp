#include "api/remixrequest.h"
#include "api/videoidextractor.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What people paste into the Video ID field, and the ID that must come out.
class TestVideoIdExtractor final : public QObject {
    Q_OBJECT

private slots:
    void extractsTheId_data();
    void extractsTheId();
    void leavesWhatItCannotReadForValidationToRefuse();
    void saysWhyATextNamesNoVideo_data();
    void saysWhyATextNamesNoVideo();
};

void TestVideoIdExtractor::extractsTheId_data() {
    QTest::addColumn<QString>("pasted");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"video_123"_s << u"video_123"_s;
    QTest::newRow("surrounding whitespace") << u"  video_123 \n"_s << u"video_123"_s;
    QTest::newRow("tab and CRLF") << u"\tvideo_123\r\n"_s << u"video_123"_s;
    QTest::newRow("bare uuid") << u"e3215864-dd3c-49b1-8475-e4669b6d5c33"_s
                               << u"e3215864-dd3c-49b1-8475-e4669b6d5c33"_s;
    QTest::newRow("colon id") << u"sora-2:task_01HZX"_s << u"sora-2:task_01HZX"_s;
    QTest::newRow("seed remix answer")
        << uR"({"id":"video_8a60610c-3a5e-4ca8-be05-405f0dc635d0","object":"video","model":"sora_video2",
 "status":"queued","progress":0,"created_at":1766374127,"seconds":"10","size":"1280x720",
 "remixed_from_video_id":"e3215864-dd3c-49b1-8475-e4669b6d5c33","detail":{}})"_s
        << u"video_8a60610c-3a5e-4ca8-be05-405f0dc635d0"_s;
    QTest::newRow("pretty json with spaces")
        << u"\n{\n  \"object\": \"video\",\n  \"id\" : \"task_abc\"\n}\n"_s << u"task_abc"_s;
    QTest::newRow("json cut short")
        << u"{\"id\": \"video_cut\", \"object\": \"vid"_s << u"video_cut"_s;
    QTest::newRow("retrieve url") << u"https://api.example.com/v1/videos/video_123"_s
                                  << u"video_123"_s;
    QTest::newRow("content url with query")
        << u"https://api.example.com/v1/videos/video_123/content?variant=thumbnail"_s
        << u"video_123"_s;
    QTest::newRow("remix url") << u"http://127.0.0.1:8080/v1/videos/video_9/remix"_s
                               << u"video_9"_s;
    QTest::newRow("url with fragment") << u"https://h/v1/videos/video_9#top"_s << u"video_9"_s;
    QTest::newRow("percent-encoded colon")
        << u"https://h/v1/videos/sora-2%3Atask_01HZX/content"_s << u"sora-2:task_01HZX"_s;
    QTest::newRow("path only") << u"/v1/videos/video_p"_s << u"video_p"_s;
    QTest::newRow("curl line") << u"curl -H 'x' https://h/v1/videos/video_c/content -o a.mp4"_s
                               << u"video_c"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestVideoIdExtractor::extractsTheId() {
    QFETCH(QString, pasted);
    QFETCH(QString, expected);
    QCOMPARE(VideoIdExtractor::extract(pasted), expected);
    QCOMPARE(RemixRequest::checkVideoId(expected),
             expected.isEmpty() ? FieldProblem::VideoIdEmpty : FieldProblem::None);
}

void TestVideoIdExtractor::leavesWhatItCannotReadForValidationToRefuse() {
    // JSON without an id, an error envelope, a URL that names no video: returned
    // as typed (trimmed), so the form says why it is not an ID instead of guessing.
    const QString noId = u"{\"object\": \"video\", \"status\": \"queued\"}"_s;
    QCOMPARE(VideoIdExtractor::extract(noId), noId);
    QVERIFY(RemixRequest::checkVideoId(noId) != FieldProblem::None);

    const QString error = u"{\"error\":{\"message\":\"Invalid token\"}}"_s;
    QCOMPARE(VideoIdExtractor::extract(error), error);
    QVERIFY(RemixRequest::checkVideoId(error) != FieldProblem::None);

    QCOMPARE(VideoIdExtractor::extract(u" https://h/v1/models "_s), u"https://h/v1/models"_s);
    QVERIFY(RemixRequest::checkVideoId(u"https://h/v1/models"_s) != FieldProblem::None);
}

void TestVideoIdExtractor::saysWhyATextNamesNoVideo_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<FieldProblem>("expected");
    QTest::newRow("plain id") << u"video_123"_s << FieldProblem::None;
    QTest::newRow("id with space around") << u" video_123\n"_s << FieldProblem::None;
    QTest::newRow("answer with id") << u"{\"id\": \"video_1\"}"_s << FieldProblem::None;
    QTest::newRow("url with id") << u"https://h/v1/videos/video_1/content"_s << FieldProblem::None;
    QTest::newRow("words") << u"hello world !!"_s << FieldProblem::VideoIdHasWhitespace;
    QTest::newRow("error answer") << u"{\"error\":{\"message\":\"Invalid token\"}}"_s
                                  << FieldProblem::VideoIdNotInText;
    QTest::newRow("error answer without spaces")
        << u"{\"error\":{\"message\":\"Invalid_token\"}}"_s << FieldProblem::VideoIdNotInText;
    QTest::newRow("pretty error answer")
        << u"{\n  \"error\": {\n    \"message\": \"quota\"\n  }\n}"_s
        << FieldProblem::VideoIdNotInText;
    QTest::newRow("url of another endpoint")
        << u"https://h/v1/models"_s << FieldProblem::VideoIdNotInText;
    QTest::newRow("web page") << u"<html><body>502</body></html>"_s
                              << FieldProblem::VideoIdNotInText;
    QTest::newRow("empty") << QString() << FieldProblem::VideoIdEmpty;
}

void TestVideoIdExtractor::saysWhyATextNamesNoVideo() {
    QFETCH(QString, text);
    QFETCH(FieldProblem, expected);
    QCOMPARE(VideoIdExtractor::problem(text), expected);
}

QTEST_GUILESS_MAIN(TestVideoIdExtractor)
#include "tst_videoidextractor.moc"
