#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

// One part of a multipart/form-data body, its bytes exactly as sent.
struct MultipartPart final {
    QString name;
    std::optional<QString> fileName; // set (perhaps empty) when the part is a file
    QByteArray contentType;          // as sent; empty when the part names none
    QByteArray data;

    [[nodiscard]] bool isFile() const { return fileName.has_value(); }
};

// Splits a multipart/form-data body (RFC 7578) into its parts. Strict on the
// framing a gateway relies on (boundary, delimiters, a named
// Content-Disposition), lenient where real clients differ (preamble, header
// case, a quoted or bare boundary).
namespace MultipartForm {

// True when the Content-Type header names multipart/form-data.
[[nodiscard]] bool isMultipart(QByteArrayView contentType);
// The parts in the order sent, or nullopt when the body is not well-formed.
[[nodiscard]] std::optional<QList<MultipartPart>> parse(QByteArrayView contentType,
                                                        QByteArrayView body);

} // namespace MultipartForm
