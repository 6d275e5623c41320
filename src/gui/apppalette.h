#pragma once

#include <QPalette>
#include <QStringList>

#include <optional>

// The colours a user can ask for on the command line (--palette) where the
// desktop's dark or high-contrast theme does not reach Qt: "light", "dark" and
// "high-contrast", to be shown with the Fusion style, which draws with any palette.
namespace AppPalette {

QStringList names();
// std::nullopt for a name not in names().
std::optional<QPalette> named(const QString& name);

} // namespace AppPalette
