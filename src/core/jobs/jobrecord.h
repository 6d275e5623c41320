#pragma once

#include "../api/uilanguage.h"
#include "../api/video.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

// Where a job stands, as the library records it. The four gateway statuses
// plus what only the client can know: a POST on its way or of unknown outcome,
// a request the gateway refused, a result that expired before it was fetched.
enum class JobState {
    Submitting,     // written before the remix POST; the answer has not arrived
    OutcomeUnknown, // the POST may have created (and charged) a job: reconcile, never re-send
    Rejected,       // the gateway refused the request; nothing was created
    Queued,
    InProgress,
    Completed,
    Failed,
    Unknown, // the gateway said a status nobody knows; still followed
    Expired, // completed, but the result was gone before it was downloaded
    Deleted, // no longer on the gateway (deleted there, by us or by someone else)
};

// How a job came to be: made here from a prompt (Create), made here from
// another video (Remix), or found on the gateway (Imported: pasted or listed).
enum class JobKind { Imported, Create, Remix };
QString jobKindKey(JobKind kind);
JobKind jobKindFromKey(const QString& key);

QString jobStateKey(JobState state);
std::optional<JobState> jobStateFromKey(const QString& key);
QString jobStateDisplayName(JobState state);
QList<JobState> allJobStates();

// One row of the job library.
struct JobRecord final {
    Q_DECLARE_TR_FUNCTIONS(JobRecord)

public:
    qint64 id = 0; // local, assigned by the store
    QString profileId;
    QUrl baseUrl;
    QString videoId; // empty until the gateway answered the POST
    // Lineage: the ID the remix was asked for is the truth. A gateway may name
    // the source differently (new-api: the upstream video_… ID); that name is
    // kept beside it, so a link resolves by either.
    QString sourceVideoId;
    QString sourceAliasId;
    QString prompt;
    QString size;
    JobState state = JobState::Submitting;
    int progress = 0;
    QString model;
    QString seconds;
    QDateTime createdAt; // when the job was submitted (or created on the gateway, if imported)
    QDateTime updatedAt;
    QDateTime completedAt;
    QDateTime expiresAt;
    QJsonObject raw;   // the gateway's last word on the video, verbatim
    QJsonObject error; // why it failed, or the last trouble following it
    QString filePath;
    QString thumbnailPath;
    bool downloaded = false;
    qint64 submitterPid = 0; // the process that sent the POST, while Submitting
    JobKind kind = JobKind::Imported;
    // The versions of one submit share a group: index 1..size; 0 for a job on its own.
    QString groupId;
    int groupIndex = 0;
    int groupSize = 0;
    QString referenceImage; // the file name of a create's reference image
    // What it was estimated to cost when submitted: none when the price was unknown.
    std::optional<double> estimateAmount;
    QString estimateCurrency;
    // The gateway's billing factors as it reported them (new-api: X-New-Api-Other-Ratios).
    QJsonObject billing;

    // Still worth asking the gateway about.
    bool isFollowable() const;
    // Completed and the video is not on disk yet.
    bool awaitsDownload() const;
    bool hasExpired(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // "expires in 42 min" for a result not yet downloaded; empty otherwise.
    QString expiryText(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // Why it failed, or its last trouble: the gateway's message in `language` first
    // when it sent both, VideoRemix's own words in the language in use now (not in
    // the one of the moment it happened).
    QString errorMessage(UiLanguage language) const;
    // All of it: a line in `language` first (VideoRemix's own words when the
    // gateway used only the other language), then the gateway's other lines.
    QStringList errorLines(UiLanguage language) const;
    // The error code of a job Reconcile looked for and did not find on its gateway.
    static constexpr QLatin1StringView NotOnGatewayCode{"not_on_gateway"};
    // The words for a result the gateway deleted before it was downloaded.
    static QString expiredText(const QDateTime& expiresAt);

    // Takes in what the gateway said. Progress never goes backwards while running;
    // a source already known stays, the gateway's other name for it becomes the alias.
    void absorb(const Video& video);
    // What JobTracker needs to follow this job.
    Video toVideo() const;
    // For sidecars and --json output.
    QJsonObject toJson() const;
};

JobState jobStateForVideo(VideoStatus status);
