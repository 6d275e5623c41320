#include "profilekeyeditor.h"

ProfileKeyEditor::ProfileKeyEditor(SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets) {}

void ProfileKeyEditor::load(const GatewayProfile& profile) {
    State& state = m_keys[profile.id];
    if (const auto session = m_secrets->sessionSecret(profile.id)) {
        state.stored = *session;
        state.source = KeySource::Session;
        return;
    }
    state.loading = true;
    SecretOperation* operation = m_secrets->read(profile.id, profile.keyLocation);
    const QString id = profile.id;
    connect(operation, &SecretOperation::finished, this, [this, operation, id] {
        const SecretResult& result = operation->result();
        if (!m_keys.contains(id))
            return;
        State& key = m_keys[id];
        key.loading = false;
        if (result.ok()) {
            key.stored = result.secret;
            key.source = result.source;
        } else if (result.status != SecretResult::Status::NotFound) {
            key.problem = result;
        }
        emit changed(id);
    });
}

void ProfileKeyEditor::add(const QString& profileId, const std::optional<QString>& key) {
    State state;
    if (key && !key->isEmpty())
        state.edited = *key;
    m_keys.insert(profileId, state);
}

void ProfileKeyEditor::remove(const QString& profileId) {
    m_keys.remove(profileId);
}

void ProfileKeyEditor::clear() {
    m_keys.clear();
}

QString ProfileKeyEditor::effectiveKey(const QString& profileId) const {
    const auto it = m_keys.constFind(profileId);
    if (it == m_keys.cend())
        return {};
    return it->edited ? *it->edited : it->stored;
}

void ProfileKeyEditor::edit(const QString& profileId, const QString& text) {
    State& key = m_keys[profileId];
    key.edited = text.trimmed();
    key.keychainUnavailable = false;
    key.writeFailed = false;
    emit changed(profileId);
}

void ProfileKeyEditor::store(const QStringList& profileIds) {
    for (const QString& id : profileIds) {
        State& key = m_keys[id];
        if (!key.edited || *key.edited == key.stored || key.writing)
            continue;
        const QString value = *key.edited;
        if (value.isEmpty()) {
            m_secrets->clearSessionSecret(id);
            m_secrets->remove(id);
            key.stored.clear();
            key.source = KeySource::None;
            key.edited.reset();
            emit stored(id, KeySource::None); // the gateway in use may have lost its key
            emit changed(id);
            continue;
        }
        ++m_pendingWrites;
        key.writing = true;
        key.keychainUnavailable = false;
        key.writeFailed = false;
        key.problem.reset();
        SecretOperation* operation = m_secrets->write(id, value);
        connect(operation, &SecretOperation::finished, this,
                [this, operation, id, value] { onWritten(id, value, operation->result()); });
        emit changed(id);
    }
}

void ProfileKeyEditor::onWritten(const QString& profileId, const QString& key,
                                 const SecretResult& result) {
    --m_pendingWrites;
    if (m_keys.contains(profileId)) {
        State& state = m_keys[profileId];
        state.writing = false;
        if (result.ok()) {
            state.stored = key;
            state.source = KeySource::Keychain;
            state.problem.reset();
            if (state.edited == key)
                state.edited.reset();
            m_secrets->clearSessionSecret(profileId);
            emit stored(profileId, KeySource::Keychain);
        } else if (result.status == SecretResult::Status::Unavailable) {
            state.keychainUnavailable = true;
            state.problem = result;
            emit choiceNeeded(profileId);
        } else {
            state.problem = result;
            state.writeFailed = true;
        }
        emit changed(profileId);
    }
    if (m_pendingWrites == 0)
        emit writesSettled();
}

bool ProfileKeyEditor::waitingForChoice() const {
    return std::any_of(m_keys.cbegin(), m_keys.cend(),
                       [](const State& k) { return k.keychainUnavailable || k.writeFailed; });
}

bool ProfileKeyEditor::keepForThisRun(const QString& profileId) {
    const QString value = effectiveKey(profileId);
    if (value.isEmpty())
        return false;
    State& key = m_keys[profileId];
    m_secrets->setSessionSecret(profileId, value);
    key.stored = value;
    key.source = KeySource::Session;
    key.edited.reset();
    key.keychainUnavailable = false;
    key.writeFailed = false;
    key.problem.reset();
    emit stored(profileId, KeySource::Session);
    emit changed(profileId);
    return true;
}

void ProfileKeyEditor::storeInFile(const QString& profileId, UserAcceptedPlaintextRisk risk) {
    const QString value = effectiveKey(profileId);
    if (value.isEmpty())
        return;
    SecretOperation* operation = m_secrets->writeToFile(profileId, value, risk);
    connect(operation, &SecretOperation::finished, this, [this, operation, profileId, value] {
        const SecretResult& result = operation->result();
        if (!m_keys.contains(profileId))
            return;
        State& key = m_keys[profileId];
        if (result.ok()) {
            key.stored = value;
            key.source = KeySource::File;
            key.edited.reset();
            key.keychainUnavailable = false;
            key.writeFailed = false;
            key.problem.reset();
            m_secrets->clearSessionSecret(profileId);
            emit stored(profileId, KeySource::File);
        } else {
            key.problem = result;
        }
        emit changed(profileId);
    });
}
