#pragma once

#include "../api/clientconfig.h"
#include "../api/video.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>

class ApiClient;
class JobStore;

// The model, length and size of a video a remix would start from, which is
// what the remix will cost: from the job library when it is there, else from
// one GET of the video (asked once per ID, the answer kept for the run).
class SourceFacts final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceFacts)

public:
    explicit SourceFacts(JobStore* store, QObject* parent = nullptr);
    ~SourceFacts() override;

    // The gateway to ask from now on; an empty base URL or key asks nobody.
    void setGateway(const ClientConfig& config);
    // What is known now, from the library or an earlier answer; never asks.
    std::optional<Video> known(const QString& videoId) const;
    // Asks the gateway once (a GET) when nothing is known; factsArrived follows.
    void lookUp(const QString& videoId);
    // Asked and not answered (unknown video, gateway error): the reason.
    QString problem(const QString& videoId) const { return m_problems.value(videoId); }
    bool isAsking(const QString& videoId) const { return m_asking.contains(videoId); }

signals:
    void factsArrived(const QString& videoId);

private:
    JobStore* m_store = nullptr;
    std::unique_ptr<ApiClient> m_client;
    QUrl m_baseUrl;
    QHash<QString, Video> m_known;
    QHash<QString, QString> m_problems;
    QSet<QString> m_asking;
};
