#pragma once

#include "../api/apierror.h"
#include "../api/video.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiClient;
class ApiCall;
class RequestSlots;

// Follows one video job with GET /v1/videos/{id} until it completes or fails.
// Paces itself: the client's interval, or longer when the server asks
// (openai-poll-after-ms, Retry-After); backs off while the gateway is away;
// gives up at an overall deadline. Progress it reports never goes backwards.
class JobTracker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTracker)

public:
    struct Options {
        int pollIntervalMs = 5000;
        qint64 deadlineMs = 60 * 60'000;
        int maxTroubleDelayMs = 60'000;
        // Spreads the first polls of many jobs resumed at once.
        qint64 firstPollDelayMs = 0;
        // Shared by every job of a gateway: a poll waits for a free slot.
        RequestSlots* requestSlots = nullptr;
    };

    JobTracker(ApiClient* client, Video video, Options options, QObject* parent = nullptr);
    // Gives back a held request slot, so a dropped tracker never starves its gateway.
    ~JobTracker() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    const Video& video() const { return m_video; }

signals:
    void updated(const Video& video);
    void finished(const Video& video);
    // A poll failed but following goes on; the next poll is in nextPollMs.
    void troubled(const ApiError& error, qint64 nextPollMs);
    // Following ended without a final status (deleted, key rejected, deadline).
    void gaveUp(const ApiError& error);

private:
    void poll();
    void sendPoll();
    void releaseSlot();
    void onPollFinished(ApiCall* call);
    void scheduleNext(qint64 delayMs);
    void absorb(const Video& fresh);

    ApiClient* m_client = nullptr;
    Video m_video;
    Options m_options;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QPointer<ApiCall> m_call;
    QPointer<RequestSlots> m_slots;
    int m_troubles = 0;
    bool m_running = false;
    bool m_holdsSlot = false;
};
