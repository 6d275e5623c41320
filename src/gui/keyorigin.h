#pragma once

#include "gatewaysetup.h"

#include <QCoreApplication>
#include <QString>

// Where the key in use comes from and what to change to replace it, for the
// banner of a rejected key: an environment variable beats anything the
// settings hold, so saying "check the settings" would send the user astray.
class KeyOrigin final {
    Q_DECLARE_TR_FUNCTIONS(KeyOrigin)

public:
    KeyOrigin() = delete;
    static QString describe(const GatewaySetup& setup);
};
