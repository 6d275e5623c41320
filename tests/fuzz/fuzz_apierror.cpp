#include "api/apierror.h"
#include "api/situationwords.h"
#include "fuzztargets.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

// Byte 0 picks the HTTP status (400..655), byte 1 the Content-Type, the rest is
// the error body in any envelope dialect, or none.
int FuzzTargets::apiError(const std::uint8_t* data, std::size_t size) {
    if (size < 2)
        return 0;
    static const QByteArray types[] = {
        "application/json", "text/html", "text/plain; charset=utf-8", {}};
    const int status = 400 + data[0];
    const QByteArray body(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));
    const ApiError error = ApiError::fromHttp(status, body, types[data[1] % 4]);
    VIDEOREMIX_FUZZ_CHECK(error.httpStatus == status);
    VIDEOREMIX_FUZZ_CHECK(error.rawBody.size() <= ApiError::MaxRawBodyBytes);
    for (const UiLanguage language : {UiLanguage::English, UiLanguage::Chinese}) {
        const QStringList lines = error.messagesFor(language);
        // At most the gateway's two lines, and the app's own line first when
        // the gateway spoke none in the UI language.
        VIDEOREMIX_FUZZ_CHECK(!lines.isEmpty() && lines.size() <= 3);
        VIDEOREMIX_FUZZ_CHECK(lines.size() < 3 || lines.first() == SituationWords::forError(error));
        // An HTML page is summarised by its title, never shown as markup.
        if (error.isHtml() && error.message.isEmpty() && error.messageZh.isEmpty())
            VIDEOREMIX_FUZZ_CHECK(!lines.first().contains(QLatin1Char('<')));
    }
    VIDEOREMIX_FUZZ_CHECK(!error.summary().isEmpty());
    error.htmlTitle();
    QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact);

    ApiError direct;
    parseErrorEnvelope(body, direct);
    return 0;
}

VIDEOREMIX_FUZZ_ENTRY(FuzzTargets::apiError)
