#pragma once

#include "api/apiclient.h"
#include "api/uilanguage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

// What the user asked the CLI to do, parsed and checked before any request.
struct CliOptions final {
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    enum class Command {
        Create,
        Remix,
        Status,
        Wait,
        Download,
        List,
        Delete,
        Profiles,
        History,
        Spend,
    };

    // How long --wait waits without --timeout.
    static constexpr qint64 DefaultWaitMs = 60 * 60'000;

    Command command = Command::Status;
    QString videoId;
    QString prompt;
    QString size;
    QString model;     // create; empty: the default model
    QString seconds;   // create; empty: the model's default
    QString imagePath; // create --image: read and fitted only once the options are valid
    int count = 1;     // create, remix: how many versions, each its own job and POST
    bool wait = false;
    bool dryRun = false;     // create, remix: check and show, send nothing
    bool overBudget = false; // create, remix: go past the profile's monthly budget
    QDateTime since;         // spend --since: local midnight of that day; invalid: today and month
    QString downloadPath;    // create/remix/wait --download, download --output
    ContentVariant variant = ContentVariant::Video;
    int limit = 20;
    QString after;        // list: the page after this video
    QString search;       // history: text in prompts and IDs
    QString statusFilter; // history: a job state key
    bool json = false;
    UiLanguage language = UiLanguage::English;
    int pollIntervalMs = 5000;
    bool pollIntervalGiven = false; // else the profile's
    std::optional<qint64> timeoutMs;
    QUrl baseUrl;        // --base-url or the environment; empty: the profile's
    QString profileName; // --profile; empty: the active profile

    // Parses argv. On failure returns nullopt and sets `problem` to a message
    // for the user; `exitNow` is set for --help and --version (already printed).
    static std::optional<CliOptions> parse(const QStringList& arguments, QString& problem,
                                           bool& exitNow);

    bool submits() const { return command == Command::Create || command == Command::Remix; }
};
