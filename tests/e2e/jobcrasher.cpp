// A small program that works the job library as hard as it can (submits,
// status updates, downloads, reconciles) so that tst_jobcrash can kill it with
// SIGKILL at any moment. Built from the core only.
//
// jobcrasher DB BASE_URL API_KEY DOWNLOAD_FOLDER RUN_ID SEED SUBMITS
#include "jobs/joblibrary.h"
#include "jobs/jobstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    if (args.size() != 8) {
        std::fprintf(stderr, "usage: jobcrasher DB BASE_URL KEY FOLDER RUN_ID SEED SUBMITS\n");
        return 2;
    }
    JobStore store(args.at(1));
    if (!store.isOpen()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args.at(1)));
        return 1;
    }
    JobLibrary::Options options;
    options.housekeepingIntervalMs = 150;
    options.externalCheckIntervalMs = 0;
    options.maxTroubleDelayMs = 400;
    options.pauseWhenOffline = false;
    JobLibrary library(&store, options);
    library.setDownloadFolder(args.at(4));
    library.setAutoDownload(true);
    library.gateways()->add(u"mock"_s, ClientConfig::forGateway(QUrl(args.at(2)), args.at(3)), 100);
    for (const JobRecord& record : store.withState(JobState::OutcomeUnknown))
        library.reconciler()->reconcile(record.id);

    const QString runId = args.at(5);
    QRandomGenerator random(args.at(6).toUInt());
    const int submits = args.at(7).toInt();
    int submitted = 0;
    QTimer submitter;
    submitter.setSingleShot(true);
    QObject::connect(&submitter, &QTimer::timeout, &app, [&] {
        const QString prompt = u"crash %1-%2"_s.arg(runId).arg(submitted);
        library.submit(u"mock"_s, RemixRequest::make(u"video_demo_source"_s, prompt, {}));
        if (++submitted < submits)
            submitter.start(int(random.bounded(40, 250)));
    });
    submitter.start(int(random.bounded(0, 100)));
    std::printf("ready\n");
    std::fflush(stdout);
    // Left alone, it stops by itself; the test normally kills it long before.
    QTimer::singleShot(60'000, &app, &QCoreApplication::quit);
    return app.exec();
}
