#include "api/remixrequest.h"
#include "fuzztargets.h"

#include <QByteArrayList>

#include <cstdio>
#include <cstdlib>

// "id NUL prompt NUL size": what a user can type into the form or the CLI.
int FuzzTargets::remixRequest(const std::uint8_t* data, std::size_t size) {
    const QByteArrayList parts =
        QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)).split('\0');
    const auto part = [&parts](int i) {
        return i < parts.size() ? QString::fromUtf8(parts.at(i)) : QString();
    };
    const RemixRequest request = RemixRequest::make(part(0), part(1), part(2));
    const FieldProblem problem = request.validate();
    VIDEOREMIX_FUZZ_CHECK(problem == FieldProblem::None ||
                          !RemixRequest::describe(problem).isEmpty());
    if (RemixRequest::checkVideoId(request.videoId) == FieldProblem::None) {
        // What may reach a URL path: never a dot segment, separator or control character.
        const QString& id = request.videoId;
        VIDEOREMIX_FUZZ_CHECK(!id.isEmpty() && id != QLatin1String(".") &&
                              id != QLatin1String(".."));
        VIDEOREMIX_FUZZ_CHECK(id.size() <= RemixRequest::MaxVideoIdLength);
        for (const QChar c : id)
            VIDEOREMIX_FUZZ_CHECK(c != u'/' && c != u'?' && c != u'#' && !c.isSpace() &&
                                  c.unicode() >= 0x20);
    }
    if (problem == FieldProblem::None) {
        const QJsonObject json = request.toJson();
        VIDEOREMIX_FUZZ_CHECK(json.value(QStringLiteral("prompt")).toString() == request.prompt);
        VIDEOREMIX_FUZZ_CHECK(request.prompt.size() <= RemixRequest::MaxPromptLength);
    }
    return 0;
}

VIDEOREMIX_FUZZ_ENTRY(FuzzTargets::remixRequest)
