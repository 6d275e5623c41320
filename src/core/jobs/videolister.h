#pragma once

#include "../api/apierror.h"
#include "../api/video.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class ApiCall;
class ApiClient;
class RequestSlots;

// Pages through GET /v1/videos (newest first, `after` = the previous page's
// last_id) and hands each page to `onPage`, which says whether to go on.
// A gateway without the endpoint answers 404: that is endpointMissing(), not
// an error to retry.
class VideoLister final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoLister)

public:
    static constexpr int PageSize = 100;

    using PageHandler = std::function<bool(const QList<Video>& page)>;

    VideoLister(ApiClient* client, RequestSlots* requestSlots, PageHandler onPage, int maxPages,
                QObject* parent = nullptr);
    ~VideoLister() override;

    void start();
    bool endpointMissing() const { return m_endpointMissing; }
    const ApiError& error() const { return m_error; }
    int pages() const { return m_pages; }

signals:
    void finished();

private:
    void fetch();
    void onPageFinished(ApiCall* call);
    void finish();

    ApiClient* m_client = nullptr;
    QPointer<RequestSlots> m_slots;
    PageHandler m_onPage;
    int m_maxPages = 1;
    int m_pages = 0;
    QString m_after;
    QPointer<ApiCall> m_call;
    bool m_holdsSlot = false;
    bool m_endpointMissing = false;
    ApiError m_error;
};
