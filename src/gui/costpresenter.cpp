#include "costpresenter.h"

#include "jobs/joblibrary.h"
#include "jobs/sourcefacts.h"
#include "jobs/spendquery.h"
#include "paidclickquestion.h"
#include "pricing/budget.h"
#include "pricing/submissioncost.h"
#include "submitform.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace {

QString sourceIdOf(const Submission& submission) {
    const auto* remix = std::get_if<RemixRequest>(&submission.request);
    return remix ? remix->videoId : QString{};
}

} // namespace

CostPresenter::CostPresenter(JobLibrary* library, SubmitForm* form, QLabel* spendLabel,
                             QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_form(form)
    , m_spendLabel(spendLabel)
    , m_sources(new SourceFacts(library->store(), this)) {
    m_sourceLookup.setSingleShot(true);
    m_sourceLookup.setInterval(600);
    connect(&m_sourceLookup, &QTimer::timeout, this, &CostPresenter::lookUpSource);
    m_spendUpdate.setSingleShot(true);
    m_spendUpdate.setInterval(500);
    connect(&m_spendUpdate, &QTimer::timeout, this, &CostPresenter::updateSpend);
    connect(m_form, &SubmitForm::draftChanged, this, &CostPresenter::updateEstimate);
    connect(m_sources, &SourceFacts::factsArrived, this, &CostPresenter::updateEstimate);
    // A new job counts at once; the many changes of followed jobs are coalesced.
    connect(m_library, &JobLibrary::jobAdded, this, &CostPresenter::updateSpend);
    connect(m_library, &JobLibrary::jobRemoved, this, &CostPresenter::updateSpend);
    connect(m_library, &JobLibrary::jobChanged, &m_spendUpdate, qOverload<>(&QTimer::start));
    connect(m_library, &JobLibrary::externalChange, &m_spendUpdate, qOverload<>(&QTimer::start));
}

CostPresenter::~CostPresenter() = default;

void CostPresenter::setGateway(const GatewaySetup& setup) {
    m_gateway = setup;
    m_sources->setGateway(setup.config);
    updateSpend(); // the estimate's "left of the budget" reads its month
}

CostEstimate CostPresenter::estimate(const Submission& submission, bool all) {
    const QString sourceId = sourceIdOf(submission);
    const std::optional<Video> source =
        sourceId.isEmpty() ? std::nullopt : m_sources->known(sourceId);
    const QString problem = sourceId.isEmpty() ? QString{} : m_sources->problem(sourceId);
    return all ? estimateAll(submission, m_gateway.prices, source, problem)
               : estimateVersion(submission, m_gateway.prices, source, problem);
}

Submission CostPresenter::priced(const Submission& submission) {
    Submission withCost = submission;
    withCost.estimate = estimate(submission, false);
    return withCost;
}

void CostPresenter::lookUpSource() {
    // Only for a form that could be sent: an invalid field never makes a request.
    if (m_form->canSubmit())
        m_sources->lookUp(sourceIdOf(m_form->draft()));
}

void CostPresenter::updateEstimate() {
    const Submission draft = m_form->draft();
    const CostEstimate all = estimate(draft, true);
    if (const QString sourceId = sourceIdOf(draft);
        !sourceId.isEmpty() && !m_sources->known(sourceId))
        m_sourceLookup.start();
    if (!all.known) {
        m_form->setCost(tr("Unknown"), all.reason);
        return;
    }
    const CostEstimate one = estimate(draft, false);
    QString text = draft.versions > 1 ? tr("About %1 (%n versions of %2)", nullptr, draft.versions)
                                            .arg(all.text(), one.text())
                                      : tr("About %1").arg(all.text());
    if (m_gateway.monthlyBudget) {
        const double left = std::max(0.0, *m_gateway.monthlyBudget - m_spentThisMonth);
        text += u" · "_s + tr("%1 left of this month's budget")
                               .arg(CostEstimate::money(left, m_gateway.prices.currency));
    }
    m_form->setCost(text, tr("An estimate from this profile's prices (Settings). The gateway's "
                             "own bill decides."));
}

void CostPresenter::updateSpend() {
    m_spentThisMonth = 0;
    if (m_gateway.profileId.isEmpty()) {
        m_spendLabel->hide();
        updateEstimate();
        return;
    }
    const SpendQuery spend(*m_library->store());
    const QString currency = m_gateway.prices.currency;
    const SpendTotals today = spend.totals(m_gateway.profileId, Budget::startOfDay());
    const SpendTotals month = spend.totals(m_gateway.profileId, Budget::startOfMonth());
    m_spentThisMonth = month.spentIn(currency);
    QString text =
        tr("Today %1 · This month %2").arg(today.spentText(currency), month.spentText(currency));
    if (m_gateway.monthlyBudget)
        text += u" / "_s + CostEstimate::money(*m_gateway.monthlyBudget, currency);
    m_spendLabel->setText(text);
    QStringList detail{tr("Estimated from the prices in Settings, for jobs submitted from this "
                          "computer with this profile.")};
    if (!month.failed.isEmpty())
        detail << tr("Failed jobs this month, usually refunded by the gateway: %1")
                      .arg(CostEstimate::money(month.failed.value(currency), currency));
    if (month.unpriced > 0)
        detail << tr("%Ln job(s) this month had no price.", nullptr, month.unpriced);
    m_spendLabel->setToolTip(detail.join(u'\n'));
    m_spendLabel->setVisible(true);
    updateEstimate();
}

bool CostPresenter::confirmWithinBudget(QWidget* parent, const Submission& submission) {
    const CostEstimate all = estimate(submission, true);
    const double spent = SpendQuery(*m_library->store())
                             .totals(m_gateway.profileId, Budget::startOfMonth())
                             .spentIn(m_gateway.prices.currency);
    const std::optional<double> over = Budget::overrun(m_gateway.monthlyBudget, spent, all);
    if (!over)
        return true;
    const QString currency = m_gateway.prices.currency;
    return PaidClickQuestion{
        QMessageBox::Warning,
        u"budgetMessageBox"_s,
        tr("Over This Month's Budget"),
        tr("This submit costs about %1 and goes %2 over this month's budget of %3 (spent so far: "
           "%4).")
            .arg(all.text(), CostEstimate::money(*over, currency),
                 CostEstimate::money(*m_gateway.monthlyBudget, currency),
                 CostEstimate::money(spent, currency)),
        tr("Submit it anyway?"),
        tr("Submit Anyway")}
        .ask(parent);
}

void CostPresenter::retranslate() {
    updateSpend();
}
