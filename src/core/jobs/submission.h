#pragma once

#include "../api/createrequest.h"
#include "../api/remixrequest.h"

#include <QCoreApplication>

#include <variant>

// What one click asks for: a new video or a remix of one, in 1..MaxVersions
// versions. Each version becomes its own job, and its own POST.
struct Submission final {
    Q_DECLARE_TR_FUNCTIONS(Submission)

public:
    static constexpr int MaxVersions = 8;

    std::variant<CreateRequest, RemixRequest> request;
    int versions = 1;

    bool isCreate() const { return std::holds_alternative<CreateRequest>(request); }
    // Empty when it may be sent; otherwise what is wrong, in the UI language.
    QString problem() const;
    static QString versionsProblem(int versions);
};
