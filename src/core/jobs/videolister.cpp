#include "videolister.h"

#include "../api/apiclient.h"
#include "requestslots.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

VideoLister::VideoLister(ApiClient* client, RequestSlots* requestSlots, PageHandler onPage,
                         int maxPages, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_slots(requestSlots)
    , m_onPage(std::move(onPage))
    , m_maxPages(std::max(1, maxPages)) {}

VideoLister::~VideoLister() {
    if (m_slots)
        m_slots->cancel(this);
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    if (m_holdsSlot && m_slots)
        m_slots->release();
}

void VideoLister::start() {
    fetch();
}

void VideoLister::fetch() {
    const auto send = [this] {
        m_holdsSlot = m_slots != nullptr;
        ApiCall* call = m_client->list(m_after, PageSize);
        m_call = call;
        connect(call, &ApiCall::finished, this, [this, call] { onPageFinished(call); });
    };
    if (m_slots)
        m_slots->acquire(this, send);
    else
        send();
}

void VideoLister::onPageFinished(ApiCall* call) {
    m_call.clear();
    if (m_holdsSlot && m_slots)
        m_slots->release();
    m_holdsSlot = false;
    if (!call->succeeded()) {
        m_error = call->error();
        m_endpointMissing = m_error.kind == ApiError::Kind::Http &&
                            (m_error.httpStatus == 404 || m_error.httpStatus == 405);
        finish();
        return;
    }
    ++m_pages;
    QList<Video> page;
    const QJsonArray data = call->json().value(u"data"_s).toArray();
    for (const QJsonValue& value : data) {
        if (std::optional<Video> video = Video::fromJson(value.toObject()))
            page.append(*video);
    }
    const bool more = call->json().value(u"has_more"_s).toBool() && !data.isEmpty();
    QString last = call->json().value(u"last_id"_s).toString();
    if (last.isEmpty() && !page.isEmpty())
        last = page.last().id;
    if (!m_onPage(page) || !more || m_pages >= m_maxPages || last.isEmpty() || last == m_after) {
        finish();
        return;
    }
    m_after = last;
    fetch();
}

void VideoLister::finish() {
    emit finished();
}
