#pragma once

#include <QLocale>
#include <QString>

// The two languages VideoRemix speaks. Server errors come in both
// (`message` / `message_zh`), so the order in which they are shown follows this.
enum class UiLanguage { English, Chinese };

inline UiLanguage uiLanguageForLocale(const QLocale& locale) {
    return locale.language() == QLocale::Chinese ? UiLanguage::Chinese : UiLanguage::English;
}

// Accepts "zh", "zh_CN", "zh-Hans", "en", "en_US" ...; anything else is English.
inline UiLanguage uiLanguageFromCode(const QString& code) {
    return code.trimmed().startsWith(QLatin1String("zh"), Qt::CaseInsensitive)
               ? UiLanguage::Chinese
               : UiLanguage::English;
}

inline QString uiLanguageCode(UiLanguage language) {
    return language == UiLanguage::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}
