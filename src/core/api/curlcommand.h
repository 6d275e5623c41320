#pragma once

#include "createrequest.h"
#include "remixrequest.h"

#include <QString>
#include <QUrl>

// The remix request as a command a user can paste into a POSIX shell to send it
// again by hand. The key is never in it: the shell fills in $VIDEOREMIX_API_KEY.
QString remixCurlCommand(const QUrl& baseUrl, const RemixRequest& request);
// The same for a new video: JSON, or with `imageFile` a multipart form that
// sends that file as the reference image (fit it to the size first).
QString createCurlCommand(const QUrl& baseUrl, const CreateRequest& request,
                          const QString& imageFile = {});

// `text` as one single-quoted shell word, whatever it contains.
QString shellQuoted(const QString& text);
