#pragma once

#include "../api/video.h"
#include "../jobs/submission.h"
#include "costestimate.h"

#include <optional>

// What ONE version of a submission costs. A new video is priced by what it
// asks for; a remix by its source (a remix keeps the source's model, length
// and size), which the caller looks up (SourceFacts): without it, the price
// is unknown and `sourceProblem` (or a default reason) says why.
CostEstimate estimateVersion(const Submission& submission, const PriceTable& table,
                             const std::optional<Video>& source, const QString& sourceProblem = {});
// The same for all versions.
CostEstimate estimateAll(const Submission& submission, const PriceTable& table,
                         const std::optional<Video>& source, const QString& sourceProblem = {});
