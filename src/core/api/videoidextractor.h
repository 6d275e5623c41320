#pragma once

#include <QString>

// People paste what they have: the gateway's JSON answer, a .../videos/<id>/...
// URL from a log, or an ID with a trailing newline. This takes the ID out of
// any of those; whatever it returns still has to pass RemixRequest::checkVideoId.
namespace VideoIdExtractor {

// The ID found in `pasted`, or `pasted` trimmed when it holds nothing to extract.
QString extract(const QString& pasted);

} // namespace VideoIdExtractor
