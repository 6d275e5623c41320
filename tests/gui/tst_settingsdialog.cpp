#include "mockserverprocess.h"
#include "settings/secretstore.h"
#include "settings/settings.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// Registered twice (tests/gui/CMakeLists.txt): with a private, real keyring
// (VIDEOREMIX_TEST_KEYCHAIN=real) and with no secret service at all
// (VIDEOREMIX_TEST_KEYCHAIN=unavailable). Slots for the other case are skipped.
class TestSettingsDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void addsProfileAndKeepsItsKeyInTheKeychain();
    void testConnectionTellsAnswersApart();
    void cancelRevertsEveryChange();
    void invalidProfileIsNotApplied();
    void duplicateAndRemoveWorkOnTheList();
    void revealToggleShowsTheKey();
    void environmentKeyIsShownAsSuch();
    void warnsAboutPlainHttpToAnotherHost();
    void remembersSizeAndPage();
    void generalSettingsApply();
    void retranslatesOnLanguageChange();
    void keychainUnavailableOffersFallbacks();

private:
    template <typename T> T* find(const QString& name) {
        T* widget = m_dialog->findChild<T*>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }
    void openDialog();
    void replaceText(const QString& lineEditName, const QString& text);
    void click(const QString& buttonName);
    void clickDialogButton(QDialogButtonBox::StandardButton which);
    void selectRow(int row);
    void toggle(const QString& checkBoxName);
    QString runTest();
    // Clicks `answer` in the next modal message box as soon as it shows up.
    void answerNextMessageBox(QMessageBox::StandardButton answer);
    QStringList filesContaining(const QByteArray& needle) const;
    bool real() const { return m_mode == u"real"_s; }

    QString m_mode;
    MockServerProcess m_mock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    m_mode = qEnvironmentVariable("VIDEOREMIX_TEST_KEYCHAIN");
    QVERIFY2(m_mode == u"real"_s || m_mode == u"unavailable"_s,
             "set VIDEOREMIX_TEST_KEYCHAIN (see CMakeLists.txt)");
    if (real())
        QVERIFY2(qEnvironmentVariableIsSet("VIDEOREMIX_TEST_PRIVATE_KEYRING"),
                 "run under run-with-keyring.sh");
    qunsetenv("VIDEOREMIX_API_KEY");
    qunsetenv("OPENAI_API_KEY");
    QVERIFY(m_mock.start());
}

void TestSettingsDialog::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"videoremix.conf"_s));
    m_secrets = std::make_unique<SecretStore>(m_dir->path(), u"VideoRemix-test"_s);
    m_secrets->setTimeoutMs(10'000);
}

void TestSettingsDialog::cleanup() {
    m_dialog.reset();
    if (real()) {
        for (const GatewayProfile& profile : m_settings->profiles())
            SecretStore::waitFor(m_secrets->remove(profile.id));
    }
    m_secrets.reset();
    m_settings.reset();
    qunsetenv("VIDEOREMIX_API_KEY");
}

void TestSettingsDialog::openDialog() {
    m_dialog = std::make_unique<SettingsDialog>(m_settings.get(), m_secrets.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSettingsDialog::replaceText(const QString& lineEditName, const QString& text) {
    QLineEdit* edit = find<QLineEdit>(lineEditName);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void TestSettingsDialog::click(const QString& buttonName) {
    QAbstractButton* button = find<QAbstractButton>(buttonName);
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(buttonName));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestSettingsDialog::clickDialogButton(QDialogButtonBox::StandardButton which) {
    QPushButton* button = find<QDialogButtonBox>(u"buttonBox"_s)->button(which);
    QVERIFY(button);
    // The button row may lie beyond the small offscreen screen, out of the mouse's reach.
    button->click();
}

void TestSettingsDialog::toggle(const QString& checkBoxName) {
    QCheckBox* box = find<QCheckBox>(checkBoxName);
    QVERIFY(box);
    const bool before = box->isChecked();
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    QCOMPARE(box->isChecked(), !before);
}

void TestSettingsDialog::selectRow(int row) {
    QListWidget* list = find<QListWidget>(u"profilesListWidget"_s);
    const QRect rect = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(list->currentRow(), row);
}

QString TestSettingsDialog::runTest() {
    QLabel* result = find<QLabel>(u"testResultLabel"_s);
    click(u"testConnectionButton"_s);
    const bool done = QTest::qWaitFor(
        [result] { return result->property("outcome").toString() != u"running"_s; }, 20'000);
    return done ? result->property("outcome").toString() : u"still running"_s;
}

void TestSettingsDialog::answerNextMessageBox(QMessageBox::StandardButton answer) {
    auto* timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, answer] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        QTest::mouseClick(box->button(answer), Qt::LeftButton);
    });
    timer->start();
}

QStringList TestSettingsDialog::filesContaining(const QByteArray& needle) const {
    QStringList hits;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

void TestSettingsDialog::addsProfileAndKeepsItsKeyInTheKeychain() {
    if (!real())
        QSKIP("needs the private keyring");
    openDialog();
    QSignalSpy stored(m_dialog.get(), &SettingsDialog::keyStored);
    click(u"addProfileButton"_s);
    replaceText(u"nameLineEdit"_s, u"Mock A"_s);
    replaceText(u"baseUrlLineEdit"_s, m_mock.baseUrl().toString());
    replaceText(u"apiKeyLineEdit"_s, m_mock.apiKey());
    toggle(u"activeProfileCheckBox"_s);
    clickDialogButton(QDialogButtonBox::Apply);
    QVERIFY(stored.wait(15'000));
    QVERIFY(m_dialog->isVisible()); // Apply stays

    const std::optional<GatewayProfile> profile = m_settings->findProfile(u"mock a"_s);
    QVERIFY(profile);
    QCOMPARE(profile->baseUrl, m_mock.baseUrl());
    QCOMPARE(m_settings->activeProfileId(), profile->id);
    QCOMPARE(profile->keyLocation, KeyLocation::Keychain);
    const SecretResult key =
        SecretStore::waitFor(m_secrets->read(profile->id, KeyLocation::Keychain));
    QVERIFY2(key.ok(), qPrintable(key.errorString));
    QCOMPARE(key.secret, m_mock.apiKey());
    QVERIFY(filesContaining(m_mock.apiKey().toUtf8()).isEmpty());

    clickDialogButton(QDialogButtonBox::Ok);
    QVERIFY(QTest::qWaitFor([this] { return !m_dialog->isVisible(); }, 5'000));
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    // Reopened, the dialog shows the key read back from the keychain.
    openDialog();
    selectRow(int(m_settings->profiles().size()) - 1);
    QVERIFY(QTest::qWaitFor(
        [this] { return find<QLineEdit>(u"apiKeyLineEdit"_s)->text() == m_mock.apiKey(); },
        10'000));
    QVERIFY(find<QLabel>(u"keySourceLabel"_s)->text().contains(u"keychain"_s));
}

void TestSettingsDialog::testConnectionTellsAnswersApart() {
    openDialog();
    click(u"addProfileButton"_s);
    replaceText(u"nameLineEdit"_s, u"Mock"_s);
    replaceText(u"baseUrlLineEdit"_s, m_mock.baseUrl().toString());
    replaceText(u"apiKeyLineEdit"_s, m_mock.apiKey());
    QLabel* result = find<QLabel>(u"testResultLabel"_s);

    QCOMPARE(runTest(), u"accepted"_s);
    QVERIFY(result->text().contains(u"accepted the key"_s));

    replaceText(u"apiKeyLineEdit"_s, u"sk-wrong-key-123456"_s);
    QCOMPARE(runTest(), u"key-rejected"_s);
    QVERIFY2(result->text().contains(u"Invalid token"_s), qPrintable(result->text()));
    QVERIFY(result->text().contains(u"无效的令牌"_s));
    QVERIFY(!result->text().contains(u"sk-wrong-key"_s));

    replaceText(u"apiKeyLineEdit"_s, m_mock.apiKey());
    QVERIFY(m_mock.addFault({{u"fault"_s, u"plain-text-error"_s},
                             {u"status"_s, 404},
                             {u"message"_s, u"404 page not found"_s},
                             {u"times"_s, 1}}));
    QCOMPARE(runTest(), u"not-an-api"_s);

    QVERIFY(m_mock.addFault({{u"fault"_s, u"html502"_s}, {u"times"_s, 1}}));
    QCOMPARE(runTest(), u"not-an-api"_s);
    QVERIFY(!result->text().contains(u"<html"_s, Qt::CaseInsensitive));

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    replaceText(u"baseUrlLineEdit"_s, u"http://127.0.0.1:%1"_s.arg(port));
    QCOMPARE(runTest(), u"network-failure"_s);

    // The probe asked for a video that cannot exist, nothing else.
    int probes = 0;
    for (const QJsonValue& request : m_mock.requests()) {
        const QString path = request.toObject().value(u"path"_s).toString();
        QVERIFY2(path == u"/v1/videos/"_s + ConnectionTester::probeVideoId(), qPrintable(path));
        ++probes;
    }
    QCOMPARE(probes, 4);
    QVERIFY(m_mock.reset());
}

void TestSettingsDialog::cancelRevertsEveryChange() {
    const QList<GatewayProfile> before = m_settings->profiles();
    const QString activeBefore = m_settings->activeProfileId();
    openDialog();
    click(u"addProfileButton"_s);
    replaceText(u"nameLineEdit"_s, u"Temporary"_s);
    replaceText(u"baseUrlLineEdit"_s, u"https://temp.example.com"_s);
    replaceText(u"apiKeyLineEdit"_s, u"sk-cancelled-key-42"_s);
    toggle(u"activeProfileCheckBox"_s);
    selectRow(0);
    replaceText(u"nameLineEdit"_s, u"renamed"_s);
    QTest::keyClick(find<QSpinBox>(u"pollIntervalSpinBox"_s), Qt::Key_Up);
    selectRow(1);
    click(u"removeProfileButton"_s);
    find<QTabWidget>(u"pagesTabWidget"_s)->setCurrentIndex(1);
    QComboBox* language = find<QComboBox>(u"languageComboBox"_s);
    language->setCurrentIndex(language->findData(u"zh_CN"_s));
    toggle(u"autoDownloadCheckBox"_s);

    clickDialogButton(QDialogButtonBox::Cancel);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(m_settings->profiles() == before);
    QCOMPARE(m_settings->activeProfileId(), activeBefore);
    QCOMPARE(m_settings->languageChoice(), Settings::LanguageChoice::System);
    QCOMPARE(m_settings->autoDownload(), true);
    QTest::qWait(100);
    QVERIFY(filesContaining("sk-cancelled-key").isEmpty());
    for (const GatewayProfile& profile : before)
        QVERIFY(!m_secrets->sessionSecret(profile.id));
}

void TestSettingsDialog::invalidProfileIsNotApplied() {
    const QList<GatewayProfile> before = m_settings->profiles();
    openDialog();
    replaceText(u"nameLineEdit"_s, u"local-mock"_s); // the other default's name
    replaceText(u"baseUrlLineEdit"_s, u"ftp://nowhere"_s);
    clickDialogButton(QDialogButtonBox::Ok);
    QVERIFY(m_dialog->isVisible());
    QLabel* problems = find<QLabel>(u"validationLabel"_s);
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(u"https://"_s), qPrintable(problems->text()));
    QVERIFY(problems->text().contains(u"names must differ"_s));
    QVERIFY(m_settings->profiles() == before);
}

void TestSettingsDialog::duplicateAndRemoveWorkOnTheList() {
    openDialog();
    QListWidget* list = find<QListWidget>(u"profilesListWidget"_s);
    QCOMPARE(list->count(), 2);
    selectRow(0);
    click(u"duplicateProfileButton"_s);
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->currentRow(), 2);
    QCOMPARE(find<QLineEdit>(u"nameLineEdit"_s)->text(), u"jxincm (copy)"_s);
    QCOMPARE(find<QLineEdit>(u"baseUrlLineEdit"_s)->text(), u"https://api.jxincm.cn"_s);
    click(u"removeProfileButton"_s);
    click(u"removeProfileButton"_s);
    QCOMPARE(list->count(), 1);
    QVERIFY(!find<QPushButton>(u"removeProfileButton"_s)->isEnabled());
    clickDialogButton(QDialogButtonBox::Apply);
    QCOMPARE(m_settings->profiles().size(), 1);
    QCOMPARE(m_settings->activeProfileId(), m_settings->profiles().first().id);
}

void TestSettingsDialog::revealToggleShowsTheKey() {
    openDialog();
    QLineEdit* key = find<QLineEdit>(u"apiKeyLineEdit"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    click(u"revealKeyToolButton"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    click(u"revealKeyToolButton"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
}

void TestSettingsDialog::environmentKeyIsShownAsSuch() {
    qputenv("VIDEOREMIX_API_KEY", "sk-from-env-987654");
    openDialog();
    QLabel* source = find<QLabel>(u"keySourceLabel"_s);
    QVERIFY2(source->text().contains(u"environment"_s), qPrintable(source->text()));
    QVERIFY(source->text().contains(u"VIDEOREMIX_API_KEY"_s));
    QVERIFY(!source->text().contains(u"sk-from-env"_s));
    QVERIFY(!m_dialog->windowTitle().contains(u"sk-from-env"_s));
}

void TestSettingsDialog::warnsAboutPlainHttpToAnotherHost() {
    openDialog();
    QLabel* warning = find<QLabel>(u"cleartextWarningLabel"_s);
    QVERIFY(!warning->isVisible());
    replaceText(u"baseUrlLineEdit"_s, u"http://gw.example.com"_s);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(u"unencrypted"_s));
    replaceText(u"baseUrlLineEdit"_s, u"http://127.0.0.1:8787"_s);
    QVERIFY(!warning->isVisible());
}

void TestSettingsDialog::remembersSizeAndPage() {
    openDialog();
    m_dialog->resize(900, 700);
    find<QTabWidget>(u"pagesTabWidget"_s)->setCurrentIndex(1);
    clickDialogButton(QDialogButtonBox::Cancel);
    openDialog();
    QCOMPARE(m_dialog->size(), QSize(900, 700));
    QCOMPARE(find<QTabWidget>(u"pagesTabWidget"_s)->currentIndex(), 1);
}

void TestSettingsDialog::generalSettingsApply() {
    openDialog();
    find<QTabWidget>(u"pagesTabWidget"_s)->setCurrentIndex(1);
    QComboBox* language = find<QComboBox>(u"languageComboBox"_s);
    language->setCurrentIndex(language->findData(u"en"_s));
    replaceText(u"downloadFolderLineEdit"_s, m_dir->filePath(u"out"_s));
    toggle(u"notificationsCheckBox"_s);
    QSignalSpy languageChanged(m_settings.get(), &Settings::languageChanged);
    clickDialogButton(QDialogButtonBox::Ok);
    QVERIFY(QTest::qWaitFor([this] { return !m_dialog->isVisible(); }, 5'000));
    QCOMPARE(m_settings->languageChoice(), Settings::LanguageChoice::English);
    QCOMPARE(languageChanged.count(), 1);
    QCOMPARE(m_settings->downloadFolder(), m_dir->filePath(u"out"_s));
    QCOMPARE(m_settings->notificationsEnabled(), false);
}

void TestSettingsDialog::retranslatesOnLanguageChange() {
    openDialog();
    QComboBox* proxy = find<QComboBox>(u"proxyModeComboBox"_s);
    selectRow(1); // the mock profile: no proxy
    const int index = proxy->currentIndex();
    find<QLabel>(u"nameLabel"_s)->setText(u"stale"_s);
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(m_dialog.get(), &change);
    QCOMPARE(find<QLabel>(u"nameLabel"_s)->text(), u"&Name:"_s);
    QCOMPARE(proxy->currentIndex(), index);
    QCOMPARE(proxy->count(), 3);
    for (QWidget* widget : m_dialog->findChildren<QWidget*>()) {
        if (qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
            qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget) ||
            qobject_cast<QListWidget*>(widget)) {
            if (widget->objectName().startsWith(u"qt_"_s) || widget->objectName().isEmpty())
                continue; // Qt's own pieces (tab bar scrollers, spin box line edits)
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
}

void TestSettingsDialog::keychainUnavailableOffersFallbacks() {
    if (real())
        QSKIP("needs a machine without a secret service");
    openDialog();
    QSignalSpy stored(m_dialog.get(), &SettingsDialog::keyStored);
    selectRow(0);
    QWidget* fallback = find<QWidget>(u"keyFallbackFrame"_s);
    // Said plainly as soon as the dialog tries to read the key.
    QVERIFY(QTest::qWaitFor(
        [this] { return find<QLabel>(u"keySourceLabel"_s)->text().contains(u"not available"_s); },
        10'000));
    QVERIFY(!fallback->isVisible());

    replaceText(u"apiKeyLineEdit"_s, u"sk-run-only-111111"_s);
    clickDialogButton(QDialogButtonBox::Ok);
    QVERIFY(QTest::qWaitFor([fallback] { return fallback->isVisible(); }, 10'000));
    QVERIFY(m_dialog->isVisible()); // OK does not close while the key has nowhere to go
    QVERIFY(find<QLabel>(u"keyFallbackLabel"_s)->text().contains(u"this run only"_s));
    QVERIFY(filesContaining("sk-run-only").isEmpty());
    QVERIFY(!QFile::exists(m_secrets->keyFilePath()));

    click(u"keepForSessionButton"_s);
    QVERIFY(!fallback->isVisible());
    QCOMPARE(m_secrets->sessionSecret(m_settings->profiles().at(0).id), u"sk-run-only-111111"_s);
    QCOMPARE(stored.count(), 1);
    QVERIFY(filesContaining("sk-run-only").isEmpty());

    // The second profile: the file, but only after saying no once and yes once.
    selectRow(1);
    replaceText(u"apiKeyLineEdit"_s, u"sk-in-a-file-222222"_s);
    clickDialogButton(QDialogButtonBox::Apply);
    QVERIFY(QTest::qWaitFor([fallback] { return fallback->isVisible(); }, 10'000));
    answerNextMessageBox(QMessageBox::No);
    click(u"storeInFileButton"_s);
    QTest::qWait(50);
    QVERIFY(!QFile::exists(m_secrets->keyFilePath()));
    QVERIFY(fallback->isVisible());

    answerNextMessageBox(QMessageBox::Yes);
    click(u"storeInFileButton"_s);
    QVERIFY(QTest::qWaitFor([fallback] { return !fallback->isVisible(); }, 5'000));
    QVERIFY(QFile::exists(m_secrets->keyFilePath()));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(m_secrets->keyFilePath()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    QCOMPARE(filesContaining("sk-in-a-file-222222"), QStringList{m_secrets->keyFilePath()});
    const GatewayProfile second = m_settings->profiles().at(1);
    QCOMPARE(second.keyLocation, KeyLocation::File);
    QCOMPARE(SecretStore::waitFor(m_secrets->lookup(second)).secret, u"sk-in-a-file-222222"_s);
    QVERIFY(find<QLabel>(u"keySourceLabel"_s)->text().contains(u"not encrypted"_s));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
