#pragma once

#include "gatewaysetup.h"
#include "jobs/submission.h"

#include <QObject>
#include <QTimer>

class JobLibrary;
class QLabel;
class QWidget;
class SourceFacts;
class SubmitForm;

// Money in the window: the form's live estimate, today's and this month's
// spending in the status bar, and the question before a submit that would
// pass the month's budget. Prices are the active profile's.
class CostPresenter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostPresenter)

public:
    CostPresenter(JobLibrary* library, SubmitForm* form, QLabel* spendLabel,
                  QObject* parent = nullptr);
    ~CostPresenter() override;

    void setGateway(const GatewaySetup& setup);
    // True when `submission` may go: within the budget, or the user said so.
    bool confirmWithinBudget(QWidget* parent, const Submission& submission);
    // `submission` with the estimate of one version filled in, as it is recorded.
    Submission priced(const Submission& submission);
    void retranslate();

private:
    void updateEstimate();
    void updateSpend();
    void lookUpSource();
    CostEstimate estimate(const Submission& submission, bool all);

    JobLibrary* m_library = nullptr;
    SubmitForm* m_form = nullptr;
    QLabel* m_spendLabel = nullptr;
    SourceFacts* m_sources = nullptr;
    GatewaySetup m_gateway;
    // This month's spending as the status bar last counted it: the estimate,
    // updated at every keystroke, reads it instead of asking the store again.
    double m_spentThisMonth = 0;
    QTimer m_spendUpdate;  // coalesces the many job changes of a busy library
    QTimer m_sourceLookup; // waits for the typing to stop before asking the gateway
};
