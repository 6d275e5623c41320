#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class JobDetailsWidget;
}

class RemixJob;

// Everything known about one job: what the server returned and what followed,
// with the actions that make sense for it.
class JobDetailsWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDetailsWidget)

public:
    explicit JobDetailsWidget(QWidget* parent = nullptr);
    ~JobDetailsWidget() override;

    void setJob(RemixJob* job);
    RemixJob* job() const { return m_job; }

    static QString formatElapsed(qint64 ms);

signals:
    // "Remix this result": the window puts the ID into its form.
    void remixRequested(const QString& videoId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void updateElapsed();

    std::unique_ptr<Ui::JobDetailsWidget> m_ui;
    QPointer<RemixJob> m_job;
    QTimer m_ticker;
};
