#pragma once

#include "apicall.h"
#include "clientconfig.h"
#include "createrequest.h"
#include "remixrequest.h"
#include "requestfactory.h"

#include <QNetworkAccessManager>
#include <QObject>

class Downloader;

enum class ContentVariant { Video, Thumbnail, Spritesheet };
QString contentVariantKey(ContentVariant variant);
std::optional<ContentVariant> contentVariantFromKey(const QString& key);

// The gateway as a set of calls. Owns its QNetworkAccessManager; every call it
// returns is its child and reports through ApiCall::finished. Bad input is
// answered with a Validation error and never reaches the network.
class ApiClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(ClientConfig config, QObject* parent = nullptr);

    const RequestFactory& requests() const { return m_requests; }
    QNetworkAccessManager* network() { return &m_network; }

    ApiCall* create(const CreateRequest& request);
    ApiCall* remix(const RemixRequest& request);
    ApiCall* retrieve(const QString& videoId);
    ApiCall* list(const QString& after = {}, int limit = 20);
    ApiCall* remove(const QString& videoId);
    Downloader* download(const QString& videoId, ContentVariant variant, const QString& targetPath);

private:
    ApiCall* startCall(RetryPolicy::Method method, const QUrl& url, const QByteArray& body,
                       ApiCall::Expect expect, std::optional<MultipartForm> form = {});
    ApiCall* rejectInvalidId(const QString& videoId);
    ApiCall* reject(const QString& reason);

    RequestFactory m_requests;
    QNetworkAccessManager m_network;
};
