#include "multipartform.h"

#include <utility>

namespace {

// A header value such as `form-data; name="a"; filename="b.png"`: the first
// token lower-cased, then its parameters (names lower-cased, values unquoted).
struct HeaderValue final {
    QByteArray value;
    QList<std::pair<QByteArray, QByteArray>> parameters;

    [[nodiscard]] std::optional<QByteArray> parameter(QByteArrayView name) const {
        for (const auto& [key, text] : parameters) {
            if (key == name)
                return text;
        }
        return std::nullopt;
    }
};

bool isSpace(char c) {
    return c == ' ' || c == '\t';
}

std::optional<HeaderValue> parseHeaderValue(QByteArrayView text) {
    HeaderValue result;
    qsizetype i = text.indexOf(';');
    result.value = text.first(i < 0 ? text.size() : i).trimmed().toByteArray().toLower();
    if (i < 0)
        return result;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ';' || isSpace(text[i])))
            ++i;
        if (i >= text.size())
            break;
        const qsizetype keyStart = i;
        while (i < text.size() && text[i] != '=' && text[i] != ';')
            ++i;
        const QByteArray key =
            text.sliced(keyStart, i - keyStart).trimmed().toByteArray().toLower();
        QByteArray value;
        if (i < text.size() && text[i] == '=') {
            ++i;
            while (i < text.size() && isSpace(text[i]))
                ++i;
            if (i < text.size() && text[i] == '"') {
                // A quoted string may hold ';' and backslash escapes.
                ++i;
                bool closed = false;
                while (i < text.size()) {
                    const char c = text[i++];
                    if (c == '"') {
                        closed = true;
                        break;
                    }
                    if (c == '\\' && i < text.size())
                        value += text[i++];
                    else
                        value += c;
                }
                if (!closed)
                    return std::nullopt;
            } else {
                const qsizetype valueStart = i;
                while (i < text.size() && text[i] != ';')
                    ++i;
                value = text.sliced(valueStart, i - valueStart).trimmed().toByteArray();
            }
        }
        if (key.isEmpty())
            return std::nullopt;
        result.parameters.append({key, value});
    }
    return result;
}

// RFC 2046: 1 to 70 characters, the last not a space.
std::optional<QByteArray> boundaryOf(QByteArrayView contentType) {
    const std::optional<HeaderValue> header = parseHeaderValue(contentType);
    if (!header || header->value != "multipart/form-data")
        return std::nullopt;
    const std::optional<QByteArray> boundary = header->parameter("boundary");
    if (!boundary || boundary->isEmpty() || boundary->size() > 70 || boundary->endsWith(' '))
        return std::nullopt;
    return boundary;
}

std::optional<MultipartPart> parsePart(QByteArrayView head, QByteArrayView data) {
    MultipartPart part;
    std::optional<HeaderValue> disposition;
    if (!head.isEmpty()) {
        for (const QByteArray& line : head.toByteArray().split('\n')) {
            const QByteArray trimmedLine = line.endsWith('\r') ? line.chopped(1) : line;
            const qsizetype colon = trimmedLine.indexOf(':');
            if (colon <= 0)
                return std::nullopt;
            const QByteArray name = trimmedLine.first(colon).trimmed().toLower();
            const QByteArray value = trimmedLine.sliced(colon + 1).trimmed();
            if (name == "content-disposition" && !disposition) {
                disposition = parseHeaderValue(value);
                if (!disposition)
                    return std::nullopt;
            } else if (name == "content-type" && part.contentType.isEmpty()) {
                part.contentType = value;
            }
        }
    }
    if (!disposition || disposition->value != "form-data")
        return std::nullopt;
    const std::optional<QByteArray> name = disposition->parameter("name");
    if (!name)
        return std::nullopt;
    part.name = QString::fromUtf8(*name);
    if (const std::optional<QByteArray> fileName = disposition->parameter("filename"))
        part.fileName = QString::fromUtf8(*fileName);
    part.data = data.toByteArray();
    return part;
}

} // namespace

bool MultipartForm::isMultipart(QByteArrayView contentType) {
    const std::optional<HeaderValue> header = parseHeaderValue(contentType);
    return header && header->value == "multipart/form-data";
}

std::optional<QList<MultipartPart>> MultipartForm::parse(QByteArrayView contentType,
                                                         QByteArrayView body) {
    const std::optional<QByteArray> boundary = boundaryOf(contentType);
    if (!boundary)
        return std::nullopt;
    const QByteArray delimiter = "--" + *boundary;
    const QByteArray innerDelimiter = "\r\n" + delimiter;

    // A preamble before the first delimiter is allowed and ignored.
    qsizetype pos = 0;
    if (!body.startsWith(delimiter)) {
        pos = body.indexOf(innerDelimiter);
        if (pos < 0)
            return std::nullopt;
        pos += 2;
    }
    pos += delimiter.size();

    QList<MultipartPart> parts;
    while (true) {
        // The close delimiter ends the body; an epilogue after it is ignored.
        if (body.sliced(pos).startsWith("--"))
            return parts;
        while (pos < body.size() && isSpace(body[pos]))
            ++pos;
        if (!body.sliced(pos).startsWith("\r\n"))
            return std::nullopt;
        pos += 2;

        const qsizetype next = body.indexOf(innerDelimiter, pos);
        if (next < 0)
            return std::nullopt;
        QByteArrayView head;
        qsizetype dataStart = 0;
        if (body.sliced(pos).startsWith("\r\n")) {
            dataStart = pos + 2; // a part without headers: refused below
        } else {
            const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
            if (headEnd < 0 || headEnd > next)
                return std::nullopt;
            head = body.sliced(pos, headEnd - pos);
            dataStart = headEnd + 4;
        }
        if (dataStart > next)
            return std::nullopt;
        std::optional<MultipartPart> part =
            parsePart(head, body.sliced(dataStart, next - dataStart));
        if (!part)
            return std::nullopt;
        parts.append(std::move(*part));
        pos = next + innerDelimiter.size();
    }
}
