#include "platform.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

#if defined(Q_OS_WIN)
#include <fcntl.h>
#include <io.h>
#include <qt_windows.h>
#elif defined(Q_OS_UNIX)
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <time.h>
#endif

namespace Platform {

bool processAlive(qint64 pid) {
    if (pid <= 0)
        return false;
#if defined(Q_OS_WIN)
    HANDLE process = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return ::GetLastError() == ERROR_ACCESS_DENIED; // exists, but not ours to ask
    DWORD exitCode = 0;
    const bool alive = ::GetExitCodeProcess(process, &exitCode) && exitCode == STILL_ACTIVE;
    ::CloseHandle(process);
    return alive;
#elif defined(Q_OS_UNIX)
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return true;
#endif
}

int openExisting(const QString& path) {
#if defined(Q_OS_WIN)
    return ::_wopen(reinterpret_cast<const wchar_t*>(path.utf16()),
                    _O_RDWR | _O_BINARY | _O_NOINHERIT);
#elif defined(Q_OS_UNIX)
    return ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
#else
    Q_UNUSED(path);
    errno = ENOSYS;
    return -1;
#endif
}

void closeFile(int fd) {
    if (fd < 0)
        return;
#if defined(Q_OS_WIN)
    ::_close(fd);
#elif defined(Q_OS_UNIX)
    ::close(fd);
#endif
}

int syncFileData(int fd) {
#if defined(Q_OS_WIN)
    const auto handle = reinterpret_cast<HANDLE>(::_get_osfhandle(fd));
    if (handle == INVALID_HANDLE_VALUE)
        return EBADF;
    return ::FlushFileBuffers(handle) ? 0 : EIO;
#elif defined(Q_OS_DARWIN)
    if (::fcntl(fd, F_FULLFSYNC) == 0)
        return 0;
    // Some file systems (network shares) refuse F_FULLFSYNC but do fsync.
    return ::fsync(fd) == 0 ? 0 : errno;
#elif defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return ::fdatasync(fd) == 0 ? 0 : errno;
#elif defined(Q_OS_UNIX)
    return ::fsync(fd) == 0 ? 0 : errno;
#else
    Q_UNUSED(fd);
    return ENOSYS;
#endif
}

int lastError() {
    return errno;
}

QString errorText(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

bool standardErrorIsTerminal() {
#if defined(Q_OS_WIN)
    return ::_isatty(::_fileno(stderr)) != 0;
#elif defined(Q_OS_UNIX)
    return ::isatty(STDERR_FILENO) == 1;
#else
    return false;
#endif
}

double millisecondsSinceProcessStart() {
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const qsizetype nameEnd = line.lastIndexOf(')');
    if (nameEnd < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(nameEnd + 2).split(' ');
    constexpr int StartTimeField = 22 - 3; // field 22, counted after pid and name
    if (fields.size() <= StartTimeField)
        return -1;
    bool ok = false;
    const qint64 startTicks = fields.at(StartTimeField).toLongLong(&ok);
    const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || ::clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    return nowMs - double(startTicks) * 1000.0 / double(ticksPerSecond);
#else
    return -1;
#endif
}

bool disableCoreDumps() {
#if defined(Q_OS_WIN)
    ::SetErrorMode(::GetErrorMode() | SEM_NOGPFAULTERRORBOX);
    return true;
#elif defined(Q_OS_UNIX)
    const rlimit none{0, 0};
    bool ok = ::setrlimit(RLIMIT_CORE, &none) == 0;
#ifdef Q_OS_LINUX
    ok = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
#else
    return false;
#endif
}

} // namespace Platform
