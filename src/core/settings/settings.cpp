#include "settings.h"

#include "api/requestfactory.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include <functional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSettings, "videoremix.settings")

namespace {

const QString SchemaVersionKey = u"schemaVersion"_s;

// Canonicalises a candidate value for one key, or says it is invalid. Used for
// writes and for reads alike, so what a hand-edited file holds is checked too.
using Normalizer = std::function<std::optional<QVariant>(const QVariant&)>;

struct KeySpec final {
    QString name;
    QVariant defaultValue;
    Normalizer normalize;
};

std::optional<QVariant> normalizeBool(const QVariant& value) {
    if (value.typeId() == QMetaType::Bool)
        return value;
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true"_s || text == u"1"_s)
            return QVariant(true);
        if (text == u"false"_s || text == u"0"_s)
            return QVariant(false);
    }
    return std::nullopt;
}

const QList<KeySpec>& keySpecs() {
    static const QList<KeySpec> specs = {
        {Settings::LanguageKey, u"system"_s,
         [](const QVariant& v) -> std::optional<QVariant> {
             if (v.typeId() != QMetaType::QString || !Settings::languageChoiceFromKey(v.toString()))
                 return std::nullopt;
             return v;
         }},
        {Settings::DownloadFolderKey, QString(),
         [](const QVariant& v) -> std::optional<QVariant> {
             if (v.typeId() != QMetaType::QString)
                 return std::nullopt;
             const QString path = v.toString().trimmed();
             if (path.isEmpty())
                 return QVariant(QString());
             if (!QDir::isAbsolutePath(path))
                 return std::nullopt;
             return QVariant(QDir::cleanPath(path));
         }},
        {Settings::AutoDownloadKey, true, normalizeBool},
        {Settings::NotificationsKey, true, normalizeBool},
        {Settings::SettingsDialogSizeKey, QSize(),
         [](const QVariant& v) -> std::optional<QVariant> {
             if (v.typeId() != QMetaType::QSize)
                 return std::nullopt;
             const QSize size = v.toSize();
             if (size.isValid() && (size.width() > 20'000 || size.height() > 20'000))
                 return std::nullopt;
             return v;
         }},
        {Settings::SettingsDialogPageKey, 0,
         [](const QVariant& v) -> std::optional<QVariant> {
             bool ok = false;
             const int page = v.toInt(&ok);
             if (!ok || page < 0 || page > 32 || v.typeId() == QMetaType::Bool)
                 return std::nullopt;
             return QVariant(page);
         }},
    };
    return specs;
}

const KeySpec* specFor(const QString& key) {
    for (const KeySpec& spec : keySpecs()) {
        if (spec.name == key)
            return &spec;
    }
    return nullptr;
}

} // namespace

Settings::Settings(QObject* parent)
    : Settings(defaultFilePath(), parent) {}

Settings::Settings(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat)) {
    open();
}

Settings::~Settings() {
    m_settings->sync();
}

QString Settings::defaultConfigDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/videoremix"_s;
}

QString Settings::defaultFilePath() {
    return defaultConfigDirectory() + u"/videoremix.conf"_s;
}

QString Settings::filePath() const {
    return m_settings->fileName();
}

QString Settings::configDirectory() const {
    return QFileInfo(m_settings->fileName()).absolutePath();
}

int Settings::storedSchemaVersion() const {
    return m_settings->value(SchemaVersionKey, 0).toInt();
}

void Settings::open() {
    QDir().mkpath(configDirectory());
    migrate();
}

void Settings::migrate() {
    const int stored = storedSchemaVersion();
    if (stored > SchemaVersion) {
        // A newer VideoRemix wrote this file: read what we understand, rewrite nothing.
        qCWarning(lcSettings) << "settings file has schema version" << stored << "newer than"
                              << SchemaVersion << "; not migrating";
        return;
    }
    if (stored == SchemaVersion)
        return;
    const bool hasVersion1Keys = m_settings->contains(u"gateway/baseUrl"_s) ||
                                 m_settings->contains(u"language"_s) ||
                                 m_settings->contains(u"downloadDir"_s);
    if (stored == 1 || (stored == 0 && hasVersion1Keys)) {
        migrateFromVersion1();
    } else if (!m_settings->contains(ProfilesKey + u"/size"_s)) {
        writeProfiles(GatewayProfile::defaults());
        m_settings->setValue(ActiveProfileKey, GatewayProfile::seedGatewayId());
    }
    m_settings->setValue(SchemaVersionKey, SchemaVersion);
    m_settings->sync();
}

// Version 1 knew one gateway (gateway/baseUrl, gateway/pollSeconds,
// gateway/timeoutSeconds, gateway/http2), `language` as "zh"/"en"/"",
// `downloadDir` and `autoDownload`.
void Settings::migrateFromVersion1() {
    QList<GatewayProfile> profiles = GatewayProfile::defaults();
    QString active = GatewayProfile::seedGatewayId();

    const QUrl oldUrl(m_settings->value(u"gateway/baseUrl"_s).toString().trimmed());
    if (!oldUrl.isEmpty() && GatewayProfile::validateBaseUrl(oldUrl).isEmpty()) {
        GatewayProfile* target = &profiles[0];
        if (RequestFactory::normalizedBaseUrl(oldUrl) !=
            RequestFactory::normalizedBaseUrl(GatewayProfile::seedGatewayUrl())) {
            GatewayProfile migrated = GatewayProfile::create(oldUrl.host(), oldUrl);
            profiles.prepend(migrated);
            target = &profiles[0];
        }
        bool ok = false;
        const int pollSeconds = m_settings->value(u"gateway/pollSeconds"_s).toInt(&ok);
        if (ok && pollSeconds * 1000 >= GatewayProfile::MinPollIntervalMs &&
            pollSeconds * 1000 <= GatewayProfile::MaxPollIntervalMs)
            target->pollIntervalMs = pollSeconds * 1000;
        const int timeoutSeconds = m_settings->value(u"gateway/timeoutSeconds"_s).toInt(&ok);
        if (ok && timeoutSeconds * 1000 >= GatewayProfile::MinRequestTimeoutMs &&
            timeoutSeconds * 1000 <= GatewayProfile::MaxRequestTimeoutMs)
            target->requestTimeoutMs = timeoutSeconds * 1000;
        if (const auto http2 = normalizeBool(m_settings->value(u"gateway/http2"_s)))
            target->http2Enabled = http2->toBool();
        active = target->id;
    }
    // Names must stay unique even if the old host was called like a default.
    if (validateProfiles(profiles).isEmpty()) {
        writeProfiles(profiles);
    } else {
        profiles[0].name = profiles[0].name + u" (migrated)"_s;
        writeProfiles(validateProfiles(profiles).isEmpty() ? profiles : GatewayProfile::defaults());
        if (!validateProfiles(profiles).isEmpty())
            active = GatewayProfile::seedGatewayId();
    }
    m_settings->setValue(ActiveProfileKey, active);

    const QString oldLanguage = m_settings->value(u"language"_s).toString().trimmed();
    if (!oldLanguage.isEmpty())
        m_settings->setValue(
            LanguageKey, languageChoiceKey(uiLanguageFromCode(oldLanguage) == UiLanguage::Chinese
                                               ? LanguageChoice::Chinese
                                               : LanguageChoice::English));
    const QString oldFolder = m_settings->value(u"downloadDir"_s).toString();
    if (!oldFolder.isEmpty() && QDir::isAbsolutePath(oldFolder))
        m_settings->setValue(DownloadFolderKey, QDir::cleanPath(oldFolder));
    if (const auto autoDownload = normalizeBool(m_settings->value(u"autoDownload"_s)))
        m_settings->setValue(AutoDownloadKey, autoDownload->toBool());

    for (const QString& old : {u"gateway"_s, u"language"_s, u"downloadDir"_s, u"autoDownload"_s})
        m_settings->remove(old);
    qCInfo(lcSettings) << "migrated settings from schema version 1 to" << SchemaVersion;
}

QStringList Settings::keys() {
    QStringList names;
    for (const KeySpec& spec : keySpecs())
        names << spec.name;
    return names;
}

QVariant Settings::defaultValue(const QString& key) {
    const KeySpec* spec = specFor(key);
    return spec ? spec->defaultValue : QVariant();
}

QVariant Settings::value(const QString& key) const {
    const KeySpec* spec = specFor(key);
    if (!spec)
        return {};
    if (!m_settings->contains(key))
        return spec->defaultValue;
    if (const auto normalized = spec->normalize(m_settings->value(key)))
        return *normalized;
    qCWarning(lcSettings) << "ignoring invalid stored value for" << key;
    return spec->defaultValue;
}

bool Settings::setValue(const QString& key, const QVariant& value, QString* error) {
    const KeySpec* spec = specFor(key);
    if (!spec) {
        if (error)
            *error = tr("Unknown setting %1.").arg(key);
        return false;
    }
    const auto normalized = spec->normalize(value);
    if (!normalized) {
        if (error)
            *error = tr("Invalid value for the setting %1.").arg(key);
        return false;
    }
    if (this->value(key) == *normalized) {
        if (!m_settings->contains(key))
            m_settings->setValue(key, *normalized);
        return true;
    }
    m_settings->setValue(key, *normalized);
    emit valueChanged(key);
    if (key == LanguageKey)
        emit languageChanged();
    return true;
}

void Settings::resetValue(const QString& key) {
    if (!specFor(key) || !m_settings->contains(key))
        return;
    const QVariant before = value(key);
    m_settings->remove(key);
    if (before != value(key)) {
        emit valueChanged(key);
        if (key == LanguageKey)
            emit languageChanged();
    }
}

QString Settings::languageChoiceKey(LanguageChoice choice) {
    switch (choice) {
    case LanguageChoice::System:
        return u"system"_s;
    case LanguageChoice::Chinese:
        return u"zh_CN"_s;
    case LanguageChoice::English:
        return u"en"_s;
    }
    return {};
}

std::optional<Settings::LanguageChoice> Settings::languageChoiceFromKey(const QString& key) {
    for (const LanguageChoice choice :
         {LanguageChoice::System, LanguageChoice::Chinese, LanguageChoice::English}) {
        if (languageChoiceKey(choice) == key)
            return choice;
    }
    return std::nullopt;
}

Settings::LanguageChoice Settings::languageChoice() const {
    return languageChoiceFromKey(value(LanguageKey).toString()).value_or(LanguageChoice::System);
}

void Settings::setLanguageChoice(LanguageChoice choice) {
    setValue(LanguageKey, languageChoiceKey(choice));
}

UiLanguage Settings::uiLanguage(const QLocale& system) const {
    switch (languageChoice()) {
    case LanguageChoice::Chinese:
        return UiLanguage::Chinese;
    case LanguageChoice::English:
        return UiLanguage::English;
    case LanguageChoice::System:
        break;
    }
    return uiLanguageForLocale(system);
}

QString Settings::defaultDownloadFolder() {
    QString movies = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    if (movies.isEmpty())
        movies = QDir::homePath();
    return movies + u"/VideoRemix"_s;
}

QString Settings::downloadFolder() const {
    const QString stored = value(DownloadFolderKey).toString();
    return stored.isEmpty() ? defaultDownloadFolder() : stored;
}

bool Settings::setDownloadFolder(const QString& folder, QString* error) {
    return setValue(DownloadFolderKey, folder, error);
}

bool Settings::autoDownload() const {
    return value(AutoDownloadKey).toBool();
}

void Settings::setAutoDownload(bool enabled) {
    setValue(AutoDownloadKey, enabled);
}

bool Settings::notificationsEnabled() const {
    return value(NotificationsKey).toBool();
}

void Settings::setNotificationsEnabled(bool enabled) {
    setValue(NotificationsKey, enabled);
}

namespace {

bool isWindowName(const QString& name) {
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,64}$"_s);
    return pattern.match(name).hasMatch();
}

} // namespace

QByteArray Settings::windowState(const QString& name) const {
    if (!isWindowName(name))
        return {};
    const QVariant stored = m_settings->value(u"windows/"_s + name);
    return stored.typeId() == QMetaType::QByteArray ? stored.toByteArray() : QByteArray();
}

bool Settings::setWindowState(const QString& name, const QByteArray& state) {
    if (!isWindowName(name))
        return false;
    const QString key = u"windows/"_s + name;
    if (windowState(name) == state && m_settings->contains(key))
        return true;
    m_settings->setValue(key, state);
    emit valueChanged(key);
    return true;
}

QSize Settings::settingsDialogSize() const {
    return value(SettingsDialogSizeKey).toSize();
}

void Settings::setSettingsDialogSize(const QSize& size) {
    setValue(SettingsDialogSizeKey, size);
}

int Settings::settingsDialogPage() const {
    return value(SettingsDialogPageKey).toInt();
}

void Settings::setSettingsDialogPage(int page) {
    setValue(SettingsDialogPageKey, page);
}

QList<GatewayProfile> Settings::readProfiles() const {
    QList<GatewayProfile> profiles;
    const int count = m_settings->beginReadArray(ProfilesKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        GatewayProfile p;
        p.id = m_settings->value(u"id"_s).toString();
        p.name = m_settings->value(u"name"_s).toString();
        p.baseUrl = QUrl(m_settings->value(u"baseUrl"_s).toString());
        bool ok = false;
        if (const int v = m_settings->value(u"pollIntervalMs"_s).toInt(&ok); ok)
            p.pollIntervalMs = v;
        if (const int v = m_settings->value(u"requestTimeoutMs"_s).toInt(&ok); ok)
            p.requestTimeoutMs = v;
        if (const auto http2 = normalizeBool(m_settings->value(u"http2"_s)))
            p.http2Enabled = http2->toBool();
        p.proxyMode =
            GatewayProfile::proxyModeFromKey(m_settings->value(u"proxy/mode"_s).toString())
                .value_or(ProxyMode::System);
        p.manualProxyType = m_settings->value(u"proxy/type"_s).toString() == u"socks5"_s
                                ? QNetworkProxy::Socks5Proxy
                                : QNetworkProxy::HttpProxy;
        p.manualProxyHost = m_settings->value(u"proxy/host"_s).toString();
        if (const int v = m_settings->value(u"proxy/port"_s).toInt(&ok); ok)
            p.manualProxyPort = v;
        p.caCertificateFile = m_settings->value(u"caCertificateFile"_s).toString();
        p.keyLocation =
            GatewayProfile::keyLocationFromKey(m_settings->value(u"keyLocation"_s).toString())
                .value_or(KeyLocation::Keychain);
        p.prices = PriceTable::fromJson(
            QJsonDocument::fromJson(m_settings->value(u"prices"_s).toString().toUtf8()).object());
        if (const double budget = m_settings->value(u"monthlyBudget"_s).toDouble(&ok);
            ok && budget >= 0)
            p.monthlyBudget = budget;
        profiles << p;
    }
    m_settings->endArray();
    return profiles;
}

void Settings::writeProfiles(const QList<GatewayProfile>& profiles) {
    m_settings->remove(ProfilesKey);
    m_settings->beginWriteArray(ProfilesKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const GatewayProfile& p = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"id"_s, p.id);
        m_settings->setValue(u"name"_s, p.name);
        m_settings->setValue(u"baseUrl"_s, p.baseUrl.toString());
        m_settings->setValue(u"pollIntervalMs"_s, p.pollIntervalMs);
        m_settings->setValue(u"requestTimeoutMs"_s, p.requestTimeoutMs);
        m_settings->setValue(u"http2"_s, p.http2Enabled);
        m_settings->setValue(u"proxy/mode"_s, GatewayProfile::proxyModeKey(p.proxyMode));
        m_settings->setValue(u"proxy/type"_s, p.manualProxyType == QNetworkProxy::Socks5Proxy
                                                  ? u"socks5"_s
                                                  : u"http"_s);
        m_settings->setValue(u"proxy/host"_s, p.manualProxyHost);
        m_settings->setValue(u"proxy/port"_s, p.manualProxyPort);
        m_settings->setValue(u"caCertificateFile"_s, p.caCertificateFile);
        m_settings->setValue(u"keyLocation"_s, GatewayProfile::keyLocationKey(p.keyLocation));
        m_settings->setValue(
            u"prices"_s,
            QString::fromUtf8(QJsonDocument(p.prices.toJson()).toJson(QJsonDocument::Compact)));
        if (p.monthlyBudget)
            m_settings->setValue(u"monthlyBudget"_s, *p.monthlyBudget);
    }
    m_settings->endArray();
}

QList<GatewayProfile> Settings::profiles() const {
    QList<GatewayProfile> all = readProfiles();
    // A profile that a hand edit broke is left out rather than half-used.
    QList<GatewayProfile> usable;
    for (const GatewayProfile& p : all) {
        const bool duplicate =
            std::any_of(usable.cbegin(), usable.cend(), [&p](const GatewayProfile& u) {
                return u.id == p.id || u.name.toCaseFolded() == p.name.toCaseFolded();
            });
        // A missing CA file is reported when connecting, not by hiding the profile.
        GatewayProfile check = p;
        check.caCertificateFile.clear();
        if (!duplicate && check.validate().isEmpty())
            usable << p;
        else
            qCWarning(lcSettings) << "ignoring invalid stored gateway profile" << p.name;
    }
    return usable.isEmpty() ? GatewayProfile::defaults() : usable;
}

bool Settings::setProfiles(const QList<GatewayProfile>& profiles, QString* error) {
    const QStringList problems = validateProfiles(profiles);
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(u'\n');
        return false;
    }
    const QString activeBefore = activeProfileId();
    if (readProfiles() != profiles) {
        writeProfiles(profiles);
        emit valueChanged(ProfilesKey);
        emit profilesChanged();
    }
    const QString activeAfter = activeProfileId();
    if (activeAfter != activeBefore)
        emit activeProfileChanged(activeAfter);
    return true;
}

std::optional<GatewayProfile> Settings::profile(const QString& id) const {
    for (const GatewayProfile& p : profiles()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

std::optional<GatewayProfile> Settings::findProfile(const QString& nameOrId) const {
    const QString folded = nameOrId.trimmed().toCaseFolded();
    const QList<GatewayProfile> all = profiles();
    for (const GatewayProfile& p : all) {
        if (p.name.toCaseFolded() == folded)
            return p;
    }
    for (const GatewayProfile& p : all) {
        if (p.id == nameOrId.trimmed())
            return p;
    }
    return std::nullopt;
}

QString Settings::activeProfileId() const {
    const QString stored = m_settings->value(ActiveProfileKey).toString();
    const QList<GatewayProfile> all = profiles();
    for (const GatewayProfile& p : all) {
        if (p.id == stored)
            return stored;
    }
    return all.first().id;
}

bool Settings::setActiveProfileId(const QString& id) {
    if (!profile(id))
        return false;
    const QString before = activeProfileId();
    m_settings->setValue(ActiveProfileKey, id);
    if (before != id) {
        emit valueChanged(ActiveProfileKey);
        emit activeProfileChanged(id);
    }
    return true;
}

GatewayProfile Settings::activeProfile() const {
    return *profile(activeProfileId());
}

bool Settings::sync() {
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}
