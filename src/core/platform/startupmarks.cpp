#include "startupmarks.h"

#include "platform.h"

#include <QElapsedTimer>
#include <QtGlobal>

#include <cstdio>

namespace StartupMarks {
namespace {

bool g_enabled = false;
QElapsedTimer g_clock;
double g_beforeMain = 0; // ms from exec to begin()
double g_last = 0;

} // namespace

void begin() {
    g_enabled = qEnvironmentVariableIntValue("VIDEOREMIX_STARTUP_MARKS") == 1;
    if (!g_enabled)
        return;
    g_clock.start();
    g_beforeMain = qMax(0.0, Platform::millisecondsSinceProcessStart());
    g_last = g_beforeMain;
    mark("main entered (libraries loaded; the kernel's clock, +-1 tick)");
}

bool enabled() {
    return g_enabled;
}

void mark(const char* phase) {
    if (!g_enabled)
        return;
    const double now = g_beforeMain + double(g_clock.nsecsElapsed()) / 1e6;
    std::fprintf(stderr, "startup %8.2f ms  (+%.2f)  %s\n", now, now - g_last, phase);
    std::fflush(stderr);
    g_last = now;
}

} // namespace StartupMarks
