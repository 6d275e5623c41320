// Many jobs: the real main window, offscreen, submits N remixes through its
// form to a gateway (the mock) and follows every one to the end while its
// history shows them; meanwhile a 5 ms timer measures how late the event loop
// runs. A late tick is a stall the user would feel: typing, scrolling and
// painting wait for the same loop.
//
//   bench-many-jobs --base-url URL [--jobs 500] [--poll-interval-ms 1000]
//                   [--submit-interval-ms 10] [--tick-ms 5] [--timeout-s 600]
// The key comes from VIDEOREMIX_API_KEY. Prints `key value` lines.
#include "api/clientconfig.h"
#include "gatewaysetup.h"
#include "jobs/joblibrary.h"
#include "jobs/jobstore.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Microseconds this thread has spent waiting for a CPU while it could run
// (the scheduler's run queue), from /proc/thread-self/schedstat; -1 where
// the kernel does not keep it.
class RunQueueWait final {
public:
    RunQueueWait()
        : m_fd(::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC)) {}
    ~RunQueueWait() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(RunQueueWait)

    qint64 us() const {
        char text[128] = {};
        if (m_fd < 0 || ::pread(m_fd, text, sizeof text - 1, 0) <= 0)
            return -1;
        unsigned long long onCpuNs = 0;
        unsigned long long waitingNs = 0;
        if (std::sscanf(text, "%llu %llu", &onCpuNs, &waitingNs) != 2)
            return -1;
        return qint64(waitingNs / 1000);
    }

private:
    int m_fd = -1;
};

// Lateness of a periodic timer: how much later than asked each tick came.
// On a shared machine a tick is also late while the scheduler runs someone
// else, so each sample is kept twice: as the wall-clock lateness (what a user
// of this machine felt) and as the part of it not spent waiting for a CPU
// (what the app itself held the loop for: running, or blocked in a system
// call such as SQLite's fsync).
class StallProbe final : public QObject {
public:
    explicit StallProbe(int intervalMs, QObject* parent = nullptr)
        : QObject(parent)
        , m_intervalMs(intervalMs) {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
    }

    void start() {
        m_clock.start();
        m_last = 0;
        m_lastWait = m_wait.us();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    qsizetype ticks() const { return qsizetype(m_lateUs.size()); }
    qint64 worstAtMs() const { return m_worstAtMs; }
    // The worst stall's end on CLOCK_MONOTONIC, to find it in a profile
    // (`perf record -k CLOCK_MONOTONIC`).
    qint64 worstEndMonotonicUs() const { return m_worstEndMonotonicUs; }
    // Microseconds, p in [0, 1].
    qint64 late(double p) const { return percentile(m_lateUs, p); }
    qint64 busy(double p) const { return percentile(m_busyUs, p); }
    qint64 lateAbove(qint64 us) const { return countAbove(m_lateUs, us); }
    qint64 busyAbove(qint64 us) const { return countAbove(m_busyUs, us); }

private:
    static qint64 percentile(std::vector<qint64> samples, double p) {
        if (samples.empty())
            return 0;
        std::sort(samples.begin(), samples.end());
        const auto rank = size_t(p * double(samples.size() - 1) + 0.5);
        return samples.at(std::min(rank, samples.size() - 1));
    }
    static qint64 countAbove(const std::vector<qint64>& samples, qint64 us) {
        return std::count_if(samples.cbegin(), samples.cend(),
                             [us](qint64 value) { return value > us; });
    }

    void tick() {
        const qint64 now = m_clock.nsecsElapsed() / 1000;
        const qint64 wait = m_wait.us();
        const qint64 late = std::max<qint64>(0, now - m_last - m_intervalMs * 1000);
        m_lateUs.push_back(late);
        const qint64 waited = wait >= 0 && m_lastWait >= 0 ? wait - m_lastWait : 0;
        m_busyUs.push_back(std::max<qint64>(0, late - waited));
        if (late > m_worst) {
            m_worst = late;
            m_worstAtMs = now / 1000;
            m_worstEndMonotonicUs = m_clock.msecsSinceReference() * 1000 + now;
        }
        m_last = now;
        m_lastWait = wait;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_intervalMs = 5;
    qint64 m_last = 0;
    RunQueueWait m_wait;
    qint64 m_lastWait = 0;
    qint64 m_worst = -1;
    qint64 m_worstAtMs = 0;
    qint64 m_worstEndMonotonicUs = 0;
    std::vector<qint64> m_lateUs;
    std::vector<qint64> m_busyUs;
};

class FirstPaint final : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void happened();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && !m_seen) {
            m_seen = true;
            QMetaObject::invokeMethod(this, &FirstPaint::happened, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

double cpuSeconds(const timeval& tv) {
    return double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption baseUrlOption(u"base-url"_s, u"The gateway."_s, u"url"_s);
    const QCommandLineOption jobsOption(u"jobs"_s, u"Remixes to submit."_s, u"n"_s, u"500"_s);
    const QCommandLineOption pollOption(u"poll-interval-ms"_s, u"Poll interval."_s, u"ms"_s,
                                        u"1000"_s);
    const QCommandLineOption submitOption(u"submit-interval-ms"_s,
                                          u"Pause between two submissions."_s, u"ms"_s, u"10"_s);
    const QCommandLineOption tickOption(u"tick-ms"_s, u"Stall probe interval."_s, u"ms"_s, u"5"_s);
    const QCommandLineOption timeoutOption(u"timeout-s"_s, u"Give up after this long."_s, u"s"_s,
                                           u"600"_s);
    const QCommandLineOption sourceOption(u"source"_s, u"The video to remix."_s, u"id"_s,
                                          u"video_demo_source"_s);
    parser.addOptions({baseUrlOption, jobsOption, pollOption, submitOption, tickOption,
                       timeoutOption, sourceOption});
    parser.process(app);

    const int jobs = parser.value(jobsOption).toInt();
    const int pollMs = parser.value(pollOption).toInt();
    const int submitEveryMs = parser.value(submitOption).toInt();
    const QString source = parser.value(sourceOption);
    const QString profile = u"bench"_s;

    JobStore store; // <GenericDataLocation>/videoremix/jobs.sqlite: bench/run isolates it
    if (!store.isOpen()) {
        std::fprintf(stderr, "bench-many-jobs: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    JobLibrary library(&store);
    library.setAutoDownload(false); // following is measured here, downloads elsewhere
    LanguageManager languages;
    MainWindow window(&languages, &library);
    GatewaySetup gateway;
    gateway.profileId = profile;
    gateway.config = ClientConfig::forGateway(QUrl(parser.value(baseUrlOption)),
                                              qEnvironmentVariable("VIDEOREMIX_API_KEY"));
    gateway.keySource = KeySource::Environment;
    gateway.pollIntervalMs = pollMs;
    window.setGateway(gateway);
    window.resize(1100, 720);
    window.show();
    auto* videoIdEdit = window.findChild<QLineEdit*>(u"videoIdLineEdit"_s);
    auto* promptEdit = window.findChild<QPlainTextEdit*>(u"promptTextEdit"_s);
    if (!videoIdEdit || !promptEdit || !window.hasGateway()) {
        std::fprintf(stderr, "bench-many-jobs: the window has no remix form or no gateway\n");
        return 1;
    }
    videoIdEdit->setText(source);

    StallProbe probe(parser.value(tickOption).toInt());
    QElapsedTimer wall;
    int submitted = 0;
    int added = 0;
    int finished = 0;
    int failed = 0;
    int rejected = 0;
    qint64 submitDoneMs = 0;

    const auto finish = [&] {
        probe.stop();
        QCoreApplication::quit();
    };
    QObject::connect(&library, &JobLibrary::jobAdded, &app, [&added](qint64) { ++added; });
    QObject::connect(&library, &JobLibrary::jobFinished, &app, [&](qint64 id) {
        ++finished;
        if (const auto record = store.job(id); record && record->state != JobState::Completed)
            ++failed;
        if (finished + rejected == jobs)
            finish();
    });
    QObject::connect(&library, &JobLibrary::submitFailed, &app, [&](qint64, const ApiError&) {
        ++rejected;
        if (finished + rejected == jobs)
            finish();
    });

    QTimer submitter;
    submitter.setInterval(submitEveryMs);
    QObject::connect(&submitter, &QTimer::timeout, &app, [&] {
        // As a user would: the form, then Remix.
        promptEdit->setPlainText(u"让这个视频背景变成紫色 — bench job %1"_s.arg(submitted + 1));
        window.submit();
        if (added != submitted + 1) {
            std::fprintf(stderr, "bench-many-jobs: the window did not submit job %d\n",
                         submitted + 1);
            QCoreApplication::exit(1);
            return;
        }
        if (++submitted == jobs) {
            submitter.stop();
            submitDoneMs = wall.elapsed();
        }
    });
    QTimer::singleShot(parser.value(timeoutOption).toInt() * 1000, &app, [&] {
        std::fprintf(stderr, "bench-many-jobs: timed out with %d of %d jobs finished\n", finished,
                     jobs);
        QCoreApplication::exit(3);
    });

    // Starts once the window has been painted and has settled, like a user who
    // submits after start-up: the first layout and paint are start-up's cost
    // (measured by benchmark 1), not following's.
    FirstPaint painted;
    app.installEventFilter(&painted);
    QObject::connect(&painted, &FirstPaint::happened, &app, [&] {
        app.removeEventFilter(&painted);
        // The first Chinese text of a run loads the CJK font from disk (tens
        // of ms, once): a user meets it typing the first prompt, before any
        // job is followed, so it happens here too, not inside the measurement.
        promptEdit->setPlainText(u"让这个视频背景变成紫色"_s);
        QTimer::singleShot(500, &app, [&] {
            wall.start();
            probe.start();
            submitter.start();
        });
    });
    const int code = QApplication::exec();

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("jobs %d\n", jobs);
    std::printf("submitted %d\n", submitted);
    std::printf("finished %d\n", finished);
    std::printf("failed %d\n", failed);
    std::printf("rejected %d\n", rejected);
    std::printf("wall_ms %lld\n", wall.elapsed());
    std::printf("submit_phase_ms %lld\n", submitDoneMs);
    std::printf("cpu_user_s %.3f\n", cpuSeconds(usage.ru_utime));
    std::printf("cpu_sys_s %.3f\n", cpuSeconds(usage.ru_stime));
    std::printf("max_rss_kb %ld\n", usage.ru_maxrss);
    const auto ms = [](qint64 us) {
        return double(us) / 1000.0;
    };
    std::printf("ticks %lld\n", qint64(probe.ticks()));
    std::printf("stall_max_ms %.1f\n", ms(probe.late(1.0)));
    std::printf("stall_max_at_ms %lld\n", probe.worstAtMs());
    std::printf("stall_max_end_monotonic_us %lld\n", probe.worstEndMonotonicUs());
    std::printf("stall_p99_ms %.1f\n", ms(probe.late(0.99)));
    std::printf("stall_p50_ms %.1f\n", ms(probe.late(0.5)));
    std::printf("stalls_over_50ms %lld\n", probe.lateAbove(50'000));
    std::printf("stalls_over_16ms %lld\n", probe.lateAbove(16'000));
    std::printf("busy_max_ms %.1f\n", ms(probe.busy(1.0)));
    std::printf("busy_p99_ms %.1f\n", ms(probe.busy(0.99)));
    std::printf("busy_p50_ms %.1f\n", ms(probe.busy(0.5)));
    std::printf("busy_over_50ms %lld\n", probe.busyAbove(50'000));
    std::printf("busy_over_16ms %lld\n", probe.busyAbove(16'000));
    return code;
}

#include "manyjobs.moc"
