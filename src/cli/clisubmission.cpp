#include "clisubmission.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

std::optional<CreateRequest> createRequest(const CliOptions& options, QString& problem) {
    CreateRequest request =
        CreateRequest::make(options.prompt, options.model, options.seconds, options.size);
    if (options.imagePath.isEmpty())
        return request;
    const QString size = request.effectiveSize();
    if (size.isEmpty()) { // a model the table does not know: no default size to fit to
        problem = CreateRequest::describe(FieldProblem::SizeRequired, request.model);
        return std::nullopt;
    }
    // Fitted here, not by the gateway: the API refuses an image of any other size.
    ReferenceImage::Result image =
        ReferenceImage::prepareFile(options.imagePath, ReferenceImage::parseSize(size));
    if (image.problem != ReferenceImage::Problem::None) {
        problem = CliSubmission::tr("%1: %2").arg(QDir::toNativeSeparators(options.imagePath),
                                                  ReferenceImage::describe(image.problem));
        return std::nullopt;
    }
    request.reference = std::move(image.image);
    return request;
}

} // namespace

std::optional<CliSubmission> CliSubmission::prepare(const CliOptions& options, QString& problem) {
    CliSubmission prepared;
    prepared.submission.versions = options.count;
    if (options.command == CliOptions::Command::Create) {
        const std::optional<CreateRequest> request = createRequest(options, problem);
        if (!request)
            return std::nullopt;
        prepared.submission.request = *request;
    } else {
        prepared.submission.request =
            RemixRequest::make(options.videoId, options.prompt, options.size);
    }
    if (const QString invalid = prepared.submission.problem(); !invalid.isEmpty()) {
        problem = invalid;
        return std::nullopt;
    }

    prepared.downloadPath = options.downloadPath;
    prepared.downloadsToFolder = !options.downloadPath.isEmpty() && options.count > 1;
    if (prepared.downloadsToFolder) {
        // Made now: a folder that cannot be made must stop the run before anything is charged.
        const QFileInfo folder(options.downloadPath);
        if (folder.exists() && !folder.isDir()) {
            problem = tr("With --count above 1, --download takes a folder; %1 is a file.")
                          .arg(QDir::toNativeSeparators(options.downloadPath));
            return std::nullopt;
        }
        if (!QDir().mkpath(options.downloadPath)) {
            problem = tr("Could not make the folder %1.")
                          .arg(QDir::toNativeSeparators(options.downloadPath));
            return std::nullopt;
        }
    }
    return prepared;
}

QString CliSubmission::downloadTarget(const QString& videoId) const {
    if (!downloadsToFolder)
        return downloadPath;
    // A gateway's video IDs are unique; one that is not a safe file name
    // (RemixRequest::checkVideoId) is refused by the downloader before it writes anything.
    return QDir(downloadPath).filePath(videoId + u".mp4"_s);
}
