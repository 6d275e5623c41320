#include "dryrun.h"

#include "api/requestfactory.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// The same URL and body ApiClient builds for the POST (apiclient.cpp).
QJsonObject requestOf(const Submission& submission, const RequestFactory& factory) {
    if (const auto* remix = std::get_if<RemixRequest>(&submission.request)) {
        return {{u"method"_s, u"POST"_s},
                {u"url"_s, factory.apiUrl({u"videos"_s, remix->videoId, u"remix"_s}).toString()},
                {u"body"_s, remix->toJson()}};
    }
    const auto& create = std::get<CreateRequest>(submission.request);
    const QString url = factory.apiUrl({u"videos"_s}).toString();
    if (!create.reference)
        return {{u"method"_s, u"POST"_s}, {u"url"_s, url}, {u"body"_s, create.toJson()}};
    QJsonArray fields;
    for (const auto& [name, value] : create.formFields())
        fields.append(QJsonObject{{u"name"_s, name}, {u"value"_s, value}});
    const PreparedImage& image = *create.reference;
    const QJsonObject file{{u"name"_s, u"input_reference"_s},
                           {u"filename"_s, image.fileName},
                           {u"content_type"_s, QString::fromLatin1(image.contentType)},
                           {u"size"_s, double(image.bytes.size())},
                           {u"width"_s, image.size.width()},
                           {u"height"_s, image.size.height()}};
    return {{u"method"_s, u"POST"_s},
            {u"url"_s, url},
            {u"form"_s, QJsonObject{{u"fields"_s, fields}, {u"file"_s, file}}}};
}

} // namespace

QJsonArray DryRun::requests(const Submission& submission, const ClientConfig& config) {
    const RequestFactory factory(config);
    const QJsonObject one = requestOf(submission, factory);
    QJsonArray all;
    for (int version = 0; version < submission.versions; ++version)
        all.append(one);
    return all;
}
