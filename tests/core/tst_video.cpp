#include "api/video.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestVideo final : public QObject {
    Q_OBJECT

private slots:
    void parsesEveryStatusAlias_data();
    void parsesEveryStatusAlias();
    void parsesProgressShapes_data();
    void parsesProgressShapes();
    void parsesTimestamps_data();
    void parsesTimestamps();
    void parsesTheSeedResponse();
    void unwrapsNewApiEnvelope();
    void keepsUnknownStatusExplicit();
    void refusesObjectsWithoutId();
    void readsFailureDetails();
    void survivesWrongTypes();
    void roundTripsStatusKeys();
};

void TestVideo::parsesEveryStatusAlias_data() {
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<VideoStatus>("expected");
    const auto add = [](VideoStatus status, QStringList names) {
        for (const QString& name : names) {
            QTest::newRow(qPrintable(name)) << QJsonValue(name) << status;
            QTest::newRow(qPrintable(name.toUpper())) << QJsonValue(name.toUpper()) << status;
        }
    };
    add(VideoStatus::Queued,
        {u"queued"_s, u"pending"_s, u"submitted"_s, u"not_start"_s, u"notstarted"_s, u"preparing"_s,
         u"created"_s, u"starting"_s, u"unknown"_s});
    add(VideoStatus::InProgress,
        {u"in_progress"_s, u"processing"_s, u"running"_s, u"generating"_s});
    add(VideoStatus::Completed,
        {u"completed"_s, u"complete"_s, u"success"_s, u"succeeded"_s, u"finished"_s});
    add(VideoStatus::Failed, {u"failed"_s, u"failure"_s, u"fail"_s, u"error"_s, u"cancelled"_s,
                              u"canceled"_s, u"expired"_s});
    QTest::newRow("100") << QJsonValue(100) << VideoStatus::Queued;
    QTest::newRow("101") << QJsonValue(101) << VideoStatus::Queued;
    QTest::newRow("102") << QJsonValue(102) << VideoStatus::InProgress;
    QTest::newRow("103") << QJsonValue(103) << VideoStatus::Completed;
    QTest::newRow("104") << QJsonValue(104) << VideoStatus::Failed;
    QTest::newRow("\"103\"") << QJsonValue(u"103"_s) << VideoStatus::Completed;
    QTest::newRow("105") << QJsonValue(105) << VideoStatus::Unknown;
    QTest::newRow("padded") << QJsonValue(u" Completed "_s) << VideoStatus::Completed;
    QTest::newRow("novel") << QJsonValue(u"rendering_upscale"_s) << VideoStatus::Unknown;
    QTest::newRow("null") << QJsonValue() << VideoStatus::Unknown;
    QTest::newRow("bool") << QJsonValue(true) << VideoStatus::Unknown;
}

void TestVideo::parsesEveryStatusAlias() {
    QFETCH(QJsonValue, value);
    QFETCH(VideoStatus, expected);
    QCOMPARE(parseVideoStatus(value), expected);
}

void TestVideo::parsesProgressShapes_data() {
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("expected");
    QTest::newRow("int") << QJsonValue(45) << 45;
    QTest::newRow("percent string") << QJsonValue(u"45%"_s) << 45;
    QTest::newRow("100%") << QJsonValue(u"100%"_s) << 100;
    QTest::newRow("plain string") << QJsonValue(u"45"_s) << 45;
    QTest::newRow("fraction digits") << QJsonValue(45.7) << 45;
    QTest::newRow("above") << QJsonValue(250) << 100;
    QTest::newRow("below") << QJsonValue(-5) << 0;
    QTest::newRow("garbage") << QJsonValue(u"soon"_s) << -1;
    QTest::newRow("null") << QJsonValue() << -1;
}

void TestVideo::parsesProgressShapes() {
    QFETCH(QJsonValue, value);
    QFETCH(int, expected);
    QCOMPARE(parseProgress(value).value_or(-1), expected);
}

void TestVideo::parsesTimestamps_data() {
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<qint64>("expectedSecs");
    QTest::newRow("seconds") << QJsonValue(1766374127) << qint64(1766374127);
    QTest::newRow("milliseconds") << QJsonValue(1766374127123.0) << qint64(1766374127);
    QTest::newRow("seconds string") << QJsonValue(u"1766374127"_s) << qint64(1766374127);
    QTest::newRow("ms string") << QJsonValue(u"1766374127123"_s) << qint64(1766374127);
    QTest::newRow("iso") << QJsonValue(u"2025-12-22T03:28:47Z"_s) << qint64(1766374127);
    QTest::newRow("null") << QJsonValue() << qint64(-1);
    QTest::newRow("zero") << QJsonValue(0) << qint64(-1);
    QTest::newRow("absurd") << QJsonValue(1e300) << qint64(-1);
}

void TestVideo::parsesTimestamps() {
    QFETCH(QJsonValue, value);
    QFETCH(qint64, expectedSecs);
    const QDateTime parsed = parseTimestamp(value);
    QCOMPARE(parsed.isValid() ? parsed.toSecsSinceEpoch() : -1, expectedSecs);
}

void TestVideo::parsesTheSeedResponse() {
    const QByteArray seed =
        R"({"id":"video_8a60610c-3a5e-4ca8-be05-405f0dc635d0","object":"video","model":"sora_video2",
 "status":"queued","progress":0,"created_at":1766374127,"seconds":"10","size":"1280x720",
 "remixed_from_video_id":"e3215864-dd3c-49b1-8475-e4669b6d5c33","detail":{}})";
    const auto video = Video::fromJson(QJsonDocument::fromJson(seed).object());
    QVERIFY(video);
    QCOMPARE(video->id, u"video_8a60610c-3a5e-4ca8-be05-405f0dc635d0"_s);
    QCOMPARE(video->status, VideoStatus::Queued);
    QCOMPARE(video->progress, 0);
    QCOMPARE(video->model, u"sora_video2"_s);
    QCOMPARE(video->seconds, u"10"_s);
    QCOMPARE(video->size, u"1280x720"_s);
    QCOMPARE(video->remixedFromVideoId, u"e3215864-dd3c-49b1-8475-e4669b6d5c33"_s);
    QCOMPARE(video->createdAt.toSecsSinceEpoch(), 1766374127);
    QVERIFY(video->raw.contains(u"detail"_s));
    QVERIFY(!video->isFinished());
}

void TestVideo::unwrapsNewApiEnvelope() {
    const QByteArray body =
        R"({"code":"success","message":"","data":{"task_id":"task_abc","status":"IN_PROGRESS","progress":"45%","created_at":1766374127000}})";
    const auto video = Video::fromJson(QJsonDocument::fromJson(body).object());
    QVERIFY(video);
    QCOMPARE(video->id, u"task_abc"_s);
    QCOMPARE(video->status, VideoStatus::InProgress);
    QCOMPARE(video->progress, 45);
    QCOMPARE(video->createdAt.toSecsSinceEpoch(), 1766374127);
}

void TestVideo::keepsUnknownStatusExplicit() {
    const auto video =
        Video::fromJson(QJsonObject{{u"id"_s, u"v"_s}, {u"status"_s, u"upscaling"_s}});
    QVERIFY(video);
    QCOMPARE(video->status, VideoStatus::Unknown);
    QCOMPARE(video->rawStatus, u"upscaling"_s);
    QVERIFY(!video->isFinished());
    QVERIFY(!videoStatusDisplayName(VideoStatus::Unknown).isEmpty());
}

void TestVideo::refusesObjectsWithoutId() {
    QVERIFY(!Video::fromJson(QJsonObject{}));
    QVERIFY(!Video::fromJson(QJsonObject{{u"status"_s, u"queued"_s}}));
    QVERIFY(!Video::fromJson(QJsonObject{{u"id"_s, QJsonValue()}}));
    QVERIFY(!Video::fromJson(QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, u"x"_s}}}}));
}

void TestVideo::readsFailureDetails() {
    const auto video = Video::fromJson(QJsonObject{
        {u"id"_s, u"v"_s},
        {u"status"_s, u"failed"_s},
        {u"error"_s, QJsonObject{{u"code"_s, u"moderation"_s}, {u"message"_s, u"Blocked"_s}}}});
    QVERIFY(video);
    QCOMPARE(video->status, VideoStatus::Failed);
    QCOMPARE(video->failureCode, u"moderation"_s);
    QCOMPARE(video->failureMessage, u"Blocked"_s);
    QVERIFY(video->isFinished());
    QCOMPARE(video->toNormalizedJson().value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"moderation"_s);
}

void TestVideo::survivesWrongTypes() {
    const auto video = Video::fromJson(QJsonObject{{u"id"_s, 12345},
                                                   {u"status"_s, QJsonArray{1, 2}},
                                                   {u"progress"_s, QJsonObject{}},
                                                   {u"created_at"_s, u"yesterday"_s},
                                                   {u"size"_s, 1280},
                                                   {u"error"_s, 7}});
    QVERIFY(video);
    QCOMPARE(video->id, u"12345"_s);
    QCOMPARE(video->status, VideoStatus::Unknown);
    QCOMPARE(video->progress, 0);
    QVERIFY(!video->createdAt.isValid());
}

void TestVideo::roundTripsStatusKeys() {
    for (const VideoStatus status :
         {VideoStatus::Queued, VideoStatus::InProgress, VideoStatus::Completed, VideoStatus::Failed,
          VideoStatus::Unknown})
        QCOMPARE(videoStatusFromKey(videoStatusKey(status)), status);
}

QTEST_GUILESS_MAIN(TestVideo)
#include "tst_video.moc"
