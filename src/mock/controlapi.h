#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "mockstate.h"

// The /__mock endpoints through which tests and demos steer the mock. They
// need no key and are never recorded as API traffic.
class ControlApi final {
public:
    explicit ControlApi(MockState& state);

    static bool isControlPath(const QByteArray& path);
    [[nodiscard]] HttpResponse handle(const HttpRequest& request);

private:
    [[nodiscard]] HttpResponse addFaults(const HttpRequest& request);
    [[nodiscard]] HttpResponse configure(const HttpRequest& request);
    [[nodiscard]] HttpResponse addVideo(const HttpRequest& request);

    MockState& m_state;
};
