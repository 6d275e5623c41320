#include "syntheticbody.h"

#include <algorithm>

SyntheticBody::SyntheticBody(QByteArray prefix, QByteArray fill, QByteArray suffix,
                             qint64 totalBytes)
    : m_prefix(std::move(prefix))
    , m_fill(fill.isEmpty() ? QByteArray(1, ' ') : std::move(fill))
    , m_suffix(std::move(suffix))
    , m_total(std::max(totalBytes, qint64(m_prefix.size() + m_suffix.size()))) {}

QByteArray SyntheticBody::chunk(qint64 offset, qint64 maxBytes) const {
    const qint64 length = std::clamp(m_total - offset, qint64(0), maxBytes);
    QByteArray out;
    out.reserve(length);
    const qint64 fillEnd = m_total - m_suffix.size();
    qint64 position = offset;
    const qint64 end = offset + length;
    // Copies whole runs rather than single bytes: benchmarks stream gigabytes
    // and must measure the client, not this loop.
    while (position < end) {
        if (position < m_prefix.size()) {
            const qint64 take = std::min(end, qint64(m_prefix.size())) - position;
            out.append(m_prefix.constData() + position, take);
            position += take;
        } else if (position < fillEnd) {
            const qint64 inPattern = (position - m_prefix.size()) % m_fill.size();
            const qint64 take =
                std::min({end, fillEnd, position + m_fill.size() - inPattern}) - position;
            out.append(m_fill.constData() + inPattern, take);
            position += take;
        } else {
            const qint64 take = end - position;
            out.append(m_suffix.constData() + (position - fillEnd), take);
            position += take;
        }
    }
    return out;
}
