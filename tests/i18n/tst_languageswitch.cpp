// The language switches live: the main window and the settings dialog, while
// open, show every text in the chosen language (Qt's own OK / Cancel and
// context menus included), and the error banner puts the gateway's message in
// that language first. Driven through the real widgets against the real mock.
#include "errorbanner.h"
#include "jobs/jobhistorymodel.h"
#include "jobs/joblibrary.h"
#include "jobs/jobstore.h"
#include "languagemanager.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "mockserverprocess.h"
#include "settings/secretstore.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "videoplayerloader.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

bool hasChinese(const QString& text) {
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

// What may stay in Latin letters in the Chinese UI: data (IDs, URLs, sizes,
// paths, numbers) and a short list of names. Everything else is English left over.
QString englishLeftIn(const QString& text, const QStringList& userData = {}) {
    static const QSet<QString> names{u"VideoRemix"_s, u"API"_s,    u"URL"_s, u"HTTP"_s, u"HTTPS"_s,
                                     u"MP4"_s,        u"curl"_s,   u"ID"_s,  u"Ctrl"_s, u"Enter"_s,
                                     u"Esc"_s,        u"SOCKS5"_s, u"CA"_s,  u"PEM"_s,  u"Qt"_s,
                                     u"English"_s,    u"MiB"_s,    u"JSON"_s};
    static const QList<QRegularExpression> data{
        QRegularExpression(u"[a-z][a-z0-9+.-]*://\\S*"_s),           // URLs
        QRegularExpression(u"\\b(video|vid|task)_[A-Za-z0-9_-]*"_s), // video IDs
        QRegularExpression(u"(?<![A-Za-z])/[^\\s，。：]*"_s),        // paths
        QRegularExpression(u"\\S+\\.(mp4|webp|jpg|png)\\b"_s),       // file names
        QRegularExpression(u"\\b\\d+x\\d+\\b"_s),                    // sizes
        QRegularExpression(u"\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b"_s),    // environment variables
        QRegularExpression(u"\\bsora[\\w.-]*"_s),                    // model names
        // The system's own words, quoted in ours: D-Bus speaks no Chinese.
        QRegularExpression(u"（Could not connect:[^）]*）"_s),
        QRegularExpression(u"原因（[^）]*）"_s), // "the system's reason (...)", as it said it
    };
    QString rest = text;
    for (const QString& name : userData)
        rest.remove(name);
    for (const QRegularExpression& pattern : data)
        rest.remove(pattern);
    static const QRegularExpression word(u"[A-Za-z][A-Za-z0-9]+"_s);
    for (const QRegularExpressionMatch& match : word.globalMatch(rest)) {
        if (!names.contains(match.captured(0)))
            return match.captured(0);
    }
    return {};
}

// Every text a user can see in `root` now: labels, buttons, titles, placeholders,
// tooltips, combo items, tab names, menus and the items of lists, keyed by where.
QMap<QString, QString> visibleTexts(QWidget* root) {
    QMap<QString, QString> texts;
    const auto put = [&texts](const QString& where, const QString& text) {
        if (!text.trimmed().isEmpty())
            texts.insert(where, text);
    };
    const auto nameOf = [](const QObject* object) {
        QString name = object->objectName();
        for (const QObject* p = object->parent(); p; p = p->parent()) {
            if (!p->objectName().isEmpty())
                name = p->objectName() + u'/' + name;
        }
        return name;
    };
    std::function<void(const QString&, QMenu*)> walkMenu = [&](const QString& where, QMenu* menu) {
        put(where + u"#title"_s, menu->title());
        const QList<QAction*> actions = menu->actions();
        for (qsizetype i = 0; i < actions.size(); ++i) {
            QAction* action = actions.at(i);
            if (!action->isVisible() || action->isSeparator())
                continue;
            const QString at =
                where + u'>' +
                (action->objectName().isEmpty() ? QString::number(i) : action->objectName());
            if (action->menu())
                walkMenu(at, action->menu());
            else
                put(at, action->text());
        }
    };

    put(u"windowTitle"_s, root->windowTitle());
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : std::as_const(widgets)) {
        if (!widget->isVisibleTo(root) || qobject_cast<QMenu*>(widget))
            continue;
        const QString where = nameOf(widget);
        put(where + u"#toolTip"_s, widget->toolTip());
        if (auto* push = qobject_cast<QPushButton*>(widget); push && push->menu())
            walkMenu(where + u"#menu"_s, push->menu());
        if (auto* label = qobject_cast<QLabel*>(widget))
            put(where, label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            put(where, button->text());
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            put(where, box->title());
        else if (auto* line = qobject_cast<QLineEdit*>(widget))
            put(where + u"#placeholder"_s, line->placeholderText());
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
            put(where + u"#placeholder"_s, plain->placeholderText());
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                put(where + u"#item"_s + QString::number(i), combo->itemText(i));
        }
        if (auto* spin = qobject_cast<QSpinBox*>(widget))
            put(where + u"#suffix"_s, spin->suffix());
        if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                put(where + u"#tab"_s + QString::number(i), tabs->tabText(i));
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            const QAbstractItemModel* model = view->model();
            const QHash<int, QByteArray> roles = model->roleNames();
            for (int row = 0; row < std::min(model->rowCount(), 20); ++row) {
                const QModelIndex index = model->index(row, 0);
                // The translated roles of the job history: status and expiry.
                for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
                    if (it.value().endsWith("Text"))
                        put(where + u"#row%1."_s.arg(row) + QString::fromLatin1(it.value()),
                            index.data(it.key()).toString());
                }
                put(where + u"#row%1.accessible"_s.arg(row),
                    index.data(Qt::AccessibleTextRole).toString());
            }
        }
        if (auto* bar = qobject_cast<QMenuBar*>(widget)) {
            for (QAction* action : bar->actions()) {
                if (action->menu())
                    walkMenu(where + u'>' + action->menu()->objectName(), action->menu());
            }
        }
    }
    return texts;
}

// Alt+letter shortcuts of the controls on show in `root` (menu bar titles, buttons,
// labels with a buddy, tabs), by letter: two controls on one letter reach neither.
QMultiMap<QChar, QString> visibleShortcuts(QWidget* root) {
    QMultiMap<QChar, QString> shortcuts;
    static const QRegularExpression mnemonic(u"(?:^|[^&])&([^&\\s])"_s);
    const auto add = [&shortcuts](const QString& text, const QString& where) {
        if (const QRegularExpressionMatch match = mnemonic.match(text); match.hasMatch())
            shortcuts.insert(match.captured(1).at(0).toLower(), where + u" \""_s + text + u'"');
    };
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(root)) // disabled ones too: they wake up
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text(), button->objectName());
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            add(label->text(), label->objectName());
        else if (auto* bar = qobject_cast<QMenuBar*>(widget)) {
            for (QAction* action : bar->actions())
                add(action->text(), u"menu"_s);
        } else if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), tabs->objectName());
        }
    }
    return shortcuts;
}

QStringList shortcutClashes(QWidget* root) {
    const QMultiMap<QChar, QString> shortcuts = visibleShortcuts(root);
    QStringList clashes;
    for (const QChar key : shortcuts.uniqueKeys()) {
        if (shortcuts.count(key) > 1)
            clashes << u"Alt+%1: %2"_s.arg(key.toUpper(), shortcuts.values(key).join(u", "_s));
    }
    return clashes;
}

// Source text -> its Chinese translations, from the committed catalogue.
QMultiHash<QString, QString> chineseCatalogue() {
    QMultiHash<QString, QString> catalogue;
    QFile file(QStringLiteral(VIDEOREMIX_TRANSLATIONS_DIR) + u"/videoremix_zh_CN.ts"_s);
    if (!file.open(QIODevice::ReadOnly))
        return catalogue;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source"_s)
            source = xml.readElementText();
        else if (xml.name() == u"translation"_s && !xml.attributes().hasAttribute(u"type"_s))
            catalogue.insert(source, xml.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    return catalogue;
}

} // namespace

class TestLanguageSwitch final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void mainWindowSwitchesLiveFromTheViewMenu();
    void settingsDialogSwitchesLiveWhileOpen();
    void settingsDialogKeepsAChoiceMadeInTheViewMenu();
    void menuChoiceEndsACommandLineOverride();
    void noTwoControlsShareAShortcutInEitherLanguage();
    void qtStandardTextsFollowTheLanguage();
    void bannerPutsTheUiLanguageFirst_data();
    void bannerPutsTheUiLanguageFirst();
    void bannerWordsItsOwnMessagesAgain();
    void firstRunFollowsTheSystemLocale_data();
    void firstRunFollowsTheSystemLocale();

private:
    // Every text of the English UI is gone from the Chinese one: the catalogue's
    // translation where the text is a whole message, else Chinese, with only the
    // allowed names and data left in Latin letters.
    void verifyChinese(const QMap<QString, QString>& english,
                       const QMap<QString, QString>& chinese);
    void switchTo(Settings::LanguageChoice choice);
    void submitRemix();
    // A remix that completes and is downloaded: every part of the details on show.
    void submitAndWaitForTheResult();

    MockServerProcess m_mock;
    QTemporaryDir m_dir;
    QMultiHash<QString, QString> m_catalogue;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<JobLibrary> m_library;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

void TestLanguageSwitch::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_mock.start());
    m_catalogue = chineseCatalogue();
    QVERIFY2(m_catalogue.size() > 100, "the Chinese catalogue was not found");
}

void TestLanguageSwitch::init() {
    QVERIFY(m_mock.reset());
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 600}}));
    static int run = 0;
    const QString dir = m_dir.filePath(QString::number(++run));
    m_settings = std::make_unique<Settings>(dir + u"/videoremix.conf"_s);
    m_settings->setLanguageChoice(Settings::LanguageChoice::English);
    m_secrets = std::make_unique<SecretStore>(dir);
    m_store = std::make_unique<JobStore>(dir + u"/jobs.sqlite"_s);
    m_library = std::make_unique<JobLibrary>(m_store.get());
    m_library->setDownloadFolder(dir + u"/downloads"_s);
    m_languages = std::make_unique<LanguageManager>();
    m_languages->setSettings(m_settings.get());
    QCOMPARE(m_languages->language(), UiLanguage::English);

    m_window = std::make_unique<MainWindow>(m_languages.get(), m_library.get());
    GatewaySetup gateway;
    gateway.profileId = u"mock"_s;
    gateway.label = u"Mock"_s;
    gateway.config = ClientConfig::forGateway(m_mock.baseUrl(), m_mock.apiKey());
    gateway.keySource = KeySource::Keychain;
    gateway.pollIntervalMs = 150;
    m_window->setGateway(gateway);
    m_window->resize(1100, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLanguageSwitch::cleanup() {
    m_window.reset();
    m_languages.reset();
    m_library.reset();
    m_store.reset();
    m_secrets.reset();
    m_settings.reset();
}

void TestLanguageSwitch::switchTo(Settings::LanguageChoice choice) {
    auto* menu = m_window->findChild<LanguageMenu*>(u"languageMenu"_s);
    QVERIFY(menu);
    QAction* action = menu->actionFor(choice);
    QVERIFY(action);
    action->trigger();
    QCOMPARE(m_settings->languageChoice(), choice);
    QVERIFY(action->isChecked());
    QApplication::processEvents();
}

void TestLanguageSwitch::submitRemix() {
    auto* videoId = m_window->findChild<QLineEdit*>(u"videoIdLineEdit"_s);
    auto* prompt = m_window->findChild<QPlainTextEdit*>(u"promptTextEdit"_s);
    auto* remix = m_window->findChild<QPushButton*>(u"submitPushButton"_s);
    auto* modes = m_window->findChild<QTabBar*>(u"modeTabBar"_s);
    QVERIFY(videoId && prompt && remix && modes);
    QTest::mouseClick(modes, Qt::LeftButton, {}, modes->tabRect(1).center());
    videoId->setText(u"video_demo_source"_s);
    prompt->setPlainText(u"让背景变成紫色"_s);
    QTRY_VERIFY(remix->isEnabled());
    QTest::mouseClick(remix, Qt::LeftButton);
}

void TestLanguageSwitch::submitAndWaitForTheResult() {
    submitRemix();
    const JobHistoryModel* history = m_window->historyModel();
    QVERIFY(history);
    QTRY_VERIFY_WITH_TIMEOUT(
        history->rowCount() > 0 &&
            history->index(0, 0).data(JobHistoryModel::DownloadedRole).toBool(),
        20000);
    QCOMPARE(history->index(0, 0).data(JobHistoryModel::StateRole).toInt(),
             int(JobState::Completed));
    QApplication::processEvents();
}

void TestLanguageSwitch::verifyChinese(const QMap<QString, QString>& english,
                                       const QMap<QString, QString>& chinese) {
    // Names the user gave (profiles, the gateway's label) are theirs, in any language.
    QStringList userData{u"Mock"_s};
    for (const GatewayProfile& profile : m_settings->profiles())
        userData << profile.name;
    QStringList problems;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        const QString before = it.value();
        if (!chinese.contains(it.key())) {
            problems << it.key() + u": gone after the switch"_s;
            continue;
        }
        const QString after = chinese.value(it.key());
        // The window title names the product in both languages (checked by the callers).
        if (m_catalogue.contains(before) && it.key() != u"windowTitle"_s) {
            const QStringList expected = m_catalogue.values(before);
            if (!expected.contains(after))
                problems << u"%1: \"%2\" became \"%3\", not \"%4\""_s.arg(it.key(), before, after,
                                                                          expected.first());
        } else if (const QString word = englishLeftIn(after, userData); !word.isEmpty()) {
            problems << u"%1: \"%2\" still has \"%3\""_s.arg(it.key(), after, word);
        }
    }
    for (auto it = chinese.cbegin(); it != chinese.cend(); ++it) {
        if (const QString word = englishLeftIn(it.value(), userData); !word.isEmpty())
            problems << u"%1: \"%2\" has \"%3\""_s.arg(it.key(), it.value(), word);
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestLanguageSwitch::mainWindowSwitchesLiveFromTheViewMenu() {
    // A finished job: its status, expiry and details in the history and the details.
    submitAndWaitForTheResult();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    const QMap<QString, QString> english = visibleTexts(m_window.get());
    QVERIFY(english.size() > 30);
    QCOMPARE(english.value(u"windowTitle"_s), u"VideoRemix"_s);

    switchTo(Settings::LanguageChoice::Chinese);
    QCOMPARE(m_languages->language(), UiLanguage::Chinese);
    const QMap<QString, QString> chinese = visibleTexts(m_window.get());
    QCOMPARE(chinese.value(u"windowTitle"_s), u"VideoRemix 视频重制"_s);
    QVERIFY(chinese.values().contains(u"已完成"_s));
    QVERIFY(chinese.values().contains(u"视图(&V)"_s));
    QVERIFY(chinese.values().contains(u"重制(&R)"_s));
    verifyChinese(english, chinese);

    // And back: every text is the English one again.
    switchTo(Settings::LanguageChoice::English);
    QCOMPARE(visibleTexts(m_window.get()), english);
}

void TestLanguageSwitch::settingsDialogSwitchesLiveWhileOpen() {
    SettingsDialog dialog(m_settings.get(), m_secrets.get(), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = dialog.findChild<QTabWidget*>();
    QVERIFY(tabs);
    const auto allPages = [&dialog, tabs] {
        QMap<QString, QString> texts;
        for (int page = 0; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            const QMap<QString, QString> shown = visibleTexts(&dialog);
            for (auto it = shown.cbegin(); it != shown.cend(); ++it)
                texts.insert(it.key(), it.value());
        }
        tabs->setCurrentIndex(0);
        return texts;
    };
    auto* key = dialog.findChild<QLineEdit*>(u"apiKeyLineEdit"_s);
    QVERIFY(key);
    QTRY_VERIFY(key->placeholderText() != u"Reading the keychain…"_s); // no keychain here
    const QMap<QString, QString> english = allPages();
    QVERIFY(english.size() > 30);
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Cancel"_s);

    // The dialog's own language choice, applied, switches everything at once.
    auto* language = dialog.findChild<QComboBox*>(u"languageComboBox"_s);
    QVERIFY(language);
    language->setCurrentIndex(
        language->findData(Settings::languageChoiceKey(Settings::LanguageChoice::Chinese)));
    QVERIFY(dialog.apply());
    QCOMPARE(m_languages->language(), UiLanguage::Chinese);
    // Widgets hear of the change through posted events, as in the running app.
    QTRY_COMPARE(buttons->button(QDialogButtonBox::Ok)->text(), u"确定"_s);
    const QMap<QString, QString> chinese = allPages();
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), u"取消"_s);
    QCOMPARE(buttons->button(QDialogButtonBox::Apply)->text(), u"应用"_s);
    verifyChinese(english, chinese);
    // The window behind it followed too.
    QCOMPARE(m_window->windowTitle(), u"VideoRemix 视频重制"_s);

    switchTo(Settings::LanguageChoice::English);
    QCOMPARE(allPages(), english);
}

void TestLanguageSwitch::settingsDialogKeepsAChoiceMadeInTheViewMenu() {
    SettingsDialog dialog(m_settings.get(), m_secrets.get(), m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* language = dialog.findChild<QComboBox*>(u"languageComboBox"_s);
    QVERIFY(language);
    switchTo(Settings::LanguageChoice::Chinese);
    QCOMPARE(language->currentData().toString(),
             Settings::languageChoiceKey(Settings::LanguageChoice::Chinese));
    QVERIFY(dialog.apply());
    QCOMPARE(m_settings->languageChoice(), Settings::LanguageChoice::Chinese);
    QCOMPARE(m_languages->language(), UiLanguage::Chinese);
}

// --language zh_CN over a stored "English": picking English in the menu still switches.
void TestLanguageSwitch::menuChoiceEndsACommandLineOverride() {
    m_languages->setLanguage(UiLanguage::Chinese);
    QTRY_COMPARE(m_window->windowTitle(), u"VideoRemix 视频重制"_s);
    switchTo(Settings::LanguageChoice::English);
    QCOMPARE(m_languages->language(), UiLanguage::English);
    QTRY_COMPARE(m_window->windowTitle(), u"VideoRemix"_s);
}

void TestLanguageSwitch::noTwoControlsShareAShortcutInEitherLanguage() {
    submitAndWaitForTheResult();
    SettingsDialog dialog(m_settings.get(), m_secrets.get(), m_window.get());
    auto* tabs = dialog.findChild<QTabWidget*>();
    QVERIFY(tabs);
    for (const auto choice :
         {Settings::LanguageChoice::English, Settings::LanguageChoice::Chinese}) {
        switchTo(choice);
        QStringList clashes = shortcutClashes(m_window.get());
        dialog.show();
        for (int page = 0; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            clashes << shortcutClashes(&dialog);
        }
        dialog.hide();
        clashes.removeDuplicates();
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }
}

void TestLanguageSwitch::qtStandardTextsFollowTheLanguage() {
    auto* videoId = m_window->findChild<QLineEdit*>(u"videoIdLineEdit"_s);
    QVERIFY(videoId);
    const auto contextMenuTexts = [videoId] {
        std::unique_ptr<QMenu> menu(videoId->createStandardContextMenu());
        QStringList texts;
        for (QAction* action : menu->actions()) {
            if (!action->isSeparator())
                texts << action->text().section(u'\t', 0, 0);
        }
        return texts;
    };
    QVERIFY(contextMenuTexts().contains(u"&Undo"_s));
    switchTo(Settings::LanguageChoice::Chinese);
    QVERIFY(m_languages->hasQtTranslations());
    QVERIFY2(contextMenuTexts().contains(u"撤消(&U)"_s), qPrintable(contextMenuTexts().join(u' ')));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), u"确定"_s);
    switchTo(Settings::LanguageChoice::English);
    QVERIFY(!m_languages->hasQtTranslations());
    QVERIFY(contextMenuTexts().contains(u"&Undo"_s));
    QCOMPARE(box.button(QDialogButtonBox::Ok)->text().remove(u'&'), u"OK"_s);
}

void TestLanguageSwitch::bannerPutsTheUiLanguageFirst_data() {
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("englishFirst");
    QTest::addColumn<QString>("englishSecond");
    QTest::addColumn<QString>("chineseFirst");
    QTest::addColumn<QString>("chineseSecond");
    const QString en = u"Invalid token"_s;
    const QString zh = u"无效的令牌"_s;
    QTest::newRow("both messages")
        << uR"({"error":{"message":"Invalid token","message_zh":"无效的令牌"}})"_s << en << zh << zh
        << en;
    // A message in one language only: VideoRemix's own line comes first in the other.
    const QString ownEn = u"The gateway did not accept the API key (HTTP 401)."_s;
    const QString ownZh = u"网关不接受该 API 密钥（HTTP 401）。"_s;
    QTest::newRow("English only") << uR"({"error":{"message":"Invalid token"}})"_s << en
                                  << QString() << ownZh << en;
    QTest::newRow("Chinese only") << uR"({"error":{"message_zh":"无效的令牌"}})"_s << ownEn << zh
                                  << zh << QString();
}

void TestLanguageSwitch::bannerPutsTheUiLanguageFirst() {
    QFETCH(QString, body);
    QFETCH(QString, englishFirst);
    QFETCH(QString, englishSecond);
    QFETCH(QString, chineseFirst);
    QFETCH(QString, chineseSecond);
    QVERIFY(m_mock.addFault({{u"fault"_s, u"custom-body"_s},
                             {u"status"_s, 401},
                             {u"method"_s, u"POST"_s},
                             {u"text"_s, body}}));
    submitRemix();
    auto* banner = m_window->findChild<ErrorBanner*>(u"errorBanner"_s);
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    auto* first = banner->findChild<QLabel*>(u"primaryMessageLabel"_s);
    auto* second = banner->findChild<QLabel*>(u"secondaryMessageLabel"_s);
    auto* help = banner->findChild<QLabel*>(u"helpLabel"_s);
    QVERIFY(first && second && help);
    const auto shown = [](QLabel* label) {
        return label->isVisible() ? label->text() : QString();
    };

    // The job's details say it too, in the same order.
    auto* details = m_window->findChild<QLabel*>(u"messageLabel"_s);
    QVERIFY(details);

    QCOMPARE(first->text(), englishFirst);
    QCOMPARE(shown(second), englishSecond);
    QVERIFY(!hasChinese(help->text()));
    const auto firstLine = [details] {
        return details->text().section(u'\n', 0, 0);
    };
    QTRY_COMPARE(firstLine(), englishFirst);
    switchTo(Settings::LanguageChoice::Chinese);
    QCOMPARE(first->text(), chineseFirst);
    QCOMPARE(shown(second), chineseSecond);
    QVERIFY2(hasChinese(help->text()), qPrintable(help->text()));
    QTRY_COMPARE(firstLine(), chineseFirst);
    switchTo(Settings::LanguageChoice::English);
    QCOMPARE(first->text(), englishFirst);
    QCOMPARE(shown(second), englishSecond);
}

// A problem of the app's own, shown while the language switches, is worded again.
void TestLanguageSwitch::bannerWordsItsOwnMessagesAgain() {
    auto* banner = m_window->findChild<ErrorBanner*>(u"errorBanner"_s);
    QVERIFY(banner);
    banner->showMessage(
        [] { return QCoreApplication::translate("MainWindow", "No gateway is configured."); });
    auto* first = banner->findChild<QLabel*>(u"primaryMessageLabel"_s);
    QVERIFY(first);
    QCOMPARE(first->text(), u"No gateway is configured."_s);
    switchTo(Settings::LanguageChoice::Chinese);
    QTRY_COMPARE(first->text(), u"尚未设置网关。"_s);
    switchTo(Settings::LanguageChoice::English);
    QTRY_COMPARE(first->text(), u"No gateway is configured."_s);
}

// Before any choice, the app speaks the system's language: Chinese for any zh*.
void TestLanguageSwitch::firstRunFollowsTheSystemLocale_data() {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zh_CN") << u"zh_CN.UTF-8"_s << u"启动并使用自带的本地模拟网关。"_s;
    QTest::newRow("zh_SG") << u"zh_SG.UTF-8"_s << u"启动并使用自带的本地模拟网关。"_s;
    QTest::newRow("en_US") << u"en_US.UTF-8"_s << u"Start the bundled local mock gateway"_s;
    QTest::newRow("fr_FR") << u"fr_FR.UTF-8"_s << u"Start the bundled local mock gateway"_s;
}

void TestLanguageSwitch::firstRunFollowsTheSystemLocale() {
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s})
        env.remove(name);
    env.insert(u"LANG"_s, locale);
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"fresh-config"_s));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(VIDEOREMIX_APP_PATH), {u"--help"_s});
    QVERIFY(app.waitForFinished(30000));
    const QString help = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(help.contains(expected), qPrintable(help));
    // The settings were not touched: the choice stays "follow the system".
    QVERIFY(!QFile::exists(m_dir.filePath(u"fresh-config/videoremix/videoremix.conf"_s)));
}

// Like QTEST_MAIN, with the media backend the app uses chosen before the application exists.
int main(int argc, char* argv[]) {
    VideoPlayerLoader::preferFfmpegBackend();
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    TestLanguageSwitch test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_languageswitch.moc"
