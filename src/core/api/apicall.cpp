#include "apicall.h"

#include "oneshotbody.h"
#include "replyclassifier.h"
#include "requestfactory.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

ApiCall::ApiCall(QObject* parent)
    : QObject(parent) {}

ApiCall::ApiCall(QNetworkAccessManager* network, const RequestFactory* factory,
                 RetryPolicy::Method method, QUrl url, QByteArray body, Expect expect,
                 QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_factory(factory)
    , m_method(method)
    , m_url(std::move(url))
    , m_body(std::move(body))
    , m_expect(expect) {
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_deadlinePassed = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::~ApiCall() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

ApiCall* ApiCall::rejected(const ApiError& error, QObject* parent) {
    auto* call = new ApiCall(parent);
    QTimer::singleShot(0, call, [call, error] { call->finishWith(error); });
    return call;
}

void ApiCall::start() {
    if (!m_network || m_attempts > 0 || m_finished)
        return;
    sendAttempt();
}

void ApiCall::abort() {
    if (m_finished)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->abort();
        return;
    }
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.url = m_url;
    finishWith(error);
}

void ApiCall::sendAttempt() {
    ++m_attempts;
    m_received.clear();
    m_deadlinePassed = false;
    m_tooLarge = false;
    switch (m_method) {
    case RetryPolicy::Method::Get:
        m_reply = m_network->get(m_factory->authorized(m_url));
        break;
    case RetryPolicy::Method::Delete:
        m_reply = m_network->deleteResource(m_factory->authorized(m_url));
        break;
    case RetryPolicy::Method::PaidPost:
        m_reply = postOnce();
        break;
    }
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_deadline.start(m_factory->config().requestDeadlineMs);
}

QNetworkReply* ApiCall::postOnce() {
    if (!m_form) {
        auto* body = new OneShotBody(m_body);
        QNetworkReply* reply =
            m_network->post(m_factory->authorizedOneShotPost(m_url, m_body.size()), body);
        body->setParent(reply);
        return reply;
    }
    auto* multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const auto& [name, value] : m_form->fields) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       u"form-data; name=\"%1\""_s.arg(name));
        part.setBody(value.toUtf8());
        multiPart->append(part);
    }
    if (!m_form->fileField.isEmpty()) {
        QHttpPart file;
        QString fileName = m_form->fileName;
        fileName.remove(u'"').remove(u'\r').remove(u'\n');
        file.setHeader(
            QNetworkRequest::ContentDispositionHeader,
            u"form-data; name=\"%1\"; filename=\"%2\""_s.arg(m_form->fileField, fileName));
        file.setHeader(QNetworkRequest::ContentTypeHeader, m_form->fileContentType);
        // The same one-shot guard as a JSON body: a part that cannot rewind makes
        // the whole form unrewindable, so Qt cannot send the paid POST twice.
        auto* bytes = new OneShotBody(m_form->fileBytes, multiPart, OneShotBody::Use::Part);
        file.setBodyDevice(bytes);
        multiPart->append(file);
    }
    QNetworkReply* reply = m_network->post(m_factory->authorizedMultipartPost(m_url), multiPart);
    multiPart->setParent(reply);
    return reply;
}

void ApiCall::onReadyRead() {
    // An API answer is small; a huge one is a broken or hostile gateway.
    if (m_received.size() + m_reply->bytesAvailable() > MaxBodyBytes) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    m_received += m_reply->readAll();
}

ApiError ApiCall::classify(QNetworkReply* reply, const QByteArray& body,
                           RetryPolicy::Failure& failure) {
    ReplyClassifier::Facts facts;
    facts.cancelled = m_cancelled;
    facts.deadlinePassed = m_deadlinePassed;
    facts.deadlineMs = m_factory->config().requestDeadlineMs;
    facts.tooLarge = m_tooLarge;
    facts.maxBodyBytes = MaxBodyBytes;
    facts.bodyBytes = body.size();
    ReplyClassifier::Verdict verdict = ReplyClassifier::classify(reply, body, facts);
    failure = verdict.failure;
    if (verdict.error.isError()) {
        verdict.error.url = m_url;
        return verdict.error;
    }
    ApiError error;
    if (readSuccess(body, error))
        return {};
    failure = RetryPolicy::Failure::Protocol;
    ReplyClassifier::describe(error, failure, reply, body, m_url);
    return error;
}

bool ApiCall::readSuccess(const QByteArray& body, ApiError& error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error.technicalDetail =
            body.isEmpty()
                ? tr("The answer was empty.")
                : tr("The answer is not a JSON object: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject object = document.object();
    switch (m_expect) {
    case Expect::Video:
        m_video = Video::fromJson(object);
        if (!m_video) {
            error.technicalDetail = tr("The answer does not describe a video.");
            return false;
        }
        break;
    case Expect::VideoList:
        if (!object.value(u"data"_s).isArray()) {
            error.technicalDetail = tr("The answer is not a list of videos.");
            return false;
        }
        break;
    case Expect::Deletion:
        break;
    }
    m_json = object;
    return true;
}

void ApiCall::onReplyFinished() {
    QScopedPointer<QNetworkReply, QScopedPointerDeleteLater> reply(m_reply.data());
    m_reply.clear();
    m_deadline.stop();
    if (!reply)
        return;
    // An aborted reply (size cap, deadline, Qt's own decompression check) is closed.
    if (!m_tooLarge && !m_deadlinePassed && reply->isOpen())
        m_received += reply->readAll();

    RetryPolicy::Failure failure = RetryPolicy::Failure::HttpStatus;
    ApiError error = classify(reply.data(), m_received, failure);
    if (!error.isError()) {
        bool ok = false;
        const qint64 pollAfter = reply->rawHeader("openai-poll-after-ms").trimmed().toLongLong(&ok);
        if (ok && pollAfter >= 0)
            m_pollAfterMs = pollAfter;
        m_billingRatios = reply->rawHeader("X-New-Api-Other-Ratios").left(4096);
        finishWith(error);
        return;
    }

    const RetryPolicy::Decision decision = ReplyClassifier::decideRetry(
        reply.data(), m_method, failure, m_attempts - 1, m_factory->config().maxRetries, error);
    if (decision.retry) {
        emit retryScheduled(error.redacted(), decision.delayMs);
        m_retryTimer.start(static_cast<int>(decision.delayMs));
        return;
    }
    finishWith(error);
}

void ApiCall::finishWith(const ApiError& error) {
    if (m_finished)
        return;
    m_finished = true;
    // The request's key is known to the redaction (RequestFactory): a gateway
    // that echoed it in any part of its answer gets it no further than here.
    m_error = error.redacted();
    emit finished();
}
