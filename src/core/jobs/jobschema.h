#pragma once

#include <QSqlDatabase>
#include <QString>

// The job library's table layout and its history. Each version is one step
// applied in one write transaction together with PRAGMA user_version, so a
// file is always at exactly one version, whoever opened it first.
namespace JobSchema {

inline constexpr int CurrentVersion = 5;

// The user_version stored in the file (0 for a new, empty file).
int storedVersion(QSqlDatabase& db);
// Brings the file to CurrentVersion. Leaves a file written by a newer
// VideoRemix untouched and says so through `error`.
bool migrate(QSqlDatabase& db, QString* error);

} // namespace JobSchema
