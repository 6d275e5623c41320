#pragma once

#include "clioptions.h"
#include "clioutput.h"
#include "exitcode.h"

#include <QObject>

class ApiClient;
class JobRecorder;
class JobTracker;

// Runs one CLI command on the event loop and ends the application with its exit code;
// create and remix are SubmitCommand's.
class CliRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    // `recorder` (may be null) keeps the shared job library up to date.
    CliRunner(CliOptions options, const ClientConfig& config, JobRecorder* recorder,
              QObject* parent = nullptr);

    void start();

private:
    void runStatus();
    void runList();
    void runDelete();
    void follow(const Video& video);
    // `finished` is the video a wait ended with, reported together with the file.
    void download(const QString& videoId, ContentVariant variant, const QString& path,
                  const std::optional<Video>& finished = std::nullopt);
    void finish(ExitCode code);
    void fail(const ApiError& error);

    CliOptions m_options;
    CliOutput m_output;
    ApiClient* m_client = nullptr;
    JobRecorder* m_recorder = nullptr;
};
