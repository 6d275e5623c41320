#include "controlapi.h"

#include "mockresponses.h"

#include <QJsonDocument>

#include "videoremix_version.h"

using namespace Qt::StringLiterals;

namespace {

HttpResponse badRequest(const QString& message) {
    return MockResponses::canonicalError(400, {message});
}

HttpResponse ok(QJsonObject extra = {}) {
    extra.insert(u"ok"_s, true);
    return HttpResponse::json(200, extra);
}

bool parseObject(const QByteArray& body, QJsonObject* out) {
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return false;
    *out = document.object();
    return true;
}

} // namespace

ControlApi::ControlApi(MockState& state)
    : m_state(state) {}

bool ControlApi::isControlPath(const QByteArray& path) {
    return path == "/__mock" || path.startsWith("/__mock/");
}

HttpResponse ControlApi::handle(const HttpRequest& request) {
    const QByteArray& path = request.path;
    const QByteArray& method = request.method;
    if (path == "/__mock/requests" && method == "GET")
        return HttpResponse::json(200, m_state.log.entries());
    if (path == "/__mock/reset" && method == "POST") {
        m_state.reset();
        return ok();
    }
    if (path == "/__mock/faults" && method == "GET")
        return HttpResponse::json(200, m_state.rules.toJson());
    if (path == "/__mock/faults" && method == "POST")
        return addFaults(request);
    if (path == "/__mock/faults" && method == "DELETE") {
        m_state.rules.clear();
        return ok();
    }
    if (path == "/__mock/config" && method == "GET")
        return HttpResponse::json(200, m_state.config.toJson());
    if (path == "/__mock/config" && method == "POST")
        return configure(request);
    if (path == "/__mock/videos" && method == "POST")
        return addVideo(request);
    if (path == "/__mock/info" && method == "GET")
        return HttpResponse::json(200, QJsonObject{
                                           {u"baseUrl"_s, QString::fromUtf8(m_state.baseUrl)},
                                           {u"cdnBaseUrl"_s, QString::fromUtf8(m_state.cdnBaseUrl)},
                                           {u"version"_s, QStringLiteral(VIDEOREMIX_VERSION)},
                                       });
    return MockResponses::invalidUrl(method, path);
}

HttpResponse ControlApi::addFaults(const HttpRequest& request) {
    QJsonObject body;
    if (!parseObject(request.body, &body))
        return badRequest(u"Expected a JSON object {\"rules\":[...]}"_s);
    // A lone rule is accepted too: it saves tests a wrapper.
    const QJsonArray rules =
        body.contains(u"fault"_s) ? QJsonArray{body} : body.value(u"rules"_s).toArray();
    QList<FaultRule> parsed;
    for (const QJsonValue& value : rules) {
        QString error;
        std::optional<FaultRule> rule = FaultRules::parse(value.toObject(), &error);
        if (!rule)
            return badRequest(error);
        parsed.append(std::move(*rule));
    }
    for (FaultRule& rule : parsed)
        m_state.rules.append(std::move(rule));
    return ok({{u"added"_s, parsed.size()}});
}

HttpResponse ControlApi::configure(const HttpRequest& request) {
    QJsonObject patch;
    if (!parseObject(request.body, &patch))
        return badRequest(u"Expected a JSON object"_s);
    QString error;
    if (!m_state.config.apply(patch, &error))
        return badRequest(error);
    return HttpResponse::json(200, m_state.config.toJson());
}

HttpResponse ControlApi::addVideo(const HttpRequest& request) {
    QJsonObject partial;
    if (!parseObject(request.body, &partial))
        return badRequest(u"Expected a JSON object"_s);
    QString error;
    QString id;
    if (!m_state.jobs.insert(partial, m_state.config.jobDurationMs, m_state.config.dialect, &error,
                             &id))
        return badRequest(error);
    const MockJob* job = m_state.jobs.find(id);
    return HttpResponse::json(
        200, MockResponses::video(*job, m_state.jobs.stateOf(*job), m_state.config.dialect));
}
