#include "submissioncost.h"

CostEstimate estimateVersion(const Submission& submission, const PriceTable& table,
                             const std::optional<Video>& source, const QString& sourceProblem) {
    if (const auto* create = std::get_if<CreateRequest>(&submission.request))
        return CostEstimate::of(table, create->model, create->seconds, create->effectiveSize(), 1);
    if (!source) {
        CostEstimate unknown = CostEstimate::unknown(
            sourceProblem.isEmpty()
                ? CostEstimate::tr("The source video's model and length are not known yet.")
                : CostEstimate::tr("The source video could not be looked up: %1")
                      .arg(sourceProblem));
        unknown.currency = table.currency;
        return unknown;
    }
    if (source->model.isEmpty())
        return CostEstimate::unknown(
            CostEstimate::tr("The gateway did not say which model made the source video."));
    return CostEstimate::of(table, source->model, source->seconds, source->size, 1);
}

CostEstimate estimateAll(const Submission& submission, const PriceTable& table,
                         const std::optional<Video>& source, const QString& sourceProblem) {
    CostEstimate all = estimateVersion(submission, table, source, sourceProblem);
    all.amount *= submission.versions;
    return all;
}
