#pragma once

#include "faultrules.h"
#include "httpresponse.h"
#include "mockconfig.h"

#include <functional>

// Turns a matched fault rule into the (mis)behaving response.
namespace FaultReplies {

// Transport faults model a gateway that did the work and lost the answer, so
// the request is processed first; HTTP-level faults model a refusal. The
// rule's "apply" field overrides either default.
[[nodiscard]] bool processesRequest(const FaultRule& rule);

// `normal` is the answer the mock would give without the fault; it is only
// called when the fault needs it.
[[nodiscard]] HttpResponse build(const FaultRule& rule, const HttpRequest& request, Dialect dialect,
                                 const QByteArray& cdnBaseUrl,
                                 const std::function<HttpResponse()>& normal);

} // namespace FaultReplies
