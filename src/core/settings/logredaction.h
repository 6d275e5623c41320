#pragma once

#include <QString>

// Keeps API keys out of everything VideoRemix prints. A Qt message handler
// rewrites each message before the previous handler (stderr, journald, a log
// file) sees it: `Bearer <token>`, `sk-...` tokens, `Authorization:` values and
// every key the program has handled are replaced by a marker.
namespace LogRedaction {

inline constexpr QStringView Marker = u"[redacted]";

// The text with every secret replaced; safe to call from any thread.
QString redact(const QString& text);

// A key to hide even when it matches no pattern (a gateway's own format).
// Very short values are ignored: redacting "a" would shred every message.
void addSecret(const QString& secret);
void clearSecrets();

// Chains to the handler installed before; idempotent.
void install();
bool isInstalled();

} // namespace LogRedaction
