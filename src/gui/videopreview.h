#pragma once

#include <QPointer>
#include <QWidget>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QStackedWidget;
class QVideoWidget;

// The result of a completed job: its thumbnail while the video downloads, then
// the video itself (muted, looping), with Play/Pause and Open in the system player.
class VideoPreview final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoPreview)

public:
    explicit VideoPreview(QWidget* parent = nullptr);

    // Qt 6.4's GStreamer backend crashes on systems that lack some GStreamer
    // plugins; its FFmpeg backend brings its own codecs. Call before QApplication.
    static void preferFfmpegBackend();
    ~VideoPreview() override;

    // Empty paths clear the preview. `busy` says the video is still downloading.
    void setMedia(const QString& thumbnailPath, const QString& videoPath, bool busy);
    QString videoPath() const { return m_videoPath; }
    bool showsThumbnail() const;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
    void showThumbnail();
    void startVideo();
    void togglePlayback();
    void updateButtons();

    QStackedWidget* m_stack = nullptr;
    QLabel* m_imageLabel = nullptr;
    QVideoWidget* m_videoWidget = nullptr;
    QPushButton* m_playButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_audio = nullptr;
    QString m_thumbnailPath;
    QString m_videoPath;
    QPixmap m_thumbnail;
    bool m_busy = false;
    bool m_playerFailed = false;
};
