#include "byteranges.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ByteRanges {

QByteArray contentRange(qint64 start, qint64 bytes, qint64 total) {
    return "bytes " + QByteArray::number(start) + '-' + QByteArray::number(start + bytes - 1) +
           '/' + QByteArray::number(total);
}

HttpResponse serve(HttpResponse full, const HttpRequest& request, bool acceptRanges) {
    if (!acceptRanges || full.status != 200)
        return full;
    full.setHeader("Accept-Ranges", "bytes");
    const QByteArray range = request.header("range").trimmed();
    if (range.isEmpty())
        return full;
    static const QRegularExpression single(u"^bytes=(\\d+)-(\\d*)$"_s);
    const QRegularExpressionMatch match = single.match(QString::fromLatin1(range));
    if (!match.hasMatch())
        return full;
    const qint64 total = full.fullBodySize();
    const qint64 start = match.captured(1).toLongLong();
    qint64 end = match.captured(2).isEmpty() ? total - 1 : match.captured(2).toLongLong();
    if (start >= total || end < start) {
        HttpResponse refused = HttpResponse::bytes(416, "text/plain", "Range Not Satisfiable\n"_ba);
        refused.setHeader("Content-Range", "bytes */" + QByteArray::number(total));
        return refused;
    }
    end = std::min(end, total - 1);
    full.status = 206;
    full.windowStart = start;
    full.windowBytes = end - start + 1;
    full.setHeader("Content-Range", contentRange(start, full.windowBytes, total));
    return full;
}

} // namespace ByteRanges
