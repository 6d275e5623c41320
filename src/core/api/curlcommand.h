#pragma once

#include "remixrequest.h"

#include <QString>
#include <QUrl>

// The remix request as a command a user can paste into a POSIX shell to send it
// again by hand. The key is never in it: the shell fills in $VIDEOREMIX_API_KEY.
QString remixCurlCommand(const QUrl& baseUrl, const RemixRequest& request);

// `text` as one single-quoted shell word, whatever it contains.
QString shellQuoted(const QString& text);
