#include "connectiontester.h"

#include "api/apiclient.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

bool isJsonObject(const QByteArray& body) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    return parseError.error == QJsonParseError::NoError && document.isObject();
}

} // namespace

ConnectionTestResult ConnectionTestResult::classify(bool succeeded, const ApiError& error) {
    ConnectionTestResult result;
    result.error = error;
    if (succeeded || !error.isError()) {
        result.outcome = Outcome::Accepted;
        return result;
    }
    const int status = error.httpStatus;
    switch (error.kind) {
    case ApiError::Kind::Tls:
        result.outcome = Outcome::TlsFailure;
        break;
    case ApiError::Kind::Timeout:
        result.outcome = Outcome::Timeout;
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Validation:
        result.outcome = Outcome::NetworkFailure;
        break;
    case ApiError::Kind::Http:
    case ApiError::Kind::Protocol:
    case ApiError::Kind::None:
        if (status == 401 || status == 403)
            result.outcome = Outcome::KeyRejected;
        else if (error.isHtml() || (status >= 300 && status < 400))
            result.outcome = Outcome::NotAnApi;
        else if (status >= 500)
            result.outcome = isJsonObject(error.rawBody) ? Outcome::ServerError : Outcome::NotAnApi;
        else if (status >= 400)
            // Auth comes before lookup: a JSON "no such video" means the key passed.
            result.outcome = isJsonObject(error.rawBody) ? Outcome::Accepted : Outcome::NotAnApi;
        else if (error.kind == ApiError::Kind::Protocol && status == 0)
            result.outcome = Outcome::NetworkFailure;
        else
            // 200 that is not a video: something answers, but not the video API.
            result.outcome = Outcome::NotAnApi;
        break;
    }
    return result;
}

QString ConnectionTestResult::outcomeKey(Outcome outcome) {
    switch (outcome) {
    case Outcome::Accepted:
        return u"accepted"_s;
    case Outcome::KeyRejected:
        return u"key-rejected"_s;
    case Outcome::NotAnApi:
        return u"not-an-api"_s;
    case Outcome::ServerError:
        return u"server-error"_s;
    case Outcome::NetworkFailure:
        return u"network-failure"_s;
    case Outcome::TlsFailure:
        return u"tls-failure"_s;
    case Outcome::Timeout:
        return u"timeout"_s;
    }
    return {};
}

QString ConnectionTestResult::headline() const {
    switch (outcome) {
    case Outcome::Accepted:
        return gateway.host().isEmpty()
                   ? tr("Connected: the gateway answered and accepted the key.")
                   : tr("Connected to %1: the gateway answered and accepted the key.")
                         .arg(gateway.host());
    case Outcome::KeyRejected:
        return tr("The gateway rejected the key (HTTP %1).").arg(error.httpStatus);
    case Outcome::NotAnApi:
        return error.httpStatus
                   ? tr("This address answers (HTTP %1), but it is not the video API. Check the "
                        "base URL.")
                         .arg(error.httpStatus)
                   : tr("This address answers, but it is not the video API. Check the base URL.");
    case Outcome::ServerError:
        return tr("The gateway is reachable but reports an error of its own (HTTP %1).")
            .arg(error.httpStatus);
    case Outcome::NetworkFailure:
        return tr("The gateway could not be reached.");
    case Outcome::TlsFailure:
        return tr("The secure connection failed: the gateway's certificate is not trusted.");
    case Outcome::Timeout:
        return tr("The gateway did not answer in time.");
    }
    return {};
}

QStringList ConnectionTestResult::details(UiLanguage language) const {
    if (outcome == Outcome::Accepted) {
        // The probe's expected "no such video" is the proof, not a problem: it is not quoted.
        return {tr("VideoRemix asked the video API for a video that does not exist, with your "
                   "key. The answer shows that this address is the video API and that the key "
                   "is valid. Nothing was created and nothing was charged.")};
    }
    if (!error.isError())
        return {};
    QStringList lines;
    if (outcome == Outcome::KeyRejected || outcome == Outcome::ServerError) {
        if (!error.message.isEmpty() || !error.messageZh.isEmpty())
            lines << error.messagesFor(language);
    }
    if (outcome == Outcome::NotAnApi && error.isHtml() && !error.htmlTitle().isEmpty())
        lines << error.htmlTitle();
    if (!error.technicalDetail.isEmpty())
        lines << error.technicalDetail;
    if (lines.isEmpty())
        lines << error.summary();
    return lines;
}

ConnectionTester::ConnectionTester(QObject* parent)
    : QObject(parent) {}

ConnectionTester::~ConnectionTester() {
    cancel();
}

QString ConnectionTester::probeVideoId() {
    return u"video_videoremix_connection_probe"_s;
}

void ConnectionTester::start(const ClientConfig& config) {
    cancel();
    ClientConfig probe = config;
    probe.maxRetries = 0; // a retried 502 would only delay the verdict
    probe.requestDeadlineMs = std::min(probe.requestDeadlineMs, MaxProbeMs);
    probe.inactivityTimeoutMs = std::min(probe.inactivityTimeoutMs, MaxProbeMs);
    m_client = std::make_unique<ApiClient>(probe);
    m_call = m_client->retrieve(probeVideoId());
    ApiCall* call = m_call;
    connect(call, &ApiCall::finished, this, [this, call, gatewayUrl = config.baseUrl] {
        if (call != m_call)
            return;
        m_call = nullptr;
        ConnectionTestResult result =
            ConnectionTestResult::classify(call->succeeded(), call->error());
        result.gateway = gatewayUrl;
        emit finished(result);
    });
}

void ConnectionTester::cancel() {
    if (m_call) {
        ApiCall* call = m_call;
        m_call = nullptr;
        call->abort();
    }
    // Destroying the client deletes any call still parented to it.
    if (m_client)
        m_client.release()->deleteLater();
}
