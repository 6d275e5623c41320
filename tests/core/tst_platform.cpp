#include "platform/platform.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The operating system calls behind the job library and the programs.
class TestPlatform final : public QObject {
    Q_OBJECT

private slots:
    void ownProcessIsAlive();
    void reapedChildIsNotAlive();
    void noProcessIdIsNeverAlive_data();
    void noProcessIdIsNeverAlive();
    void opensOnlyExistingFilesAndSyncsThem();
};

void TestPlatform::ownProcessIsAlive() {
    QVERIFY(Platform::processAlive(QCoreApplication::applicationPid()));
}

void TestPlatform::reapedChildIsNotAlive() {
    // This very program, asked only to list its test functions: it exits at once.
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {u"-functions"_s});
    QVERIFY(child.waitForStarted(10'000));
    const qint64 pid = child.processId();
    QVERIFY(pid > 0);
    QVERIFY(child.waitForFinished(10'000)); // and reaped: its id names no process now
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY(!Platform::processAlive(pid));
}

void TestPlatform::noProcessIdIsNeverAlive_data() {
    QTest::addColumn<qint64>("pid");
    QTest::newRow("zero") << qint64(0);
    QTest::newRow("minus one") << qint64(-1);
    QTest::newRow("negative") << qint64(-4242);
}

void TestPlatform::noProcessIdIsNeverAlive() {
    QFETCH(qint64, pid);
    QVERIFY(!Platform::processAlive(pid));
}

void TestPlatform::opensOnlyExistingFilesAndSyncsThem() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"missing-wal"_s);
    QCOMPARE(Platform::openExisting(missing), -1);
    QVERIFY(Platform::lastError() != 0);
    QVERIFY(!Platform::errorText(Platform::lastError()).isEmpty());
    QVERIFY(!QFile::exists(missing));

    const QString path = dir.filePath(u"log-wal"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write("pages"), 5);
    file.close();
    const int fd = Platform::openExisting(path);
    QVERIFY(fd >= 0);
    QCOMPARE(Platform::syncFileData(fd), 0);
    Platform::closeFile(fd);
}

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
