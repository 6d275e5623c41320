#include "clioutput.h"

#include "settings/logredaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString jsonLine(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
}

QString orDash(const QString& text) {
    return text.isEmpty() ? u"-"_s : text;
}

} // namespace

CliOutput::CliOutput(bool json, UiLanguage language)
    : m_json(json)
    , m_language(language)
    , m_interactive(::isatty(STDERR_FILENO) == 1) {}

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

void CliOutput::video(const Video& video) {
    endProgressLine();
    if (m_json) {
        writeOut(jsonLine(video.toNormalizedJson()));
        return;
    }
    QString text =
        tr("%1  %2  %3%").arg(video.id, videoStatusDisplayName(video.status)).arg(video.progress) +
        u'\n';
    text += tr("  model %1 · size %2 · seconds %3")
                .arg(orDash(video.model), orDash(video.size), orDash(video.seconds)) +
            u'\n';
    if (!video.remixedFromVideoId.isEmpty())
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

void CliOutput::videoDownloaded(const Video& video, const QString& path, qint64 bytes) {
    if (!m_json) {
        this->video(video);
        return downloaded(video.id, path, bytes);
    }
    endProgressLine();
    QJsonObject object = video.toNormalizedJson();
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

void CliOutput::error(const ApiError& error) {
    endProgressLine();
    if (m_json) {
        writeErr(jsonLine(QJsonObject{{u"error"_s, error.toJson()}}));
        return;
    }
    const QStringList lines = error.messagesFor(m_language);
    QString text = tr("Error: %1").arg(lines.first()) + u'\n';
    for (qsizetype i = 1; i < lines.size(); ++i)
        text += u"       "_s + lines.at(i) + u'\n';
    if (error.kind == ApiError::Kind::Http && !error.isHtml())
        text += u"       "_s + error.summary() + u'\n';
    if (!error.requestId.isEmpty())
        text += u"       "_s + tr("Request ID: %1").arg(error.requestId) + u'\n';
    if (!error.technicalDetail.isEmpty() && error.kind != ApiError::Kind::Validation)
        text += u"       "_s + error.technicalDetail + u'\n';
    if (error.httpStatus == 401 || error.httpStatus == 403)
        text += u"       "_s + tr("Check your API key (VIDEOREMIX_API_KEY).") + u'\n';
    if (error.outcomeUnknown)
        text +=
            u"       "_s +
            tr("Do not simply run the remix again: it may already have been created and charged. "
               "Check the gateway's video list first.") +
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

void CliOutput::jobFailed(const Video& video) {
    this->video(video);
    if (m_json)
        return;
    writeErr(tr("The job failed: %1")
                 .arg(video.failureMessage.isEmpty() ? orDash(video.failureCode)
                                                     : video.failureMessage) +
             u'\n');
}

void CliOutput::progress(const Video& video) {
    if (!m_interactive || m_json)
        return;
    const int filled = video.progress / 5;
    writeErr(u"\r["_s + QString(filled, u'#') + QString(20 - filled, u' ') + u"] "_s +
             tr("%1% %2").arg(video.progress).arg(videoStatusDisplayName(video.status)) + u"   "_s);
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
