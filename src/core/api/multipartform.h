#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// The parts of a multipart/form-data POST: text fields, then one file. Kept as
// data so every attempt builds a fresh QHttpMultiPart from it.
struct MultipartForm final {
    QList<std::pair<QString, QString>> fields;
    QString fileField;
    QString fileName;
    QByteArray fileContentType;
    QByteArray fileBytes;
};
