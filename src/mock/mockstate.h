#pragma once

#include "faultrules.h"
#include "mockconfig.h"
#include "mockjobstore.h"
#include "requestlog.h"

#include <QByteArray>

// Everything the mock knows, shared by the video API, the CDN and the control
// endpoints. The startup copies let /__mock/reset return to the command line's
// configuration instead of to built-in defaults.
struct MockState final {
    MockConfig startupConfig;
    FaultRules startupRules;
    MockConfig config;
    FaultRules rules;
    MockJobStore jobs;
    RequestLog log;
    QByteArray baseUrl;
    QByteArray cdnBaseUrl;

    void reset() {
        config = startupConfig;
        rules = startupRules;
        jobs.resetToSeeds();
        log.clear();
    }
};
