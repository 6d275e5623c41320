#include "compressedbody.h"

#include <zlib.h>

#include <algorithm>

namespace CompressedBody {

namespace {

constexpr qint64 SliceBytes = 1024 * 1024;
constexpr int GzipWindowBits = 15 + 16; // 15: the largest window; +16: gzip framing

void deflateSlice(z_stream& stream, const QByteArray& input, int flush, QByteArray& out) {
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.constData()));
    stream.avail_in = uInt(input.size());
    char buffer[64 * 1024];
    do {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        deflate(&stream, flush);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    } while (stream.avail_out == 0);
}

} // namespace

QByteArray gzip(const QByteArray& prefix, char fill, const QByteArray& suffix,
                qint64 inflatedBytes) {
    // Compressing a gigabyte takes seconds, and tests ask for the same bomb
    // again (retries, several rows): keep the last one.
    static QByteArray lastKey;
    static QByteArray lastBody;
    const QByteArray key =
        QByteArray(prefix).append(fill).append(suffix).append(QByteArray::number(inflatedBytes));
    if (key == lastKey)
        return lastBody;
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, GzipWindowBits, 9,
                     Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    deflateSlice(stream, prefix, Z_NO_FLUSH, out);
    qint64 fillBytes = std::max<qint64>(0, inflatedBytes - prefix.size() - suffix.size());
    const QByteArray slice(qsizetype(std::min(fillBytes, SliceBytes)), fill);
    while (fillBytes > 0) {
        const qint64 n = std::min(fillBytes, SliceBytes);
        deflateSlice(stream, n == slice.size() ? slice : slice.left(qsizetype(n)), Z_NO_FLUSH, out);
        fillBytes -= n;
    }
    deflateSlice(stream, suffix, Z_FINISH, out);
    deflateEnd(&stream);
    lastKey = key;
    lastBody = out;
    return out;
}

} // namespace CompressedBody
