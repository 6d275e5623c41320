#include "situationwords.h"

#include "apierror.h"

using namespace Qt::StringLiterals;

bool SituationWords::speaks(const QString& line, UiLanguage language) {
    bool han = false;
    for (const QChar c : line) {
        if (c.script() == QChar::Script_Han) {
            han = true;
            break;
        }
    }
    return language == UiLanguage::Chinese ? han : !han && !line.trimmed().isEmpty();
}

QStringList SituationWords::withUiLanguageLine(const QStringList& gatewayLines, UiLanguage language,
                                               const QString& ownLine) {
    const bool spoken =
        std::any_of(gatewayLines.cbegin(), gatewayLines.cend(),
                    [language](const QString& line) { return speaks(line, language); });
    if (spoken || ownLine.isEmpty())
        return gatewayLines;
    return QStringList{ownLine} + gatewayLines;
}

bool SituationWords::isModeration(const QString& code, const QString& message) {
    static const QStringList markers = {u"moderation"_s, u"content_policy"_s, u"content policy"_s,
                                        u"safety"_s,     u"审核"_s,           u"违规"_s};
    return std::any_of(markers.cbegin(), markers.cend(), [&](const QString& marker) {
        return code.contains(marker, Qt::CaseInsensitive) ||
               message.contains(marker, Qt::CaseInsensitive);
    });
}

QString SituationWords::forError(const ApiError& error) {
    if (error.kind != ApiError::Kind::Http || error.outcomeUnknown)
        return error.summary();
    const int status = error.httpStatus;
    if (status == 401 || status == 403)
        return tr("The gateway did not accept the API key (HTTP %1).").arg(status);
    if (status == 429)
        return tr("The gateway is busy: too many requests for now (HTTP 429).");
    if (status >= 500)
        return tr("The gateway had a problem of its own (HTTP %1).").arg(status);
    if (isModeration(error.code, error.message + u' ' + error.messageZh))
        return tr("The gateway's content moderation refused this request.");
    return error.summary();
}

QString SituationWords::forFailedJob(const QString& code, const QString& message) {
    if (isModeration(code, message))
        return tr("The gateway's content moderation blocked this video.");
    return tr("The gateway could not make this video.");
}
