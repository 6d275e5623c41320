#include "languagemanager.h"
#include "mockserverprocess.h"
#include "pricetableeditor.h"
#include "settings/secretstore.h"
#include "settings/settings.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
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
    void keyChangedLineGoesAfterApply();
    void applyOnTheGeneralPageStaysThere();
    void fallbackTextFitsInBothLanguages();

    void pricesShowTheListPricesForAFreshProfile();
    void editedPricesAndBudgetAreSavedWithTheProfile();
    void invalidPricesAreShownAndNotSaved_data();
    void invalidPricesAreShownAndNotSaved();
    void perCallPriceRoundTrips();
    void eachProfileKeepsItsOwnPrices();
    void resetRestoresTheListPrices();
    void pricesRetranslateOnLanguageChange();
    void pricesPageHasNoShortcutClash();

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
    // The Prices sub-tab of the gateway page, clicked open.
    void showPrices();
    QTableWidget* priceTable() { return find<QTableWidget>(u"priceTableWidget"_s); }
    // What a cell shows, as the table draws it.
    QString cellText(int row, int column);
    // Double-clicks a cell open; its editor, or nullptr.
    QWidget* openCell(int row, int column);
    // Types into an open cell editor and presses Return.
    void typeIntoCell(int row, int column, const QString& text);
    void editCell(int row, int column, const QString& text);
    void typeAmount(const QString& spinBoxName, const QString& text);
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
    if (real() && !qEnvironmentVariableIsSet("VIDEOREMIX_TEST_PRIVATE_KEYRING")) {
        // Set by tests/CMakeLists.txt where the tools for a private keyring are missing.
        const QString missing = qEnvironmentVariable("VIDEOREMIX_TEST_KEYRING_MISSING");
        if (!missing.isEmpty())
            QSKIP(qPrintable(u"The real keychain is not tested: install %1."_s.arg(missing)));
        QFAIL("run under tests/support/run-with-keyring.sh");
    }
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

void TestSettingsDialog::showPrices() {
    auto* tabs = find<QTabWidget>(u"profileTabWidget"_s);
    QVERIFY(tabs);
    const int index = tabs->indexOf(find<QWidget>(u"pricesPage"_s));
    QVERIFY(index >= 0);
    QTabBar* bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(tabs->currentIndex(), index);
    QVERIFY(priceTable()->isVisible());
}

QString TestSettingsDialog::cellText(int row, int column) {
    QTableWidget* table = priceTable();
    const QModelIndex index = table->model()->index(row, column);
    auto* delegate = qobject_cast<QStyledItemDelegate*>(table->itemDelegateForIndex(index));
    return delegate ? delegate->displayText(index.data(), table->locale()) : QString();
}

QWidget* TestSettingsDialog::openCell(int row, int column) {
    QTableWidget* table = priceTable();
    const QModelIndex index = table->model()->index(row, column);
    table->scrollTo(index);
    const QPoint at = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    return table->indexWidget(index);
}

void TestSettingsDialog::typeIntoCell(int row, int column, const QString& text) {
    QTableWidget* table = priceTable();
    const QModelIndex index = table->model()->index(row, column);
    auto* edit = qobject_cast<QLineEdit*>(table->indexWidget(index));
    QVERIFY2(edit, "the cell is not open");
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([table, index] { return !table->indexWidget(index); }, 2'000));
    QVERIFY(m_dialog->isVisible()); // Return closes the cell, not the dialog
    // The offscreen platform does not give the activation back after the model
    // name's completer popup closes; a desktop does.
    if (!QApplication::activeWindow()) {
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }
}

void TestSettingsDialog::editCell(int row, int column, const QString& text) {
    QVERIFY(openCell(row, column));
    typeIntoCell(row, column, text);
}

void TestSettingsDialog::typeAmount(const QString& spinBoxName, const QString& text) {
    auto* spin = find<QDoubleSpinBox>(spinBoxName);
    QVERIFY(spin);
    QVERIFY(spin->isEnabled());
    spin->setFocus();
    spin->selectAll();
    QTest::keyClick(spin, Qt::Key_Backspace);
    QTest::keyClicks(spin, text);
}

void TestSettingsDialog::addsProfileAndKeepsItsKeyInTheKeychain() {
    if (!real())
        QSKIP("runs in tst_settingsdialog_keychain, against a private keyring");
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
    // Said plainly, with nothing that reads as an error: the probe's "not found" is the proof.
    QVERIFY2(result->text().startsWith(u"Connected to 127.0.0.1: the gateway answered"_s),
             qPrintable(result->text()));
    QVERIFY2(!result->text().contains(u"not found"_s, Qt::CaseInsensitive),
             qPrintable(result->text()));
    QVERIFY(!result->text().contains(ConnectionTester::probeVideoId()));
    QVERIFY(result->text().contains(u"Nothing was created and nothing was charged"_s));

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
        QSKIP("runs in tst_settingsdialog_unavailable, without a secret service");
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

void TestSettingsDialog::keyChangedLineGoesAfterApply() {
    openDialog();
    selectRow(0);
    QLabel* source = find<QLabel>(u"keySourceLabel"_s);
    replaceText(u"apiKeyLineEdit"_s, u"sk-applied-333333"_s);
    QVERIFY(source->text().contains(u"Key changed"_s));
    clickDialogButton(QDialogButtonBox::Apply);
    if (real()) {
        QVERIFY(
            QTest::qWaitFor([source] { return source->text().contains(u"keychain"_s); }, 10'000));
    } else {
        QWidget* fallback = find<QWidget>(u"keyFallbackFrame"_s);
        QVERIFY(QTest::qWaitFor([fallback] { return fallback->isVisible(); }, 10'000));
    }
    // Applied: no longer "stored when you apply".
    QVERIFY2(!source->text().contains(u"Key changed"_s), qPrintable(source->text()));
}

void TestSettingsDialog::applyOnTheGeneralPageStaysThere() {
    openDialog();
    selectRow(0);
    replaceText(u"apiKeyLineEdit"_s, u"sk-general-444444"_s);
    auto* pages = find<QTabWidget>(u"pagesTabWidget"_s);
    QTabBar* tabs = pages->tabBar();
    const int general = pages->indexOf(find<QWidget>(u"generalPage"_s));
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(general).center());
    QCOMPARE(pages->currentIndex(), general);
    toggle(u"notificationsCheckBox"_s);
    QSignalSpy stored(m_dialog.get(), &SettingsDialog::keyStored);
    clickDialogButton(QDialogButtonBox::Apply);
    QVERIFY(m_dialog->pendingKeyWrites() > 0 || stored.count() > 0 ||
            find<QLabel>(u"validationLabel"_s)->isVisible());
    QVERIFY(QTest::qWaitFor([this] { return m_dialog->pendingKeyWrites() == 0; }, 10'000));
    QCOMPARE(pages->currentIndex(), general);
    QCOMPARE(m_settings->notificationsEnabled(), false);
    if (!real()) {
        // The key has nowhere to go yet: said here, with where to choose.
        QLabel* problem = find<QLabel>(u"validationLabel"_s);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"Gateways"_s), qPrintable(problem->text()));
    }
}

void TestSettingsDialog::fallbackTextFitsInBothLanguages() {
    if (real())
        QSKIP("needs a machine without a secret service");
    LanguageManager languages;
    languages.setLanguage(UiLanguage::English);
    openDialog();
    m_dialog->resize(700, 560); // a small screen's dialog
    selectRow(0);
    replaceText(u"apiKeyLineEdit"_s, u"sk-fits-555555"_s);
    clickDialogButton(QDialogButtonBox::Apply);
    QWidget* fallback = find<QWidget>(u"keyFallbackFrame"_s);
    QVERIFY(QTest::qWaitFor([fallback] { return fallback->isVisible(); }, 10'000));

    const auto fits = [this](const QString& labelName) {
        QLabel* label = find<QLabel>(labelName);
        QCoreApplication::processEvents(); // the layout settles
        const int needed = label->heightForWidth(label->width());
        if (label->height() < needed)
            qWarning("%s: %d px high, needs %d for: %s", qPrintable(labelName), label->height(),
                     needed, qPrintable(label->text()));
        return label->height() >= needed;
    };
    QVERIFY(find<QLabel>(u"keyFallbackLabel"_s)->text().endsWith(u"not encrypted."_s));
    // The system's words are under the pointer, not inside the sentence.
    QLabel* source = find<QLabel>(u"keySourceLabel"_s);
    QVERIFY2(source->text().contains(u"The system keychain is not available. The key can be"_s),
             qPrintable(source->text()));
    const QString detail = source->toolTip().section(u": "_s, 1);
    if (!detail.isEmpty())
        QVERIFY2(!source->text().contains(detail), qPrintable(source->text()));
    QVERIFY(fits(u"keyFallbackLabel"_s));
    QVERIFY(fits(u"keySourceLabel"_s));

    languages.setLanguage(UiLanguage::Chinese);
    QTRY_VERIFY(find<QLabel>(u"keyFallbackLabel"_s)->text().contains(u"系统密钥环"_s));
    QVERIFY(find<QLabel>(u"keyFallbackLabel"_s)->text().contains(u"（关闭"_s));
    QVERIFY(fits(u"keyFallbackLabel"_s));
    QVERIFY(fits(u"keySourceLabel"_s));
    languages.setLanguage(UiLanguage::English);
}

void TestSettingsDialog::pricesShowTheListPricesForAFreshProfile() {
    openDialog();
    click(u"addProfileButton"_s);
    showPrices();
    QTableWidget* table = priceTable();
    QCOMPARE(table->rowCount(), 3);
    const QList<std::tuple<QString, SizeClass, QString>> expected{
        {u"sora-2"_s, SizeClass::Standard, u"0.10"_s},
        {u"sora-2-pro"_s, SizeClass::Standard, u"0.30"_s},
        {u"sora-2-pro"_s, SizeClass::Tall, u"0.50"_s},
    };
    for (int row = 0; row < 3; ++row) {
        const auto& [model, sizeClass, price] = expected.at(row);
        QCOMPARE(cellText(row, PriceTableEditor::ModelColumn), model);
        QCOMPARE(cellText(row, PriceTableEditor::SizeClassColumn),
                 PriceTable::sizeClassName(sizeClass));
        QCOMPARE(cellText(row, PriceTableEditor::PriceColumn), price);
    }
    QCOMPARE(find<QLineEdit>(u"currencyLineEdit"_s)->text(), u"USD"_s);
    QVERIFY(table->horizontalHeaderItem(PriceTableEditor::PriceColumn)->text().contains(u"USD"_s));
    QVERIFY(!find<QCheckBox>(u"perCallCheckBox"_s)->isChecked());
    QVERIFY(!find<QDoubleSpinBox>(u"perCallSpinBox"_s)->isEnabled());
    QVERIFY(!find<QCheckBox>(u"budgetCheckBox"_s)->isChecked());
    QVERIFY(!find<QDoubleSpinBox>(u"budgetSpinBox"_s)->isEnabled());
    QVERIFY(!find<QLabel>(u"priceProblemLabel"_s)->isVisible());
    QCOMPARE(m_dialog->workingProfiles().last().prices, PriceTable::defaults());
    QCOMPARE(m_dialog->workingProfiles().last().monthlyBudget, std::nullopt);
}

void TestSettingsDialog::editedPricesAndBudgetAreSavedWithTheProfile() {
    openDialog();
    selectRow(0);
    showPrices();
    editCell(0, PriceTableEditor::PriceColumn, u"0.12"_s);
    QCOMPARE(cellText(0, PriceTableEditor::PriceColumn), u"0.12"_s);

    // Add Row opens the new row's model cell for typing.
    click(u"addRowButton"_s);
    QTableWidget* table = priceTable();
    QCOMPARE(table->rowCount(), 4);
    typeIntoCell(3, PriceTableEditor::ModelColumn, u"sora-3"_s);
    auto* sizeClass = qobject_cast<QComboBox*>(openCell(3, PriceTableEditor::SizeClassColumn));
    QVERIFY(sizeClass);
    QCOMPARE(sizeClass->count(), 3);
    QTest::keyClick(sizeClass, Qt::Key_End);
    QTest::keyClick(sizeClass, Qt::Key_Return);
    QVERIFY(QTest::qWaitFor([table] { return !table->indexWidget(table->model()->index(3, 1)); },
                            2'000));
    QCOMPARE(cellText(3, PriceTableEditor::SizeClassColumn),
             PriceTable::sizeClassName(SizeClass::FullHd));
    editCell(3, PriceTableEditor::PriceColumn, u"0.7525"_s);
    QCOMPARE(cellText(3, PriceTableEditor::PriceColumn), u"0.7525"_s);

    toggle(u"budgetCheckBox"_s);
    QVERIFY(find<QDoubleSpinBox>(u"budgetSpinBox"_s)->hasFocus());
    typeAmount(u"budgetSpinBox"_s, u"250"_s);
    QVERIFY(!find<QLabel>(u"priceProblemLabel"_s)->isVisible());

    clickDialogButton(QDialogButtonBox::Ok);
    QVERIFY(QTest::qWaitFor([this] { return !m_dialog->isVisible(); }, 5'000));

    const QList<GatewayProfile> profiles = m_settings->profiles();
    QCOMPARE(profiles.size(), 2);
    const PriceTable& prices = profiles.at(0).prices;
    QCOMPARE(prices.rows.size(), 4);
    QCOMPARE(prices.perSecond(u"sora-2"_s, SizeClass::Standard), 0.12);
    QCOMPARE(prices.perSecond(u"sora-2-pro"_s, SizeClass::Standard), 0.30);
    QCOMPARE(prices.perSecond(u"sora-2-pro"_s, SizeClass::Tall), 0.50);
    QCOMPARE(prices.perSecond(u"sora-3"_s, SizeClass::FullHd), 0.7525);
    QCOMPARE(prices.perSecond(u"sora-3"_s, SizeClass::Standard), std::nullopt);
    QCOMPARE(prices.currency, u"USD"_s);
    QCOMPARE(prices.perCall, std::nullopt);
    QCOMPARE(profiles.at(0).monthlyBudget, 250.0);
    QCOMPARE(profiles.at(1).prices, PriceTable::defaults());
    QCOMPARE(profiles.at(1).monthlyBudget, std::nullopt);

    // Opened again, the dialog shows what was stored.
    openDialog();
    selectRow(0);
    showPrices();
    QCOMPARE(priceTable()->rowCount(), 4);
    QCOMPARE(cellText(0, PriceTableEditor::PriceColumn), u"0.12"_s);
    QCOMPARE(cellText(3, PriceTableEditor::ModelColumn), u"sora-3"_s);
    QVERIFY(find<QCheckBox>(u"budgetCheckBox"_s)->isChecked());
    QCOMPARE(find<QDoubleSpinBox>(u"budgetSpinBox"_s)->value(), 250.0);
    QCOMPARE(find<QDoubleSpinBox>(u"budgetSpinBox"_s)->suffix(), u" USD"_s);
}

void TestSettingsDialog::invalidPricesAreShownAndNotSaved_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("problem");
    QTest::newRow("negative price") << u"price -0.5"_s << u"cannot be negative"_s;
    QTest::newRow("two-letter currency") << u"currency US"_s << u"three-letter code"_s;
    QTest::newRow("no currency") << u"currency "_s << u"three-letter code"_s;
    QTest::newRow("model with a space") << u"model sora 2"_s << u"without spaces"_s;
    QTest::newRow("two prices for one class") << u"model sora-2-pro"_s << u"two prices"_s;
}

void TestSettingsDialog::invalidPricesAreShownAndNotSaved() {
    QFETCH(QString, change);
    QFETCH(QString, problem);
    const QList<GatewayProfile> before = m_settings->profiles();
    openDialog();
    selectRow(0);
    showPrices();
    QLabel* priceProblems = find<QLabel>(u"priceProblemLabel"_s);
    QVERIFY(!priceProblems->isVisible());

    const QString what = change.section(u' ', 0, 0);
    const QString value = change.section(u' ', 1);
    if (what == u"price"_s)
        editCell(0, PriceTableEditor::PriceColumn, value);
    else if (what == u"currency"_s)
        replaceText(u"currencyLineEdit"_s, value);
    else
        editCell(0, PriceTableEditor::ModelColumn, value);

    // Said at once, in the problem colour, under the table.
    QVERIFY(priceProblems->isVisible());
    QVERIFY2(priceProblems->text().contains(problem), qPrintable(priceProblems->text()));
    QVERIFY(priceProblems->palette().color(QPalette::WindowText) !=
            m_dialog->palette().color(QPalette::WindowText));

    // OK refuses, as for any invalid field, and names the profile.
    clickDialogButton(QDialogButtonBox::Ok);
    QVERIFY(m_dialog->isVisible());
    QLabel* problems = find<QLabel>(u"validationLabel"_s);
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(u"jxincm: "_s), qPrintable(problems->text()));
    QVERIFY(problems->text().contains(problem));
    clickDialogButton(QDialogButtonBox::Apply);
    QVERIFY(m_settings->profiles() == before);

    // Put right, it saves.
    if (what == u"price"_s)
        editCell(0, PriceTableEditor::PriceColumn, u"0.1"_s);
    else if (what == u"currency"_s)
        replaceText(u"currencyLineEdit"_s, u"USD"_s);
    else
        editCell(0, PriceTableEditor::ModelColumn, u"sora-2"_s);
    QVERIFY(!priceProblems->isVisible());
    clickDialogButton(QDialogButtonBox::Apply);
    QVERIFY(!problems->isVisible());
    QCOMPARE(m_settings->profiles().at(0).prices, PriceTable::defaults());
}

void TestSettingsDialog::perCallPriceRoundTrips() {
    openDialog();
    selectRow(1);
    showPrices();
    QLineEdit* currency = find<QLineEdit>(u"currencyLineEdit"_s);
    currency->setFocus();
    currency->selectAll();
    QTest::keyClicks(currency, u"cny"_s);
    QCOMPARE(currency->text(), u"CNY"_s);
    toggle(u"perCallCheckBox"_s);
    QVERIFY(find<QDoubleSpinBox>(u"perCallSpinBox"_s)->hasFocus());
    // Billed per call, the per-second prices are kept but out of use.
    QVERIFY(!priceTable()->isEnabled());
    QVERIFY(!find<QPushButton>(u"addRowButton"_s)->isEnabled());
    typeAmount(u"perCallSpinBox"_s, u"0.8"_s);
    clickDialogButton(QDialogButtonBox::Ok);
    QVERIFY(QTest::qWaitFor([this] { return !m_dialog->isVisible(); }, 5'000));

    PriceTable stored = m_settings->profiles().at(1).prices;
    QCOMPARE(stored.perCall, 0.8);
    QCOMPARE(stored.currency, u"CNY"_s);
    QCOMPARE(stored.rows, PriceTable::defaults().rows);

    openDialog();
    selectRow(1);
    showPrices();
    QVERIFY(find<QCheckBox>(u"perCallCheckBox"_s)->isChecked());
    auto* perCall = find<QDoubleSpinBox>(u"perCallSpinBox"_s);
    QCOMPARE(perCall->value(), 0.8);
    QCOMPARE(perCall->text(), u"0.80 CNY"_s);
    QVERIFY(!priceTable()->isEnabled());
    toggle(u"perCallCheckBox"_s);
    QVERIFY(priceTable()->isEnabled());
    clickDialogButton(QDialogButtonBox::Apply);
    stored = m_settings->profiles().at(1).prices;
    QCOMPARE(stored.perCall, std::nullopt);
    QCOMPARE(stored.currency, u"CNY"_s);
}

void TestSettingsDialog::eachProfileKeepsItsOwnPrices() {
    const QList<GatewayProfile> before = m_settings->profiles();
    openDialog();
    selectRow(0);
    showPrices();
    editCell(0, PriceTableEditor::PriceColumn, u"0.2"_s);
    selectRow(1);
    QCOMPARE(cellText(0, PriceTableEditor::PriceColumn), u"0.10"_s);
    toggle(u"budgetCheckBox"_s);
    typeAmount(u"budgetSpinBox"_s, u"40"_s);
    selectRow(0);
    QCOMPARE(cellText(0, PriceTableEditor::PriceColumn), u"0.20"_s);
    QVERIFY(!find<QCheckBox>(u"budgetCheckBox"_s)->isChecked());
    selectRow(1);
    QVERIFY(find<QCheckBox>(u"budgetCheckBox"_s)->isChecked());
    QCOMPARE(find<QDoubleSpinBox>(u"budgetSpinBox"_s)->value(), 40.0);

    QCOMPARE(m_dialog->workingProfiles().at(0).prices.perSecond(u"sora-2"_s, SizeClass::Standard),
             0.2);
    QCOMPARE(m_dialog->workingProfiles().at(0).monthlyBudget, std::nullopt);
    QCOMPARE(m_dialog->workingProfiles().at(1).monthlyBudget, 40.0);
    clickDialogButton(QDialogButtonBox::Cancel);
    QVERIFY(m_settings->profiles() == before);
}

void TestSettingsDialog::resetRestoresTheListPrices() {
    openDialog();
    selectRow(0);
    showPrices();
    QTableWidget* table = priceTable();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(1, 0)).center());
    click(u"removeRowButton"_s);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(cellText(1, PriceTableEditor::SizeClassColumn),
             PriceTable::sizeClassName(SizeClass::Tall));
    replaceText(u"currencyLineEdit"_s, u"EUR"_s);
    toggle(u"budgetCheckBox"_s);
    typeAmount(u"budgetSpinBox"_s, u"90"_s);
    toggle(u"perCallCheckBox"_s);
    click(u"resetPricesButton"_s);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(find<QLineEdit>(u"currencyLineEdit"_s)->text(), u"USD"_s);
    QVERIFY(!find<QCheckBox>(u"perCallCheckBox"_s)->isChecked());
    QVERIFY(find<QCheckBox>(u"budgetCheckBox"_s)->isChecked()); // the budget is not a price
    clickDialogButton(QDialogButtonBox::Apply);
    QCOMPARE(m_settings->profiles().at(0).prices, PriceTable::defaults());
    QCOMPARE(m_settings->profiles().at(0).monthlyBudget, 90.0);
}

void TestSettingsDialog::pricesRetranslateOnLanguageChange() {
    openDialog();
    selectRow(0);
    showPrices();
    editCell(0, PriceTableEditor::PriceColumn, u"-1"_s);
    QPushButton* add = find<QPushButton>(u"addRowButton"_s);
    QLabel* priceProblems = find<QLabel>(u"priceProblemLabel"_s);
    QTableWidgetItem* sizeClass = priceTable()->item(2, PriceTableEditor::SizeClassColumn);
    add->setText(u"stale"_s);
    priceProblems->setText(u"stale"_s);
    sizeClass->setText(u"stale"_s);
    QSignalSpy changed(find<PriceTableEditor>(u"priceTableEditor"_s), &PriceTableEditor::changed);
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(m_dialog.get(), &change);
    QCOMPARE(add->text(), u"Add ro&w"_s);
    QCOMPARE(sizeClass->text(), PriceTable::sizeClassName(SizeClass::Tall));
    QVERIFY(priceProblems->text().contains(u"cannot be negative"_s));
    QCOMPARE(priceTable()->rowCount(), 3);
    QCOMPARE(cellText(0, PriceTableEditor::PriceColumn), u"-1.00"_s);
    QCOMPARE(changed.count(), 0); // worded again, not edited
}

void TestSettingsDialog::pricesPageHasNoShortcutClash() {
    openDialog();
    showPrices();
    static const QRegularExpression mnemonic(u"(?:^|[^&])&([^&\\s])"_s);
    QMultiMap<QChar, QString> shortcuts;
    const auto add = [&shortcuts](const QString& text) {
        if (const QRegularExpressionMatch match = mnemonic.match(text); match.hasMatch())
            shortcuts.insert(match.captured(1).at(0).toLower(), text);
    };
    for (QWidget* widget : m_dialog->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(m_dialog.get()))
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text());
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            add(label->text());
        else if (auto* tabs = qobject_cast<QTabWidget*>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
    }
    for (const QChar key : shortcuts.uniqueKeys())
        QVERIFY2(shortcuts.count(key) == 1,
                 qPrintable(QStringList(shortcuts.values(key)).join(u", "_s)));
    QVERIFY(shortcuts.contains(u'w')); // Add row
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
