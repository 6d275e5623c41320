#pragma once

#include "clioptions.h"
#include "jobs/submission.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// What create and remix will send, built and checked before anything is: the
// request (a create's reference image read and fitted to the video's size),
// how many versions, and where each version's file goes.
struct CliSubmission final {
    Q_DECLARE_TR_FUNCTIONS(CliSubmission)

public:
    Submission submission;
    QString downloadPath;           // empty: nothing is downloaded
    bool downloadsToFolder = false; // several versions: one file each, named by video ID

    // nullopt with `problem` set when it cannot be sent as asked.
    static std::optional<CliSubmission> prepare(const CliOptions& options, QString& problem);

    // Where the video `videoId` is saved.
    QString downloadTarget(const QString& videoId) const;
};
