#pragma once

#include "api/apierror.h"
#include "api/video.h"
#include "jobs/jobrecord.h"
#include "settings/gatewayprofile.h"

#include <QCoreApplication>
#include <QJsonObject>

// Everything the CLI prints, in one place: results on stdout, errors and
// progress on stderr, as human text in the chosen language or as JSON lines.
class CliOutput final {
    Q_DECLARE_TR_FUNCTIONS(CliOutput)

public:
    CliOutput(bool json, UiLanguage language);

    void video(const Video& video);
    void videoList(const QJsonObject& page, const QList<Video>& videos);
    void deleted(const QString& videoId, bool deleted);
    // After a wait: the final video and where its file went, as ONE JSON line.
    void videoDownloaded(const Video& video, const QString& path, qint64 bytes);
    void downloaded(const QString& videoId, const QString& path, qint64 bytes);
    void history(const QList<JobRecord>& jobs);
    void profiles(const QList<GatewayProfile>& profiles, const QString& activeId);
    void error(const ApiError& error);
    void usageError(const QString& problem);
    void jobFailed(const Video& video);

    // Live progress, only when stderr is a terminal (scripts get clean streams).
    void progress(const Video& video);
    void downloadProgress(qint64 received, qint64 total);
    void notice(const QString& text);

private:
    void endProgressLine();
    static void writeOut(const QString& text);
    static void writeErr(const QString& text);

    bool m_json = false;
    UiLanguage m_language = UiLanguage::English;
    bool m_interactive = false;
    bool m_progressShown = false;
};
