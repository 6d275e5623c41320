#include "settingsdialog.h"

#include "ui_settingsdialog.h"

#include "pricetableeditor.h"
#include "problemtext.h"
#include "settings/gatewayconfig.h"
#include "settings/settings.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(Settings* settings, SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_secrets(secrets)
    , m_environmentKey(environmentApiKey())
    , m_keys(secrets) {
    m_ui->setupUi(this);
    fillComboBoxes();
    m_ui->keyFallbackFrame->hide();
    m_ui->validationLabel->hide();
    ProblemText::style(m_ui->validationLabel);
    m_ui->cleartextWarningLabel->hide();

    auto* ui = m_ui.get();
    connect(ui->profilesListWidget, &QListWidget::currentRowChanged, this,
            &SettingsDialog::showProfile);
    connect(ui->addProfileButton, &QPushButton::clicked, this, &SettingsDialog::addProfile);
    connect(ui->duplicateProfileButton, &QPushButton::clicked, this,
            &SettingsDialog::duplicateProfile);
    connect(ui->removeProfileButton, &QPushButton::clicked, this, &SettingsDialog::removeProfile);
    connect(ui->testConnectionButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(&m_tester, &ConnectionTester::finished, this, &SettingsDialog::showTestResult);
    connect(ui->keepForSessionButton, &QPushButton::clicked, this,
            &SettingsDialog::keepKeyForThisRun);
    connect(ui->storeInFileButton, &QPushButton::clicked, this, &SettingsDialog::storeKeyInFile);
    connect(&m_keys, &ProfileKeyEditor::changed, this, [this](const QString& id) {
        if (currentProfile() && currentProfile()->id == id)
            updateKeyWidgets();
    });
    connect(&m_keys, &ProfileKeyEditor::choiceNeeded, this, &SettingsDialog::onKeyChoiceNeeded);
    connect(&m_keys, &ProfileKeyEditor::stored, this, &SettingsDialog::onKeyStored);
    connect(&m_keys, &ProfileKeyEditor::writesSettled, this, &SettingsDialog::finishIfDone);

    // Each field writes straight into the working copy of the shown profile.
    const auto edit = [this](auto apply) {
        return [this, apply](auto value) {
            if (m_updating)
                return;
            if (GatewayProfile* profile = currentProfile()) {
                apply(*profile, value);
                m_lastTest.reset();
                m_ui->testResultLabel->clear();
                updateProfileItem(m_current);
            }
        };
    };
    connect(ui->nameLineEdit, &QLineEdit::textEdited, this,
            edit([](GatewayProfile& p, const QString& text) { p.name = text; }));
    connect(ui->baseUrlLineEdit, &QLineEdit::textEdited, this,
            edit([this](GatewayProfile& p, const QString& text) {
                p.baseUrl = QUrl(text.trimmed());
                updateCleartextWarning();
            }));
    connect(ui->pollIntervalSpinBox, &QSpinBox::valueChanged, this,
            edit([](GatewayProfile& p, int seconds) { p.pollIntervalMs = seconds * 1000; }));
    connect(ui->requestTimeoutSpinBox, &QSpinBox::valueChanged, this,
            edit([](GatewayProfile& p, int seconds) { p.requestTimeoutMs = seconds * 1000; }));
    connect(ui->http2CheckBox, &QCheckBox::toggled, this,
            edit([](GatewayProfile& p, bool on) { p.http2Enabled = on; }));
    connect(ui->proxyModeComboBox, &QComboBox::currentIndexChanged, this,
            edit([this](GatewayProfile& p, int) {
                p.proxyMode = ProxyMode(m_ui->proxyModeComboBox->currentData().toInt());
                updateProxyWidgets();
            }));
    connect(ui->proxyTypeComboBox, &QComboBox::currentIndexChanged, this,
            edit([this](GatewayProfile& p, int) {
                p.manualProxyType =
                    QNetworkProxy::ProxyType(m_ui->proxyTypeComboBox->currentData().toInt());
            }));
    connect(
        ui->proxyHostLineEdit, &QLineEdit::textEdited, this,
        edit([](GatewayProfile& p, const QString& text) { p.manualProxyHost = text.trimmed(); }));
    connect(ui->proxyPortSpinBox, &QSpinBox::valueChanged, this,
            edit([](GatewayProfile& p, int port) { p.manualProxyPort = port; }));
    connect(
        ui->caCertificateLineEdit, &QLineEdit::textEdited, this,
        edit([](GatewayProfile& p, const QString& text) { p.caCertificateFile = text.trimmed(); }));
    connect(ui->priceTableEditor, &PriceTableEditor::changed, this, [this] {
        if (m_updating)
            return;
        if (GatewayProfile* profile = currentProfile()) {
            profile->prices = m_ui->priceTableEditor->prices();
            profile->monthlyBudget = m_ui->priceTableEditor->monthlyBudget();
        }
    });
    connect(ui->caCertificateBrowseButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("CA certificate"), m_ui->caCertificateLineEdit->text(),
            tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (file.isEmpty() || !currentProfile())
            return;
        m_ui->caCertificateLineEdit->setText(file);
        currentProfile()->caCertificateFile = file;
    });
    connect(ui->apiKeyLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_updating || !currentProfile())
            return;
        m_lastTest.reset();
        m_ui->testResultLabel->clear();
        m_keys.edit(currentProfile()->id, text); // shown again through changed()
    });
    connect(ui->revealKeyToolButton, &QToolButton::toggled, this, [this](bool reveal) {
        m_ui->apiKeyLineEdit->setEchoMode(reveal ? QLineEdit::Normal : QLineEdit::Password);
        updateKeyWidgets();
    });
    connect(ui->activeProfileCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        if (m_updating || !currentProfile())
            return;
        if (on)
            m_activeId = currentProfile()->id;
        for (int row = 0; row < m_profiles.size(); ++row)
            updateProfileItem(row);
        updateButtons();
    });
    connect(ui->downloadFolderBrowseButton, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Download folder"), m_ui->downloadFolderLineEdit->text());
        if (!folder.isEmpty())
            m_ui->downloadFolderLineEdit->setText(folder);
    });
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);

    loadWorkingCopy();
    // View > Language can change the choice while the dialog is open: OK must not undo it.
    connect(m_settings, &Settings::languageChanged, this, [this] {
        m_ui->languageComboBox->setCurrentIndex(m_ui->languageComboBox->findData(
            Settings::languageChoiceKey(m_settings->languageChoice())));
    });

    if (const QSize size = m_settings->settingsDialogSize(); size.isValid())
        resize(size);
    if (const int page = m_settings->settingsDialogPage(); page < m_ui->pagesTabWidget->count())
        m_ui->pagesTabWidget->setCurrentIndex(page);
    retranslateUi();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showProfileKey(const QString& profileId) {
    const auto it =
        std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                     [&profileId](const GatewayProfile& p) { return p.id == profileId; });
    if (it == m_profiles.cend())
        return;
    m_ui->pagesTabWidget->setCurrentWidget(m_ui->gatewaysPage);
    m_ui->profilesListWidget->setCurrentRow(int(it - m_profiles.cbegin()));
    m_ui->apiKeyLineEdit->setFocus();
}

void SettingsDialog::fillComboBoxes() {
    const auto fill = [](QComboBox* box, const QList<std::pair<QString, QVariant>>& items) {
        const QVariant selected = box->currentData();
        const QSignalBlocker blocker(box);
        box->clear();
        for (const auto& [text, data] : items)
            box->addItem(text, data);
        const int index = box->findData(selected);
        box->setCurrentIndex(index >= 0 ? index : 0);
    };
    fill(m_ui->proxyModeComboBox, {{tr("Use the system's proxy settings"), int(ProxyMode::System)},
                                   {tr("No proxy"), int(ProxyMode::None)},
                                   {tr("Manual proxy"), int(ProxyMode::Manual)}});
    fill(m_ui->proxyTypeComboBox, {{tr("HTTP"), int(QNetworkProxy::HttpProxy)},
                                   {tr("SOCKS5"), int(QNetworkProxy::Socks5Proxy)}});
    // The language names are written in their own language, never translated.
    fill(m_ui->languageComboBox,
         {{tr("Follow the system"), Settings::languageChoiceKey(Settings::LanguageChoice::System)},
          {u"中文（简体）"_s, Settings::languageChoiceKey(Settings::LanguageChoice::Chinese)},
          {u"English"_s, Settings::languageChoiceKey(Settings::LanguageChoice::English)}});
}

void SettingsDialog::retranslateUi() {
    m_ui->retranslateUi(this);
    fillComboBoxes();
    m_ui->revealKeyToolButton->setText(m_ui->revealKeyToolButton->isChecked() ? tr("Hide")
                                                                              : tr("Show"));
    m_ui->revealKeyToolButton->setAccessibleName(
        m_ui->revealKeyToolButton->isChecked() ? tr("Hide the API key") : tr("Show the API key"));
    for (int row = 0; row < m_profiles.size(); ++row)
        updateProfileItem(row);
    updateKeyWidgets();
    updateCleartextWarning();
    // What is on show is worded again in the new language.
    if (m_ui->validationLabel->isVisible())
        showProblems(validationProblems());
    if (m_lastTest)
        showTestResult(*m_lastTest);
    else if (m_ui->testResultLabel->property("outcome") == u"invalid"_s &&
             !m_ui->testResultLabel->text().isEmpty())
        testConnection(); // still invalid: says so again, sends nothing
}

void SettingsDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::loadWorkingCopy() {
    m_profiles = m_settings->profiles();
    m_activeId = m_settings->activeProfileId();
    m_removedIds.clear();
    m_keys.clear();
    for (const GatewayProfile& profile : std::as_const(m_profiles))
        m_keys.load(profile);

    m_ui->languageComboBox->setCurrentIndex(m_ui->languageComboBox->findData(
        Settings::languageChoiceKey(m_settings->languageChoice())));
    m_ui->downloadFolderLineEdit->setText(m_settings->downloadFolder());
    m_ui->autoDownloadCheckBox->setChecked(m_settings->autoDownload());
    m_ui->notificationsCheckBox->setChecked(m_settings->notificationsEnabled());

    rebuildProfileList();
    const auto active =
        std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                     [this](const GatewayProfile& p) { return p.id == m_activeId; });
    m_ui->profilesListWidget->setCurrentRow(
        active == m_profiles.cend() ? 0 : int(active - m_profiles.cbegin()));
}

void SettingsDialog::rebuildProfileList() {
    const QSignalBlocker blocker(m_ui->profilesListWidget);
    m_ui->profilesListWidget->clear();
    for (int row = 0; row < m_profiles.size(); ++row) {
        m_ui->profilesListWidget->addItem(QString());
        updateProfileItem(row);
    }
    m_current = -1;
}

void SettingsDialog::updateProfileItem(int row) {
    QListWidgetItem* item = m_ui->profilesListWidget->item(row);
    if (!item || row < 0 || row >= m_profiles.size())
        return;
    const GatewayProfile& profile = m_profiles.at(row);
    const bool active = profile.id == m_activeId;
    const QString name = profile.name.trimmed().isEmpty() ? tr("(unnamed)") : profile.name;
    item->setText(name);
    QFont font = item->font();
    font.setBold(active);
    item->setFont(font);
    item->setToolTip(active ? tr("In use") : QString());
    item->setData(Qt::AccessibleTextRole, active ? tr("%1, in use").arg(name) : name);
}

GatewayProfile* SettingsDialog::currentProfile() {
    if (m_current < 0 || m_current >= m_profiles.size())
        return nullptr;
    return &m_profiles[m_current];
}

void SettingsDialog::showProfile(int row) {
    m_current = row;
    m_lastTest.reset();
    m_ui->testResultLabel->clear();
    const GatewayProfile* profile = currentProfile();
    m_updating = true;
    const bool has = profile != nullptr;
    for (QWidget* field :
         {static_cast<QWidget*>(m_ui->nameLineEdit), static_cast<QWidget*>(m_ui->baseUrlLineEdit),
          static_cast<QWidget*>(m_ui->apiKeyLineEdit),
          static_cast<QWidget*>(m_ui->pollIntervalSpinBox),
          static_cast<QWidget*>(m_ui->requestTimeoutSpinBox),
          static_cast<QWidget*>(m_ui->http2CheckBox),
          static_cast<QWidget*>(m_ui->proxyModeComboBox),
          static_cast<QWidget*>(m_ui->caCertificateLineEdit),
          static_cast<QWidget*>(m_ui->testConnectionButton),
          static_cast<QWidget*>(m_ui->priceTableEditor)})
        field->setEnabled(has);
    if (has) {
        m_ui->nameLineEdit->setText(profile->name);
        m_ui->baseUrlLineEdit->setText(profile->baseUrl.toString());
        m_ui->pollIntervalSpinBox->setValue(profile->pollIntervalMs / 1000);
        m_ui->requestTimeoutSpinBox->setValue(profile->requestTimeoutMs / 1000);
        m_ui->http2CheckBox->setChecked(profile->http2Enabled);
        m_ui->proxyModeComboBox->setCurrentIndex(
            m_ui->proxyModeComboBox->findData(int(profile->proxyMode)));
        m_ui->proxyTypeComboBox->setCurrentIndex(
            m_ui->proxyTypeComboBox->findData(int(profile->manualProxyType)));
        m_ui->proxyHostLineEdit->setText(profile->manualProxyHost);
        m_ui->proxyPortSpinBox->setValue(profile->manualProxyPort);
        m_ui->caCertificateLineEdit->setText(profile->caCertificateFile);
        m_ui->priceTableEditor->setPrices(profile->prices, profile->monthlyBudget);
    }
    m_updating = false;
    updateKeyWidgets();
    updateCleartextWarning();
    updateProxyWidgets();
    updateButtons();
}

void SettingsDialog::updateKeyWidgets() {
    const GatewayProfile* profile = currentProfile();
    if (!profile) {
        m_ui->keySourceLabel->clear();
        m_ui->keyFallbackFrame->hide();
        return;
    }
    const ProfileKeyEditor::State key = m_keys.state(profile->id);
    m_updating = true;
    if (m_ui->apiKeyLineEdit->text() != m_keys.effectiveKey(profile->id))
        m_ui->apiKeyLineEdit->setText(m_keys.effectiveKey(profile->id));
    m_updating = false;
    m_ui->apiKeyLineEdit->setPlaceholderText(key.loading ? tr("Reading the keychain…")
                                                         : tr("Not set"));

    QStringList lines;
    if (m_environmentKey)
        lines << tr("Using the key from the environment (%1); it overrides the key stored here.")
                     .arg(m_environmentKey->variable);
    if (key.changedSinceApply())
        lines << tr("Key changed: it is stored when you apply.");
    else if (key.writing)
        lines << tr("Storing the key in the keychain…");
    else if (key.source != KeySource::None && !key.keychainUnavailable)
        lines << tr("Key: %1.").arg(SecretStore::keySourceText(key.source));
    // The system's own words (often English) under the pointer, not inside the sentence.
    if (key.problem)
        lines << key.problem->summaryText();
    m_ui->keySourceLabel->setToolTip(key.problem && !key.problem->detail.isEmpty()
                                         ? tr("What the system said: %1").arg(key.problem->detail)
                                         : QString());
    m_ui->keySourceLabel->setText(lines.join(u'\n'));
    m_ui->keySourceLabel->setVisible(!lines.isEmpty());

    m_ui->keyFallbackFrame->setVisible(key.keychainUnavailable);
    if (key.keychainUnavailable)
        m_ui->keyFallbackLabel->setText(tr(
            "The system keychain is not available, so the key could not be stored safely. You can "
            "keep it for this run only (it is forgotten when VideoRemix closes), or store it in a "
            "file on this computer that is not encrypted."));
    fitWrappedLabels();
}

void SettingsDialog::resizeEvent(QResizeEvent* event) {
    QDialog::resizeEvent(event);
    fitWrappedLabels();
}

void SettingsDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    fitWrappedLabels();
}

void SettingsDialog::fitWrappedLabels() {
    if (!isVisible() || !layout())
        return;
    layout()->activate(); // the labels' widths as they will be shown
    bool grew = false;
    for (QLabel* label : {m_ui->keySourceLabel, m_ui->keyFallbackLabel, m_ui->cleartextWarningLabel,
                          m_ui->testResultLabel, m_ui->validationLabel}) {
        if (!label->isVisible())
            continue;
        const int needed = label->text().isEmpty() ? 0 : label->heightForWidth(label->width());
        if (needed != label->minimumHeight()) {
            label->setMinimumHeight(needed);
            grew = true;
        }
    }
    if (grew)
        layout()->activate(); // the dialog grows when its labels need more than it has
}

void SettingsDialog::updateCleartextWarning() {
    const GatewayProfile* profile = currentProfile();
    const bool warn = profile && sendsKeyInCleartext(profile->baseUrl);
    m_ui->cleartextWarningLabel->setVisible(warn);
    m_ui->cleartextWarningLabel->setText(warn ? cleartextWarning(profile->baseUrl) : QString());
    fitWrappedLabels();
}

void SettingsDialog::updateProxyWidgets() {
    const GatewayProfile* profile = currentProfile();
    const bool manual = profile && profile->proxyMode == ProxyMode::Manual;
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->proxyTypeComboBox),
          static_cast<QWidget*>(m_ui->proxyHostLineEdit),
          static_cast<QWidget*>(m_ui->proxyPortSpinBox),
          static_cast<QWidget*>(m_ui->proxyTypeLabel), static_cast<QWidget*>(m_ui->proxyHostLabel),
          static_cast<QWidget*>(m_ui->proxyPortLabel)})
        w->setEnabled(manual);
}

void SettingsDialog::updateButtons() {
    const GatewayProfile* profile = currentProfile();
    m_ui->duplicateProfileButton->setEnabled(profile != nullptr);
    m_ui->removeProfileButton->setEnabled(profile != nullptr && m_profiles.size() > 1);
    const bool active = profile && profile->id == m_activeId;
    m_updating = true;
    m_ui->activeProfileCheckBox->setChecked(active);
    // One profile is always in use: choose another one instead of unticking this.
    m_ui->activeProfileCheckBox->setEnabled(profile != nullptr && !active);
    m_updating = false;
}

QString SettingsDialog::uniqueName(const QString& base) const {
    const auto taken = [this](const QString& name) {
        return std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                           [&name](const GatewayProfile& p) {
                               return p.name.trimmed().toCaseFolded() == name.toCaseFolded();
                           });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = u"%1 %2"_s.arg(base).arg(n);
    return name;
}

void SettingsDialog::addProfile() {
    GatewayProfile profile = GatewayProfile::create(uniqueName(tr("New gateway")), QUrl());
    m_profiles.append(profile);
    m_keys.add(profile.id);
    m_ui->profilesListWidget->addItem(QString());
    updateProfileItem(int(m_profiles.size()) - 1);
    m_ui->profilesListWidget->setCurrentRow(int(m_profiles.size()) - 1);
    m_ui->nameLineEdit->setFocus();
    m_ui->nameLineEdit->selectAll();
}

void SettingsDialog::duplicateProfile() {
    const GatewayProfile* source = currentProfile();
    if (!source)
        return;
    GatewayProfile copy = *source;
    copy.id = GatewayProfile::newId();
    copy.name = uniqueName(tr("%1 (copy)").arg(source->name.trimmed()));
    copy.keyLocation = KeyLocation::Keychain;
    m_keys.add(copy.id, m_keys.effectiveKey(source->id));
    m_profiles.append(copy);
    m_ui->profilesListWidget->addItem(QString());
    updateProfileItem(int(m_profiles.size()) - 1);
    m_ui->profilesListWidget->setCurrentRow(int(m_profiles.size()) - 1);
}

void SettingsDialog::removeProfile() {
    if (!currentProfile() || m_profiles.size() <= 1)
        return;
    const int row = m_current;
    const QString id = m_profiles.at(row).id;
    if (m_settings->profile(id))
        m_removedIds.insert(id);
    m_profiles.removeAt(row);
    m_keys.remove(id);
    if (m_activeId == id)
        m_activeId = m_profiles.first().id;
    rebuildProfileList();
    m_ui->profilesListWidget->setCurrentRow(std::min(row, int(m_profiles.size()) - 1));
}

void SettingsDialog::testConnection() {
    const GatewayProfile* profile = currentProfile();
    if (!profile)
        return;
    if (const QString problem = GatewayProfile::validateBaseUrl(profile->baseUrl);
        !problem.isEmpty()) {
        m_lastTest.reset();
        m_ui->testResultLabel->setProperty("outcome", u"invalid"_s);
        m_ui->testResultLabel->setText(problem);
        return;
    }
    QString caProblem;
    const QString key =
        m_environmentKey ? m_environmentKey->value : m_keys.effectiveKey(profile->id);
    const ClientConfig config = clientConfigFor(*profile, key, &caProblem);
    if (!caProblem.isEmpty()) {
        m_lastTest.reset();
        m_ui->testResultLabel->setProperty("outcome", u"invalid"_s);
        m_ui->testResultLabel->setText(caProblem);
        return;
    }
    m_ui->testResultLabel->setProperty("outcome", u"running"_s);
    m_ui->testResultLabel->setText(tr("Testing the connection…"));
    m_ui->testConnectionButton->setEnabled(false);
    m_tester.start(config);
}

void SettingsDialog::showTestResult(const ConnectionTestResult& result) {
    m_lastTest = result;
    m_ui->testConnectionButton->setEnabled(currentProfile() != nullptr);
    QStringList lines{result.headline()};
    lines << result.details(m_settings->uiLanguage());
    lines.removeDuplicates();
    m_ui->testResultLabel->setProperty("outcome", ConnectionTestResult::outcomeKey(result.outcome));
    m_ui->testResultLabel->setText(lines.join(u'\n'));
    fitWrappedLabels();
}

void SettingsDialog::showProblems(const QStringList& problems) {
    m_ui->validationLabel->setText(problems.join(u'\n'));
    m_ui->validationLabel->setVisible(!problems.isEmpty());
    fitWrappedLabels();
}

QStringList SettingsDialog::validationProblems() const {
    QStringList problems = validateProfiles(m_profiles);
    const QString folder = m_ui->downloadFolderLineEdit->text().trimmed();
    if (!folder.isEmpty() && !QDir::isAbsolutePath(folder))
        problems << tr("The download folder must be a full path.");
    return problems;
}

bool SettingsDialog::apply() {
    const QStringList problems = validationProblems();
    const QString folder = m_ui->downloadFolderLineEdit->text().trimmed();
    showProblems(problems);
    if (!problems.isEmpty())
        return false;

    QString error;
    if (!m_settings->setProfiles(m_profiles, &error)) {
        showProblems({error});
        return false;
    }
    m_settings->setActiveProfileId(m_activeId);
    m_settings->setLanguageChoice(
        Settings::languageChoiceFromKey(m_ui->languageComboBox->currentData().toString())
            .value_or(Settings::LanguageChoice::System));
    m_settings->setDownloadFolder(folder == Settings::defaultDownloadFolder() ? QString() : folder);
    m_settings->setAutoDownload(m_ui->autoDownloadCheckBox->isChecked());
    m_settings->setNotificationsEnabled(m_ui->notificationsCheckBox->isChecked());
    if (!m_settings->sync())
        showProblems(
            {tr("The settings file %1 could not be written.").arg(m_settings->filePath())});

    for (const QString& id : std::as_const(m_removedIds))
        m_secrets->remove(id);
    m_removedIds.clear();
    QStringList ids;
    for (const GatewayProfile& profile : std::as_const(m_profiles))
        ids << profile.id;
    m_keys.store(ids);
    updateKeyWidgets();
    emit applied();
    return true;
}

void SettingsDialog::onKeyChoiceNeeded(const QString& profileId) {
    // The choice is on that profile's page; the page on show stays (Apply on General does
    // not move), and the line under the buttons says where to look.
    m_closeWhenStored = false;
    if (m_ui->pagesTabWidget->currentWidget() == m_ui->gatewaysPage) {
        const auto it =
            std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                         [&profileId](const GatewayProfile& p) { return p.id == profileId; });
        if (it != m_profiles.cend())
            m_ui->profilesListWidget->setCurrentRow(int(it - m_profiles.cbegin()));
    } else {
        showProblems({tr("The key could not be stored in the system keychain: choose where to "
                         "keep it on the Gateways page.")});
    }
}

void SettingsDialog::onKeyStored(const QString& profileId, KeySource source) {
    if (source == KeySource::Keychain)
        setKeyLocation(profileId, KeyLocation::Keychain);
    else if (source == KeySource::File)
        setKeyLocation(profileId, KeyLocation::File);
    emit keyStored(profileId, source);
}

void SettingsDialog::setKeyLocation(const QString& profileId, KeyLocation location) {
    for (GatewayProfile& profile : m_profiles) {
        if (profile.id == profileId)
            profile.keyLocation = location;
    }
    // Where the key lives is part of the applied state, not a pending edit.
    if (std::optional<GatewayProfile> stored = m_settings->profile(profileId);
        stored && stored->keyLocation != location) {
        QList<GatewayProfile> all = m_settings->profiles();
        for (GatewayProfile& profile : all) {
            if (profile.id == profileId)
                profile.keyLocation = location;
        }
        m_settings->setProfiles(all);
        m_settings->sync();
    }
}

void SettingsDialog::keepKeyForThisRun() {
    if (const GatewayProfile* profile = currentProfile())
        m_keys.keepForThisRun(profile->id);
}

void SettingsDialog::storeKeyInFile() {
    GatewayProfile* profile = currentProfile();
    if (!profile)
        return;
    if (m_keys.effectiveKey(profile->id).isEmpty())
        return;
    const QString path = m_secrets->keyFilePath();
    QMessageBox question(
        QMessageBox::Warning, tr("Store the key unencrypted?"),
        tr("The API key would be saved WITHOUT encryption in\n%1\n\nThe file is readable only "
           "by your user account, but any program you run, any backup of your home folder and "
           "anyone who gets access to this account can read it and spend your credit.\n\n"
           "Store the key in this file?")
            .arg(path),
        QMessageBox::Yes | QMessageBox::No, this);
    question.setDefaultButton(QMessageBox::No);
    question.button(QMessageBox::Yes)->setText(tr("Store unencrypted"));
    question.button(QMessageBox::Yes)->setAccessibleName(tr("Store the key unencrypted"));
    question.button(QMessageBox::No)->setText(tr("Do not store"));
    question.button(QMessageBox::No)->setAccessibleName(tr("Do not store the key"));
    if (question.exec() != QMessageBox::Yes)
        return;

    m_keys.storeInFile(profile->id, UserAcceptedPlaintextRisk{});
}

void SettingsDialog::finishIfDone() {
    if (!m_closeWhenStored || m_keys.pendingWrites() > 0)
        return;
    if (m_keys.waitingForChoice())
        m_closeWhenStored = false;
    else
        QDialog::accept();
}

void SettingsDialog::accept() {
    if (!apply())
        return;
    m_closeWhenStored = true;
    finishIfDone();
}

void SettingsDialog::done(int result) {
    m_tester.cancel();
    m_settings->setSettingsDialogSize(size());
    m_settings->setSettingsDialogPage(m_ui->pagesTabWidget->currentIndex());
    m_settings->sync();
    QDialog::done(result);
}
