#include "jobrecord.h"

#include "../api/apierror.h"
#include "../api/situationwords.h"
#include "../settings/logredaction.h"

using namespace Qt::StringLiterals;

namespace {

struct StateName final {
    JobState state;
    const char16_t* key;
};

constexpr StateName StateNames[] = {
    {JobState::Submitting, u"submitting"},  {JobState::OutcomeUnknown, u"outcome_unknown"},
    {JobState::Rejected, u"rejected"},      {JobState::Queued, u"queued"},
    {JobState::InProgress, u"in_progress"}, {JobState::Completed, u"completed"},
    {JobState::Failed, u"failed"},          {JobState::Unknown, u"unknown"},
    {JobState::Expired, u"expired"},        {JobState::Deleted, u"deleted"},
};

QJsonValue timeJson(const QDateTime& time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QString jobStateKey(JobState state) {
    for (const StateName& name : StateNames) {
        if (name.state == state)
            return QString::fromUtf16(name.key);
    }
    return {};
}

std::optional<JobState> jobStateFromKey(const QString& key) {
    for (const StateName& name : StateNames) {
        if (key == QStringView(name.key))
            return name.state;
    }
    return std::nullopt;
}

QList<JobState> allJobStates() {
    QList<JobState> states;
    for (const StateName& name : StateNames)
        states.append(name.state);
    return states;
}

QString jobStateDisplayName(JobState state) {
    switch (state) {
    case JobState::Submitting:
        return JobRecord::tr("Submitting");
    case JobState::OutcomeUnknown:
        return JobRecord::tr("Outcome unknown");
    case JobState::Rejected:
        return JobRecord::tr("Rejected");
    case JobState::Queued:
        return JobRecord::tr("Queued");
    case JobState::InProgress:
        return JobRecord::tr("In progress");
    case JobState::Completed:
        return JobRecord::tr("Completed");
    case JobState::Failed:
        return JobRecord::tr("Failed");
    case JobState::Unknown:
        return JobRecord::tr("Unknown status");
    case JobState::Expired:
        return JobRecord::tr("Expired");
    case JobState::Deleted:
        return JobRecord::tr("Deleted on the gateway");
    }
    return {};
}

JobState jobStateForVideo(VideoStatus status) {
    switch (status) {
    case VideoStatus::Queued:
        return JobState::Queued;
    case VideoStatus::InProgress:
        return JobState::InProgress;
    case VideoStatus::Completed:
        return JobState::Completed;
    case VideoStatus::Failed:
        return JobState::Failed;
    case VideoStatus::Unknown:
        return JobState::Unknown;
    }
    return JobState::Unknown;
}

bool JobRecord::isFollowable() const {
    return !videoId.isEmpty() && (state == JobState::Queued || state == JobState::InProgress ||
                                  state == JobState::Unknown);
}

bool JobRecord::awaitsDownload() const {
    return state == JobState::Completed && !downloaded && !videoId.isEmpty();
}

bool JobRecord::hasExpired(const QDateTime& now) const {
    return expiresAt.isValid() && expiresAt <= now;
}

QString JobRecord::expiryText(const QDateTime& now) const {
    if (!awaitsDownload() || !expiresAt.isValid())
        return {};
    const qint64 seconds = now.secsTo(expiresAt);
    if (seconds <= 0)
        return tr("expired");
    if (seconds < 3600)
        return tr("expires in %n min", nullptr, int(std::max<qint64>(1, seconds / 60)));
    return tr("expires in %n h", nullptr, int(seconds / 3600));
}

void JobRecord::absorb(const Video& video) {
    if (!video.id.isEmpty())
        videoId = video.id;
    const JobState next = jobStateForVideo(video.status);
    // Our own conclusions about a result outlive what a stale answer says.
    if (state != JobState::Expired && state != JobState::Deleted)
        state = next;
    const bool running = next == JobState::Queued || next == JobState::InProgress;
    progress = running ? std::max(progress, video.progress) : video.progress;
    if (next == JobState::Completed)
        progress = 100;
    if (!video.model.isEmpty())
        model = video.model;
    if (!video.seconds.isEmpty())
        seconds = video.seconds;
    if (!video.size.isEmpty())
        size = video.size;
    if (prompt.isEmpty())
        prompt = video.prompt;
    if (sourceVideoId.isEmpty())
        sourceVideoId = video.remixedFromVideoId;
    else if (!video.remixedFromVideoId.isEmpty() && video.remixedFromVideoId != sourceVideoId)
        sourceAliasId = video.remixedFromVideoId;
    if (!createdAt.isValid())
        createdAt = video.createdAt;
    if (video.completedAt.isValid())
        completedAt = video.completedAt;
    if (video.expiresAt.isValid())
        expiresAt = video.expiresAt;
    raw = video.raw;
    if (next == JobState::Failed)
        error = {{u"code"_s, LogRedaction::redact(video.failureCode)},
                 {u"message"_s, LogRedaction::redact(video.failureMessage)}};
    else
        error = {};
}

Video JobRecord::toVideo() const {
    Video video;
    video.id = videoId;
    video.progress = progress;
    video.model = model;
    video.size = size;
    video.seconds = seconds;
    video.prompt = prompt;
    video.remixedFromVideoId = sourceVideoId;
    video.createdAt = createdAt;
    video.completedAt = completedAt;
    video.expiresAt = expiresAt;
    video.raw = raw;
    switch (state) {
    case JobState::Queued:
        video.status = VideoStatus::Queued;
        break;
    case JobState::InProgress:
        video.status = VideoStatus::InProgress;
        break;
    case JobState::Completed:
    case JobState::Expired:
        video.status = VideoStatus::Completed;
        break;
    case JobState::Failed:
        video.status = VideoStatus::Failed;
        break;
    default:
        video.status = VideoStatus::Unknown;
        break;
    }
    return video;
}

QJsonObject JobRecord::toJson() const {
    return {
        {u"local_id"_s, id},
        {u"profile_id"_s, profileId},
        {u"base_url"_s, baseUrl.toString()},
        {u"id"_s, videoId.isEmpty() ? QJsonValue() : QJsonValue(videoId)},
        {u"remixed_from_video_id"_s,
         sourceVideoId.isEmpty() ? QJsonValue() : QJsonValue(sourceVideoId)},
        {u"remixed_from_alias_id"_s,
         sourceAliasId.isEmpty() ? QJsonValue() : QJsonValue(sourceAliasId)},
        {u"prompt"_s, prompt},
        {u"size"_s, size},
        {u"model"_s, model},
        {u"seconds"_s, seconds},
        {u"state"_s, jobStateKey(state)},
        {u"progress"_s, progress},
        {u"created_at"_s, timeJson(createdAt)},
        {u"updated_at"_s, timeJson(updatedAt)},
        {u"completed_at"_s, timeJson(completedAt)},
        {u"expires_at"_s, timeJson(expiresAt)},
        {u"error"_s, error.isEmpty() ? QJsonValue() : QJsonValue(error)},
        {u"file"_s, filePath.isEmpty() ? QJsonValue() : QJsonValue(filePath)},
        {u"thumbnail"_s, thumbnailPath.isEmpty() ? QJsonValue() : QJsonValue(thumbnailPath)},
        {u"downloaded"_s, downloaded},
        {u"kind"_s, jobKindKey(kind)},
        {u"group"_s, groupId.isEmpty() ? QJsonValue() : QJsonValue(groupId)},
        {u"version"_s, groupIndex > 0 ? QJsonValue(groupIndex) : QJsonValue()},
        {u"versions"_s, groupSize > 0 ? QJsonValue(groupSize) : QJsonValue()},
        {u"reference_image"_s,
         referenceImage.isEmpty() ? QJsonValue() : QJsonValue(referenceImage)},
        {u"estimate"_s,
         QJsonObject{{u"amount"_s, estimateAmount ? QJsonValue(*estimateAmount) : QJsonValue()},
                     {u"currency"_s,
                      estimateCurrency.isEmpty() ? QJsonValue() : QJsonValue(estimateCurrency)},
                     {u"known"_s, estimateAmount.has_value()}}},
        {u"billing"_s, billing.isEmpty() ? QJsonValue() : QJsonValue(billing)},
    };
}

QString jobKindKey(JobKind kind) {
    switch (kind) {
    case JobKind::Create:
        return u"create"_s;
    case JobKind::Remix:
        return u"remix"_s;
    case JobKind::Imported:
        break;
    }
    return u"imported"_s;
}

JobKind jobKindFromKey(const QString& key) {
    if (key == u"create"_s)
        return JobKind::Create;
    if (key == u"remix"_s)
        return JobKind::Remix;
    return JobKind::Imported;
}

QString JobRecord::expiredText(const QDateTime& expiresAt) {
    return tr("The gateway deleted the result at %1, before it was downloaded.")
        .arg(QLocale().toString(expiresAt.toLocalTime(), QLocale::ShortFormat));
}

QString JobRecord::errorMessage(UiLanguage language) const {
    return errorLines(language).value(0);
}

QStringList JobRecord::errorLines(UiLanguage language) const {
    if (error.value(u"code"_s).toString() == u"expired"_s && expiresAt.isValid())
        return {expiredText(expiresAt)};
    if (error.value(u"code"_s).toString() == NotOnGatewayCode)
        return {tr("Not among the gateway's recent videos: the job was most likely never "
                   "created. You may submit it again.")};
    const ApiError parsed = ApiError::fromJson(error);
    if (parsed.isError())
        return parsed.messagesFor(language);
    // Not written by ApiError: a job the gateway failed, as it said why.
    const QString code = error.value(u"code"_s).toString();
    const QString message = error.value(u"message"_s).toString();
    if (state != JobState::Failed)
        return message.isEmpty() ? QStringList{} : QStringList{message};
    return SituationWords::withUiLanguageLine(
        message.isEmpty() ? QStringList{} : QStringList{message}, language,
        SituationWords::forFailedJob(code, message));
}
