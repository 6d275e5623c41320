#pragma once

#include "jobrecord.h"

#include <QString>

// Where a job's result goes on disk, and the sidecar that describes it.
namespace ResultFiles {

inline constexpr int MaxPromptChars = 48;
inline constexpr int MaxIdChars = 64;

// "<prompt words>_<video id>": readable in a file manager, unique by the ID,
// the same on every attempt (so a retried download replaces, never duplicates).
// Only characters that are safe on every file system remain.
QString baseName(const JobRecord& record);
QString videoPath(const QString& folder, const JobRecord& record);
QString thumbnailPath(const QString& folder, const JobRecord& record);
QString sidecarPath(const QString& folder, const JobRecord& record);
// Beside the downloaded video: a frame of it, for a gateway that gave no thumbnail.
QString frameThumbnailPath(const JobRecord& record);

// What a person (or a script) needs to know about the file beside it:
// prompt, size, model, IDs, lineage and times.
QJsonObject sidecar(const JobRecord& record, const QString& parentPrompt = {});
// Written through QSaveFile: the sidecar is either complete or absent.
bool writeSidecar(const QString& path, const QJsonObject& sidecar, QString* error = nullptr);

} // namespace ResultFiles
