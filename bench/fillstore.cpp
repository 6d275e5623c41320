// Fills a job library with a realistic history for the start-up benchmark:
// mostly downloaded results, some failures, expired results and deleted
// videos, spread over the past year, newest first in the history as usual.
// Nothing in it is still running, so starting the app does not poll anyone.
//
//   bench-fill-store --store FILE --jobs N [--base-url URL]
#include "jobs/jobrecord.h"
#include "jobs/jobstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QStringList Prompts = {
    u"让这个视频背景变成紫色"_s,
    u"Make the sky a deep sunset orange and add slow drifting clouds"_s,
    u"把人物的衣服换成红色，镜头缓慢推近"_s,
    u"Turn the scene into a watercolour painting, keep the motion"_s,
    u"Add falling snow and a warm window light in the background"_s,
    u"换成夜景，霓虹灯倒映在湿漉漉的街道上"_s,
};
const QStringList Sizes = {u"1280x720"_s, u"720x1280"_s, u"1920x1080"_s, u"1080x1920"_s};

JobRecord makeRecord(int i, const QUrl& baseUrl, const QDateTime& now, int total) {
    JobRecord record;
    record.profileId = u"default"_s;
    record.baseUrl = baseUrl;
    record.videoId = u"video_bench_%1"_s.arg(i, 6, 10, QChar(u'0'));
    record.sourceVideoId = i % 7 == 0 || i == 0
                               ? u"video_demo_source"_s
                               : u"video_bench_%1"_s.arg(i - 1, 6, 10, QChar(u'0'));
    record.prompt = Prompts.at(i % Prompts.size()) + u" #%1"_s.arg(i);
    record.size = Sizes.at(i % Sizes.size());
    record.model = u"sora-2"_s;
    record.seconds = u"8"_s;
    // Oldest first, so the newest job gets the highest id as in real use.
    const qint64 secondsAgo = qint64(total - i) * 365 * 24 * 3600 / std::max(total, 1);
    record.createdAt = now.addSecs(-secondsAgo);
    record.updatedAt = record.createdAt.addSecs(150);
    const int kind = i % 100;
    if (kind < 85) {
        record.state = JobState::Completed;
        record.progress = 100;
        record.completedAt = record.updatedAt;
        record.expiresAt = record.completedAt.addSecs(3600);
        record.filePath = u"/nonexistent/videoremix-bench/%1.mp4"_s.arg(record.videoId);
        record.downloaded = true;
    } else if (kind < 93) {
        record.state = JobState::Failed;
        record.error = QJsonObject{{u"code"_s, u"moderation_blocked"_s},
                                   {u"message"_s, u"The prompt was blocked by moderation."_s}};
    } else if (kind < 97) {
        record.state = JobState::Expired;
        record.progress = 100;
        record.completedAt = record.updatedAt;
        record.expiresAt = record.completedAt.addSecs(3600);
    } else {
        record.state = JobState::Deleted;
        record.progress = 100;
    }
    record.raw = QJsonObject{{u"id"_s, record.videoId},
                             {u"object"_s, u"video"_s},
                             {u"status"_s, jobStateKey(record.state)},
                             {u"model"_s, record.model},
                             {u"size"_s, record.size},
                             {u"seconds"_s, record.seconds},
                             {u"prompt"_s, record.prompt}};
    return record;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption storeOption(u"store"_s, u"The jobs.sqlite to fill."_s, u"file"_s);
    const QCommandLineOption jobsOption(u"jobs"_s, u"How many jobs."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption baseUrlOption(u"base-url"_s, u"The gateway of the jobs."_s, u"url"_s,
                                           u"http://127.0.0.1:9/"_s);
    parser.addOptions({storeOption, jobsOption, baseUrlOption});
    parser.process(app);
    if (!parser.isSet(storeOption)) {
        std::fprintf(stderr, "bench-fill-store: --store is required\n");
        return 2;
    }
    const QString path = parser.value(storeOption);
    const int jobs = parser.value(jobsOption).toInt();
    const QUrl baseUrl(parser.value(baseUrlOption));

    QElapsedTimer clock;
    clock.start();
    {
        // Creates the file with the current schema, as the app would.
        JobStore store(path);
        if (!store.isOpen()) {
            std::fprintf(stderr, "bench-fill-store: %s\n", qPrintable(store.errorString()));
            return 1;
        }
        // Row by row through JobStore::insert, exactly as the app writes them:
        // one transaction and one fsync each, so bench/run fills the store
        // once, on a tmpfs when it can, and copies it for every run.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < jobs; ++i) {
            if (store.insert(makeRecord(i, baseUrl, now, jobs)) == 0) {
                std::fprintf(stderr, "bench-fill-store: insert failed: %s\n",
                             qPrintable(store.errorString()));
                return 1;
            }
        }
    }
    std::printf("%d jobs in %s (%lld ms)\n", jobs, qPrintable(path), clock.elapsed());
    return 0;
}
