#pragma once

// Where the start-up time goes: with VIDEOREMIX_STARTUP_MARKS=1 in the
// environment, each mark() prints to standard error the milliseconds since
// the process started and since the mark before, e.g.
//   startup   41.27 ms  (+3.02)  main window built
// The time before main() comes from the kernel's start time (in clock ticks,
// see Platform::millisecondsSinceProcessStart), everything after it from a
// monotonic clock started in main(), so the differences between marks are
// exact and the absolute times share one offset. Off (the default), a mark
// is one test of a flag: nothing is read, allocated or printed.
namespace StartupMarks {

// First thing in main(): reads the environment once and, when on, prints
// the first mark ("main entered").
void begin();

// Whether the marks print; for code that would do work only to mark.
bool enabled();

// One line on standard error when enabled; `phase` says what has just finished.
void mark(const char* phase);

} // namespace StartupMarks
