#pragma once

#include <QString>
#include <QtGlobal>

// Every call to the operating system's own API, so the rest of the core (and
// the programs) build on Linux, macOS and Windows alike. Each function has a
// POSIX and a Windows body, and says what it does where neither applies.
namespace Platform {

// Whether a process with this id exists. POSIX: kill(pid, 0), a process of
// another user counting as alive; Windows: OpenProcess and GetExitCodeProcess.
// Elsewhere it answers true: a submit of another process is never declared
// interrupted while that process might still receive its answer (the user
// can look for it on the gateway by hand). False for ids <= 0.
bool processAlive(qint64 pid);

// Opens an existing file for reading and writing, never creating it, and
// not inherited by child processes. A descriptor, or -1 with lastError() set.
int openExisting(const QString& path);
// Closes what openExisting() opened.
void closeFile(int fd);
// Writes the file's data (and what is needed to read it back) to the disk:
// fdatasync on Linux, F_FULLFSYNC on macOS (its fsync stops at the drive's
// cache), fsync on other POSIX systems, FlushFileBuffers on Windows.
// 0, or the error number.
int syncFileData(int fd);
// The error number of the last failed call of this thread.
int lastError();
// An error number in words, in the system's language.
QString errorText(int error);

// Whether the process's standard error is a terminal (progress lines redraw there).
bool standardErrorIsTerminal();

// Milliseconds since the process was started (exec), for start-up marks.
// Linux: the kernel's start time from /proc/self/stat, which counts in clock
// ticks (10 ms on most systems), against CLOCK_BOOTTIME, the same clock; so
// the answer is late by up to one tick. -1 where the system does not say.
double millisecondsSinceProcessStart();

// Keeps the process's memory out of core files: RLIMIT_CORE 0 on POSIX and,
// on Linux, PR_SET_DUMPABLE 0 (no ptrace attach by other processes of the
// user either). True when all of it took effect. Windows writes no core file
// by itself; there it only keeps error reporting from offering a dump dialog
// and answers true.
bool disableCoreDumps();

} // namespace Platform
