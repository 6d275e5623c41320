#include "video.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// new-api's normalisation table, case-insensitive.
const QHash<QString, VideoStatus>& statusAliases() {
    static const QHash<QString, VideoStatus> aliases = [] {
        QHash<QString, VideoStatus> table;
        const auto add = [&table](VideoStatus status,
                                  std::initializer_list<const char16_t*> names) {
            for (const char16_t* name : names)
                table.insert(QString::fromUtf16(name), status);
        };
        add(VideoStatus::Queued, {u"queued", u"pending", u"submitted", u"not_start", u"notstarted",
                                  u"preparing", u"created", u"starting", u"unknown"});
        add(VideoStatus::InProgress, {u"in_progress", u"processing", u"running", u"generating"});
        add(VideoStatus::Completed,
            {u"completed", u"complete", u"success", u"succeeded", u"finished"});
        add(VideoStatus::Failed,
            {u"failed", u"failure", u"fail", u"error", u"cancelled", u"canceled", u"expired"});
        return table;
    }();
    return aliases;
}

VideoStatus numericStatus(qint64 code) {
    switch (code) {
    case 100:
    case 101:
        return VideoStatus::Queued;
    case 102:
        return VideoStatus::InProgress;
    case 103:
        return VideoStatus::Completed;
    case 104:
        return VideoStatus::Failed;
    default:
        return VideoStatus::Unknown;
    }
}

QString stringOf(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        // A numeric id must come back digit for digit: Qt keeps integers that fit
        // in 64 bits exactly, while 'g' formatting would round 16 digits and up.
        constexpr qint64 notAnInteger = std::numeric_limits<qint64>::min();
        const qint64 integer = value.toInteger(notAnInteger);
        if (integer != notAnInteger)
            return QString::number(integer);
        return QString::number(value.toDouble(), 'g', 15);
    }
    return {};
}

// Gateways wrap the video in {"code": ..., "data": {...}} or name the id task_id.
QJsonObject unwrapEnvelope(const QJsonObject& object) {
    if (!object.contains(u"id"_s) && !object.contains(u"task_id"_s) &&
        object.value(u"data"_s).isObject())
        return object.value(u"data"_s).toObject();
    return object;
}

} // namespace

VideoStatus parseVideoStatus(const QJsonValue& value) {
    if (value.isDouble()) {
        // Casting a double beyond qint64 is undefined; no such code is a status.
        const double code = value.toDouble();
        return std::isfinite(code) && std::abs(code) < 1e9
                   ? numericStatus(static_cast<qint64>(code))
                   : VideoStatus::Unknown;
    }
    if (!value.isString())
        return VideoStatus::Unknown;
    const QString text = value.toString().trimmed().toLower();
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    if (isNumber)
        return numericStatus(number);
    return statusAliases().value(text, VideoStatus::Unknown);
}

std::optional<int> parseProgress(const QJsonValue& value) {
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        QString text = value.toString().trimmed();
        if (text.endsWith(u'%'))
            text.chop(1);
        bool ok = false;
        number = text.trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(number))
        return std::nullopt;
    return static_cast<int>(std::clamp(number, 0.0, 100.0));
}

QDateTime parseTimestamp(const QJsonValue& value) {
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        bool ok = false;
        number = text.toDouble(&ok);
        if (!ok) {
            const QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
            return iso.isValid() ? iso.toUTC() : QDateTime{};
        }
    } else {
        return {};
    }
    if (!std::isfinite(number) || number <= 0)
        return {};
    // 13 digits and more are milliseconds: seconds would be past the year 33658.
    const bool milliseconds = number >= 1e12;
    const double msecs = milliseconds ? number : number * 1000.0;
    if (msecs > 253402300799000.0) // after 9999-12-31
        return {};
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(msecs), Qt::UTC);
}

std::optional<Video> Video::fromJson(const QJsonObject& input) {
    const QJsonObject object = unwrapEnvelope(input);
    QString id = stringOf(object.value(u"id"_s));
    if (id.isEmpty())
        id = stringOf(object.value(u"task_id"_s));
    if (id.isEmpty())
        return std::nullopt;

    Video video;
    video.id = id;
    video.raw = input;
    video.model = stringOf(object.value(u"model"_s));
    const QJsonValue statusValue =
        object.contains(u"status"_s) ? object.value(u"status"_s) : object.value(u"state"_s);
    video.status = parseVideoStatus(statusValue);
    video.rawStatus = stringOf(statusValue);
    video.progress = parseProgress(object.value(u"progress"_s)).value_or(0);
    if (video.status == VideoStatus::Completed)
        video.progress = 100;
    video.createdAt = parseTimestamp(object.value(u"created_at"_s));
    video.completedAt = parseTimestamp(object.value(u"completed_at"_s));
    video.expiresAt = parseTimestamp(object.value(u"expires_at"_s));
    video.size = stringOf(object.value(u"size"_s));
    video.seconds = stringOf(object.value(u"seconds"_s));
    video.prompt = stringOf(object.value(u"prompt"_s));
    video.remixedFromVideoId = stringOf(object.value(u"remixed_from_video_id"_s));

    const QJsonValue error = object.value(u"error"_s);
    if (error.isObject()) {
        video.failureCode = stringOf(error.toObject().value(u"code"_s));
        video.failureMessage = stringOf(error.toObject().value(u"message"_s));
    } else if (error.isString()) {
        video.failureMessage = error.toString();
    }
    if (video.failureMessage.isEmpty())
        video.failureMessage = stringOf(object.value(u"fail_reason"_s));
    return video;
}

QJsonObject Video::toNormalizedJson() const {
    const auto time = [](const QDateTime& t) {
        return t.isValid() ? QJsonValue(t.toSecsSinceEpoch()) : QJsonValue(QJsonValue::Null);
    };
    const auto text = [](const QString& s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    QJsonObject object{
        {u"id"_s, id},
        {u"status"_s, videoStatusKey(status)},
        {u"progress"_s, progress},
        {u"model"_s, text(model)},
        {u"size"_s, text(size)},
        {u"seconds"_s, text(seconds)},
        {u"prompt"_s, text(prompt)},
        {u"remixed_from_video_id"_s, text(remixedFromVideoId)},
        {u"created_at"_s, time(createdAt)},
        {u"completed_at"_s, time(completedAt)},
        {u"expires_at"_s, time(expiresAt)},
        {u"raw"_s, raw},
    };
    if (status == VideoStatus::Failed || !failureMessage.isEmpty())
        object.insert(u"error"_s, QJsonObject{{u"code"_s, text(failureCode)},
                                              {u"message"_s, text(failureMessage)}});
    return object;
}

QString videoStatusKey(VideoStatus status) {
    switch (status) {
    case VideoStatus::Queued:
        return u"queued"_s;
    case VideoStatus::InProgress:
        return u"in_progress"_s;
    case VideoStatus::Completed:
        return u"completed"_s;
    case VideoStatus::Failed:
        return u"failed"_s;
    case VideoStatus::Unknown:
        break;
    }
    return u"unknown"_s;
}

VideoStatus videoStatusFromKey(const QString& key) {
    for (const VideoStatus status : {VideoStatus::Queued, VideoStatus::InProgress,
                                     VideoStatus::Completed, VideoStatus::Failed}) {
        if (videoStatusKey(status) == key)
            return status;
    }
    return VideoStatus::Unknown;
}

QString videoStatusDisplayName(VideoStatus status) {
    switch (status) {
    case VideoStatus::Queued:
        return Video::tr("Queued");
    case VideoStatus::InProgress:
        return Video::tr("In progress");
    case VideoStatus::Completed:
        return Video::tr("Completed");
    case VideoStatus::Failed:
        return Video::tr("Failed");
    case VideoStatus::Unknown:
        break;
    }
    return Video::tr("Unknown status");
}
