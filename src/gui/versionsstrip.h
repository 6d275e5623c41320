#pragma once

#include "jobs/jobrecord.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;

// The versions of one submit side by side: each one's result frame (or its
// state while it renders) with its number; the job on show is checked, and a
// click shows another.
class VersionsStrip final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionsStrip)

public:
    explicit VersionsStrip(QWidget* parent = nullptr);

    // All versions of the group, in order; `current` is the job on show.
    void setVersions(const QList<JobRecord>& versions, qint64 current);
    int count() const { return int(m_ids.size()); }
    bool contains(qint64 id) const { return m_ids.contains(id); }

signals:
    void versionActivated(qint64 id);

private:
    QHBoxLayout* m_layout = nullptr;
    QList<qint64> m_ids;
};
