#pragma once

#include <QAbstractListModel>
#include <QList>

class RemixJob;

// The jobs of this run, newest last. Owns nothing: the jobs belong to the window.
class JobListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobListModel)

public:
    enum Role {
        JobRole = Qt::UserRole + 1,
        VideoIdRole,
        StatusRole, // StatusBadge::State as int
        StatusTextRole,
        ProgressRole,
        PromptRole,
    };

    explicit JobListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void addJob(RemixJob* job);
    RemixJob* jobAt(int row) const;
    int rowOf(const RemixJob* job) const;
    // Display texts are translated: ask the views to read them again.
    void retranslate();

private:
    QList<RemixJob*> m_jobs;
};
