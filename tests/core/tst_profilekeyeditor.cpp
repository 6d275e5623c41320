#include "settings/profilekeyeditor.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The settings' key-saving states without a widget, on a machine without a
// secret service (registered with no session bus): typed, applied, refused by
// the keychain, then kept for this run or in the file at the user's choice.
class TestProfileKeyEditor final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void typedKeyIsPendingUntilApplied();
    void refusedKeyWaitsForTheUsersChoice();
    void keptForThisRunLivesInMemoryOnly();
    void storedInTheFileWhenTheUserAccepts();
    void emptiedKeyIsRemoved();
    void duplicateStartsWithTheSourcesKey();

private:
    void refuse(const QString& id, const QString& key);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileKeyEditor> m_keys;
};

void TestProfileKeyEditor::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("VIDEOREMIX_API_KEY");
    qunsetenv("OPENAI_API_KEY");
}

void TestProfileKeyEditor::init() {
    m_keys.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<SecretStore>(m_dir->path(), u"VideoRemix-test"_s);
    m_secrets->setTimeoutMs(10'000);
    m_keys = std::make_unique<ProfileKeyEditor>(m_secrets.get());
}

void TestProfileKeyEditor::refuse(const QString& id, const QString& key) {
    m_keys->add(id);
    m_keys->edit(id, key);
    QSignalSpy choice(m_keys.get(), &ProfileKeyEditor::choiceNeeded);
    QSignalSpy settled(m_keys.get(), &ProfileKeyEditor::writesSettled);
    m_keys->store({id});
    QVERIFY(settled.wait(15'000));
    QCOMPARE(choice.count(), 1);
}

void TestProfileKeyEditor::typedKeyIsPendingUntilApplied() {
    m_keys->add(u"p"_s);
    QSignalSpy changed(m_keys.get(), &ProfileKeyEditor::changed);
    m_keys->edit(u"p"_s, u"  sk-typed-1  "_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_keys->effectiveKey(u"p"_s), u"sk-typed-1"_s);
    QVERIFY(m_keys->state(u"p"_s).changedSinceApply());
    m_keys->store({u"p"_s});
    QCOMPARE(m_keys->pendingWrites(), 1);
    QVERIFY(m_keys->state(u"p"_s).writing);
    QVERIFY(!m_keys->state(u"p"_s).changedSinceApply());
}

void TestProfileKeyEditor::refusedKeyWaitsForTheUsersChoice() {
    refuse(u"p"_s, u"sk-refused-2"_s);
    const ProfileKeyEditor::State state = m_keys->state(u"p"_s);
    QVERIFY(state.keychainUnavailable);
    QVERIFY(!state.writing);
    QVERIFY(!state.changedSinceApply()); // applied: waiting for a choice, not for an apply
    QVERIFY(state.problem);
    QVERIFY(m_keys->waitingForChoice());
    QCOMPARE(m_keys->pendingWrites(), 0);
    QCOMPARE(m_keys->effectiveKey(u"p"_s), u"sk-refused-2"_s); // still there for the choice
    QVERIFY(!QFile::exists(m_secrets->keyFilePath()));
    // Typing again starts over.
    m_keys->edit(u"p"_s, u"sk-retyped-2"_s);
    QVERIFY(!m_keys->waitingForChoice());
    QVERIFY(m_keys->state(u"p"_s).changedSinceApply());
}

void TestProfileKeyEditor::keptForThisRunLivesInMemoryOnly() {
    refuse(u"p"_s, u"sk-session-3"_s);
    QSignalSpy stored(m_keys.get(), &ProfileKeyEditor::stored);
    QVERIFY(m_keys->keepForThisRun(u"p"_s));
    QCOMPARE(stored.count(), 1);
    QCOMPARE(stored.at(0).at(1).value<KeySource>(), KeySource::Session);
    QCOMPARE(m_secrets->sessionSecret(u"p"_s), u"sk-session-3"_s);
    QVERIFY(!m_keys->waitingForChoice());
    QCOMPARE(m_keys->state(u"p"_s).source, KeySource::Session);
    QVERIFY(!m_keys->state(u"p"_s).edited);
    QVERIFY(!QFile::exists(m_secrets->keyFilePath()));
    QVERIFY(!m_keys->keepForThisRun(u"none"_s)); // nothing typed: nothing kept
}

void TestProfileKeyEditor::storedInTheFileWhenTheUserAccepts() {
    refuse(u"p"_s, u"sk-file-4"_s);
    QSignalSpy stored(m_keys.get(), &ProfileKeyEditor::stored);
    m_keys->storeInFile(u"p"_s, UserAcceptedPlaintextRisk{});
    QVERIFY(stored.wait(5'000));
    QCOMPARE(stored.at(0).at(1).value<KeySource>(), KeySource::File);
    QVERIFY(QFile::exists(m_secrets->keyFilePath()));
    QCOMPARE(m_keys->state(u"p"_s).source, KeySource::File);
    QVERIFY(!m_keys->waitingForChoice());
    QCOMPARE(SecretStore::waitFor(m_secrets->read(u"p"_s, KeyLocation::File)).secret,
             u"sk-file-4"_s);
}

void TestProfileKeyEditor::emptiedKeyIsRemoved() {
    m_secrets->setSessionSecret(u"p"_s, u"sk-old-5"_s);
    GatewayProfile profile = GatewayProfile::create(u"P"_s, QUrl(u"https://a.example"_s));
    profile.id = u"p"_s;
    m_keys->load(profile);
    QCOMPARE(m_keys->effectiveKey(u"p"_s), u"sk-old-5"_s);
    m_keys->edit(u"p"_s, QString());
    QSignalSpy stored(m_keys.get(), &ProfileKeyEditor::stored);
    m_keys->store({u"p"_s});
    QCOMPARE(stored.count(), 1);
    QCOMPARE(stored.at(0).at(1).value<KeySource>(), KeySource::None);
    QCOMPARE(m_keys->pendingWrites(), 0);
    QCOMPARE(m_keys->state(u"p"_s).source, KeySource::None);
    QVERIFY(!m_secrets->sessionSecret(u"p"_s));
}

void TestProfileKeyEditor::duplicateStartsWithTheSourcesKey() {
    m_keys->add(u"copy"_s, u"sk-source-6"_s);
    QCOMPARE(m_keys->effectiveKey(u"copy"_s), u"sk-source-6"_s);
    QVERIFY(m_keys->state(u"copy"_s).changedSinceApply());
    m_keys->add(u"empty"_s, QString());
    QVERIFY(!m_keys->state(u"empty"_s).edited);
    m_keys->remove(u"copy"_s);
    QVERIFY(m_keys->effectiveKey(u"copy"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileKeyEditor)
#include "tst_profilekeyeditor.moc"
