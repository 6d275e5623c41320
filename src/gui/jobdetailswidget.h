#pragma once

#include "jobs/joblibrary.h"

#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class JobDetailsWidget;
}

class QLabel;
class QMenu;
class VersionsStrip;

// Everything known about one job of the library, with the actions that make
// sense for it: play, copy, reconcile, remix again, follow its lineage, delete.
class JobDetailsWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDetailsWidget)

public:
    explicit JobDetailsWidget(QWidget* parent = nullptr);
    ~JobDetailsWidget() override;

    // Where jobs and their actions come from; set once, before setJob.
    void setLibrary(JobLibrary* library);
    // The local id of the job to show; 0 shows nothing.
    void setJob(qint64 id);
    qint64 jobId() const { return m_id; }

    static QString formatElapsed(qint64 ms);

signals:
    // "Remix this": the window puts the ID into its form.
    void remixRequested(const QString& videoId);
    // A job of the lineage was clicked.
    void jobActivated(qint64 id);
    // The details now show job `id` (0: none).
    void jobShown(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void updateTimes();
    void setNote(qint64 id, const QString& note);
    QString messageFor(const JobRecord& record) const;
    QString lineageLink(const JobRecord& record) const;
    void copyCurl();
    void copyText(const QString& text);
    void showInFolder();
    void removeLocally(bool deleteFiles);
    void deleteOnServer();

    std::unique_ptr<Ui::JobDetailsWidget> m_ui;
    JobLibrary* m_library = nullptr;
    qint64 m_id = 0;
    std::optional<JobRecord> m_record;
    QSet<qint64> m_stoppedByUser;
    QHash<qint64, QString> m_notes;    // what the last action on a job answered
    QHash<qint64, QString> m_troubles; // polling failed and is retried; cleared by news
    QLabel* m_versionsLabel = nullptr;
    VersionsStrip* m_versionsStrip = nullptr;
    QMenu* m_deleteMenu = nullptr;
    QAction* m_removeAction = nullptr;
    QAction* m_removeWithFilesAction = nullptr;
    QAction* m_deleteOnServerAction = nullptr;
    QTimer m_ticker;
};
