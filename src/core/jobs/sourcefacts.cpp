#include "sourcefacts.h"

#include "../api/apiclient.h"
#include "jobstore.h"

SourceFacts::SourceFacts(JobStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store) {}

SourceFacts::~SourceFacts() = default;

void SourceFacts::setGateway(const ClientConfig& config) {
    if (config.baseUrl == m_baseUrl && m_client &&
        m_client->requests().config().apiKey == config.apiKey)
        return;
    // Another gateway: what the last one said is not this one's.
    m_known.clear();
    m_problems.clear();
    m_asking.clear();
    m_baseUrl = config.baseUrl;
    m_client.reset();
    if (!config.baseUrl.isEmpty() && !config.apiKey.isEmpty())
        m_client = std::make_unique<ApiClient>(config);
}

std::optional<Video> SourceFacts::known(const QString& videoId) const {
    if (videoId.isEmpty())
        return std::nullopt;
    if (const std::optional<JobRecord> record = m_store->findByVideoId(m_baseUrl, videoId);
        record && !record->model.isEmpty())
        return record->toVideo();
    if (const auto it = m_known.constFind(videoId); it != m_known.cend())
        return *it;
    return std::nullopt;
}

void SourceFacts::lookUp(const QString& videoId) {
    if (!m_client || known(videoId) || m_asking.contains(videoId) || m_problems.contains(videoId) ||
        RemixRequest::checkVideoId(videoId) != FieldProblem::None)
        return;
    m_asking.insert(videoId);
    ApiCall* call = m_client->retrieve(videoId);
    ApiClient* client = m_client.get();
    connect(call, &ApiCall::finished, this, [this, call, client, videoId] {
        if (client != m_client.get())
            return; // asked of a gateway no longer in use
        m_asking.remove(videoId);
        if (call->succeeded() && call->video())
            m_known.insert(videoId, *call->video());
        else
            m_problems.insert(videoId, call->error().summary());
        emit factsArrived(videoId);
    });
}
