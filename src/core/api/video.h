#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

enum class VideoStatus { Queued, InProgress, Completed, Failed, Unknown };

// A video job as the gateway describes it, normalised across gateway dialects
// (status aliases, numeric statuses, "45%" progress, millisecond timestamps).
// The raw object is kept so nothing the server said is lost.
struct Video final {
    Q_DECLARE_TR_FUNCTIONS(Video)

public:
    QString id;
    QString model;
    VideoStatus status = VideoStatus::Unknown;
    QString rawStatus; // as the server spelled it, for display when Unknown
    int progress = 0;
    QDateTime createdAt;
    QDateTime completedAt;
    QDateTime expiresAt;
    QString size;
    QString seconds;
    QString prompt;
    QString remixedFromVideoId;
    QString failureCode;
    QString failureMessage;
    QJsonObject raw;

    bool isFinished() const {
        return status == VideoStatus::Completed || status == VideoStatus::Failed;
    }

    // nullopt when the object is not a video at all (no id).
    static std::optional<Video> fromJson(const QJsonObject& object);
    QJsonObject toNormalizedJson() const;
};

VideoStatus parseVideoStatus(const QJsonValue& value);
std::optional<int> parseProgress(const QJsonValue& value);
QDateTime parseTimestamp(const QJsonValue& value);

// Stable machine names ("queued", "in_progress", ...) for JSON output and storage.
QString videoStatusKey(VideoStatus status);
VideoStatus videoStatusFromKey(const QString& key);
// The status as a user reads it, in the current UI language.
QString videoStatusDisplayName(VideoStatus status);
