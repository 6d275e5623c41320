#include "api/remixrequest.h"
#include "api/videoidextractor.h"
#include "fuzztargets.h"

#include <cstdio>
#include <cstdlib>

// Whatever a user pastes into the video ID field.
int FuzzTargets::videoIdExtractor(const std::uint8_t* data, std::size_t size) {
    const QString pasted = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString id = VideoIdExtractor::extract(pasted);
    VIDEOREMIX_FUZZ_CHECK(id == id.trimmed());
    // Extracting again finds the same id: the field does not change under the user
    // (a valid id that is itself a JSON object or a videos URL is not a real id).
    if (RemixRequest::checkVideoId(id) == FieldProblem::None && !id.startsWith(u'{') &&
        !id.contains(QLatin1String("/videos/")))
        VIDEOREMIX_FUZZ_CHECK(VideoIdExtractor::extract(id) == id);
    return 0;
}

VIDEOREMIX_FUZZ_ENTRY(FuzzTargets::videoIdExtractor)
