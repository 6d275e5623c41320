#include "mockresponses.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace MockResponses {

namespace {

QJsonValue timestamp(std::optional<qint64> ms, Dialect dialect) {
    if (!ms)
        return QJsonValue::Null;
    return dialect == Dialect::NewApi ? *ms : *ms / 1000;
}

QString canonicalStatus(JobStatus status) {
    switch (status) {
    case JobStatus::Queued:
        return u"queued"_s;
    case JobStatus::InProgress:
        return u"in_progress"_s;
    case JobStatus::Completed:
        return u"completed"_s;
    case JobStatus::Failed:
        return u"failed"_s;
    }
    return {};
}

} // namespace

QJsonValue status(const JobState& state, Dialect dialect) {
    switch (dialect) {
    case Dialect::OpenAi:
    case Dialect::Seed:
        return canonicalStatus(state.status);
    case Dialect::NewApi:
        switch (state.status) {
        case JobStatus::Queued:
            return state.submitted ? u"SUBMITTED"_s : u"NOT_START"_s;
        case JobStatus::InProgress:
            return u"IN_PROGRESS"_s;
        case JobStatus::Completed:
            return u"SUCCESS"_s;
        case JobStatus::Failed:
            return u"FAILURE"_s;
        }
        break;
    case Dialect::Numeric:
        switch (state.status) {
        case JobStatus::Queued:
            return 101;
        case JobStatus::InProgress:
            return 102;
        case JobStatus::Completed:
            return 103;
        case JobStatus::Failed:
            return 104;
        }
        break;
    }
    return QJsonValue::Null;
}

QJsonObject video(const MockJob& job, const JobState& state, Dialect dialect) {
    const bool seed = dialect == Dialect::Seed;
    QJsonObject object{
        {u"id"_s, job.id},
        {u"object"_s, u"video"_s},
        {u"model"_s, !job.model.isEmpty() ? job.model
                     : seed               ? u"sora_video2"_s
                                          : u"sora-2"_s},
        {u"status"_s, status(state, dialect)},
        {u"created_at"_s, timestamp(job.createdAtMs, dialect)},
        {u"completed_at"_s, timestamp(state.completedAtMs, dialect)},
        {u"expires_at"_s, timestamp(state.expiresAtMs, dialect)},
        {u"seconds"_s, !job.seconds.isEmpty() ? job.seconds
                       : seed                 ? u"10"_s
                                              : u"8"_s},
        {u"size"_s, job.size},
        {u"prompt"_s, job.prompt.isNull() ? QJsonValue() : QJsonValue(job.prompt)},
        {u"remixed_from_video_id"_s,
         job.remixedFromId.isEmpty() ? QJsonValue() : QJsonValue(job.remixedFromId)},
        {u"error"_s, state.error.isEmpty() ? QJsonValue() : QJsonValue(state.error)},
    };
    if (dialect == Dialect::NewApi)
        object.insert(u"progress"_s, QString(QString::number(state.progress) + u'%'));
    else
        object.insert(u"progress"_s, state.progress);
    if (seed)
        object.insert(u"detail"_s, QJsonObject());
    for (auto it = job.extra.begin(); it != job.extra.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

HttpResponse canonicalError(int status, const ErrorText& text) {
    QJsonObject error{{u"message"_s, text.message}, {u"type"_s, text.type}};
    if (!text.messageZh.isEmpty())
        error.insert(u"message_zh"_s, text.messageZh);
    if (!text.code.isEmpty())
        error.insert(u"code"_s, text.code);
    if (!text.param.isEmpty())
        error.insert(u"param"_s, text.param);
    return HttpResponse::json(status, QJsonObject{{u"error"_s, error}});
}

HttpResponse newApiError(int status, const ErrorText& text) {
    return HttpResponse::json(status,
                              QJsonObject{{u"code"_s, text.code.isEmpty() ? text.type : text.code},
                                          {u"message"_s, text.message},
                                          {u"data"_s, QJsonValue::Null}});
}

HttpResponse error(int status, const ErrorText& text, Dialect dialect) {
    return dialect == Dialect::NewApi ? newApiError(status, text) : canonicalError(status, text);
}

HttpResponse invalidToken() {
    return canonicalError(401, {u"Invalid token"_s, u"无效的令牌"_s});
}

HttpResponse videoNotFound(Dialect dialect) {
    return error(
        404,
        {u"Video not found"_s, u"视频不存在"_s, u"invalid_request_error"_s, u"video_not_found"_s},
        dialect);
}

HttpResponse invalidUrl(const QByteArray& method, const QByteArray& path) {
    return canonicalError(404, {u"Invalid URL ("_s + QString::fromLatin1(method) + u' ' +
                                QString::fromUtf8(path) + u')'});
}

HttpResponse notCompleted(const JobState& state) {
    return canonicalError(400, {u"Task is not completed yet, current status: "_s +
                                status(state, Dialect::OpenAi).toString()});
}

ErrorText statusText(int status) {
    switch (status) {
    case 400:
        return {u"Bad request"_s, u"请求无效"_s};
    case 401:
        return {u"Invalid token"_s, u"无效的令牌"_s};
    case 403:
        return {u"Access denied"_s, u"无权访问"_s, u"permission_error"_s};
    case 404:
        return {u"Not found"_s, u"未找到"_s};
    case 409:
        return {u"Conflict with the current state of the video"_s, u"与视频当前状态冲突"_s};
    case 422:
        return {u"Unprocessable request"_s, u"无法处理的请求"_s};
    case 429:
        return {u"Rate limit reached, please retry later"_s, u"请求过于频繁，请稍后再试"_s,
                u"rate_limit_error"_s, u"rate_limit_exceeded"_s};
    case 500:
        return {u"Internal server error"_s, u"服务器内部错误"_s, u"server_error"_s};
    case 502:
        return {u"Bad gateway"_s, u"网关错误"_s, u"server_error"_s};
    case 503:
        return {u"Service unavailable"_s, u"服务暂不可用"_s, u"server_error"_s};
    case 504:
        return {u"Gateway timeout"_s, u"网关超时"_s, u"server_error"_s};
    default:
        return {u"Request failed"_s, u"请求失败"_s, u"server_error"_s};
    }
}

} // namespace MockResponses
