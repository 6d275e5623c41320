#include "clioutput.h"

#include "api/situationwords.h"

#include "platform/platform.h"
#include "settings/logredaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString jsonLine(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
}

QString orDash(const QString& text) {
    return text.isEmpty() ? u"-"_s : text;
}

// The keys are there even for a job on its own, so a script reads every line the same way.
QJsonObject tagged(QJsonObject object, const JobTag& tag) {
    if (tag.localId <= 0)
        return object;
    object.insert(u"local_id"_s, tag.localId);
    object.insert(u"group"_s, tag.group.isEmpty() ? QJsonValue() : QJsonValue(tag.group));
    object.insert(u"version"_s, tag.version > 0 ? QJsonValue(tag.version) : QJsonValue());
    object.insert(u"versions"_s, tag.versions > 0 ? QJsonValue(tag.versions) : QJsonValue());
    if (!tag.sourceAlias.isEmpty())
        object.insert(u"remixed_from_alias_id"_s, tag.sourceAlias);
    return object;
}

} // namespace

JobTag JobTag::of(const JobRecord& record) {
    return {record.id,         record.kind,      record.groupId,
            record.groupIndex, record.groupSize, record.sourceAliasId};
}

CliOutput::CliOutput(bool json, UiLanguage language)
    : m_json(json)
    , m_language(language)
    , m_interactive(Platform::standardErrorIsTerminal()) {}

// A gateway may echo the key back in an error message: nothing leaves unredacted.
void CliOutput::writeOut(const QString& text) {
    std::fputs(LogRedaction::redact(text).toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void CliOutput::writeErr(const QString& text) {
    std::fputs(LogRedaction::redact(text).toUtf8().constData(), stderr);
    std::fflush(stderr);
}

void CliOutput::endProgressLine() {
    if (m_progressShown) {
        writeErr(u"\n"_s);
        m_progressShown = false;
    }
}

void CliOutput::video(const Video& video, const JobTag& tag) {
    endProgressLine();
    if (m_json) {
        writeOut(jsonLine(tagged(video.toNormalizedJson(), tag)));
        return;
    }
    QString text =
        tr("%1  %2  %3%").arg(video.id, videoStatusDisplayName(video.status)).arg(video.progress) +
        u'\n';
    if (tag.versions > 1)
        text += tr("  version %1 of %2").arg(tag.version).arg(tag.versions) + u'\n';
    text += tr("  model %1 · size %2 · seconds %3")
                .arg(orDash(video.model), orDash(video.size), orDash(video.seconds)) +
            u'\n';
    if (!video.remixedFromVideoId.isEmpty() && !tag.sourceAlias.isEmpty())
        text += tr("  remixed from %1 (the gateway calls it %2)")
                    .arg(video.remixedFromVideoId, tag.sourceAlias) +
                u'\n';
    else if (!video.remixedFromVideoId.isEmpty())
        text += tr("  remixed from %1").arg(video.remixedFromVideoId) + u'\n';
    if (video.createdAt.isValid())
        text += tr("  created %1").arg(video.createdAt.toLocalTime().toString(Qt::ISODate)) + u'\n';
    if (video.expiresAt.isValid())
        text += tr("  expires %1").arg(video.expiresAt.toLocalTime().toString(Qt::ISODate)) + u'\n';
    if (video.status == VideoStatus::Unknown && !video.rawStatus.isEmpty())
        text += tr("  the gateway says \"%1\"").arg(video.rawStatus) + u'\n';
    writeOut(text);
}

void CliOutput::videoList(const QJsonObject& page, const QList<Video>& videos) {
    if (m_json) {
        QJsonArray data;
        for (const Video& video : videos)
            data.append(video.toNormalizedJson());
        writeOut(jsonLine(QJsonObject{{u"object"_s, u"list"_s},
                                      {u"data"_s, data},
                                      {u"has_more"_s, page.value(u"has_more"_s).toBool()},
                                      {u"last_id"_s, page.value(u"last_id"_s)}}));
        return;
    }
    QString text;
    for (const Video& video : videos) {
        text += tr("%1  %2  %3%  %4")
                    .arg(video.id, videoStatusDisplayName(video.status))
                    .arg(video.progress)
                    .arg(video.prompt.left(60)) +
                u'\n';
    }
    if (videos.isEmpty())
        text = tr("No videos.") + u'\n';
    if (page.value(u"has_more"_s).toBool())
        text += tr("More videos follow: list --after %1").arg(page.value(u"last_id"_s).toString()) +
                u'\n';
    writeOut(text);
}

void CliOutput::deleted(const QString& videoId, bool deleted) {
    if (m_json) {
        writeOut(jsonLine(QJsonObject{{u"id"_s, videoId}, {u"deleted"_s, deleted}}));
        return;
    }
    writeOut((deleted ? tr("Deleted %1.") : tr("The gateway did not delete %1.")).arg(videoId) +
             u'\n');
}

void CliOutput::videoDownloaded(const Video& video, const QString& path, qint64 bytes,
                                const JobTag& tag) {
    if (!m_json) {
        this->video(video, tag);
        return downloaded(video.id, path, bytes);
    }
    endProgressLine();
    QJsonObject object = tagged(video.toNormalizedJson(), tag);
    object.insert(u"download"_s, QJsonObject{{u"path"_s, path}, {u"bytes"_s, double(bytes)}});
    writeOut(jsonLine(object));
}

void CliOutput::downloaded(const QString& videoId, const QString& path, qint64 bytes) {
    endProgressLine();
    if (m_json) {
        writeOut(jsonLine(
            QJsonObject{{u"id"_s, videoId}, {u"path"_s, path}, {u"bytes"_s, double(bytes)}}));
        return;
    }
    writeOut(tr("Saved %1 (%2).").arg(path, QLocale().formattedDataSize(bytes)) + u'\n');
}

void CliOutput::history(const QList<JobRecord>& jobs) {
    if (m_json) {
        QJsonArray list;
        for (const JobRecord& job : jobs)
            list.append(job.toJson());
        writeOut(jsonLine(QJsonObject{{u"jobs"_s, list}}));
        return;
    }
    QString text;
    for (const JobRecord& job : jobs) {
        text += tr("%1  %2  %3  %4%  %5")
                    .arg(job.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                         orDash(job.videoId), jobStateDisplayName(job.state))
                    .arg(job.progress)
                    .arg(job.prompt.simplified().left(50)) +
                u'\n';
    }
    if (jobs.isEmpty())
        text = tr("No jobs yet.") + u'\n';
    writeOut(text);
}

void CliOutput::profiles(const QList<GatewayProfile>& profiles, const QString& activeId) {
    if (m_json) {
        QJsonArray list;
        for (const GatewayProfile& profile : profiles) {
            list.append(QJsonObject{
                {u"id"_s, profile.id},
                {u"name"_s, profile.name},
                {u"base_url"_s, profile.baseUrl.toString()},
                {u"active"_s, profile.id == activeId},
                {u"key_location"_s, GatewayProfile::keyLocationKey(profile.keyLocation)}});
        }
        writeOut(jsonLine(QJsonObject{{u"profiles"_s, list}}));
        return;
    }
    QString text;
    for (const GatewayProfile& profile : profiles) {
        text += (profile.id == activeId ? u"* "_s : u"  "_s) + profile.name + u"  "_s +
                profile.baseUrl.toDisplayString() + u'\n';
    }
    text += tr("* the active profile; choose another with --profile NAME") + u'\n';
    writeOut(text);
}

void CliOutput::error(const ApiError& error, const JobTag& tag) {
    endProgressLine();
    if (m_json) {
        writeErr(jsonLine(tagged(QJsonObject{{u"error"_s, error.toJson()}}, tag)));
        return;
    }
    const QStringList lines = error.messagesFor(m_language);
    QString text = tr("Error: %1").arg(lines.first()) + u'\n';
    for (qsizetype i = 1; i < lines.size(); ++i)
        text += u"       "_s + lines.at(i) + u'\n';
    if (tag.versions > 1)
        text += u"       "_s + tr("Version %1 of %2.").arg(tag.version).arg(tag.versions) + u'\n';
    if (error.kind == ApiError::Kind::Http && !error.isHtml())
        text += u"       "_s + error.summary() + u'\n';
    if (!error.requestId.isEmpty())
        text += u"       "_s + tr("Request ID: %1").arg(error.requestId) + u'\n';
    if (!error.technicalDetail.isEmpty() && error.kind != ApiError::Kind::Validation)
        text += u"       "_s + error.technicalDetail + u'\n';
    if (error.httpStatus == 401 || error.httpStatus == 403)
        text += u"       "_s + tr("Check your API key (VIDEOREMIX_API_KEY).") + u'\n';
    if (error.outcomeUnknown)
        text += u"       "_s +
                (tag.kind == JobKind::Create
                     ? tr("Do not simply run the create again: the video may already have been "
                          "created and charged. Check the gateway's video list first.")
                     : tr("Do not simply run the remix again: it may already have been created "
                          "and charged. Check the gateway's video list first.")) +
                u'\n';
    if (error.retryAfterMs && error.httpStatus == 429)
        text += u"       "_s +
                tr("The gateway asks to wait %n seconds.", nullptr,
                   int((*error.retryAfterMs + 999) / 1000)) +
                u'\n';
    writeErr(text);
}

void CliOutput::usageError(const QString& problem) {
    if (m_json) {
        writeErr(jsonLine(QJsonObject{
            {u"error"_s, QJsonObject{{u"kind"_s, u"usage"_s}, {u"summary"_s, problem}}}}));
        return;
    }
    writeErr(problem + u'\n');
}

void CliOutput::jobFailed(const Video& video, const JobTag& tag) {
    this->video(video, tag);
    if (m_json)
        return;
    const QString reason =
        video.failureMessage.isEmpty() ? video.failureCode : video.failureMessage;
    const QStringList lines = SituationWords::withUiLanguageLine(
        reason.isEmpty() ? QStringList{} : QStringList{reason}, m_language,
        SituationWords::forFailedJob(video.failureCode, video.failureMessage));
    writeErr(tr("The job failed: %1").arg(lines.join(u'\n')) + u'\n');
}

namespace {

QString estimateText(const CostEstimate& all, const CostEstimate& one, int versions) {
    if (!all.known)
        return CliOutput::tr("Estimated cost: unknown (%1)").arg(all.reason);
    return versions > 1
               ? CliOutput::tr("Estimated cost: about %1 (%n versions of %2)", nullptr, versions)
                     .arg(all.text(), one.text())
               : CliOutput::tr("Estimated cost: about %1").arg(all.text());
}

} // namespace

void CliOutput::dryRun(const QJsonArray& requests, const CostEstimate& all,
                       const CostEstimate& one) {
    if (m_json) {
        writeOut(jsonLine(QJsonObject{
            {u"dry_run"_s, true}, {u"requests"_s, requests}, {u"estimate"_s, all.toJson()}}));
        return;
    }
    QString text = tr("Dry run: nothing was sent and nothing was recorded.") + u'\n';
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QJsonObject request = requests.at(i).toObject();
        if (requests.size() > 1)
            text += tr("Version %1 of %2:").arg(i + 1).arg(requests.size()) + u'\n';
        text += request[u"method"_s].toString() + u' ' + request[u"url"_s].toString() + u'\n';
        if (request.contains(u"body"_s)) {
            text +=
                u"  "_s +
                QString::fromUtf8(
                    QJsonDocument(request[u"body"_s].toObject()).toJson(QJsonDocument::Compact)) +
                u'\n';
            continue;
        }
        const QJsonObject form = request[u"form"_s].toObject();
        text += u"  "_s + tr("multipart/form-data:") + u'\n';
        for (const QJsonValue& field : form[u"fields"_s].toArray())
            text += u"    "_s + field[u"name"_s].toString() + u": "_s +
                    field[u"value"_s].toString() + u'\n';
        const QJsonObject file = form[u"file"_s].toObject();
        text += u"    "_s +
                tr("%1: the file %2 (%3, %4, %5x%6)")
                    .arg(file[u"name"_s].toString(), file[u"filename"_s].toString(),
                         file[u"content_type"_s].toString(),
                         QLocale().formattedDataSize(qint64(file[u"size"_s].toDouble())))
                    .arg(file[u"width"_s].toInt())
                    .arg(file[u"height"_s].toInt()) +
                u'\n';
    }
    writeOut(text + estimateText(all, one, int(requests.size())) + u'\n');
}

void CliOutput::estimate(const CostEstimate& all, const CostEstimate& one, int versions) {
    notice(estimateText(all, one, versions));
}

void CliOutput::spend(const QString& profileName, const QString& currency, const QDateTime& since,
                      const SpendTotals& totals, const std::optional<SpendTotals>& today,
                      std::optional<double> monthlyBudget) {
    if (m_json) {
        QJsonObject object = totals.toJson();
        object.insert(u"since"_s,
                      since.toOffsetFromUtc(since.offsetFromUtc()).toString(Qt::ISODate));
        object.insert(u"profile"_s, profileName);
        object.insert(u"currency"_s, currency);
        if (today)
            object.insert(u"today"_s, today->toJson());
        if (monthlyBudget)
            object.insert(u"monthly_budget"_s, *monthlyBudget);
        writeOut(jsonLine(object));
        return;
    }
    QString text = tr("Profile: %1").arg(orDash(profileName)) + u'\n';
    if (today) {
        text += tr("Today:      %1").arg(today->spentText(currency)) + u'\n';
        text += tr("This month: %1").arg(totals.spentText(currency));
        if (monthlyBudget)
            text += u" / "_s + CostEstimate::money(*monthlyBudget, currency);
        text += u'\n';
    } else {
        text += tr("Since %1: %2")
                    .arg(since.date().toString(u"yyyy-MM-dd"_s), totals.spentText(currency)) +
                u'\n';
    }
    if (!totals.failed.isEmpty()) {
        QStringList failed;
        for (auto it = totals.failed.cbegin(); it != totals.failed.cend(); ++it)
            failed << CostEstimate::money(it.value(), it.key());
        text += tr("Failed, usually refunded by the gateway: %1").arg(failed.join(u", "_s)) + u'\n';
    }
    text += tr("%n job(s)", nullptr, totals.jobs);
    if (totals.unpriced > 0)
        text += u", "_s + tr("%n without a price", nullptr, totals.unpriced);
    text += u'\n' +
            tr("Estimated from the profile's prices for jobs submitted from this computer; the "
               "gateway's own bill decides.") +
            u'\n';
    writeOut(text);
}

void CliOutput::progress(const Video& video) {
    if (!m_interactive || m_json)
        return;
    const int filled = video.progress / 5;
    writeErr(u"\r["_s + QString(filled, u'#') + QString(20 - filled, u' ') + u"] "_s +
             tr("%1% %2").arg(video.progress).arg(videoStatusDisplayName(video.status)) + u"   "_s);
    m_progressShown = true;
}

void CliOutput::versionsProgress(int ended, int versions, int meanProgress) {
    if (!m_interactive || m_json)
        return;
    const int filled = std::clamp(meanProgress, 0, 100) / 5;
    writeErr(u"\r["_s + QString(filled, u'#') + QString(20 - filled, u' ') + u"] "_s +
             tr("%1% · %2 of %3 versions done").arg(meanProgress).arg(ended).arg(versions) +
             u"   "_s);
    m_progressShown = true;
}

void CliOutput::downloadProgress(qint64 received, qint64 total) {
    if (!m_interactive || m_json)
        return;
    const QString amount = total > 0 ? tr("%1 of %2 MiB")
                                           .arg(received / 1048576.0, 0, 'f', 1)
                                           .arg(total / 1048576.0, 0, 'f', 1)
                                     : tr("%1 MiB").arg(received / 1048576.0, 0, 'f', 1);
    writeErr(u"\r"_s + tr("Downloading %1").arg(amount) + u"   "_s);
    m_progressShown = true;
}

void CliOutput::notice(const QString& text) {
    if (m_json)
        return;
    endProgressLine();
    writeErr(text + u'\n');
}

void CliOutput::gatewayBusy(const ApiError& error, qint64 delayMs) {
    notice(tr("The gateway is busy (HTTP %1); trying again in %n seconds.", nullptr,
              int((delayMs + 999) / 1000))
               .arg(error.httpStatus));
}

void CliOutput::statusTrouble(const ApiError& error, qint64 nextPollMs) {
    notice(tr("Could not get the status (%1); asking again in %n seconds.", nullptr,
              int((nextPollMs + 999) / 1000))
               .arg(error.messagesFor(m_language).first()));
}
