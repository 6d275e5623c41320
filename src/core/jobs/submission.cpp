#include "submission.h"

QString Submission::versionsProblem(int versions) {
    if (versions >= 1 && versions <= MaxVersions)
        return {};
    return tr("Ask for 1 to %1 versions.").arg(MaxVersions);
}

QString Submission::problem() const {
    if (const QString count = versionsProblem(versions); !count.isEmpty())
        return count;
    if (const auto* create = std::get_if<CreateRequest>(&request))
        return create->problemText();
    return RemixRequest::describe(std::get<RemixRequest>(request).validate());
}
