#pragma once

#include "../api/apierror.h"
#include "jobrecord.h"

#include <QHash>
#include <QObject>
#include <QSet>

class GatewayPool;
class JobStore;
class JobTracker;
struct Video;

// Follows jobs at their gateway until they finish: one JobTracker per job,
// each change written to the store. A job whose following gave up (deadline,
// key refused) stays unfollowed until asked again or the next start.
class JobFollower final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobFollower)

public:
    struct Timing {
        qint64 deadlineMs = 24LL * 3600'000;
        int maxTroubleDelayMs = 60'000;
    };
    // When the first poll of a newly followed job goes out.
    enum class FirstPoll {
        Now,
        WithinAnInterval, // anywhere in one poll interval: a restart does not poll all at once
        AboutAnInterval,  // 0.75 to 1.25 intervals: jobs sent together do not poll in lockstep
    };

    JobFollower(JobStore* store, GatewayPool* gateways, Timing timing, QObject* parent = nullptr);
    ~JobFollower() override;

    // Follows the job when it can be followed, else says settled(): a job
    // that just got its video, say. `record` is the job's row as stored.
    void pickUp(const JobRecord& record, FirstPoll firstPoll);
    // Follows a job not followed yet unless its following gave up: what
    // housekeeping does for jobs submitted or imported by another process.
    void catchUp(const JobRecord& record);
    // Follows a job again after following gave up; a finished job is settled().
    void follow(qint64 id);
    // Stops following a job until follow() or the next start; it goes on at the gateway.
    void unfollow(qint64 id);
    // Stops following now; housekeeping may pick the job up again.
    void stop(qint64 id);
    void stopProfile(const QString& profileId);

    bool isFollowing(qint64 id) const { return m_trackers.contains(id); }
    int followedCount() const { return int(m_trackers.size()); }

signals:
    void jobChanged(qint64 id);
    // Completed or failed at the gateway.
    void jobFinished(qint64 id);
    // Nothing more to follow: the job has its final state, or already had it.
    // `asked`: by follow(), the user's request (download now, whatever the settings say).
    void settled(const JobRecord& record, bool asked);
    void troubled(qint64 id, const ApiError& error, qint64 nextPollMs);
    // Polling of a job started or stopped (isFollowing changed).
    void followingChanged(qint64 id, bool following);

private:
    struct Followed final {
        JobTracker* tracker = nullptr;
        JobState state = JobState::Queued;
        int progress = -1;
    };

    void start(const JobRecord& record, qint64 firstPollDelayMs);
    qint64 firstPollDelay(const QString& profileId, FirstPoll firstPoll) const;
    void onUpdate(qint64 id, const Video& video);
    void onFinished(qint64 id, const Video& video);
    void onGaveUp(qint64 id, const ApiError& error);

    JobStore* m_store = nullptr;
    GatewayPool* m_gateways = nullptr;
    Timing m_timing;
    QHash<qint64, Followed> m_trackers;
    QSet<qint64> m_gaveUp;
};
