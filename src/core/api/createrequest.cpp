#include "createrequest.h"

#include "videomodels.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

CreateRequest CreateRequest::make(const QString& prompt, const QString& model,
                                  const QString& seconds, const QString& size) {
    const QString name = model.trimmed();
    return CreateRequest{prompt.trimmed(), name.isEmpty() ? VideoModels::defaultModel() : name,
                         seconds.normalized(QString::NormalizationForm_KC).trimmed(),
                         RemixRequest::normalizedSize(size).toLower(), std::nullopt};
}

FieldProblem CreateRequest::checkModel(const QString& model) {
    if (model.isEmpty() || model.size() > MaxModelLength)
        return FieldProblem::ModelMalformed;
    for (const QChar c : model) {
        if (c.isSpace() || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_Format)
            return FieldProblem::ModelMalformed;
    }
    return FieldProblem::None;
}

FieldProblem CreateRequest::checkSeconds(const QString& model, const QString& seconds) {
    if (seconds.isEmpty())
        return FieldProblem::None;
    static const QRegularExpression digits(u"^[0-9]{1,3}$"_s);
    if (!digits.match(seconds).hasMatch())
        return FieldProblem::SecondsMalformed;
    const int value = seconds.toInt();
    if (value < 1 || value > MaxSeconds)
        return FieldProblem::SecondsMalformed;
    if (const VideoModel* known = VideoModels::find(model);
        known && !known->offersSeconds(QString::number(value)))
        return FieldProblem::SecondsNotOffered;
    return FieldProblem::None;
}

FieldProblem CreateRequest::checkSizeForModel(const QString& model, const QString& size) {
    if (const FieldProblem format = RemixRequest::checkSize(size); format != FieldProblem::None)
        return format;
    if (const VideoModel* known = VideoModels::find(model);
        known && !size.isEmpty() && !known->offersSize(size.toLower()))
        return FieldProblem::SizeNotOffered;
    return FieldProblem::None;
}

QString CreateRequest::describe(FieldProblem problem, const QString& model) {
    const VideoModel* known = VideoModels::find(model);
    if (problem == FieldProblem::SizeNotOffered && known)
        return tr("%1 makes these sizes: %2.")
            .arg(known->name, QLocale().createSeparatedList(known->sizes));
    if (problem == FieldProblem::SecondsNotOffered && known)
        return tr("%1 makes videos of %2 seconds.")
            .arg(known->name, QLocale().createSeparatedList(known->seconds));
    if (problem == FieldProblem::PromptEmpty)
        return tr("Describe the video you want in the prompt.");
    return RemixRequest::describe(problem);
}

FieldProblem CreateRequest::validate() const {
    const FieldProblem sizeNeeded =
        reference && effectiveSize().isEmpty() ? FieldProblem::SizeRequired : FieldProblem::None;
    for (const FieldProblem problem :
         {RemixRequest::checkPrompt(prompt), checkModel(model), checkSeconds(model, seconds),
          checkSizeForModel(model, size), sizeNeeded}) {
        if (problem != FieldProblem::None)
            return problem;
    }
    return FieldProblem::None;
}

QString CreateRequest::effectiveSize() const {
    if (!size.isEmpty())
        return size;
    const VideoModel* known = VideoModels::find(model);
    return known ? known->defaultSize() : QString{};
}

QList<std::pair<QString, QString>> CreateRequest::formFields() const {
    QList<std::pair<QString, QString>> fields{{u"prompt"_s, prompt}, {u"model"_s, model}};
    if (!seconds.isEmpty())
        fields.append({u"seconds"_s, QString::number(seconds.toInt())});
    // The image was fitted to this size: say it, so the gateway checks the same one.
    if (const QString sent = reference ? effectiveSize() : size; !sent.isEmpty())
        fields.append({u"size"_s, sent});
    return fields;
}

QJsonObject CreateRequest::toJson() const {
    QJsonObject body;
    for (const auto& [name, value] : formFields())
        body.insert(name, value);
    return body;
}
