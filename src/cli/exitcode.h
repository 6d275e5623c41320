#pragma once

#include "api/apierror.h"

// The CLI's exit codes are an interface other tools script against: never renumber.
enum class ExitCode : int {
    Success = 0,
    ServerError = 1,
    Usage = 2,
    Network = 3,
    JobFailed = 4,
    OutcomeUnknown = 5,
};

inline ExitCode exitCodeFor(const ApiError& error) {
    if (error.outcomeUnknown)
        return ExitCode::OutcomeUnknown;
    switch (error.kind) {
    case ApiError::Kind::None:
        return ExitCode::Success;
    case ApiError::Kind::Validation:
        return ExitCode::Usage;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Cancelled:
        return ExitCode::Network;
    case ApiError::Kind::Http:
    case ApiError::Kind::Protocol:
        break;
    }
    return ExitCode::ServerError;
}

// Versions of one submit end with the code of the worst: the higher the code,
// the more a script has to look into (5: something may have been charged).
inline ExitCode worse(ExitCode a, ExitCode b) {
    return int(a) >= int(b) ? a : b;
}
