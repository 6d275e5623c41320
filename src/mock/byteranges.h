#pragma once

#include "httprequest.h"
#include "httpresponse.h"

// Byte ranges on media, as a CDN serves them: `Accept-Ranges: bytes` on every
// full answer, and `Range: bytes=N-` (or N-M) answered with 206 and its
// `Content-Range`. Only one range per request; anything else gets the whole body.
namespace ByteRanges {

// `full` is the complete 200 answer. Without `acceptRanges` the request's
// Range is ignored and the header is not advertised.
[[nodiscard]] HttpResponse serve(HttpResponse full, const HttpRequest& request, bool acceptRanges);

// "bytes START-END/TOTAL" for the window `response` holds.
[[nodiscard]] QByteArray contentRange(qint64 start, qint64 bytes, qint64 total);

} // namespace ByteRanges
