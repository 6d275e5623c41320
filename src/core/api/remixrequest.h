#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Why a field of a remix request was refused. Each reason is distinct so the UI
// can say exactly what is wrong, in the user's language, before anything is sent.
enum class FieldProblem {
    None,
    VideoIdEmpty,
    VideoIdNotInText, // a gateway answer or a URL that names no video
    VideoIdTooLong,
    VideoIdHasWhitespace,
    VideoIdHasControlCharacter,
    VideoIdHasReservedCharacter,
    VideoIdIsDotSegment,
    PromptEmpty,
    PromptTooLong,
    SizeMalformed,
    SizeOutOfRange,
    // Creating a video
    ModelMalformed,
    SecondsMalformed,
    SizeNotOffered,    // a known model does not make that size
    SecondsNotOffered, // a known model does not make that duration
    SizeRequired,      // a reference image needs a size to be fitted to
};

// A remix as the user asked for it. Built with make(), which trims what a paste
// tends to add; validate() must say None before the request may reach the network.
struct RemixRequest final {
    Q_DECLARE_TR_FUNCTIONS(RemixRequest)

public:
    static constexpr int MaxVideoIdLength = 128;
    static constexpr int MaxPromptLength = 32000;
    static constexpr int MaxDimension = 4096;

    QString videoId;
    QString prompt;
    QString size; // empty: keep the source's size, and the field is not sent

    static RemixRequest make(const QString& videoId, const QString& prompt, const QString& size);
    // "1280×720", "１２８０x７２０", " 1280X720 " -> "1280x720": how people type a size.
    static QString normalizedSize(const QString& size);

    static FieldProblem checkVideoId(const QString& videoId);
    static FieldProblem checkPrompt(const QString& prompt);
    static FieldProblem checkSize(const QString& size);
    static QString describe(FieldProblem problem);

    FieldProblem validate() const;
    QJsonObject toJson() const;
};
