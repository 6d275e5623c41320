#pragma once

#include "api/clientconfig.h"
#include "jobs/jobtracker.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}

class ApiClient;
class DemoServer;
class JobListModel;
class LanguageManager;
class QLabel;
class RemixJob;
class VideoIdInput;
class WindowStateStore;
struct ApiError;

// The window: a remix form, the jobs of this run and the selected job's details.
// It binds widgets to core objects; what the gateway is comes from outside
// (setClientConfig), so settings and profiles can plug in without touching it.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Fast enough to watch a local demo job move, slow enough for a real gateway.
    static constexpr int DemoPollIntervalMs = 1000;

    explicit MainWindow(LanguageManager* languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The gateway to talk to. `gatewayLabel` names it in the status bar (a
    // profile name, or empty for the base URL); `demo` marks the local mock.
    void setClientConfig(const ClientConfig& config, const QString& gatewayLabel, bool demo);
    bool hasGateway() const { return m_client != nullptr; }
    bool isDemo() const { return m_demo; }
    const ClientConfig& clientConfig() const { return m_config; }
    // Overrides the polling pace (the default follows the gateway kind).
    void setTrackerOptions(const JobTracker::Options& options);
    // Where geometry is kept between runs; restores from it at once.
    void setWindowStateStore(WindowStateStore* store);

    JobListModel* jobModel() const { return m_jobs; }
    static QString productTitle(bool chinese);

public slots:
    void submit();
    // Starts the bundled mock gateway and switches to it when it is ready.
    void startDemo();

signals:
    void settingsRequested();
    void demoFailed(const QString& reason);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void validateForm();
    QString chosenSize() const;
    void updateStatusBar();
    void updatePage();
    void watchJob(RemixJob* job);
    void showJob(RemixJob* job);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    LanguageManager* m_languages = nullptr;
    VideoIdInput* m_videoIdInput = nullptr;
    JobListModel* m_jobs = nullptr;
    ApiClient* m_client = nullptr; // earlier clients live on while their jobs need them
    ClientConfig m_config;
    QString m_gatewayLabel;
    bool m_demo = false;
    std::optional<JobTracker::Options> m_trackerOptions;
    DemoServer* m_demoServer = nullptr;
    WindowStateStore* m_stateStore = nullptr;
    QPointer<RemixJob> m_bannerJob;
    bool m_videoIdTouched = false;
    bool m_promptTouched = false;
    QLabel* m_gatewayStatusLabel = nullptr;
    QLabel* m_keyStatusLabel = nullptr;
    QLabel* m_demoStatusLabel = nullptr;
};
