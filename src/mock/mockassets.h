#pragma once

#include <QByteArray>
#include <QString>

// The real media compiled in from resources/mock, one per /content variant.
class MockAssets final {
public:
    struct Asset final {
        QByteArray bytes;
        QByteArray contentType;
        QString extension;
    };

    static bool isVariant(const QString& variant);
    // `variant` must satisfy isVariant().
    static const Asset& forVariant(const QString& variant);
};
