#pragma once

#include "videoplayer.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

// The result of a completed job: its thumbnail while the video downloads, then
// the video itself (muted, looping), with Play/Pause and Open in the system player.
// The player (and with it Qt Multimedia) is loaded once the preview has been
// painted: a window that opens on a finished job shows at once, its video a
// moment later.
class VideoPreview final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoPreview)

public:
    // The picture's least height: 16:9 at 256 pixels wide.
    static constexpr int MinimumPictureHeight = 144;

    explicit VideoPreview(QWidget* parent = nullptr);
    ~VideoPreview() override;

    // Empty paths clear the preview. `busy` says the video is still downloading.
    void setMedia(const QString& thumbnailPath, const QString& videoPath, bool busy);
    QString videoPath() const { return m_videoPath; }
    bool showsThumbnail() const;
    bool isPlaying() const;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
    void showThumbnail();
    void startVideo();
    void startVideoWhenPainted();
    void togglePlayback();
    void updateButtons();

    QStackedWidget* m_stack = nullptr;
    QLabel* m_imageLabel = nullptr;
    QPushButton* m_playButton = nullptr;
    QPushButton* m_openButton = nullptr;
    std::unique_ptr<VideoPlayer> m_player;
    QString m_thumbnailPath;
    QString m_videoPath;
    QPixmap m_thumbnail;
    bool m_busy = false;
    bool m_playerFailed = false;
    bool m_painted = false;
    bool m_startPending = false;
};
