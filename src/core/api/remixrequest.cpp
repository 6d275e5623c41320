#include "remixrequest.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

RemixRequest RemixRequest::make(const QString& videoId, const QString& prompt,
                                const QString& size) {
    return RemixRequest{videoId.trimmed(), prompt.trimmed(), normalizedSize(size)};
}

QString RemixRequest::normalizedSize(const QString& size) {
    // Compatibility forms fold full-width digits and letters into ASCII.
    QString folded = size.normalized(QString::NormalizationForm_KC).trimmed();
    for (const QChar times : {QChar(0x00D7), QChar(0x2715), QChar(0x2716), QChar(u'*')})
        folded.replace(times, u'x');
    // "1280 x 720": spaces around the x are no part of the size.
    static const QRegularExpression spacedX(u"^([0-9]+)\\s*[xX]\\s*([0-9]+)$"_s);
    if (const auto match = spacedX.match(folded); match.hasMatch())
        return match.captured(1) + u'x' + match.captured(2);
    return folded;
}

FieldProblem RemixRequest::checkVideoId(const QString& videoId) {
    if (videoId.isEmpty())
        return FieldProblem::VideoIdEmpty;
    if (videoId.size() > MaxVideoIdLength)
        return FieldProblem::VideoIdTooLong;
    // Percent-encoding cannot protect dot segments: QUrl normalises them away
    // and the request would reach another endpoint.
    if (videoId == u"."_s || videoId == u".."_s)
        return FieldProblem::VideoIdIsDotSegment;
    for (const QChar c : videoId) {
        if (c.isSpace())
            return FieldProblem::VideoIdHasWhitespace;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return FieldProblem::VideoIdHasControlCharacter;
        if (c == u'/' || c == u'?' || c == u'#' || c == u'%' || c == u'\\')
            return FieldProblem::VideoIdHasReservedCharacter;
    }
    return FieldProblem::None;
}

FieldProblem RemixRequest::checkPrompt(const QString& prompt) {
    const QString trimmed = prompt.trimmed();
    if (trimmed.isEmpty())
        return FieldProblem::PromptEmpty;
    if (trimmed.size() > MaxPromptLength)
        return FieldProblem::PromptTooLong;
    return FieldProblem::None;
}

FieldProblem RemixRequest::checkSize(const QString& size) {
    if (size.isEmpty())
        return FieldProblem::None;
    static const QRegularExpression pattern(u"^([0-9]{1,5})[xX]([0-9]{1,5})$"_s);
    const auto match = pattern.match(size);
    if (!match.hasMatch())
        return FieldProblem::SizeMalformed;
    const int width = match.captured(1).toInt();
    const int height = match.captured(2).toInt();
    if (width < 1 || width > MaxDimension || height < 1 || height > MaxDimension)
        return FieldProblem::SizeOutOfRange;
    return FieldProblem::None;
}

QString RemixRequest::describe(FieldProblem problem) {
    switch (problem) {
    case FieldProblem::None:
        return {};
    case FieldProblem::VideoIdEmpty:
        return tr("Enter the ID of the video to remix.");
    case FieldProblem::VideoIdNotInText:
        return tr("There is no video ID in this text.");
    case FieldProblem::VideoIdTooLong:
        return tr("The video ID is longer than %Ln characters.", nullptr, MaxVideoIdLength);
    case FieldProblem::VideoIdHasWhitespace:
        return tr("The video ID cannot contain spaces or line breaks.");
    case FieldProblem::VideoIdHasControlCharacter:
        return tr("The video ID contains an invisible control character.");
    case FieldProblem::VideoIdHasReservedCharacter:
        return tr("The video ID cannot contain / ? # % or \\.");
    case FieldProblem::VideoIdIsDotSegment:
        return tr("\".\" and \"..\" are not video IDs.");
    case FieldProblem::PromptEmpty:
        return tr("Describe the change you want in the prompt.");
    case FieldProblem::PromptTooLong:
        return tr("The prompt is longer than %Ln characters.", nullptr, MaxPromptLength);
    case FieldProblem::SizeMalformed:
        return tr("Write the size as width x height, for example 1280x720.");
    case FieldProblem::SizeOutOfRange:
        return tr("Width and height must each be between 1 and %L1.").arg(MaxDimension);
    case FieldProblem::ModelMalformed:
        return tr("Name the model without spaces, for example sora-2.");
    case FieldProblem::SecondsMalformed:
        return tr("The duration is a whole number of seconds, from 1 to 60.");
    case FieldProblem::SizeNotOffered:
        return tr("This model does not make videos of this size.");
    case FieldProblem::SecondsNotOffered:
        return tr("This model does not make videos of this length.");
    case FieldProblem::SizeRequired:
        return tr("Choose the video's size: the reference image is fitted to it.");
    }
    return {};
}

FieldProblem RemixRequest::validate() const {
    for (const FieldProblem problem :
         {checkVideoId(videoId), checkPrompt(prompt), checkSize(size)}) {
        if (problem != FieldProblem::None)
            return problem;
    }
    return FieldProblem::None;
}

QJsonObject RemixRequest::toJson() const {
    QJsonObject body{{u"prompt"_s, prompt}};
    if (!size.isEmpty())
        body.insert(u"size"_s, size.toLower());
    return body;
}
