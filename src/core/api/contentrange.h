#pragma once

#include <QByteArray>

#include <optional>

// A `Content-Range: bytes FIRST-LAST/TOTAL` header (RFC 9110 14.4), as a 206
// answer to a resumed download carries it. A pure value, table-tested.
struct ContentRange final {
    qint64 first = 0;
    qint64 last = 0;
    qint64 total = -1; // -1: the server wrote "*" (length unknown)

    // nullopt for anything else, including "bytes */TOTAL" (a 416's header) and
    // ranges that contradict themselves.
    static std::optional<ContentRange> parse(const QByteArray& header);

    qint64 length() const { return last - first + 1; }
    // Whether this answer continues a file of `have` bytes whose complete size
    // is `expectedTotal` (negative: not known yet).
    bool continues(qint64 have, qint64 expectedTotal) const;
};
