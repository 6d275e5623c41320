#include "jobfollower.h"

#include "../api/apierror.h"
#include "../api/video.h"
#include "gatewaypool.h"
#include "jobstore.h"
#include "jobtracker.h"

#include <QRandomGenerator>

namespace {

qint64 jitter(qint64 spanMs) {
    return spanMs <= 0 ? 0 : qint64(QRandomGenerator::global()->bounded(double(spanMs)));
}

} // namespace

JobFollower::JobFollower(JobStore* store, GatewayPool* gateways, Timing timing, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_gateways(gateways)
    , m_timing(timing) {}

JobFollower::~JobFollower() {
    // Before the gateways: a tracker holds a call of its gateway's client.
    for (const Followed& followed : std::as_const(m_trackers))
        delete followed.tracker;
}

qint64 JobFollower::firstPollDelay(const QString& profileId, FirstPoll firstPoll) const {
    const Gateway* gateway = m_gateways->find(profileId);
    const qint64 interval = gateway ? gateway->pollIntervalMs : 10'000;
    switch (firstPoll) {
    case FirstPoll::Now:
        return 0;
    case FirstPoll::WithinAnInterval:
        return jitter(interval);
    case FirstPoll::AboutAnInterval:
        return interval * 3 / 4 + jitter(interval / 2);
    }
    return 0;
}

void JobFollower::pickUp(const JobRecord& record, FirstPoll firstPoll) {
    if (record.isFollowable())
        start(record, firstPollDelay(record.profileId, firstPoll));
    else
        emit settled(record, false);
}

void JobFollower::catchUp(const JobRecord& record) {
    if (record.isFollowable() && !m_trackers.contains(record.id) && !m_gaveUp.contains(record.id))
        start(record, firstPollDelay(record.profileId, FirstPoll::WithinAnInterval));
}

void JobFollower::start(const JobRecord& record, qint64 firstPollDelayMs) {
    const Gateway* gateway = m_gateways->find(record.profileId);
    if (!gateway || gateway->paused || m_trackers.contains(record.id) || record.videoId.isEmpty())
        return;
    m_gaveUp.remove(record.id);
    JobTracker::Options options;
    options.pollIntervalMs = gateway->pollIntervalMs;
    options.deadlineMs = m_timing.deadlineMs;
    options.maxTroubleDelayMs = m_timing.maxTroubleDelayMs;
    options.firstPollDelayMs = firstPollDelayMs;
    options.requestSlots = gateway->requestSlots.get();
    auto* tracker = new JobTracker(gateway->client.get(), record.toVideo(), options, this);
    const qint64 id = record.id;
    connect(tracker, &JobTracker::updated, this,
            [this, id](const Video& video) { onUpdate(id, video); });
    connect(tracker, &JobTracker::finished, this,
            [this, id](const Video& video) { onFinished(id, video); });
    connect(tracker, &JobTracker::gaveUp, this,
            [this, id](const ApiError& error) { onGaveUp(id, error); });
    connect(tracker, &JobTracker::troubled, this,
            [this, id](const ApiError& error, qint64 next) { emit troubled(id, error, next); });
    m_trackers.insert(id, {tracker, record.state, record.progress});
    tracker->start();
    emit followingChanged(id, true);
}

void JobFollower::stop(qint64 id) {
    const Followed followed = m_trackers.take(id);
    if (followed.tracker) {
        followed.tracker->disconnect(this);
        followed.tracker->stop();
        followed.tracker->deleteLater();
        emit followingChanged(id, false);
    }
}

void JobFollower::stopProfile(const QString& profileId) {
    for (const JobRecord& record : m_store->unfinished(profileId))
        stop(record.id);
}

void JobFollower::follow(qint64 id) {
    const std::optional<JobRecord> record = m_store->job(id);
    if (!record)
        return;
    if (record->isFollowable()) {
        if (!m_trackers.contains(id))
            start(*record, 0);
    } else {
        emit settled(*record, true);
    }
}

void JobFollower::unfollow(qint64 id) {
    if (!m_trackers.contains(id))
        return;
    m_gaveUp.insert(id); // housekeeping must not pick it up again
    stop(id);
}

void JobFollower::onUpdate(qint64 id, const Video& video) {
    auto it = m_trackers.find(id);
    if (it == m_trackers.end())
        return;
    const JobState state = jobStateForVideo(video.status);
    if (video.isFinished() || (state == it->state && video.progress == it->progress))
        return; // onFinished() writes the final row; an unchanged answer writes nothing
    it->state = state;
    it->progress = video.progress;
    // Progress the gateway tells again at the next poll: not worth an fsync
    // each, with many jobs followed at once (docs/performance.md).
    if (m_store->modify(
            id, [&video](JobRecord& row) { row.absorb(video); }, JobStore::Sync::Relaxed))
        emit jobChanged(id);
}

void JobFollower::onFinished(qint64 id, const Video& video) {
    stop(id);
    const std::optional<JobRecord> record =
        m_store->modify(id, [&video](JobRecord& row) { row.absorb(video); });
    if (!record)
        return;
    emit jobChanged(id);
    emit jobFinished(id);
    emit settled(*record, false);
}

void JobFollower::onGaveUp(qint64 id, const ApiError& error) {
    stop(id);
    const bool gone = error.kind == ApiError::Kind::Http && error.httpStatus == 404;
    if (!gone)
        m_gaveUp.insert(id); // until the user asks again, or the next start
    m_store->modify(id, [&](JobRecord& row) {
        if (gone)
            row.state = JobState::Deleted;
        row.error = error.toJson();
    });
    emit jobChanged(id);
}
