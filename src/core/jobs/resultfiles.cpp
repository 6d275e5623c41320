#include "resultfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

QString sanitised(const QString& text, int maxChars) {
    // Letters and digits of any script stay (a Chinese prompt names its file in
    // Chinese); everything else becomes a single '-'.
    QString out;
    bool dash = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && !c.isSurrogate()) {
            out += c;
            dash = false;
        } else if (!dash && !out.isEmpty()) {
            out += u'-';
            dash = true;
        }
        if (out.size() >= maxChars)
            break;
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

QString safeId(const QString& id) {
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_-]"_s);
    QString stem = id;
    stem.replace(unsafe, u"_"_s);
    if (stem == id && stem.size() <= ResultFiles::MaxIdChars)
        return stem;
    // Different IDs must never share a name once sanitised or shortened.
    const QByteArray hash =
        QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return stem.left(ResultFiles::MaxIdChars - 9) + u'-' + QString::fromLatin1(hash);
}

QJsonValue timeJson(const QDateTime& time) {
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QString ResultFiles::baseName(const JobRecord& record) {
    const QString prompt = sanitised(record.prompt, MaxPromptChars);
    const QString id =
        safeId(record.videoId.isEmpty() ? QString::number(record.id) : record.videoId);
    return prompt.isEmpty() ? id : prompt + u'_' + id;
}

QString ResultFiles::videoPath(const QString& folder, const JobRecord& record) {
    return QDir(folder).filePath(baseName(record) + u".mp4"_s);
}

QString ResultFiles::thumbnailPath(const QString& folder, const JobRecord& record) {
    return QDir(folder).filePath(baseName(record) + u".webp"_s);
}

QString ResultFiles::sidecarPath(const QString& folder, const JobRecord& record) {
    return QDir(folder).filePath(baseName(record) + u".json"_s);
}

QString ResultFiles::frameThumbnailPath(const JobRecord& record) {
    if (record.filePath.isEmpty())
        return {};
    return QFileInfo(record.filePath).dir().filePath(baseName(record) + u".jpg"_s);
}

QJsonObject ResultFiles::sidecar(const JobRecord& record, const QString& parentPrompt) {
    QJsonObject lineage{{u"remixed_from_video_id"_s, record.sourceVideoId.isEmpty()
                                                         ? QJsonValue()
                                                         : QJsonValue(record.sourceVideoId)}};
    if (!record.sourceAliasId.isEmpty())
        lineage.insert(u"remixed_from_alias_id"_s, record.sourceAliasId);
    if (!parentPrompt.isEmpty())
        lineage.insert(u"remixed_from_prompt"_s, parentPrompt);
    return {
        {u"format"_s, u"videoremix.sidecar/1"_s},
        {u"id"_s, record.videoId},
        {u"prompt"_s, record.prompt},
        {u"size"_s, record.size},
        {u"model"_s, record.model},
        {u"seconds"_s, record.seconds},
        {u"gateway"_s, record.baseUrl.toString(QUrl::RemoveUserInfo)},
        {u"lineage"_s, lineage},
        {u"created_at"_s, timeJson(record.createdAt)},
        {u"completed_at"_s, timeJson(record.completedAt)},
        {u"expires_at"_s, timeJson(record.expiresAt)},
        {u"downloaded_at"_s, timeJson(QDateTime::currentDateTimeUtc())},
    };
}

bool ResultFiles::writeSidecar(const QString& path, const QJsonObject& sidecar, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(sidecar).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
