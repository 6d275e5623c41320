#pragma once

#include <QByteArray>

// A body of any size that is computed on demand, so benchmarks and the
// "oversized" fault can send gigabytes without holding them in memory.
// Layout: prefix, then the fill pattern repeated, then suffix.
class SyntheticBody final {
public:
    SyntheticBody(QByteArray prefix, QByteArray fill, QByteArray suffix, qint64 totalBytes);

    [[nodiscard]] qint64 size() const { return m_total; }
    [[nodiscard]] QByteArray chunk(qint64 offset, qint64 maxBytes) const;

private:
    QByteArray m_prefix;
    QByteArray m_fill;
    QByteArray m_suffix;
    qint64 m_total = 0;
};
