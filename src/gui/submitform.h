#pragma once

#include "jobs/submission.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class SubmitForm;
}

class VideoIdInput;

// The form that makes videos, in two modes: New Video (prompt, model,
// duration, size, an optional reference image) and Remix (a video ID, prompt,
// size). Both share the prompt, the size, the number of versions and the
// submit button with its Ctrl+Enter. It offers only what the chosen model can
// make (VideoModels) and says why; a model it does not know is sent as typed.
// It knows nothing of gateways: the window tells it what blocks a submit.
class SubmitForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitForm)

public:
    enum class Mode { Create, Remix };

    explicit SubmitForm(QWidget* parent = nullptr);
    ~SubmitForm() override;

    Mode mode() const;
    void setMode(Mode mode);
    // Reasons outside the form (no gateway, no key) that keep the button off.
    void setBlockers(const QStringList& reasons);
    // "Remix this": switches to Remix with the ID filled in and the prompt focused.
    void remixVideo(const QString& videoId);
    void focusFirstField();

    // What the fields ask for, when everything can be sent as it is.
    std::optional<Submission> submission() const;
    // What the fields say now, valid or not: what an estimate is made of.
    Submission draft() const;
    // The cost line under the form: the estimate, or why there is none.
    void setCost(const QString& text, const QString& detail);
    bool canSubmit() const;

signals:
    // The button or Ctrl+Enter, with a form that can be sent.
    void submitRequested();
    // A field changed: the estimate may have.
    void draftChanged();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void onModeChanged();
    void onModelChanged();
    void fillSizes();
    void validate();
    void requestSubmit();
    QString chosenSize() const;
    QString chosenModel() const;
    CreateRequest createRequest() const;
    QString modelHint() const;

    std::unique_ptr<Ui::SubmitForm> m_ui;
    VideoIdInput* m_videoIdInput = nullptr;
    QStringList m_blockers;
    bool m_videoIdTouched = false;
    bool m_enabled = false;
};
