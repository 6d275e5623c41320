#pragma once

#include "referenceimage.h"
#include "remixrequest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

// A new video as the user asked for it: POST /v1/videos. Shares the prompt and
// size rules with RemixRequest; what a model allows comes from VideoModels.
// Built with make(); validate() must say None before it may reach the network.
struct CreateRequest final {
    Q_DECLARE_TR_FUNCTIONS(CreateRequest)

public:
    static constexpr int MaxModelLength = 64;
    static constexpr int MaxSeconds = 60;

    QString prompt;
    QString model;   // never empty after make(): the default model
    QString seconds; // empty: the model's default, and the field is not sent
    QString size;    // empty: the model's default, and the field is not sent
    // Already fitted to `size` (ReferenceImage::prepare); sent as multipart.
    std::optional<PreparedImage> reference;

    static CreateRequest make(const QString& prompt, const QString& model, const QString& seconds,
                              const QString& size);

    static FieldProblem checkModel(const QString& model);
    // Against the model's table when the model is known; any 1..MaxSeconds otherwise.
    static FieldProblem checkSeconds(const QString& model, const QString& seconds);
    static FieldProblem checkSizeForModel(const QString& model, const QString& size);
    // describe() for the model-specific problems names what the model does offer.
    static QString describe(FieldProblem problem, const QString& model);

    FieldProblem validate() const;
    QString problemText() const { return describe(validate(), model); }
    // The size the video will have: the one asked for, else the model's default.
    QString effectiveSize() const;

    // Without a reference image: the JSON body. `seconds` always goes out as a string.
    QJsonObject toJson() const;
    // With one: the text fields of the multipart form, in order.
    QList<std::pair<QString, QString>> formFields() const;
};
