#include "videoapi.h"

#include "byteranges.h"
#include "createrequest.h"
#include "mockassets.h"
#include "mockresponses.h"
#include "requestchecks.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

using RequestChecks::badParam;

VideoApi::VideoApi(MockState& state)
    : m_state(state) {}

HttpResponse VideoApi::handle(const HttpRequest& request, bool requireAuth) {
    const QStringList segments = request.pathSegments();
    if (segments.size() < 2 || segments.at(0) != u"v1"_s || segments.at(1) != u"videos"_s) {
        if (requireAuth && !authorized(request) && segments.value(0) == u"v1"_s)
            return MockResponses::invalidToken();
        return MockResponses::invalidUrl(request.method, request.path);
    }
    if (requireAuth && !authorized(request))
        return MockResponses::invalidToken();

    const QByteArray& method = request.method;
    const bool listAvailable = m_state.config.listEndpoint;
    if (segments.size() == 2 && method == "GET" && listAvailable)
        return list(request);
    if (segments.size() == 2 && method == "POST")
        return create(request);
    if (segments.size() == 3 && method == "GET")
        return retrieve(segments.at(2));
    if (segments.size() == 3 && method == "DELETE" && listAvailable)
        return remove(segments.at(2));
    if (segments.size() == 4 && segments.at(3) == u"remix"_s && method == "POST")
        return remix(segments.at(2), request);
    if (segments.size() == 4 && segments.at(3) == u"content"_s && method == "GET")
        return content(segments.at(2), request);
    return MockResponses::invalidUrl(method, request.path);
}

bool VideoApi::authorized(const HttpRequest& request) const {
    const QByteArray value = request.header("Authorization").trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space < 0 || value.first(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return false;
    return value.mid(space + 1).trimmed() == m_state.config.apiKey.toUtf8();
}

HttpResponse VideoApi::list(const HttpRequest& request) {
    const QString order = request.queryValue(u"order"_s);
    if (!order.isEmpty() && order != u"asc"_s && order != u"desc"_s)
        return MockResponses::error(400,
                                    badParam(u"order must be asc or desc"_s,
                                             u"order 必须为 asc 或 desc"_s, u"order"_s,
                                             u"invalid_value"_s),
                                    m_state.config.dialect);
    int limit = 20;
    const QString limitText = request.queryValue(u"limit"_s);
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 0 || limit > 100)
            return MockResponses::error(400,
                                        badParam(u"limit must be between 0 and 100"_s,
                                                 u"limit 必须在 0 到 100 之间"_s, u"limit"_s,
                                                 u"invalid_value"_s),
                                        m_state.config.dialect);
    }

    const QList<const MockJob*> jobs = m_state.jobs.ordered(order != u"asc"_s);
    qsizetype start = 0;
    const QString after = request.queryValue(u"after"_s);
    if (!after.isEmpty()) {
        const auto it = std::find_if(jobs.cbegin(), jobs.cend(),
                                     [&after](const MockJob* job) { return job->id == after; });
        if (it == jobs.cend())
            return MockResponses::error(400,
                                        badParam(u"after must be the id of a listed video"_s,
                                                 u"after 必须是列表中的视频 ID"_s, u"after"_s,
                                                 u"invalid_value"_s),
                                        m_state.config.dialect);
        start = std::distance(jobs.cbegin(), it) + 1;
    }

    QJsonArray data;
    for (qsizetype i = start; i < jobs.size() && data.size() < limit; ++i)
        data.append(MockResponses::video(*jobs.at(i), m_state.jobs.stateOf(*jobs.at(i)),
                                         m_state.config.dialect));
    const bool hasMore = start + data.size() < jobs.size();
    return HttpResponse::json(
        200, QJsonObject{
                 {u"object"_s, u"list"_s},
                 {u"data"_s, data},
                 {u"first_id"_s, data.isEmpty() ? QJsonValue() : data.first()[u"id"_s]},
                 {u"last_id"_s, data.isEmpty() ? QJsonValue() : data.last()[u"id"_s]},
                 {u"has_more"_s, hasMore},
             });
}

HttpResponse VideoApi::retrieve(const QString& id) {
    const MockJob* job = m_state.jobs.find(id);
    if (!job)
        return MockResponses::videoNotFound(m_state.config.dialect);
    HttpResponse response = HttpResponse::json(
        200, MockResponses::video(*job, m_state.jobs.stateOf(*job), m_state.config.dialect));
    addPollAfter(response);
    return response;
}

HttpResponse VideoApi::remove(const QString& id) {
    if (!m_state.jobs.remove(id))
        return MockResponses::videoNotFound(m_state.config.dialect);
    return HttpResponse::json(
        200, QJsonObject{{u"id"_s, id}, {u"object"_s, u"video.deleted"_s}, {u"deleted"_s, true}});
}

HttpResponse VideoApi::remix(const QString& sourceId, const HttpRequest& request) {
    const Dialect dialect = m_state.config.dialect;
    const MockJob* source = m_state.jobs.find(sourceId);
    if (!source)
        return MockResponses::videoNotFound(dialect);

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return MockResponses::error(400, RequestChecks::invalidJson(), dialect);
    const QJsonObject body = document.object();
    const QJsonValue promptValue = body.value(u"prompt"_s);
    const QString prompt = promptValue.toString();
    if (const auto problem = RequestChecks::checkPrompt(
            promptValue.isString() ? std::optional(prompt) : std::nullopt))
        return MockResponses::error(400, *problem, dialect);
    QString size;
    if (body.contains(u"size"_s)) {
        size = body.value(u"size"_s).toString();
        if (const auto problem = RequestChecks::checkSizeFormat(size))
            return MockResponses::error(400, *problem, dialect);
    }
    if (const auto problem = RequestChecks::checkModeration(prompt))
        return MockResponses::error(400, *problem, dialect);

    const MockJob& job =
        m_state.jobs.createRemix(*source, prompt, size, m_state.config.jobDurationMs, dialect);
    HttpResponse response =
        HttpResponse::json(200, MockResponses::video(job, m_state.jobs.stateOf(job), dialect));
    addPollAfter(response);
    addBillingRatios(response, job);
    return response;
}

HttpResponse VideoApi::create(const HttpRequest& request) {
    const Dialect dialect = m_state.config.dialect;
    CreateRequest fields;
    MockResponses::ErrorText problem;
    if (!CreateRequest::read(request, &fields, &problem))
        return MockResponses::error(400, problem, dialect);
    const MockJob& job =
        m_state.jobs.createVideo(fields.prompt, fields.model, fields.seconds, fields.size,
                                 m_state.config.jobDurationMs, dialect);
    HttpResponse response =
        HttpResponse::json(200, MockResponses::video(job, m_state.jobs.stateOf(job), dialect));
    addPollAfter(response);
    addBillingRatios(response, job);
    return response;
}

HttpResponse VideoApi::content(const QString& id, const HttpRequest& request) {
    const MockJob* job = m_state.jobs.find(id);
    if (!job)
        return MockResponses::videoNotFound(m_state.config.dialect);
    const JobState state = m_state.jobs.stateOf(*job);
    if (state.status != JobStatus::Completed)
        return MockResponses::notCompleted(state);

    QString variant = request.queryValue(u"variant"_s);
    if (variant.isEmpty() || m_state.config.contentIgnoresVariant)
        variant = u"video"_s;
    if (!MockAssets::isVariant(variant))
        return MockResponses::canonicalError(
            400, badParam(u"Invalid 'variant': expected video, thumbnail or spritesheet."_s,
                          u"variant 无效：应为 video、thumbnail 或 spritesheet"_s, u"variant"_s,
                          u"invalid_value"_s));

    switch (m_state.config.contentMode) {
    case ContentMode::Bytes:
        return media(variant, request);
    case ContentMode::JsonUrl:
        return HttpResponse::json(
            200, QJsonObject{{u"url"_s, QString::fromUtf8(cdnUrl(job->id, variant))}});
    case ContentMode::Redirect: {
        HttpResponse response = HttpResponse::bytes(m_state.config.redirectStatus, "text/plain",
                                                    "Redirecting to the CDN\n"_ba);
        response.setHeader("Location", cdnUrl(job->id, variant));
        return response;
    }
    }
    return media(variant, request);
}

HttpResponse VideoApi::cdnFile(const HttpRequest& request) {
    const QStringList segments = request.pathSegments();
    if (request.method != "GET" || segments.size() != 2 || segments.at(0) != u"files"_s)
        return HttpResponse::bytes(404, "text/plain", "Not Found\n"_ba);
    const QString& name = segments.at(1);
    for (const QString& variant : {u"video"_s, u"thumbnail"_s, u"spritesheet"_s}) {
        const QString suffix = u'.' + MockAssets::forVariant(variant).extension;
        if (!name.endsWith(suffix))
            continue;
        const MockJob* job = m_state.jobs.find(name.chopped(suffix.size()));
        if (!job || m_state.jobs.stateOf(*job).status != JobStatus::Completed)
            break;
        return media(variant, request);
    }
    return HttpResponse::bytes(404, "text/plain", "Not Found\n"_ba);
}

HttpResponse VideoApi::mediaBytes(const QString& variant) const {
    const MockAssets::Asset& asset = MockAssets::forVariant(variant);
    HttpResponse response = HttpResponse::bytes(200, asset.contentType, asset.bytes);
    if (variant == u"video"_s && m_state.config.contentBytes > 0) {
        // Benchmarks get a body of the requested size that still opens with
        // the real file's ftyp box, so type sniffing behaves as with real media.
        const qint64 ftypSize = qFromBigEndian<quint32>(asset.bytes.constData());
        response.body.clear();
        response.synthetic.emplace(asset.bytes.first(std::min<qint64>(ftypSize, 64)),
                                   "videoremix-mock synthetic media "_ba, QByteArray(),
                                   m_state.config.contentBytes);
    }
    return response;
}

HttpResponse VideoApi::media(const QString& variant, const HttpRequest& request) const {
    return ByteRanges::serve(mediaBytes(variant), request, m_state.config.acceptRanges);
}

QByteArray VideoApi::cdnUrl(const QString& id, const QString& variant) const {
    return m_state.cdnBaseUrl + "/files/" + QUrl::toPercentEncoding(id) + '.' +
           MockAssets::forVariant(variant).extension.toUtf8();
}

void VideoApi::addPollAfter(HttpResponse& response) const {
    if (m_state.config.pollAfterMs >= 0)
        response.setHeader("openai-poll-after-ms", QByteArray::number(m_state.config.pollAfterMs));
}

void VideoApi::addBillingRatios(HttpResponse& response, const MockJob& job) const {
    // new-api says how it billed a task: seconds (4 when none were sent) and a size factor.
    if (m_state.config.dialect != Dialect::NewApi)
        return;
    const QString seconds = job.seconds.isEmpty() ? u"4"_s : job.seconds;
    const bool large = job.size == u"1792x1024"_s || job.size == u"1024x1792"_s;
    const QJsonObject ratios{{u"seconds"_s, seconds.toInt()}, {u"size"_s, large ? 1.666667 : 1.0}};
    response.setHeader("X-New-Api-Other-Ratios",
                       QJsonDocument(ratios).toJson(QJsonDocument::Compact));
}
