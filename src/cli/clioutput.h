#pragma once

#include "api/apierror.h"
#include "api/video.h"
#include "jobs/jobrecord.h"
#include "pricing/costestimate.h"
#include "pricing/spendtotals.h"
#include "settings/gatewayprofile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

// Which job of a create or remix a line is about; the other commands print none.
struct JobTag final {
    qint64 localId = 0; // 0: not a job of the library
    JobKind kind = JobKind::Imported;
    QString group;   // the versions of one submit share it; empty for one version
    int version = 0; // 1..versions, 0 for a job on its own
    int versions = 0;
    // The gateway's other name for the remixed source (new-api's upstream ID).
    QString sourceAlias;

    static JobTag of(const JobRecord& record);
};

// Everything the CLI prints, in one place: results on stdout, errors and
// progress on stderr, as human text in the chosen language or as JSON lines.
class CliOutput final {
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    CliOutput(bool json, UiLanguage language);

    void video(const Video& video, const JobTag& tag = {});
    void videoList(const QJsonObject& page, const QList<Video>& videos);
    void deleted(const QString& videoId, bool deleted);
    // After a wait: the final video and where its file went, as ONE JSON line.
    void videoDownloaded(const Video& video, const QString& path, qint64 bytes,
                         const JobTag& tag = {});
    void downloaded(const QString& videoId, const QString& path, qint64 bytes);
    void history(const QList<JobRecord>& jobs);
    void profiles(const QList<GatewayProfile>& profiles, const QString& activeId);
    void error(const ApiError& error, const JobTag& tag = {});
    void usageError(const QString& problem);
    void jobFailed(const Video& video, const JobTag& tag = {});
    // --dry-run: what would be sent, and what all versions would cost; as ONE JSON line.
    void dryRun(const QJsonArray& requests, const CostEstimate& all, const CostEstimate& one);
    // Before a real submit, what it is estimated to cost (human text only).
    void estimate(const CostEstimate& all, const CostEstimate& one, int versions);
    // spend: `since` and its totals; without --since, also today's (`today`).
    void spend(const QString& profileName, const QString& currency, const QDateTime& since,
               const SpendTotals& totals, const std::optional<SpendTotals>& today,
               std::optional<double> monthlyBudget);

    // Live progress, only when stderr is a terminal (scripts get clean streams).
    void progress(const Video& video);
    // Several versions at once: how many have ended, and their mean progress.
    void versionsProgress(int ended, int versions, int meanProgress);
    void downloadProgress(qint64 received, qint64 total);
    void notice(const QString& text);
    // A POST goes out again after a 429 or a refused connection.
    void gatewayBusy(const ApiError& error, qint64 delayMs);
    // A poll failed; the next one goes out in nextPollMs.
    void statusTrouble(const ApiError& error, qint64 nextPollMs);

private:
    void endProgressLine();
    static void writeOut(const QString& text);
    static void writeErr(const QString& text);

    bool m_json = false;
    UiLanguage m_language = UiLanguage::English;
    bool m_interactive = false;
    bool m_progressShown = false;
};
