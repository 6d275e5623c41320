#pragma once

#include "api/clientconfig.h"
#include "jobs/submission.h"

#include <QJsonArray>

// What a submit would send, as --dry-run shows it: one request per version,
// each with its method, URL and body (or multipart form, the image described,
// not attached). Headers are never part of it: the key cannot leak through.
namespace DryRun {

QJsonArray requests(const Submission& submission, const ClientConfig& config);

} // namespace DryRun
