#include "clioptions.h"

#include "videoremix_version.h"

#include "api/videomodels.h"
#include "jobs/jobrecord.h"
#include "jobs/submission.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct CommandSpec {
    CliOptions::Command command;
    const char16_t* name;
    bool needsVideoId;
};

constexpr CommandSpec Commands[] = {
    {CliOptions::Command::Create, u"create", false},
    {CliOptions::Command::Remix, u"remix", true},
    {CliOptions::Command::Status, u"status", true},
    {CliOptions::Command::Wait, u"wait", true},
    {CliOptions::Command::Download, u"download", true},
    {CliOptions::Command::List, u"list", false},
    {CliOptions::Command::Delete, u"delete", true},
    {CliOptions::Command::Profiles, u"profiles", false},
    {CliOptions::Command::History, u"history", false},
    {CliOptions::Command::Spend, u"spend", false},
};

std::optional<qint64> parseSeconds(const QString& text) {
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 7 * 24 * 3600)
        return std::nullopt;
    return static_cast<qint64>(std::llround(seconds * 1000.0));
}

QString environment(std::initializer_list<const char*> names) {
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : names) {
        const QString value = env.value(QString::fromLatin1(name)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// In parts, each translated on its own: a change to one leaves the others translated.
QString usageText() {
    QString models;
    for (const VideoModel& model : VideoModels::known()) {
        models += CliOptions::tr("  %1: sizes %2; seconds %3\n")
                      .arg(model.name, model.sizes.join(u", "_s), model.seconds.join(u", "_s));
    }
    return CliOptions::tr(
               "Usage:\n"
               "  videoremix-cli [options] create --prompt TEXT [--model NAME] [--seconds N] "
               "[--size WxH]\n"
               "                 [--image FILE] [--count N] [--wait] [--download PATH]\n"
               "  videoremix-cli [options] remix VIDEO_ID --prompt TEXT [--size WxH] [--count N] "
               "[--wait]\n"
               "                 [--download PATH]\n"
               "  videoremix-cli [options] status VIDEO_ID\n"
               "  videoremix-cli [options] wait VIDEO_ID [--download FILE]\n"
               "  videoremix-cli [options] download VIDEO_ID [--variant "
               "video|thumbnail|spritesheet] --output FILE\n"
               "  videoremix-cli [options] list [--limit N] [--after VIDEO_ID]\n"
               "  videoremix-cli [options] delete VIDEO_ID\n"
               "  videoremix-cli [options] history [--search TEXT] [--status STATE] [--limit N]\n"
               "  videoremix-cli profiles\n") +
           CliOptions::tr("  videoremix-cli [--profile NAME] spend [--since YYYY-MM-DD]\n") +
           u'\n' +
           CliOptions::tr(
               "Options:\n"
               "  --profile NAME          a gateway profile from the app's settings (default: the "
               "active one)\n"
               "  --base-url URL          the gateway (else VIDEOREMIX_BASE_URL, else "
               "OPENAI_BASE_URL,\n"
               "                          else the profile's)\n"
               "  --json                  print each result as one JSON line; errors as JSON on "
               "stderr\n"
               "  --lang zh|en            language of messages (default: the system's)\n"
               "  --poll-interval SECONDS how often to ask for the job's status (default 5)\n"
               "  --timeout SECONDS       give up after this long\n"
               "  --version, --help\n") +
           u'\n' +
           CliOptions::tr(
               "Creating and remixing:\n"
               "  --prompt TEXT           the video to make, or the change to make\n"
               "  --model NAME            the model (default %1)\n"
               "  --seconds N             the length in seconds (default: the model's first)\n"
               "  --size WxH              such as 1280x720 (default: the model's first; a remix "
               "keeps\n"
               "                          the source's)\n"
               "  --image FILE            a JPEG, PNG or WebP to start from, scaled and cropped to "
               "the size\n"
               "  --count N               N versions, 1 to %2: each is its own job, and is "
               "charged\n"
               "  --wait                  follow every version until it completes or fails\n"
               "  --download PATH         wait, then save the video to PATH; with --count above "
               "1, PATH is\n"
               "                          a folder (made if missing) and each file is named by "
               "its video ID\n"
               "What the known models make:\n")
               .arg(VideoModels::defaultModel())
               .arg(Submission::MaxVersions) +
           models + u'\n' +
           CliOptions::tr(
               "Cost:\n"
               "  --dry-run               create, remix: check everything, print the requests "
               "that would\n"
               "                          be sent (never the key) and the estimate; send "
               "nothing, record\n"
               "                          nothing\n"
               "  --over-budget           create, remix: submit even past the profile's monthly "
               "budget\n"
               "  spend                   what this profile's jobs were estimated to cost today "
               "and this\n"
               "                          month (prices from the profile; with --base-url and no "
               "profile,\n"
               "                          the list prices); failed jobs, usually refunded, "
               "apart\n"
               "  --since YYYY-MM-DD      spend: since that day's local midnight instead\n") +
           u'\n' +
           CliOptions::tr(
               "The API key is read from VIDEOREMIX_API_KEY, else OPENAI_API_KEY, else the "
               "profile's key\n"
               "in the system keychain; no option takes it, so it never shows in the process "
               "list.\n"
               "\n"
               "Exit codes: 0 success, 1 the server answered with an error, 2 usage or validation "
               "error,\n"
               "3 network, timeout or TLS failure, 4 the job failed, 5 the outcome of a create or "
               "remix\n"
               "is unknown. With several versions, the highest code of any version.\n");
}

} // namespace

std::optional<CliOptions> CliOptions::parse(const QStringList& arguments, QString& problem,
                                            bool& exitNow) {
    exitNow = false;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption baseUrl(u"base-url"_s, {}, u"URL"_s);
    const QCommandLineOption profile(u"profile"_s, {}, u"NAME"_s);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption lang(u"lang"_s, {}, u"zh|en"_s);
    const QCommandLineOption pollInterval(u"poll-interval"_s, {}, u"SECONDS"_s);
    const QCommandLineOption timeout(u"timeout"_s, {}, u"SECONDS"_s);
    const QCommandLineOption prompt(u"prompt"_s, {}, u"TEXT"_s);
    const QCommandLineOption size(u"size"_s, {}, u"WxH"_s);
    const QCommandLineOption model(u"model"_s, {}, u"NAME"_s);
    const QCommandLineOption seconds(u"seconds"_s, {}, u"N"_s);
    const QCommandLineOption image(u"image"_s, {}, u"FILE"_s);
    const QCommandLineOption count(u"count"_s, {}, u"N"_s);
    const QCommandLineOption wait(u"wait"_s);
    const QCommandLineOption download(u"download"_s, {}, u"PATH"_s);
    const QCommandLineOption output(u"output"_s, {}, u"FILE"_s);
    const QCommandLineOption variant(u"variant"_s, {}, u"video|thumbnail|spritesheet"_s);
    const QCommandLineOption limit(u"limit"_s, {}, u"N"_s);
    const QCommandLineOption after(u"after"_s, {}, u"VIDEO_ID"_s);
    const QCommandLineOption search(u"search"_s, {}, u"TEXT"_s);
    const QCommandLineOption status(u"status"_s, {}, u"STATE"_s);
    const QCommandLineOption dryRun(u"dry-run"_s);
    const QCommandLineOption overBudget(u"over-budget"_s);
    const QCommandLineOption since(u"since"_s, {}, u"YYYY-MM-DD"_s);
    const QCommandLineOption help(QStringList{u"help"_s, u"h"_s});
    const QCommandLineOption version(u"version"_s);
    parser.addOptions({baseUrl, profile, json,       lang,  pollInterval, timeout, prompt,
                       size,    model,   seconds,    image, count,        wait,    download,
                       output,  variant, limit,      after, search,       status,  help,
                       version, dryRun,  overBudget, since});
    if (!parser.parse(arguments)) {
        problem = parser.errorText();
        return std::nullopt;
    }

    CliOptions options;
    const QString langCode = parser.isSet(lang) ? parser.value(lang) : QLocale().name();
    if (parser.isSet(lang) && !langCode.startsWith(u"zh"_s) && !langCode.startsWith(u"en"_s)) {
        problem = tr("--lang takes zh or en.");
        return std::nullopt;
    }
    options.language = uiLanguageFromCode(langCode);

    if (parser.isSet(help)) {
        std::fputs(usageText().toUtf8().constData(), stdout);
        exitNow = true;
        return std::nullopt;
    }
    if (parser.isSet(version)) {
        std::fputs("videoremix-cli " VIDEOREMIX_VERSION "\n", stdout);
        exitNow = true;
        return std::nullopt;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        problem = tr("No command given.") + u"\n\n"_s + usageText();
        return std::nullopt;
    }
    const CommandSpec* spec = nullptr;
    for (const CommandSpec& candidate : Commands) {
        if (positional.first() == QString::fromUtf16(candidate.name))
            spec = &candidate;
    }
    if (!spec) {
        problem = tr("Unknown command \"%1\".").arg(positional.first()) + u"\n\n"_s + usageText();
        return std::nullopt;
    }
    options.command = spec->command;
    const int expectedPositionals = spec->needsVideoId ? 2 : 1;
    if (positional.size() != expectedPositionals) {
        problem = spec->needsVideoId ? tr("%1 takes exactly one video ID.").arg(positional.first())
                                     : tr("%1 takes no video ID.").arg(positional.first());
        return std::nullopt;
    }

    const auto allowOnly = [&](const QCommandLineOption& option,
                               std::initializer_list<Command> commands) {
        if (!parser.isSet(option))
            return true;
        for (const Command command : commands) {
            if (command == options.command)
                return true;
        }
        problem = tr("--%1 does not apply to %2.").arg(option.names().first(), positional.first());
        return false;
    };
    if (!allowOnly(prompt, {Command::Create, Command::Remix}) ||
        !allowOnly(size, {Command::Create, Command::Remix}) ||
        !allowOnly(model, {Command::Create}) || !allowOnly(seconds, {Command::Create}) ||
        !allowOnly(image, {Command::Create}) ||
        !allowOnly(count, {Command::Create, Command::Remix}) ||
        !allowOnly(wait, {Command::Create, Command::Remix}) ||
        !allowOnly(download, {Command::Create, Command::Remix, Command::Wait}) ||
        !allowOnly(output, {Command::Download}) || !allowOnly(variant, {Command::Download}) ||
        !allowOnly(limit, {Command::List, Command::History}) ||
        !allowOnly(after, {Command::List}) || !allowOnly(search, {Command::History}) ||
        !allowOnly(status, {Command::History}) ||
        !allowOnly(dryRun, {Command::Create, Command::Remix}) ||
        !allowOnly(overBudget, {Command::Create, Command::Remix}) ||
        !allowOnly(since, {Command::Spend}))
        return std::nullopt;

    if (spec->needsVideoId) {
        options.videoId = positional.at(1).trimmed();
        if (const FieldProblem idProblem = RemixRequest::checkVideoId(options.videoId);
            idProblem != FieldProblem::None) {
            problem = RemixRequest::describe(idProblem);
            return std::nullopt;
        }
    }
    if (options.submits() && !parser.isSet(prompt)) {
        problem = options.command == Command::Create ? tr("create needs --prompt TEXT.")
                                                     : tr("remix needs --prompt TEXT.");
        return std::nullopt;
    }
    if (options.command == Command::Remix) {
        const RemixRequest request =
            RemixRequest::make(options.videoId, parser.value(prompt), parser.value(size));
        if (const FieldProblem fieldProblem = request.validate();
            fieldProblem != FieldProblem::None) {
            problem = RemixRequest::describe(fieldProblem);
            return std::nullopt;
        }
        options.prompt = request.prompt;
        options.size = request.size;
    }
    if (options.command == Command::Create) {
        // The image is checked later (CliSubmission): only a valid size can fit it.
        const CreateRequest request = CreateRequest::make(
            parser.value(prompt), parser.value(model), parser.value(seconds), parser.value(size));
        if (const QString requestProblem = request.problemText(); !requestProblem.isEmpty()) {
            problem = requestProblem;
            return std::nullopt;
        }
        options.prompt = request.prompt;
        options.model = request.model;
        options.seconds = request.seconds;
        options.size = request.size;
        options.imagePath = parser.value(image);
        if (parser.isSet(image) && options.imagePath.isEmpty()) {
            problem = tr("--image needs a file.");
            return std::nullopt;
        }
    }
    if (parser.isSet(count)) {
        bool ok = false;
        options.count = parser.value(count).toInt(&ok);
        if (!ok || !Submission::versionsProblem(options.count).isEmpty()) {
            problem = tr("--count takes a whole number from 1 to %1.").arg(Submission::MaxVersions);
            return std::nullopt;
        }
    }
    options.wait = parser.isSet(wait) || parser.isSet(download) || options.command == Command::Wait;
    options.downloadPath = parser.isSet(output) ? parser.value(output) : parser.value(download);
    if (options.command == Command::Download && options.downloadPath.isEmpty()) {
        problem = tr("download needs --output FILE.");
        return std::nullopt;
    }
    if (parser.isSet(variant)) {
        const auto chosen = contentVariantFromKey(parser.value(variant));
        if (!chosen) {
            problem = tr("--variant takes video, thumbnail or spritesheet.");
            return std::nullopt;
        }
        options.variant = *chosen;
    }
    if (parser.isSet(limit)) {
        bool ok = false;
        options.limit = parser.value(limit).toInt(&ok);
        const int maximum = options.command == Command::History ? 100'000 : 100;
        if (!ok || options.limit < 1 || options.limit > maximum) {
            problem = tr("--limit takes a whole number from 1 to %1.").arg(maximum);
            return std::nullopt;
        }
    }
    options.after = parser.value(after).trimmed();
    options.search = parser.value(search).trimmed();
    options.statusFilter = parser.value(status).trimmed().toLower();
    if (!options.statusFilter.isEmpty() && !jobStateFromKey(options.statusFilter)) {
        QStringList keys;
        for (const JobState state : allJobStates())
            keys.append(jobStateKey(state));
        problem = tr("--status takes one of: %1.").arg(keys.join(u", "_s));
        return std::nullopt;
    }
    if (parser.isSet(pollInterval)) {
        const auto ms = parseSeconds(parser.value(pollInterval));
        if (!ms) {
            problem = tr("--poll-interval takes a positive number of seconds, such as 0.5.");
            return std::nullopt;
        }
        options.pollIntervalMs = int(std::max<qint64>(*ms, 50));
        options.pollIntervalGiven = true;
    }
    if (parser.isSet(timeout)) {
        options.timeoutMs = parseSeconds(parser.value(timeout));
        if (!options.timeoutMs) {
            problem = tr("--timeout takes a positive number of seconds, such as 30 or 0.5.");
            return std::nullopt;
        }
    }
    options.json = parser.isSet(json);
    options.dryRun = parser.isSet(dryRun);
    options.overBudget = parser.isSet(overBudget);
    if (parser.isSet(since)) {
        const QDate day = QDate::fromString(parser.value(since).trimmed(), u"yyyy-MM-dd"_s);
        if (!day.isValid()) {
            problem = tr("--since takes a date as YYYY-MM-DD, such as 2026-01-31.");
            return std::nullopt;
        }
        options.since = day.startOfDay();
    }

    options.profileName = parser.value(profile).trimmed();
    const QString base = parser.isSet(baseUrl)
                             ? parser.value(baseUrl)
                             : environment({"VIDEOREMIX_BASE_URL", "OPENAI_BASE_URL"});
    if (!base.isEmpty()) {
        options.baseUrl = QUrl::fromUserInput(base);
        if (!options.baseUrl.isValid() ||
            (options.baseUrl.scheme() != u"http"_s && options.baseUrl.scheme() != u"https"_s)) {
            problem = tr("\"%1\" is not an http or https URL.").arg(base);
            return std::nullopt;
        }
    }
    return options;
}
