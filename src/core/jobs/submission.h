#pragma once

#include "../api/createrequest.h"
#include "../api/remixrequest.h"
#include "../pricing/costestimate.h"

#include <QCoreApplication>

#include <variant>

// What one click asks for: a new video or a remix of one, in 1..MaxVersions
// versions. Each version becomes its own job, and its own POST.
struct Submission final {
    Q_DECLARE_TR_FUNCTIONS(Submission)

public:
    static constexpr int MaxVersions = 8;

    Submission() = default;
    Submission(std::variant<CreateRequest, RemixRequest> what, int count = 1,
               CostEstimate perVersion = {})
        : request(std::move(what))
        , versions(count)
        , estimate(std::move(perVersion)) {}

    std::variant<CreateRequest, RemixRequest> request;
    int versions = 1;
    // What ONE version is estimated to cost; recorded with each job.
    CostEstimate estimate;

    bool isCreate() const { return std::holds_alternative<CreateRequest>(request); }
    // Empty when it may be sent; otherwise what is wrong, in the UI language.
    QString problem() const;
    static QString versionsProblem(int versions);
};
