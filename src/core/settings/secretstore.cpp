#include "secretstore.h"

#include "logredaction.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "videoremix.secrets")

namespace {

using Status = SecretResult::Status;

constexpr qint64 MaxKeyFileBytes = 1024 * 1024;

QString keychainAccount(const QString& account) {
    return u"api-key/"_s + account;
}

Status statusFor(QKeychain::Error error) {
    switch (error) {
    case QKeychain::NoError:
        return Status::Ok;
    case QKeychain::EntryNotFound:
        return Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::OtherError:
        return Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return Status::Failed;
    }
    return Status::Failed;
}

SecretResult failure(Status status, const QString& text) {
    SecretResult result;
    result.status = status;
    result.errorString = LogRedaction::redact(text);
    return result;
}

SecretResult failure(Status status, const std::function<QString()>& wording) {
    SecretResult result = failure(status, wording());
    result.wording = [wording] {
        return LogRedaction::redact(wording());
    };
    return result;
}

// `detail` is the system's own text: kept apart so a sentence in the UI language need not hold it.
SecretResult failure(Status status, const QString& detail, const std::function<QString()>& wording,
                     const std::function<QString()>& summary) {
    SecretResult result = failure(status, wording);
    result.detail = LogRedaction::redact(detail);
    result.summary = [summary] {
        return LogRedaction::redact(summary());
    };
    return result;
}

QString unavailableSummary() {
    return SecretStore::tr("The system keychain is not available. The key can be kept for this "
                           "run only, or, if you accept the risk, in a file on this computer.");
}

QString unavailableText(const QString& detail) {
    return SecretStore::tr(
               "The system keychain is not available (%1). The key can be kept for this "
               "run only, or, if you accept the risk, in a file on this computer.")
        .arg(detail);
}

} // namespace

std::optional<EnvironmentKey> environmentApiKey() {
    for (const char* name : {"VIDEOREMIX_API_KEY", "OPENAI_API_KEY"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return EnvironmentKey{QString::fromLatin1(name), value};
    }
    return std::nullopt;
}

SecretOperation::SecretOperation(int timeoutMs, QObject* parent)
    : QObject(parent) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const int seconds = m_timeout.interval() / 1000;
        finish(failure(Status::Unavailable, [seconds] {
            return unavailableText(
                SecretStore::tr("no answer within %n seconds", nullptr, seconds));
        }));
    });
    if (timeoutMs > 0)
        m_timeout.start(timeoutMs);
}

void SecretOperation::finish(SecretResult result) {
    if (isFinished())
        return;
    m_timeout.stop();
    if (result.status == Status::Pending)
        result.status = Status::Failed;
    if (result.ok() && !result.secret.isEmpty())
        LogRedaction::addSecret(result.secret);
    m_result = std::move(result);
    emit finished();
    deleteLater();
}

void SecretOperation::finishLater(SecretResult result) {
    QMetaObject::invokeMethod(
        this, [this, result = std::move(result)]() mutable { finish(std::move(result)); },
        Qt::QueuedConnection);
}

QString SecretStore::defaultService() {
    return u"VideoRemix"_s;
}

QString SecretStore::keyFileName() {
    return u"api-keys-plaintext.json"_s;
}

SecretStore::SecretStore(const QString& configDirectory, const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_keyFilePath(QDir(configDirectory).filePath(keyFileName())) {}

SecretOperation* SecretStore::newOperation() {
    return new SecretOperation(m_timeoutMs, this);
}

SecretOperation* SecretStore::lookup(const GatewayProfile& profile) {
    if (const auto environment = environmentApiKey()) {
        SecretOperation* operation = newOperation();
        SecretResult result;
        result.status = Status::Ok;
        result.secret = environment->value;
        result.source = KeySource::Environment;
        operation->finishLater(result);
        return operation;
    }
    if (const auto session = sessionSecret(profile.id)) {
        SecretOperation* operation = newOperation();
        operation->finishLater({Status::Ok, *session, KeySource::Session, {}, {}, {}, {}});
        return operation;
    }
    return read(profile.id, profile.keyLocation);
}

SecretOperation* SecretStore::read(const QString& account, KeyLocation location) {
    SecretOperation* operation = newOperation();
    if (location == KeyLocation::File) {
        QString error;
        const QString secret = readFileSecret(account, &error);
        if (!error.isEmpty())
            operation->finishLater(failure(Status::Failed, error));
        else if (secret.isEmpty())
            operation->finishLater(
                failure(Status::NotFound, tr("No key is stored for this profile.")));
        else
            operation->finishLater({Status::Ok, secret, KeySource::File, {}, {}, {}, {}});
        return operation;
    }
    startKeychainRead(operation, account, KeySource::Keychain, {}, false);
    return operation;
}

void SecretStore::startKeychainRead(SecretOperation* operation, const QString& account,
                                    KeySource source, const QString& expected,
                                    bool confirmingWrite) {
    // Not parented to the operation: a job that outlives a timed-out operation
    // must finish (and delete itself) on its own rather than be torn down mid-call.
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(keychainAccount(account));
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(
        job, &QKeychain::Job::finished, operation,
        [operation, source, expected, confirmingWrite](QKeychain::Job* finishedJob) {
            auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finishedJob);
            const Status status = statusFor(readJob->error());
            if (confirmingWrite) {
                if (status == Status::Ok && readJob->textData() == expected) {
                    operation->finish({Status::Ok, expected, source, {}, {}, {}, {}});
                } else {
                    operation->finish(failure(
                        status == Status::Unavailable ? Status::Unavailable : Status::Failed,
                        tr("The keychain accepted the key but did not return it when read back.")));
                }
                return;
            }
            if (status == Status::Ok)
                operation->finish({Status::Ok, readJob->textData(), source, {}, {}, {}, {}});
            else if (status == Status::NotFound)
                operation->finish(
                    failure(Status::NotFound, tr("No key is stored for this profile.")));
            else if (status == Status::Unavailable)
                operation->finish(failure(
                    status, readJob->errorString(),
                    [detail = readJob->errorString()] { return unavailableText(detail); },
                    unavailableSummary));
            else
                operation->finish(failure(
                    status, readJob->errorString(),
                    [detail = readJob->errorString()] {
                        return tr("Reading the key from the keychain failed: %1").arg(detail);
                    },
                    [] { return tr("Reading the key from the keychain failed."); }));
        });
    job->start();
}

SecretOperation* SecretStore::write(const QString& account, const QString& secret) {
    SecretOperation* operation = newOperation();
    if (secret.trimmed().isEmpty()) {
        operation->finishLater(failure(Status::Failed, tr("An empty key cannot be stored.")));
        return operation;
    }
    LogRedaction::addSecret(secret);
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(keychainAccount(account));
    job->setTextData(secret);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QPointer<SecretStore> self(this);
    connect(job, &QKeychain::Job::finished, operation,
            [self, operation, account, secret](QKeychain::Job* j) {
                const Status status = statusFor(j->error());
                if (status == Status::Unavailable) {
                    operation->finish(failure(
                        status, j->errorString(),
                        [detail = j->errorString()] { return unavailableText(detail); },
                        unavailableSummary));
                    return;
                }
                if (status != Status::Ok || !self) {
                    operation->finish(failure(
                        Status::Failed, j->errorString(),
                        [detail = j->errorString()] {
                            return tr("Storing the key in the keychain failed: %1").arg(detail);
                        },
                        [] { return tr("Storing the key in the keychain failed."); }));
                    return;
                }
                // The key now lives in the keychain: no plaintext copy may linger.
                QString ignored;
                self->writeFileSecret(account, std::nullopt, &ignored);
                self->startKeychainRead(operation, account, KeySource::Keychain, secret, true);
            });
    job->start();
    return operation;
}

SecretOperation* SecretStore::writeToFile(const QString& account, const QString& secret,
                                          UserAcceptedPlaintextRisk) {
    SecretOperation* operation = newOperation();
    if (secret.trimmed().isEmpty()) {
        operation->finishLater(failure(Status::Failed, tr("An empty key cannot be stored.")));
        return operation;
    }
    QString error;
    if (!writeFileSecret(account, secret, &error)) {
        operation->finishLater(failure(Status::Failed, error));
        return operation;
    }
    QString readError;
    if (readFileSecret(account, &readError) != secret) {
        operation->finishLater(
            failure(Status::Failed, tr("The key file did not return the key just written.")));
        return operation;
    }
    operation->finishLater({Status::Ok, secret, KeySource::File, {}, {}, {}, {}});
    return operation;
}

SecretOperation* SecretStore::remove(const QString& account) {
    SecretOperation* operation = newOperation();
    m_session.remove(account);
    QString fileError;
    const bool fileOk = writeFileSecret(account, std::nullopt, &fileError);
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(keychainAccount(account));
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, operation,
            [operation, fileOk, fileError](QKeychain::Job* j) {
                const Status status = statusFor(j->error());
                if (!fileOk)
                    operation->finish(failure(Status::Failed, fileError));
                else if (status == Status::Ok || status == Status::NotFound)
                    operation->finish({Status::Ok, {}, KeySource::None, {}, {}, {}, {}});
                else if (status == Status::Unavailable)
                    operation->finish(failure(
                        status, [detail = j->errorString()] { return unavailableText(detail); }));
                else
                    operation->finish(failure(status, [detail = j->errorString()] {
                        return tr("Removing the key from the keychain failed: %1").arg(detail);
                    }));
            });
    job->start();
    return operation;
}

void SecretStore::setSessionSecret(const QString& account, const QString& secret) {
    LogRedaction::addSecret(secret);
    m_session.insert(account, secret);
}

void SecretStore::clearSessionSecret(const QString& account) {
    m_session.remove(account);
}

std::optional<QString> SecretStore::sessionSecret(const QString& account) const {
    const auto it = m_session.constFind(account);
    if (it == m_session.cend())
        return std::nullopt;
    return *it;
}

SecretResult SecretStore::waitFor(SecretOperation* operation) {
    if (!operation)
        return failure(Status::Failed, tr("No operation."));
    if (operation->isFinished())
        return operation->result();
    SecretResult result;
    QEventLoop loop;
    connect(operation, &SecretOperation::finished, &loop, [&result, &loop, operation] {
        result = operation->result();
        loop.quit();
    });
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return result;
}

QString SecretStore::keySourceText(KeySource source) {
    switch (source) {
    case KeySource::None:
        return tr("no key");
    case KeySource::Environment:
        return tr("from environment");
    case KeySource::Session:
        return tr("for this run only");
    case KeySource::Keychain:
        return tr("in the system keychain");
    case KeySource::File:
        return tr("in a file on this computer (not encrypted)");
    }
    return {};
}

QString SecretStore::readFileSecret(const QString& account, QString* error) const {
    QFile file(m_keyFilePath);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The key file %1 cannot be read: %2").arg(m_keyFilePath, file.errorString());
        return {};
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.read(MaxKeyFileBytes));
    if (!document.isObject()) {
        *error = tr("The key file %1 is damaged.").arg(m_keyFilePath);
        return {};
    }
    return document.object().value(account).toString();
}

bool SecretStore::writeFileSecret(const QString& account, const std::optional<QString>& secret,
                                  QString* error) {
    QJsonObject keys;
    {
        QFile existing(m_keyFilePath);
        if (!existing.exists() && !secret)
            return true; // nothing to remove, and no reason to create the file
        if (existing.open(QIODevice::ReadOnly))
            keys = QJsonDocument::fromJson(existing.read(MaxKeyFileBytes)).object();
    }
    if (!secret && !keys.contains(account))
        return true;
    if (secret)
        keys.insert(account, *secret);
    else
        keys.remove(account);

    if (keys.isEmpty()) {
        if (QFile::remove(m_keyFilePath))
            return true;
        *error = tr("The key file %1 cannot be removed.").arg(m_keyFilePath);
        return false;
    }

    QDir().mkpath(QFileInfo(m_keyFilePath).absolutePath());
    QSaveFile file(m_keyFilePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("The key file %1 cannot be written: %2").arg(m_keyFilePath, file.errorString());
        return false;
    }
    // Restricted before a single byte of the key is written.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        *error = tr("The key file %1 cannot be made private.").arg(m_keyFilePath);
        return false;
    }
    file.write(QJsonDocument(keys).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("The key file %1 cannot be written: %2").arg(m_keyFilePath, file.errorString());
        return false;
    }
    return true;
}
