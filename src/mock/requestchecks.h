#pragma once

#include "mockresponses.h"

#include <QString>

#include <optional>

// The checks the remix and create endpoints share, each answering the error
// the real API gives for that mistake (or nothing when the value passes).
namespace RequestChecks {

[[nodiscard]] MockResponses::ErrorText badParam(const QString& message, const QString& messageZh,
                                                const QString& param, const QString& code);
[[nodiscard]] MockResponses::ErrorText invalidJson();

// Required, 1 to 32000 characters; nullopt stands for a missing prompt.
[[nodiscard]] std::optional<MockResponses::ErrorText>
checkPrompt(const std::optional<QString>& prompt);
// WIDTHxHEIGHT, whatever the model.
[[nodiscard]] std::optional<MockResponses::ErrorText> checkSizeFormat(const QString& size);
// A refusal on demand: a prompt holding `[moderation]` is blocked, checked
// after every parameter, as the real API moderates only well-formed requests.
[[nodiscard]] std::optional<MockResponses::ErrorText> checkModeration(const QString& prompt);

} // namespace RequestChecks
