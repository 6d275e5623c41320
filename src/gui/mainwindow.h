#pragma once

#include "gatewaysetup.h"
#include "repeatguard.h"

#include <QMainWindow>
#include <QSet>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

class CostPresenter;
class DemoServer;
class JobHistoryModel;
class JobActions;
class JobLibrary;
class JobNotifier;
class LanguageManager;
class QLabel;
class QMenu;
class WindowStateStore;
struct ApiError;

// The window: a form that creates and remixes videos, the history of every job and the selected
// job's details. It binds widgets to the job library; which gateway it talks to comes from outside
// (setGateway), so settings and profiles plug in without touching it.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Fast enough to watch a local demo job move, slow enough for a real gateway.
    static constexpr int DemoPollIntervalMs = 1000;
    static constexpr int DemoHintMs = 20000;
    static QString demoProfileId();

    MainWindow(LanguageManager* languages, JobLibrary* library, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The gateway to talk to from now on. Jobs of earlier gateways go on being
    // followed. A key bound for plain http:// to another host waits for the
    // user's confirmation (once per profile and run) before anything is sent.
    void setGateway(const GatewaySetup& setup);
    const GatewaySetup& gateway() const { return m_gateway; }
    // Requests can go out: a gateway with a key, confirmed where it had to be.
    bool hasGateway() const;
    bool isDemo() const { return m_gateway.demo; }
    bool awaitsCleartextConfirmation() const;
    // Where geometry is kept between runs; restores from it at once.
    void setWindowStateStore(WindowStateStore* store);
    void setNotificationsEnabled(bool enabled);
    // A problem of the application's own (the keychain did not answer), in the banner.
    void showProblem(const QString& message);
    // The same, worded again when the UI language changes while it shows.
    void showProblem(const std::function<QString()>& message);

    JobLibrary* library() const { return m_library; }
    JobHistoryModel* historyModel() const { return m_history; }
    JobNotifier* notifier() const { return m_notifier; }
    JobActions* jobActions() const { return m_jobActions; }
    // The job the details show; 0 for none.
    qint64 currentJobId() const;
    static QString productTitle(bool chinese);

public slots:
    void submit();
    // Starts the bundled mock gateway and switches to it when it is ready.
    void startDemo();
    void importFromGateway();
    void showJob(qint64 id);
    // The remix beside its source, or the versions of its submit together.
    void compareJob(qint64 id);

signals:
    // The settings; a non-empty id: that profile's key (the one in use, from the error banner).
    void settingsRequested(const QString& profileId);
    void demoFailed(const QString& reason);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    // The demo's sample videos arrived in an empty history: the first is ready to remix.
    void showFirstDemoVideo();
    void retranslateUi();
    void validateForm();
    void updateStatusBar();
    void updatePage();
    void updateCleartextWarning();
    // The key could not be read: said where a key is needed and missing, withdrawn once one is.
    void updateKeyNotice();
    void useDemoGateway(const QUrl& baseUrl);
    void registerGateway();
    void watchLibrary();
    QUrl gatewayUrlOf(qint64 id) const;
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    LanguageManager* m_languages = nullptr;
    JobLibrary* m_library = nullptr;
    JobHistoryModel* m_history = nullptr;
    JobNotifier* m_notifier = nullptr;
    JobActions* m_jobActions = nullptr;
    QMenu* m_videoMenu = nullptr;
    GatewaySetup m_gateway;
    QSet<QString> m_cleartextAccepted; // profiles, for this run
    DemoServer* m_demoServer = nullptr;
    WindowStateStore* m_stateStore = nullptr;
    qint64 m_bannerJob = 0;
    bool m_seedingDemo = false; // the demo's sample videos are being imported into an empty history
    QAction* m_demoAction = nullptr;
    QLabel* m_gatewayStatusLabel = nullptr;
    QLabel* m_keyStatusLabel = nullptr;
    QLabel* m_demoStatusLabel = nullptr;
    QLabel* m_spendStatusLabel = nullptr;
    CostPresenter* m_costs = nullptr;
    RepeatGuard m_repeats;
};
