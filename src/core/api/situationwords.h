#pragma once

#include "uilanguage.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct ApiError;

// VideoRemix's own line for the situations it knows (a key refused, a busy or
// broken gateway, moderation, a failed job, no answer), so that every message
// has at least one line in the UI language, whatever language the gateway used.
struct SituationWords final {
    Q_DECLARE_TR_FUNCTIONS(SituationWords)

public:
    // True when `line` is written in `language`: Chinese text holds Han characters.
    static bool speaks(const QString& line, UiLanguage language);
    // The gateway's lines, with `ownLine` in front when none of them is in `language`.
    static QStringList withUiLanguageLine(const QStringList& gatewayLines, UiLanguage language,
                                          const QString& ownLine);

    // For a call that failed: the situation in words, or the error's summary.
    static QString forError(const ApiError& error);
    // For a job the gateway reports as failed, from its error code and message.
    static QString forFailedJob(const QString& code, const QString& message);
    static bool isModeration(const QString& code, const QString& message);
};
