#pragma once

#include <QByteArray>

// Bodies for the compression-bomb fault: small on the wire, huge once a
// client inflates them. Built in slices, so the mock never holds the inflated
// size in memory.
namespace CompressedBody {

// gzip of `prefix`, then `fill` repeated, then `suffix`, `inflatedBytes` long in all.
[[nodiscard]] QByteArray gzip(const QByteArray& prefix, char fill, const QByteArray& suffix,
                              qint64 inflatedBytes);

} // namespace CompressedBody
