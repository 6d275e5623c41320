#include "api/remixrequest.h"
#include "api/requestfactory.h"
#include "fuzztargets.h"

#include <cstdio>
#include <cstdlib>

// Line 1 is the base URL as a user types it; each further line is one path
// segment, or a query when it starts with '?'.
int FuzzTargets::requestFactory(const std::uint8_t* data, std::size_t size) {
    const QStringList lines =
        QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)).split(u'\n');
    const QUrl base(lines.first());
    const QUrl normalized = RequestFactory::normalizedBaseUrl(base);

    QStringList segments;
    QUrlQuery query;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(u'?'))
            query = QUrlQuery(lines.at(i).mid(1));
        else
            segments << lines.at(i);
    }
    const RequestFactory factory(ClientConfig::forGateway(base, QStringLiteral("k")));
    const QUrl url = factory.apiUrl(segments, query);
    factory.isApiOrigin(url);
    factory.authorized(url);
    factory.anonymous(url);

    // With a valid root, every valid id stays exactly one segment under /v1.
    bool allValid =
        normalized.isValid() && normalized.path().isEmpty() && !normalized.host().isEmpty();
    for (const QString& segment : segments)
        allValid = allValid && RemixRequest::checkVideoId(segment) == FieldProblem::None;
    if (allValid && url.isValid()) {
        const QStringList parts = url.path(QUrl::FullyEncoded).split(u'/');
        VIDEOREMIX_FUZZ_CHECK(parts.size() == segments.size() + 2 &&
                              parts.at(1) == QLatin1String("v1"));
        for (qsizetype i = 0; i < segments.size(); ++i)
            VIDEOREMIX_FUZZ_CHECK(QUrl::fromPercentEncoding(parts.at(i + 2).toLatin1()) ==
                                  segments.at(i));
        VIDEOREMIX_FUZZ_CHECK(factory.isApiOrigin(url));
    }
    return 0;
}

VIDEOREMIX_FUZZ_ENTRY(FuzzTargets::requestFactory)
