#include "settings/secretstore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// One executable, registered twice with ctest (tests/core/CMakeLists.txt):
//  - VIDEOREMIX_TEST_KEYCHAIN=real: inside dbus-run-session with a private,
//    unlocked gnome-keyring (tests/support/run-with-keyring.sh);
//  - VIDEOREMIX_TEST_KEYCHAIN=unavailable: with a session bus address that
//    leads nowhere and no display, as on a bare server.
// Slots for the other situation are skipped; the plaintext-file slots run in both.
class TestSecretStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keychainWritesReadsBackOverwritesAndDeletes();
    void keychainEntryIsVisibleToTheSecretService();
    void keychainWriteRemovesPlaintextCopy();
    void lookupPrefersEnvironmentThenSessionThenStore();

    void unavailableKeychainFailsFastAndPlainly();
    void unavailableKeychainWritesNothingToDisk();
    void sessionKeyLivesInMemoryOnly();

    void confirmedFileIsPrivateEvenWithPermissiveUmask();
    void fileKeyIsReadAndRemoved();
    void emptyKeyIsRefused();

private:
    bool real() const { return m_mode == u"real"_s; }
    bool unavailable() const { return m_mode == u"unavailable"_s; }
    // Every file under the scratch folder, searched for `needle`.
    QStringList filesContaining(const QByteArray& needle) const;

    QString m_mode;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretStore> m_store;
    QString m_account;
};

void TestSecretStore::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_mode = qEnvironmentVariable("VIDEOREMIX_TEST_KEYCHAIN");
    QVERIFY2(real() || unavailable(),
             "set VIDEOREMIX_TEST_KEYCHAIN to real or unavailable (see CMakeLists.txt)");
    if (real() && !qEnvironmentVariableIsSet("VIDEOREMIX_TEST_PRIVATE_KEYRING")) {
        // Set by tests/CMakeLists.txt where the tools for a private keyring are missing.
        const QString missing = qEnvironmentVariable("VIDEOREMIX_TEST_KEYRING_MISSING");
        if (!missing.isEmpty())
            QSKIP(qPrintable(u"The real keychain is not tested: install %1."_s.arg(missing)));
        // Never touch a developer's own keyring: only the scratch one started by the script.
        QFAIL("run under tests/support/run-with-keyring.sh");
    }
    qunsetenv("VIDEOREMIX_API_KEY");
    qunsetenv("OPENAI_API_KEY");
}

void TestSecretStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<SecretStore>(m_dir->path(), u"VideoRemix-test"_s);
    m_account = GatewayProfile::newId();
}

void TestSecretStore::cleanup() {
    if (real() && m_store)
        SecretStore::waitFor(m_store->remove(m_account));
    m_store.reset();
    qunsetenv("VIDEOREMIX_API_KEY");
    qunsetenv("OPENAI_API_KEY");
}

QStringList TestSecretStore::filesContaining(const QByteArray& needle) const {
    QStringList hits;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

void TestSecretStore::keychainWritesReadsBackOverwritesAndDeletes() {
    if (!real())
        QSKIP("runs in tst_secretstore_keychain, against a private keyring");
    SecretResult result = SecretStore::waitFor(m_store->read(m_account, KeyLocation::Keychain));
    QCOMPARE(result.status, SecretResult::Status::NotFound);

    result = SecretStore::waitFor(m_store->write(m_account, u"sk-first-key-111111"_s));
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.source, KeySource::Keychain);

    result = SecretStore::waitFor(m_store->read(m_account, KeyLocation::Keychain));
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QCOMPARE(result.secret, u"sk-first-key-111111"_s);

    result = SecretStore::waitFor(m_store->write(m_account, u"sk-second-key-222222"_s));
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    result = SecretStore::waitFor(m_store->read(m_account, KeyLocation::Keychain));
    QCOMPARE(result.secret, u"sk-second-key-222222"_s);

    result = SecretStore::waitFor(m_store->remove(m_account));
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    result = SecretStore::waitFor(m_store->read(m_account, KeyLocation::Keychain));
    QCOMPARE(result.status, SecretResult::Status::NotFound);

    // Nothing about the key may have landed in a file of ours.
    QVERIFY(filesContaining("sk-second-key").isEmpty());
    QVERIFY(!QFile::exists(m_store->keyFilePath()));
}

void TestSecretStore::keychainEntryIsVisibleToTheSecretService() {
    if (!real())
        QSKIP("runs in tst_secretstore_keychain, against a private keyring");
    const QString key = u"sk-visible-key-333333"_s;
    QVERIFY(SecretStore::waitFor(m_store->write(m_account, key)).ok());
    // Ask the Secret Service directly, past QtKeychain: the key is really in the keyring.
    QProcess tool;
    tool.start(u"secret-tool"_s,
               {u"search"_s, u"--all"_s, u"--unlock"_s, u"user"_s, u"api-key/"_s + m_account});
    QVERIFY(tool.waitForFinished(20'000));
    const QByteArray out = tool.readAllStandardOutput() + tool.readAllStandardError();
    QVERIFY2(out.contains(key.toUtf8()), out.constData());
    QVERIFY2(out.contains("VideoRemix-test"), out.constData());
}

void TestSecretStore::keychainWriteRemovesPlaintextCopy() {
    if (!real())
        QSKIP("runs in tst_secretstore_keychain, against a private keyring");
    QVERIFY(SecretStore::waitFor(m_store->writeToFile(m_account, u"sk-old-plain-444444"_s,
                                                      UserAcceptedPlaintextRisk{}))
                .ok());
    QVERIFY(QFile::exists(m_store->keyFilePath()));
    QVERIFY(SecretStore::waitFor(m_store->write(m_account, u"sk-new-safe-555555"_s)).ok());
    QVERIFY(!QFile::exists(m_store->keyFilePath()));
    QVERIFY(filesContaining("sk-old-plain").isEmpty());
}

void TestSecretStore::lookupPrefersEnvironmentThenSessionThenStore() {
    if (!real())
        QSKIP("runs in tst_secretstore_keychain, against a private keyring");
    GatewayProfile profile = GatewayProfile::create(u"p"_s, QUrl(u"https://gw.example.com"_s));
    profile.id = m_account;
    QVERIFY(SecretStore::waitFor(m_store->write(m_account, u"stored-key-666666"_s)).ok());

    qputenv("OPENAI_API_KEY", "openai-env-key");
    qputenv("VIDEOREMIX_API_KEY", "videoremix-env-key");
    SecretResult result = SecretStore::waitFor(m_store->lookup(profile));
    QCOMPARE(result.source, KeySource::Environment);
    QCOMPARE(result.secret, u"videoremix-env-key"_s);
    QCOMPARE(environmentApiKey()->variable, u"VIDEOREMIX_API_KEY"_s);

    qputenv("VIDEOREMIX_API_KEY", ""); // empty counts as unset
    result = SecretStore::waitFor(m_store->lookup(profile));
    QCOMPARE(result.secret, u"openai-env-key"_s);
    qunsetenv("OPENAI_API_KEY");

    m_store->setSessionSecret(m_account, u"session-key-777777"_s);
    result = SecretStore::waitFor(m_store->lookup(profile));
    QCOMPARE(result.source, KeySource::Session);
    QCOMPARE(result.secret, u"session-key-777777"_s);

    m_store->clearSessionSecret(m_account);
    result = SecretStore::waitFor(m_store->lookup(profile));
    QCOMPARE(result.source, KeySource::Keychain);
    QCOMPARE(result.secret, u"stored-key-666666"_s);
}

void TestSecretStore::unavailableKeychainFailsFastAndPlainly() {
    if (!unavailable())
        QSKIP("runs in tst_secretstore_unavailable, without a secret service");
    const QString key = u"sk-unavailable-888888"_s;
    QElapsedTimer timer;
    timer.start();
    const SecretResult written = SecretStore::waitFor(m_store->write(m_account, key));
    QCOMPARE(written.status, SecretResult::Status::Unavailable);
    QVERIFY2(written.errorString.contains(u"keychain is not available"_s),
             qPrintable(written.errorString));
    // The user is told the way out: this run only, or a file if they accept the risk.
    QVERIFY(written.errorString.contains(u"this run only"_s));
    QVERIFY(!written.errorString.contains(key));
    QVERIFY(timer.elapsed() < 10'000);

    const SecretResult read = SecretStore::waitFor(m_store->read(m_account, KeyLocation::Keychain));
    QCOMPARE(read.status, SecretResult::Status::Unavailable);
}

void TestSecretStore::unavailableKeychainWritesNothingToDisk() {
    if (!unavailable())
        QSKIP("runs in tst_secretstore_unavailable, without a secret service");
    SecretStore::waitFor(m_store->write(m_account, u"sk-never-on-disk-999999"_s));
    QVERIFY(!QFile::exists(m_store->keyFilePath()));
    QCOMPARE(filesContaining("sk-never-on-disk"), QStringList());
    // Nor did QtKeychain fall back to its own plaintext settings file.
    const QString configRoot =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QDirIterator it(configRoot, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains("sk-never-on-disk"));
    }
}

void TestSecretStore::sessionKeyLivesInMemoryOnly() {
    GatewayProfile profile = GatewayProfile::create(u"p"_s, QUrl(u"https://gw.example.com"_s));
    profile.id = m_account;
    m_store->setSessionSecret(m_account, u"sk-session-only-121212"_s);
    const SecretResult result = SecretStore::waitFor(m_store->lookup(profile));
    QVERIFY(result.ok());
    QCOMPARE(result.source, KeySource::Session);
    QCOMPARE(result.secret, u"sk-session-only-121212"_s);
    QVERIFY(filesContaining("sk-session-only").isEmpty());

    SecretStore fresh(m_dir->path(), u"VideoRemix-test"_s);
    QVERIFY(!fresh.sessionSecret(m_account));
}

void TestSecretStore::confirmedFileIsPrivateEvenWithPermissiveUmask() {
    const mode_t previous = ::umask(0);
    const SecretResult result = SecretStore::waitFor(
        m_store->writeToFile(m_account, u"sk-file-key-131313"_s, UserAcceptedPlaintextRisk{}));
    const SecretResult second = SecretStore::waitFor(
        m_store->writeToFile(u"other"_s, u"sk-file-key-141414"_s, UserAcceptedPlaintextRisk{}));
    ::umask(previous);
    QVERIFY2(result.ok(), qPrintable(result.errorString));
    QVERIFY2(second.ok(), qPrintable(second.errorString));
    QCOMPARE(result.source, KeySource::File);

    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(m_store->keyFilePath()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    QCOMPARE(QFileInfo(m_store->keyFilePath()).absolutePath(),
             QFileInfo(m_dir->path()).absoluteFilePath());
    // Only that one file holds it.
    QCOMPARE(filesContaining("sk-file-key-131313"), QStringList{m_store->keyFilePath()});
}

void TestSecretStore::fileKeyIsReadAndRemoved() {
    QVERIFY(SecretStore::waitFor(m_store->writeToFile(m_account, u"sk-file-key-151515"_s,
                                                      UserAcceptedPlaintextRisk{}))
                .ok());
    GatewayProfile profile = GatewayProfile::create(u"p"_s, QUrl(u"https://gw.example.com"_s));
    profile.id = m_account;
    profile.keyLocation = KeyLocation::File;
    SecretResult result = SecretStore::waitFor(m_store->lookup(profile));
    QVERIFY(result.ok());
    QCOMPARE(result.source, KeySource::File);
    QCOMPARE(result.secret, u"sk-file-key-151515"_s);

    // The keychain part may fail here (unavailable), the file part must not.
    SecretStore::waitFor(m_store->remove(m_account));
    QVERIFY(!QFile::exists(m_store->keyFilePath()));
    result = SecretStore::waitFor(m_store->lookup(profile));
    QCOMPARE(result.status, SecretResult::Status::NotFound);
}

void TestSecretStore::emptyKeyIsRefused() {
    QCOMPARE(SecretStore::waitFor(m_store->write(m_account, u"  "_s)).status,
             SecretResult::Status::Failed);
    QCOMPARE(SecretStore::waitFor(m_store->writeToFile(m_account, {}, UserAcceptedPlaintextRisk{}))
                 .status,
             SecretResult::Status::Failed);
    QVERIFY(!QFile::exists(m_store->keyFilePath()));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
