#include "videoidextractor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace VideoIdExtractor {

namespace {

QString idFromJson(const QString& text) {
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (document.isObject()) {
        const QJsonValue id = document.object().value(u"id"_s);
        return id.isString() ? id.toString().trimmed() : QString{};
    }
    // A paste cut short still names its id early on.
    static const QRegularExpression idMember(uR"re("id"\s*:\s*"([^"\\]+)")re"_s);
    const auto match = idMember.match(text);
    return match.hasMatch() ? match.captured(1).trimmed() : QString{};
}

QString idFromPath(const QString& text) {
    static const QRegularExpression segment(uR"re(/videos/([^/?#\s]+))re"_s);
    const auto match = segment.match(text);
    if (!match.hasMatch())
        return {};
    return QUrl::fromPercentEncoding(match.captured(1).toUtf8()).trimmed();
}

} // namespace

QString extract(const QString& pasted) {
    const QString text = pasted.trimmed();
    if (text.startsWith(u'{')) {
        if (QString id = idFromJson(text); !id.isEmpty())
            return id;
        return text;
    }
    if (QString id = idFromPath(text); !id.isEmpty())
        return id;
    return text;
}

FieldProblem problem(const QString& text) {
    const QString trimmed = text.trimmed();
    const QString id = extract(text);
    // Something to take an ID out of, but none in it: an error answer, a URL of another endpoint.
    const bool wrapped = trimmed.startsWith(u'{') || trimmed.startsWith(u'[') ||
                         trimmed.startsWith(u'<') || trimmed.contains(u"://"_s);
    if (id == trimmed && wrapped)
        return FieldProblem::VideoIdNotInText;
    return RemixRequest::checkVideoId(id);
}

} // namespace VideoIdExtractor
