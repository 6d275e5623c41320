#pragma once

// The stall probe of the benchmarks that measure a window's event loop
// (bench-many-jobs, bench-reference-image): a precise timer whose late ticks
// are split by what the kernel counted for the thread meanwhile.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

// Where a thread's time went, read from the kernel on every tick. Cheap (a
// few microseconds: pread on files kept open, one getrusage), so it runs 200
// or 1,000 times a second without changing what it measures.
struct ThreadTimes final {
    qint64 wallNs = 0;
    qint64 onCpuNs = -1;    // /proc/thread-self/schedstat, field 1
    qint64 runQueueNs = -1; // field 2: runnable, waiting for a CPU
    qint64 stealNs = -1;    // the machine's CPU with the most steal (/proc/stat)
    long majorFaults = 0;   // getrusage(RUSAGE_THREAD)
    long voluntarySwitches = 0;
    long involuntarySwitches = 0;
};

class ThreadClock final {
public:
    ThreadClock()
        : m_schedstat(::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC))
        , m_stat(::open("/proc/stat", O_RDONLY | O_CLOEXEC))
        , m_nsPerTick(1'000'000'000 / std::max(1L, ::sysconf(_SC_CLK_TCK))) {
        m_clock.start();
    }
    ~ThreadClock() {
        for (const int fd : {m_schedstat, m_stat})
            if (fd >= 0)
                ::close(fd);
    }
    Q_DISABLE_COPY_MOVE(ThreadClock)

    qint64 startedMonotonicNs() const { return m_clock.msecsSinceReference() * 1'000'000; }

    ThreadTimes now() {
        ThreadTimes times;
        times.wallNs = m_clock.nsecsElapsed();
        char text[4096];
        if (m_schedstat >= 0) {
            const ssize_t n = ::pread(m_schedstat, text, sizeof text - 1, 0);
            unsigned long long onCpu = 0;
            unsigned long long waiting = 0;
            if (n > 0 && (text[n] = '\0', std::sscanf(text, "%llu %llu", &onCpu, &waiting) == 2)) {
                times.onCpuNs = qint64(onCpu);
                times.runQueueNs = qint64(waiting);
            }
        }
        times.stealNs = steal(text, sizeof text);
        rusage usage{};
        if (::getrusage(RUSAGE_THREAD, &usage) == 0) {
            times.majorFaults = usage.ru_majflt;
            times.voluntarySwitches = usage.ru_nvcsw;
            times.involuntarySwitches = usage.ru_nivcsw;
        }
        return times;
    }

    // Steal per CPU as it was at the last now(): a tick's steal is the most
    // any one CPU lost to the hypervisor meanwhile (a thread runs on one CPU
    // at a time; which one it was is not known).
    qint64 stealSince(const std::vector<qint64>& before) const {
        qint64 most = 0;
        for (size_t i = 0; i < std::min(before.size(), m_perCpuSteal.size()); ++i)
            most = std::max(most, m_perCpuSteal[i] - before[i]);
        return most;
    }
    const std::vector<qint64>& perCpuSteal() const { return m_perCpuSteal; }

private:
    // The 8th value of each "cpuN" line of /proc/stat, in clock ticks.
    qint64 steal(char* text, size_t size) {
        if (m_stat < 0)
            return -1;
        const ssize_t n = ::pread(m_stat, text, size - 1, 0);
        if (n <= 0)
            return -1;
        text[n] = '\0';
        m_perCpuSteal.clear();
        qint64 total = -1;
        for (const char* line = text; std::strncmp(line, "cpu", 3) == 0;) {
            unsigned long long v[8] = {};
            char name[16] = {};
            if (std::sscanf(line, "%15s %llu %llu %llu %llu %llu %llu %llu %llu", name, &v[0],
                            &v[1], &v[2], &v[3], &v[4], &v[5], &v[6], &v[7]) == 9) {
                const qint64 ns = qint64(v[7]) * m_nsPerTick;
                if (std::strcmp(name, "cpu") == 0)
                    total = ns;
                else
                    m_perCpuSteal.push_back(ns);
            }
            line = std::strchr(line, '\n');
            if (!line)
                break;
            ++line;
        }
        return total;
    }

    int m_schedstat = -1;
    int m_stat = -1;
    qint64 m_nsPerTick = 10'000'000;
    QElapsedTimer m_clock;
    std::vector<qint64> m_perCpuSteal;
};

// One tick of the probe: how late it came, and where that lateness went.
// The parts add up to `late`, attributed in this order: waiting for a CPU
// (the run queue: other processes held the cores), steal (the hypervisor
// held them), running on a CPU (the app's code), and the rest, blocked
// (system calls that wait, such as fsync, and major page faults). Running
// is the thread's CPU time over the whole interval, so for a short stall it
// can take a few ms from blocked; the sum of the two, the app's own, is
// exact.
struct Stall final {
    qint64 lateUs = 0;
    qint64 waitingUs = 0;
    qint64 stealUs = 0;
    qint64 runningUs = 0;
    qint64 blockedUs = 0;
    long majorFaults = 0;
    long voluntarySwitches = 0;
    long involuntarySwitches = 0;
    qint64 atMs = 0;           // since the probe started
    qint64 endMonotonicUs = 0; // CLOCK_MONOTONIC, to find it in a profile
    qint64 endRealtimeUs = 0;  // the wall clock, to find it in `strace -tt`

    qint64 ownUs() const { return runningUs + blockedUs; }
};

// Lateness of a periodic timer: how much later than asked each tick came.
// On a shared machine a tick is also late while the scheduler or the
// hypervisor runs someone else, so every late tick is split (see Stall);
// what the app itself held the loop for is running plus blocked.
class StallProbe final : public QObject {
public:
    static constexpr size_t Kept = 5;

    explicit StallProbe(int intervalMs, QObject* parent = nullptr)
        : QObject(parent)
        , m_intervalUs(qint64(intervalMs) * 1000) {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
    }

    void start() {
        m_last = m_clock.now();
        m_lastSteal = m_clock.perCpuSteal();
        m_first = m_last.wallNs;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    qsizetype ticks() const { return qsizetype(m_lateUs.size()); }
    // Microseconds, p in [0, 1].
    qint64 late(double p) const { return percentile(m_lateUs, p); }
    qint64 own(double p) const { return percentile(m_ownUs, p); }
    qint64 lateAbove(qint64 us) const { return countAbove(m_lateUs, us); }
    qint64 ownAbove(qint64 us) const { return countAbove(m_ownUs, us); }
    qint64 totalUs(qint64 Stall::*part) const { return m_totals.*part; }
    // The worst ticks by the app's own share, worst first; and the worst by wall clock.
    const std::vector<Stall>& worstOwn() const { return m_worstOwn; }
    const Stall& worstWall() const { return m_worstWall; }

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
    static qint64 delta(qint64 now, qint64 before) {
        return now >= 0 && before >= 0 ? std::max<qint64>(0, now - before) : 0;
    }

    void tick() {
        const ThreadTimes now = m_clock.now();
        Stall stall;
        stall.lateUs = std::max<qint64>(0, (now.wallNs - m_last.wallNs) / 1000 - m_intervalUs);
        qint64 rest = stall.lateUs;
        const auto take = [&rest](qint64 us) {
            const qint64 taken = std::min(rest, us);
            rest -= taken;
            return taken;
        };
        stall.waitingUs = take(delta(now.runQueueNs, m_last.runQueueNs) / 1000);
        stall.stealUs = take(m_clock.stealSince(m_lastSteal) / 1000);
        stall.runningUs = take(delta(now.onCpuNs, m_last.onCpuNs) / 1000);
        stall.blockedUs = rest;
        stall.majorFaults = now.majorFaults - m_last.majorFaults;
        stall.voluntarySwitches = now.voluntarySwitches - m_last.voluntarySwitches;
        stall.involuntarySwitches = now.involuntarySwitches - m_last.involuntarySwitches;
        stall.atMs = (now.wallNs - m_first) / 1'000'000;
        stall.endMonotonicUs = (m_clock.startedMonotonicNs() + now.wallNs) / 1000;
        timespec realtime{};
        ::clock_gettime(CLOCK_REALTIME, &realtime);
        stall.endRealtimeUs = qint64(realtime.tv_sec) * 1'000'000 + realtime.tv_nsec / 1000;
        m_lateUs.push_back(stall.lateUs);
        m_ownUs.push_back(stall.ownUs());
        for (qint64 Stall::*part : {&Stall::lateUs, &Stall::waitingUs, &Stall::stealUs,
                                    &Stall::runningUs, &Stall::blockedUs})
            m_totals.*part += stall.*part;
        if (stall.lateUs > m_worstWall.lateUs)
            m_worstWall = stall;
        keepIfWorst(stall);
        m_last = now;
        m_lastSteal = m_clock.perCpuSteal();
    }

    void keepIfWorst(const Stall& stall) {
        const auto worse = [](const Stall& a, const Stall& b) {
            return a.ownUs() != b.ownUs() ? a.ownUs() > b.ownUs() : a.lateUs > b.lateUs;
        };
        if (m_worstOwn.size() == Kept && !worse(stall, m_worstOwn.back()))
            return;
        m_worstOwn.insert(std::upper_bound(m_worstOwn.begin(), m_worstOwn.end(), stall, worse),
                          stall);
        if (m_worstOwn.size() > Kept)
            m_worstOwn.pop_back();
    }

    QTimer m_timer;
    ThreadClock m_clock;
    qint64 m_intervalUs = 5000;
    ThreadTimes m_last;
    std::vector<qint64> m_lastSteal;
    qint64 m_first = 0;
    Stall m_totals;
    Stall m_worstWall;
    std::vector<Stall> m_worstOwn;
    std::vector<qint64> m_lateUs;
    std::vector<qint64> m_ownUs;
};

// Prints the probe's figures as `key value` lines, the keys bench/run reads.
inline void printStallReport(const StallProbe& probe) {
    const auto ms = [](qint64 us) {
        return double(us) / 1000.0;
    };
    std::printf("ticks %lld\n", qint64(probe.ticks()));
    // The wall clock: what a user of this machine felt, whoever was to blame.
    std::printf("stall_max_ms %.1f\n", ms(probe.late(1.0)));
    std::printf("stall_p99_ms %.1f\n", ms(probe.late(0.99)));
    std::printf("stall_p50_ms %.1f\n", ms(probe.late(0.5)));
    std::printf("stalls_over_50ms %lld\n", probe.lateAbove(50'000));
    std::printf("stalls_over_16ms %lld\n", probe.lateAbove(16'000));
    // The app's own: running plus blocked (the budget is judged on this).
    std::printf("busy_max_ms %.1f\n", ms(probe.own(1.0)));
    std::printf("busy_p99_ms %.1f\n", ms(probe.own(0.99)));
    std::printf("busy_p50_ms %.1f\n", ms(probe.own(0.5)));
    std::printf("busy_over_50ms %lld\n", probe.ownAbove(50'000));
    std::printf("busy_over_16ms %lld\n", probe.ownAbove(16'000));
    // All lateness of the run, split.
    std::printf("late_total_ms %.1f\n", ms(probe.totalUs(&Stall::lateUs)));
    std::printf("late_waiting_total_ms %.1f\n", ms(probe.totalUs(&Stall::waitingUs)));
    std::printf("late_steal_total_ms %.1f\n", ms(probe.totalUs(&Stall::stealUs)));
    std::printf("late_running_total_ms %.1f\n", ms(probe.totalUs(&Stall::runningUs)));
    std::printf("late_blocked_total_ms %.1f\n", ms(probe.totalUs(&Stall::blockedUs)));
    const auto printStall = [&ms](const std::string& name, const Stall& stall) {
        const char* n = name.c_str();
        std::printf("%s_ms %.1f\n", n, ms(stall.lateUs));
        std::printf("%s_own_ms %.1f\n", n, ms(stall.ownUs()));
        std::printf("%s_running_ms %.1f\n", n, ms(stall.runningUs));
        std::printf("%s_blocked_ms %.1f\n", n, ms(stall.blockedUs));
        std::printf("%s_waiting_ms %.1f\n", n, ms(stall.waitingUs));
        std::printf("%s_steal_ms %.1f\n", n, ms(stall.stealUs));
        std::printf("%s_major_faults %ld\n", n, stall.majorFaults);
        std::printf("%s_voluntary_switches %ld\n", n, stall.voluntarySwitches);
        std::printf("%s_involuntary_switches %ld\n", n, stall.involuntarySwitches);
        std::printf("%s_at_ms %lld\n", n, stall.atMs);
        std::printf("%s_end_monotonic_us %lld\n", n, stall.endMonotonicUs);
        std::printf("%s_end_realtime_us %lld\n", n, stall.endRealtimeUs);
    };
    // worst_own_1 is the tick the budget is judged on.
    for (size_t i = 0; i < probe.worstOwn().size(); ++i)
        printStall("worst_own_" + std::to_string(i + 1), probe.worstOwn()[i]);
    printStall("worst_wall", probe.worstWall());
}
