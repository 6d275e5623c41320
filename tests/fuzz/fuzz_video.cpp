#include "api/video.h"
#include "fuzztargets.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

// Any bytes a gateway might send as a video: parse, normalise, print.
int FuzzTargets::video(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        parseVideoStatus(it.value());
        const std::optional<int> progress = parseProgress(it.value());
        VIDEOREMIX_FUZZ_CHECK(!progress || (*progress >= 0 && *progress <= 100));
        parseTimestamp(it.value());
    }
    const std::optional<Video> video = Video::fromJson(object);
    if (!video)
        return 0;
    VIDEOREMIX_FUZZ_CHECK(!video->id.isEmpty());
    VIDEOREMIX_FUZZ_CHECK(video->progress >= 0 && video->progress <= 100);
    const QJsonObject normalized = video->toNormalizedJson();
    VIDEOREMIX_FUZZ_CHECK(normalized.value(QStringLiteral("id")).toString() == video->id);
    VIDEOREMIX_FUZZ_CHECK(videoStatusFromKey(videoStatusKey(video->status)) == video->status);
    QJsonDocument(normalized).toJson(QJsonDocument::Compact);
    videoStatusDisplayName(video->status);
    return 0;
}

VIDEOREMIX_FUZZ_ENTRY(FuzzTargets::video)
