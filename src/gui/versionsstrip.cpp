#include "versionsstrip.h"

#include "jobhistorydelegate.h"

#include <QHBoxLayout>
#include <QToolButton>

using namespace Qt::StringLiterals;

VersionsStrip::VersionsStrip(QWidget* parent)
    : QWidget(parent) {
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    m_layout->addStretch();
}

void VersionsStrip::setVersions(const QList<JobRecord>& versions, qint64 current) {
    QList<qint64> ids;
    for (const JobRecord& version : versions)
        ids << version.id;
    // Rebuilt only when the group changes; otherwise the buttons are updated in place.
    if (ids != m_ids) {
        while (m_layout->count() > 1)
            delete m_layout->takeAt(0)->widget();
        m_ids = ids;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            auto* button = new QToolButton(this);
            button->setObjectName(u"versionToolButton%1"_s.arg(i + 1));
            button->setCheckable(true);
            button->setAutoRaise(true);
            button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
            button->setIconSize(
                {JobHistoryDelegate::ThumbnailWidth, JobHistoryDelegate::ThumbnailHeight});
            const qint64 id = ids.at(i);
            connect(button, &QToolButton::clicked, this, [this, id] { emit versionActivated(id); });
            m_layout->insertWidget(int(i), button);
        }
    }
    for (qsizetype i = 0; i < versions.size(); ++i) {
        const JobRecord& version = versions.at(i);
        auto* button = static_cast<QToolButton*>(m_layout->itemAt(int(i))->widget());
        const QPixmap frame =
            JobHistoryDelegate::thumbnail(version.thumbnailPath, devicePixelRatioF());
        button->setIcon(frame.isNull() ? QIcon() : QIcon(frame));
        button->setText(
            version.state == JobState::Completed
                ? QString::number(version.groupIndex)
                : u"%1 · %2"_s.arg(version.groupIndex).arg(jobStateDisplayName(version.state)));
        button->setToolTip(tr("Version %1 of %2: %3")
                               .arg(version.groupIndex)
                               .arg(versions.size())
                               .arg(jobStateDisplayName(version.state)));
        button->setAccessibleName(tr("Version %1").arg(version.groupIndex));
        button->setChecked(version.id == current);
    }
}
