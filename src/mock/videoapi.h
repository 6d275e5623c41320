#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "mockstate.h"

// The /v1 video endpoints and the CDN's /files, answering from MockState.
class VideoApi final {
public:
    explicit VideoApi(MockState& state);

    // `requireAuth` is false when the CDN echoes an API path after a
    // cross-origin redirect: a CDN never sees the gateway's key.
    [[nodiscard]] HttpResponse handle(const HttpRequest& request, bool requireAuth);
    [[nodiscard]] HttpResponse cdnFile(const HttpRequest& request);

private:
    [[nodiscard]] bool authorized(const HttpRequest& request) const;
    [[nodiscard]] HttpResponse list(const HttpRequest& request);
    [[nodiscard]] HttpResponse retrieve(const QString& id);
    [[nodiscard]] HttpResponse remove(const QString& id);
    [[nodiscard]] HttpResponse remix(const QString& sourceId, const HttpRequest& request);
    [[nodiscard]] HttpResponse create(const HttpRequest& request);
    [[nodiscard]] HttpResponse content(const QString& id, const HttpRequest& request);
    [[nodiscard]] HttpResponse mediaBytes(const QString& variant) const;
    [[nodiscard]] HttpResponse media(const QString& variant, const HttpRequest& request) const;
    [[nodiscard]] QByteArray cdnUrl(const QString& id, const QString& variant) const;
    void addPollAfter(HttpResponse& response) const;
    void addBillingRatios(HttpResponse& response, const MockJob& job) const;

    MockState& m_state;
};
