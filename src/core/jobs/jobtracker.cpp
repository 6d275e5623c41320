#include "jobtracker.h"

#include "../api/apiclient.h"
#include "../api/retrypolicy.h"
#include "requestslots.h"

using namespace Qt::StringLiterals;

JobTracker::JobTracker(ApiClient* client, Video video, Options options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_video(std::move(video))
    , m_options(options)
    , m_slots(options.requestSlots) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobTracker::poll);
}

JobTracker::~JobTracker() {
    stop();
}

void JobTracker::start() {
    if (m_running)
        return;
    m_running = true;
    m_elapsed.start();
    if (m_video.isFinished()) {
        m_running = false;
        emit finished(m_video);
        return;
    }
    if (m_options.firstPollDelayMs > 0)
        scheduleNext(m_options.firstPollDelayMs);
    else
        poll();
}

void JobTracker::stop() {
    m_running = false;
    m_timer.stop();
    if (m_slots)
        m_slots->cancel(this);
    if (m_call)
        m_call->abort();
    releaseSlot();
}

void JobTracker::releaseSlot() {
    if (m_holdsSlot && m_slots)
        m_slots->release();
    m_holdsSlot = false;
}

void JobTracker::poll() {
    if (!m_running)
        return;
    if (m_elapsed.elapsed() > m_options.deadlineMs) {
        m_running = false;
        ApiError error;
        error.kind = ApiError::Kind::Timeout;
        error.technicalDetail = tr("The job did not finish within %n minutes.", nullptr,
                                   int(m_options.deadlineMs / 60'000));
        emit gaveUp(error);
        return;
    }
    if (!m_slots) {
        sendPoll();
        return;
    }
    m_slots->acquire(this, [this] {
        m_holdsSlot = true;
        if (m_running)
            sendPoll();
        else
            releaseSlot();
    });
}

void JobTracker::sendPoll() {
    ApiCall* call = m_client->retrieve(m_video.id);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] { onPollFinished(call); });
}

void JobTracker::absorb(const Video& fresh) {
    const int previous = m_video.progress;
    m_video = fresh;
    // Gateways' estimates wobble; a bar that goes backwards reads as a fault.
    if (!m_video.isFinished() && m_video.progress < previous)
        m_video.progress = previous;
}

void JobTracker::onPollFinished(ApiCall* call) {
    m_call.clear();
    releaseSlot();
    if (!m_running)
        return;
    if (call->succeeded()) {
        m_troubles = 0;
        absorb(*call->video());
        emit updated(m_video);
        if (m_video.isFinished()) {
            m_running = false;
            emit finished(m_video);
            return;
        }
        scheduleNext(std::max<qint64>(m_options.pollIntervalMs, call->pollAfterMs().value_or(0)));
        return;
    }

    const ApiError& error = call->error();
    const bool transient =
        error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
        error.kind == ApiError::Kind::Protocol ||
        (error.kind == ApiError::Kind::Http && RetryPolicy::isRetryableStatus(error.httpStatus));
    if (!transient) {
        m_running = false;
        emit gaveUp(error);
        return;
    }
    // The gateway is away or overloaded: keep following, ever more patiently.
    ++m_troubles;
    const qint64 backoff = std::min<qint64>(
        qint64(m_options.pollIntervalMs) << std::min(m_troubles, 6), m_options.maxTroubleDelayMs);
    const qint64 delay = std::max(backoff, error.retryAfterMs.value_or(0));
    emit troubled(error, delay);
    scheduleNext(delay);
}

void JobTracker::scheduleNext(qint64 delayMs) {
    const qint64 remaining = m_options.deadlineMs - m_elapsed.elapsed();
    m_timer.start(
        static_cast<int>(std::clamp<qint64>(std::min(delayMs, remaining + 1), 0, INT_MAX)));
}
