#include "contentrange.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

std::optional<ContentRange> ContentRange::parse(const QByteArray& header) {
    static const QRegularExpression pattern(
        u"^\\s*bytes\\s+(\\d{1,18})-(\\d{1,18})/(\\d{1,18}|\\*)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(header));
    if (!match.hasMatch())
        return std::nullopt;
    ContentRange range;
    range.first = match.captured(1).toLongLong();
    range.last = match.captured(2).toLongLong();
    range.total = match.captured(3) == u"*"_s ? -1 : match.captured(3).toLongLong();
    if (range.last < range.first || (range.total >= 0 && range.last >= range.total))
        return std::nullopt;
    return range;
}

bool ContentRange::continues(qint64 have, qint64 expectedTotal) const {
    if (first != have || total < 0)
        return false;
    return expectedTotal < 0 || total == expectedTotal;
}
