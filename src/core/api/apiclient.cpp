#include "apiclient.h"

#include "../jobs/downloader.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

QString contentVariantKey(ContentVariant variant) {
    switch (variant) {
    case ContentVariant::Video:
        return u"video"_s;
    case ContentVariant::Thumbnail:
        return u"thumbnail"_s;
    case ContentVariant::Spritesheet:
        return u"spritesheet"_s;
    }
    return {};
}

std::optional<ContentVariant> contentVariantFromKey(const QString& key) {
    for (const ContentVariant variant :
         {ContentVariant::Video, ContentVariant::Thumbnail, ContentVariant::Spritesheet}) {
        if (contentVariantKey(variant) == key)
            return variant;
    }
    return std::nullopt;
}

ApiClient::ApiClient(ClientConfig config, QObject* parent)
    : QObject(parent)
    , m_requests(std::move(config)) {
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    if (m_requests.config().proxy)
        m_network.setProxy(*m_requests.config().proxy);
}

ApiCall* ApiClient::startCall(RetryPolicy::Method method, const QUrl& url, const QByteArray& body,
                              ApiCall::Expect expect) {
    auto* call = new ApiCall(&m_network, &m_requests, method, url, body, expect, this);
    connect(call, &ApiCall::finished, call, &QObject::deleteLater, Qt::QueuedConnection);
    call->start();
    return call;
}

ApiCall* ApiClient::rejectInvalidId(const QString& videoId) {
    const FieldProblem problem = RemixRequest::checkVideoId(videoId);
    if (problem == FieldProblem::None)
        return nullptr;
    auto* call = ApiCall::rejected(ApiError::validation(RemixRequest::describe(problem)), this);
    connect(call, &ApiCall::finished, call, &QObject::deleteLater, Qt::QueuedConnection);
    return call;
}

ApiCall* ApiClient::remix(const RemixRequest& request) {
    const FieldProblem problem = request.validate();
    if (problem != FieldProblem::None) {
        auto* call = ApiCall::rejected(ApiError::validation(RemixRequest::describe(problem)), this);
        connect(call, &ApiCall::finished, call, &QObject::deleteLater, Qt::QueuedConnection);
        return call;
    }
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    return startCall(RetryPolicy::Method::RemixPost,
                     m_requests.apiUrl({u"videos"_s, request.videoId, u"remix"_s}), body,
                     ApiCall::Expect::Video);
}

ApiCall* ApiClient::retrieve(const QString& videoId) {
    if (ApiCall* rejected = rejectInvalidId(videoId))
        return rejected;
    return startCall(RetryPolicy::Method::Get, m_requests.apiUrl({u"videos"_s, videoId}), {},
                     ApiCall::Expect::Video);
}

ApiCall* ApiClient::list(const QString& after, int limit) {
    QUrlQuery query;
    if (!after.isEmpty())
        query.addQueryItem(u"after"_s, QString::fromLatin1(QUrl::toPercentEncoding(after)));
    query.addQueryItem(u"limit"_s, QString::number(std::clamp(limit, 1, 100)));
    return startCall(RetryPolicy::Method::Get, m_requests.apiUrl({u"videos"_s}, query), {},
                     ApiCall::Expect::VideoList);
}

ApiCall* ApiClient::remove(const QString& videoId) {
    if (ApiCall* rejected = rejectInvalidId(videoId))
        return rejected;
    return startCall(RetryPolicy::Method::Delete, m_requests.apiUrl({u"videos"_s, videoId}), {},
                     ApiCall::Expect::Deletion);
}

Downloader* ApiClient::download(const QString& videoId, ContentVariant variant,
                                const QString& targetPath) {
    return new Downloader(this, videoId, variant, targetPath, this);
}
