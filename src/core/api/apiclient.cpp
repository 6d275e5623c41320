#include "apiclient.h"

#include "downloader.h"

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
                              ApiCall::Expect expect, std::optional<MultipartForm> form) {
    auto* call = new ApiCall(&m_network, &m_requests, method, url, body, expect, this);
    if (form)
        call->setForm(std::move(*form));
    connect(call, &ApiCall::finished, call, &QObject::deleteLater, Qt::QueuedConnection);
    call->start();
    return call;
}

ApiCall* ApiClient::reject(const QString& reason) {
    auto* call = ApiCall::rejected(ApiError::validation(reason), this);
    connect(call, &ApiCall::finished, call, &QObject::deleteLater, Qt::QueuedConnection);
    return call;
}

ApiCall* ApiClient::rejectInvalidId(const QString& videoId) {
    const FieldProblem problem = RemixRequest::checkVideoId(videoId);
    if (problem == FieldProblem::None)
        return nullptr;
    return reject(RemixRequest::describe(problem));
}

ApiCall* ApiClient::create(const CreateRequest& request) {
    if (request.validate() != FieldProblem::None)
        return reject(request.problemText());
    const QUrl url = m_requests.apiUrl({u"videos"_s});
    if (!request.reference) {
        const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
        return startCall(RetryPolicy::Method::PaidPost, url, body, ApiCall::Expect::Video);
    }
    const PreparedImage& image = *request.reference;
    MultipartForm form{request.formFields(), u"input_reference"_s, image.fileName,
                       image.contentType, image.bytes};
    return startCall(RetryPolicy::Method::PaidPost, url, {}, ApiCall::Expect::Video,
                     std::move(form));
}

ApiCall* ApiClient::remix(const RemixRequest& request) {
    const FieldProblem problem = request.validate();
    if (problem != FieldProblem::None)
        return reject(RemixRequest::describe(problem));
    const QByteArray body = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    return startCall(RetryPolicy::Method::PaidPost,
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
