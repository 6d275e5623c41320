#include "settings/processhardening.h"

#include <QProcess>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

// A core dump could hold the API key. Release builds call
// ProcessHardening::applyReleaseDefaults() first thing in main(); what it does
// is checked here, and cmake/check-hardening checks that the release programs
// contain it, next to their compiler and linker hardening.
class TestHardening final : public QObject {
    Q_OBJECT

private slots:
    void disablesCoreDumpsAndDumpability();
    void debugBuildsKeepCoreDumps();
};

void TestHardening::disablesCoreDumpsAndDumpability() {
    // Something to switch off first, so the test can fail.
    rlimit generous{RLIM_INFINITY, RLIM_INFINITY};
    getrlimit(RLIMIT_CORE, &generous);
    generous.rlim_cur = generous.rlim_max;
    QCOMPARE(setrlimit(RLIMIT_CORE, &generous), 0);
    QCOMPARE(prctl(PR_SET_DUMPABLE, 1, 0, 0, 0), 0);
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);

    QVERIFY(ProcessHardening::disableCoreDumps());
    rlimit now{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &now), 0);
    QCOMPARE(now.rlim_cur, rlim_t(0));
    QCOMPARE(now.rlim_max, rlim_t(0));
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
}

void TestHardening::debugBuildsKeepCoreDumps() {
#ifdef NDEBUG
    QSKIP("a release build: applyReleaseDefaults() switches core dumps off by design");
#else
    QCOMPARE(prctl(PR_SET_DUMPABLE, 1, 0, 0, 0), 0);
    ProcessHardening::applyReleaseDefaults();
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
#endif
}

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
