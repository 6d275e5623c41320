#pragma once

#include "remixrequest.h"

#include <QString>

// People paste what they have: the gateway's JSON answer, a .../videos/<id>/...
// URL from a log, or an ID with a trailing newline. This takes the ID out of
// any of those; whatever it returns still has to pass RemixRequest::checkVideoId.
namespace VideoIdExtractor {

// The ID found in `pasted`, or `pasted` trimmed when it holds nothing to extract.
QString extract(const QString& pasted);

// What keeps `text` from naming a video: None when extract() finds a valid ID
// in it; VideoIdNotInText for a JSON text or a URL without one; otherwise what
// RemixRequest::checkVideoId says of the text as typed.
FieldProblem problem(const QString& text);

} // namespace VideoIdExtractor
