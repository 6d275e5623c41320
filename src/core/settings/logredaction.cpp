#include "logredaction.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <atomic>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MinSecretLength = 6;

QMutex& secretsMutex() {
    static QMutex mutex;
    return mutex;
}

QSet<QString>& knownSecrets() {
    static QSet<QString> secrets;
    return secrets;
}

QtMessageHandler g_previous = nullptr;
std::atomic_bool g_installed = false;

void redactingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const QString clean = LogRedaction::redact(message);
    if (g_previous)
        g_previous(type, context, clean);
    else
        qt_message_output(type, context, clean);
}

} // namespace

namespace LogRedaction {

QString redact(const QString& text) {
    QString result = text;
    if (result.isEmpty())
        return result;
    {
        QMutexLocker locker(&secretsMutex());
        // Longest first, so a key that contains another is not left half visible.
        QStringList secrets = knownSecrets().values();
        std::sort(secrets.begin(), secrets.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        for (const QString& secret : std::as_const(secrets))
            result.replace(secret, Marker.toString());
    }
    // Each pattern below starts with one of these words; a text without any of
    // them (most log lines) is not run through the patterns, which also keeps
    // them from being compiled before a text needs them.
    static constexpr std::array PatternWords{u"authorization", u"bearer",       u"sk-",
                                             u"apikey",        u"api_key",      u"api-key",
                                             u"accesstoken",   u"access_token", u"access-token"};
    if (std::none_of(PatternWords.begin(), PatternWords.end(), [&result](const char16_t* word) {
            return result.contains(QStringView(word), Qt::CaseInsensitive);
        }))
        return result;

    // A header value in any spelling: "Authorization: Bearer x", "authorization=x".
    static const QRegularExpression authorization(
        u"(authorization[\"']?\\s*[:=]\\s*[\"']?)(?:(bearer|basic)\\s+)?([^\\s\"',;}]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // A shell variable stands for the key without being it (copy as curl).
    static const QRegularExpression shellVariable(u"^\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?$"_s);
    static const QRegularExpression bearer(u"\\b(bearer)\\s+[A-Za-z0-9._~+/=:-]+"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    // OpenAI-style keys (sk-..., sk-proj-...), not words that merely contain "sk-".
    static const QRegularExpression skKey(u"(?<![A-Za-z0-9_-])sk-[A-Za-z0-9._-]{3,}"_s);
    // Keys that end up in a query string or JSON field by mistake.
    static const QRegularExpression keyField(
        u"((?:api[_-]?key|access[_-]?token|x-api-key)[\"']?\\s*[:=]\\s*[\"']?)[^\\s\"'&,;}]+"_s,
        QRegularExpression::CaseInsensitiveOption);

    const QString marker = Marker.toString();
    QString rewritten;
    qsizetype last = 0;
    for (auto it = authorization.globalMatch(result); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (shellVariable.match(match.captured(3)).hasMatch())
            continue;
        rewritten += QStringView(result).mid(last, match.capturedStart() - last);
        rewritten += match.captured(1);
        if (match.hasCaptured(2) && !match.captured(2).isEmpty())
            rewritten += match.captured(2) + u' ';
        rewritten += marker;
        last = match.capturedEnd();
    }
    rewritten += QStringView(result).mid(last);
    result = rewritten;
    result.replace(bearer, u"\\1 "_s + marker);
    result.replace(skKey, u"sk-"_s + marker);
    result.replace(keyField, u"\\1"_s + marker);
    return result;
}

void addSecret(const QString& secret) {
    const QString trimmed = secret.trimmed();
    if (trimmed.size() < MinSecretLength)
        return;
    QMutexLocker locker(&secretsMutex());
    knownSecrets().insert(trimmed);
}

void clearSecrets() {
    QMutexLocker locker(&secretsMutex());
    knownSecrets().clear();
}

void install() {
    if (g_installed.exchange(true))
        return;
    g_previous = qInstallMessageHandler(redactingHandler);
}

bool isInstalled() {
    return g_installed;
}

} // namespace LogRedaction
