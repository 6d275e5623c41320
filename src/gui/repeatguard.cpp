#include "repeatguard.h"

#include "paidclickquestion.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QByteArray RepeatGuard::fingerprint(const QString& profileId, const Submission& submission) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(profileId.toUtf8());
    hash.addData(QByteArray::number(submission.versions));
    if (const auto* create = std::get_if<CreateRequest>(&submission.request)) {
        hash.addData(QJsonDocument(create->toJson()).toJson(QJsonDocument::Compact));
        if (create->reference)
            hash.addData(create->reference->bytes);
    } else {
        const auto& remix = std::get<RemixRequest>(submission.request);
        hash.addData(remix.videoId.toUtf8());
        hash.addData(QJsonDocument(remix.toJson()).toJson(QJsonDocument::Compact));
    }
    return hash.result();
}

bool RepeatGuard::confirm(QWidget* parent, const QString& profileId, const Submission& submission) {
    if (m_last.isEmpty() || !m_since.isValid() || m_since.elapsed() > WindowMs ||
        fingerprint(profileId, submission) != m_last)
        return true;
    const int seconds = int(std::max<qint64>(1, m_since.elapsed() / 1000));
    return PaidClickQuestion{
        QMessageBox::Question,
        u"repeatMessageBox"_s,
        tr("Send Again?"),
        tr("You sent this same request %n second(s) ago. Sending it again makes another job, "
           "which is paid for too.",
           nullptr, seconds),
        tr("For several versions of one idea, use the Versions field."),
        tr("Send Again")}
        .ask(parent);
}

void RepeatGuard::remember(const QString& profileId, const Submission& submission) {
    m_last = fingerprint(profileId, submission);
    m_since.start();
}
