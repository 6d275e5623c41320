#include "requestchecks.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxPromptChars = 32000;

} // namespace

MockResponses::ErrorText RequestChecks::badParam(const QString& message, const QString& messageZh,
                                                 const QString& param, const QString& code) {
    return {message, messageZh, u"invalid_request_error"_s, code, param};
}

MockResponses::ErrorText RequestChecks::invalidJson() {
    return badParam(u"The request body is not valid JSON"_s, u"请求体不是有效的 JSON"_s, {},
                    u"invalid_json"_s);
}

std::optional<MockResponses::ErrorText>
RequestChecks::checkPrompt(const std::optional<QString>& prompt) {
    if (!prompt || prompt->trimmed().isEmpty())
        return badParam(u"Missing required parameter: 'prompt'."_s, u"缺少必填参数：prompt"_s,
                        u"prompt"_s, u"missing_required_parameter"_s);
    if (prompt->toUcs4().size() > MaxPromptChars)
        return badParam(u"Invalid 'prompt': string too long. Expected at most 32000 characters."_s,
                        u"prompt 过长：最多 32000 个字符"_s, u"prompt"_s,
                        u"string_above_max_length"_s);
    return std::nullopt;
}

std::optional<MockResponses::ErrorText> RequestChecks::checkSizeFormat(const QString& size) {
    static const QRegularExpression sizePattern(u"^[1-9][0-9]{1,4}x[1-9][0-9]{1,4}$"_s);
    if (sizePattern.match(size).hasMatch())
        return std::nullopt;
    return badParam(u"Invalid 'size': expected WIDTHxHEIGHT such as 1280x720."_s,
                    u"size 无效：应为 宽x高，例如 1280x720"_s, u"size"_s, u"invalid_value"_s);
}

std::optional<MockResponses::ErrorText> RequestChecks::checkModeration(const QString& prompt) {
    if (!prompt.contains(u"[moderation]"_s))
        return std::nullopt;
    return MockResponses::ErrorText{u"Your request was blocked by our moderation system."_s,
                                    u"您的请求已被内容审核系统拦截。"_s, u"invalid_request_error"_s,
                                    u"moderation_blocked"_s};
}
