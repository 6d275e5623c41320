#pragma once

#include "httprequest.h"
#include "mockresponses.h"

#include <QString>

// The fields of POST /v1/videos, read from a JSON body or multipart/form-data
// and checked against the video model table the way the real API checks
// them: parameters first, then the reference image, then moderation.
struct CreateRequest final {
    QString prompt;
    QString model;
    QString seconds;
    QString size;

    // On failure fills `error` (always a 400) and leaves `out` unspecified.
    static bool read(const HttpRequest& request, CreateRequest* out,
                     MockResponses::ErrorText* error);
};
