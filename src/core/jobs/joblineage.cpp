#include "joblineage.h"

#include "jobstore.h"

using namespace Qt::StringLiterals;

std::optional<JobRecord> JobLineage::remixedFrom(qint64 id) const {
    const std::optional<JobRecord> child = m_store.job(id);
    if (!child || child->sourceVideoId.isEmpty())
        return std::nullopt;
    const QString base = child->baseUrl.toString();
    // The ID asked for first; then the gateway's alias for it; then, for a job
    // that only knows the alias (imported), the ID another remix asked for
    // when the gateway gave it that alias.
    const QString& source = child->sourceVideoId;
    const QString& alias = child->sourceAliasId;
    const QList<JobRecord> parents =
        // Written as one IN list so that SQLite looks each name up in jobs_video
        // and the alias in jobs_source_alias (partial: hence `<> ''`); an OR of
        // them scanned every job of the gateway (25 ms for 10,000 jobs).
        m_store.select(
            u"base_url = ? AND video_id IN (SELECT ? UNION ALL SELECT ? UNION ALL SELECT "
            u"source_video_id FROM jobs WHERE base_url = ? AND source_alias_id = ? "
            u"AND source_alias_id <> '')"_s,
            {base, source, alias, base, source, source, alias},
            u"ORDER BY video_id = ? DESC, video_id = ? DESC, id LIMIT 1"_s);
    return parents.isEmpty() ? std::nullopt : std::optional(parents.first());
}

QList<JobRecord> JobLineage::remixesOf(qint64 id) const {
    const std::optional<JobRecord> parent = m_store.job(id);
    if (!parent || parent->videoId.isEmpty())
        return {};
    // By the ID asked for, by the gateway's alias for it, and by any alias
    // the gateway was seen to use for this job (a remix imported with it).
    const QString base = parent->baseUrl.toString();
    const QString& videoId = parent->videoId;
    // Each part through its own index (see remixedFrom), not an OR that scans the gateway's jobs.
    return m_store.select(
        u"id IN (SELECT id FROM jobs WHERE base_url = ? AND source_video_id IN (SELECT ? "
        u"UNION ALL SELECT source_alias_id FROM jobs WHERE base_url = ? AND "
        u"source_video_id = ? AND source_alias_id <> '') UNION SELECT id FROM jobs "
        u"WHERE base_url = ? AND source_alias_id = ? AND source_alias_id <> '') "
        u"AND id <> ?"_s,
        {base, videoId, base, videoId, base, videoId, parent->id}, u"ORDER BY created_at, id"_s);
}

QList<JobRecord> JobLineage::versionsOf(const QString& groupId) const {
    if (groupId.isEmpty())
        return {};
    return m_store.select(u"group_id = ?"_s, {groupId}, u"ORDER BY group_index, id"_s);
}
