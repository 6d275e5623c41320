#include "createrequest.h"

#include "multipartform.h"
#include "requestchecks.h"
#include "videomodels.h"

#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <array>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;
using MockResponses::ErrorText;
using RequestChecks::badParam;

namespace {

constexpr int MaxUnknownModelSeconds = 60;

// What either body carried: the text fields (nullopt when absent) and the
// reference image part, before any check.
struct RawFields final {
    std::optional<QString> prompt;
    std::optional<QString> model;
    std::optional<QString> seconds;
    std::optional<QString> size;
    std::optional<MultipartPart> reference;

    [[nodiscard]] std::array<std::pair<QString, std::optional<QString>*>, 4> textFields() {
        return {{{u"prompt"_s, &prompt},
                 {u"model"_s, &model},
                 {u"seconds"_s, &seconds},
                 {u"size"_s, &size}}};
    }
};

std::pair<QString, QString> typeNames(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return {u"a boolean"_s, u"布尔值"_s};
    case QJsonValue::Double:
        return {u"a number"_s, u"数字"_s};
    case QJsonValue::Array:
        return {u"an array"_s, u"数组"_s};
    case QJsonValue::Object:
        return {u"an object"_s, u"对象"_s};
    default:
        return {u"something else"_s, u"其他类型"_s};
    }
}

// Every field is a string on the wire, `seconds` included: a number is what
// the real API refuses most often, because SDK users send `seconds: 8`.
std::optional<ErrorText> readJson(const QByteArray& body, RawFields* fields) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return RequestChecks::invalidJson();
    const QJsonObject object = document.object();
    for (const auto& [name, field] : fields->textFields()) {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString()) {
            const auto [english, chinese] = typeNames(value);
            return badParam(u"Invalid type for '"_s + name + u"': expected a string, but got "_s +
                                english + u" instead."_s,
                            name + u" 类型无效：应为字符串，实际为"_s + chinese, name,
                            u"invalid_type"_s);
        }
        *field = value.toString();
    }
    return std::nullopt;
}

std::optional<ErrorText> readMultipart(const HttpRequest& request, RawFields* fields) {
    const std::optional<QList<MultipartPart>> parts =
        MultipartForm::parse(request.header("Content-Type"), request.body);
    if (!parts)
        return badParam(u"The multipart/form-data body is malformed."_s,
                        u"multipart/form-data 请求体格式错误"_s, {}, u"invalid_multipart"_s);
    // The first part of a name wins, like most form parsers.
    for (const MultipartPart& part : *parts) {
        if (part.name == u"input_reference"_s) {
            if (!fields->reference)
                fields->reference = part;
            continue;
        }
        for (const auto& [name, field] : fields->textFields()) {
            if (part.name == name && !*field)
                *field = QString::fromUtf8(part.data);
        }
    }
    return std::nullopt;
}

QString quotedList(const QStringList& values) {
    return u"'"_s + values.join(u"', '"_s) + u"'"_s;
}

ErrorText notOffered(const QString& param, const QString& value, const QString& modelName,
                     const QStringList& offered) {
    return badParam(u"Invalid value for '"_s + param + u"': "_s + modelName +
                        u" does not offer '"_s + value + u"'. Supported values are: "_s +
                        quotedList(offered) + u'.',
                    param + u" 无效："_s + modelName + u" 不支持 "_s + value + u"，可选值："_s +
                        offered.join(u"、"_s),
                    param, u"invalid_value"_s);
}

std::optional<ErrorText> checkSize(const QString& size, const VideoModel* model,
                                   const QString& modelName) {
    if (!model)
        return RequestChecks::checkSizeFormat(size);
    if (model->offersSize(size))
        return std::nullopt;
    return notOffered(u"size"_s, size, modelName, model->sizes);
}

std::optional<ErrorText> checkSeconds(const QString& seconds, const VideoModel* model,
                                      const QString& modelName) {
    if (model) {
        if (model->offersSeconds(seconds))
            return std::nullopt;
        return notOffered(u"seconds"_s, seconds, modelName, model->seconds);
    }
    static const QRegularExpression wholeSeconds(u"^[1-9][0-9]?$"_s);
    if (wholeSeconds.match(seconds).hasMatch() && seconds.toInt() <= MaxUnknownModelSeconds)
        return std::nullopt;
    return badParam(u"Invalid 'seconds': expected whole seconds from 1 to 60, such as '8'."_s,
                    u"seconds 无效：应为 1 到 60 之间的整数秒，例如 '8'"_s, u"seconds"_s,
                    u"invalid_value"_s);
}

// The image becomes the first frame, so the real API wants it at exactly the
// video's size instead of fitting it itself.
std::optional<ErrorText> checkReference(const MultipartPart& part, const QString& size) {
    static const QList<QByteArray> accepted = {"image/jpeg", "image/png", "image/webp"};
    const QByteArray type = part.contentType.split(';').first().trimmed().toLower();
    if (!accepted.contains(type))
        return badParam(u"Invalid file 'input_reference': unsupported mimetype ('"_s +
                            QString::fromUtf8(type) +
                            u"'). Supported file formats are 'image/jpeg', 'image/png', and "
                            u"'image/webp'."_s,
                        u"input_reference 的文件类型（"_s + QString::fromUtf8(type) +
                            u"）不受支持：仅支持 image/jpeg、image/png 和 image/webp"_s,
                        u"input_reference"_s, u"unsupported_file_mimetype"_s);
    QImage image;
    if (!image.loadFromData(part.data))
        return badParam(u"Invalid file 'input_reference': the image could not be decoded."_s,
                        u"input_reference 无法解码为图片"_s, u"input_reference"_s,
                        u"invalid_image"_s);
    if (QString::number(image.width()) + u'x' + QString::number(image.height()) != size)
        return badParam(u"Inpaint image must match the requested width and height"_s,
                        u"参考图片的宽高必须与请求的尺寸完全一致"_s, u"input_reference"_s,
                        u"invalid_value"_s);
    return std::nullopt;
}

std::optional<ErrorText> check(const RawFields& fields, CreateRequest* out) {
    if (std::optional<ErrorText> problem = RequestChecks::checkPrompt(fields.prompt))
        return problem;
    out->prompt = *fields.prompt;

    out->model = fields.model.value_or(VideoModels::defaultModel());
    if (out->model.trimmed().isEmpty())
        return badParam(u"Invalid 'model': expected a model name such as sora-2."_s,
                        u"model 无效：应为模型名称，例如 sora-2"_s, u"model"_s, u"invalid_value"_s);
    const VideoModel* model = VideoModels::find(out->model);
    // A model the table does not know still gets the API's defaults.
    const VideoModel* defaults = model ? model : VideoModels::find(VideoModels::defaultModel());
    out->size = fields.size.value_or(defaults->defaultSize());
    out->seconds = fields.seconds.value_or(defaults->defaultSeconds());

    if (std::optional<ErrorText> problem = checkSize(out->size, model, out->model))
        return problem;
    if (std::optional<ErrorText> problem = checkSeconds(out->seconds, model, out->model))
        return problem;
    if (fields.reference) {
        if (std::optional<ErrorText> problem = checkReference(*fields.reference, out->size))
            return problem;
    }
    return RequestChecks::checkModeration(out->prompt);
}

} // namespace

bool CreateRequest::read(const HttpRequest& request, CreateRequest* out, ErrorText* error) {
    RawFields fields;
    std::optional<ErrorText> problem = MultipartForm::isMultipart(request.header("Content-Type"))
                                           ? readMultipart(request, &fields)
                                           : readJson(request.body, &fields);
    if (!problem)
        problem = check(fields, out);
    if (!problem)
        return true;
    *error = *problem;
    return false;
}
