#pragma once

#include <QObject>
#include <QSet>

class JobLibrary;
class QImage;

// Gives a downloaded job without a thumbnail one made from its video: some
// gateways answer the thumbnail request with the video itself (new-api drops
// the query string), which the download refuses as an image. The first frame,
// decoded by the playback plugin, is saved as a JPEG beside the video and
// recorded as the job's thumbnail, so the history and the details show it.
// Without the plugin the job stays without one, as before.
class FrameThumbnailer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameThumbnailer)

public:
    // Longest side of the saved frame, in pixels: larger videos are scaled down.
    static constexpr int MaxSide = 1280;

    explicit FrameThumbnailer(JobLibrary* library, QObject* parent = nullptr);

    // Makes the thumbnail of job `id` if it is downloaded and has none; later,
    // once the video is decoded. Asking again while it runs does nothing.
    void makeThumbnail(qint64 id);
    bool isBusy(qint64 id) const { return m_busy.contains(id); }

private:
    void save(qint64 id, const QImage& frame);

    JobLibrary* m_library = nullptr;
    QSet<qint64> m_busy;
};
