#include "submitform.h"

#include "api/videomodels.h"
#include "problemtext.h"
#include "ui_submitform.h"
#include "videoidinput.h"

#include <QKeyEvent>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

constexpr int CreateTab = 0;
constexpr int RemixTab = 1;

// Every size some known model makes, smallest first, landscape before portrait:
// what a remix may ask for.
QStringList allKnownSizes() {
    QStringList sizes;
    for (const VideoModel& model : VideoModels::known()) {
        for (const QString& size : model.sizes) {
            if (!sizes.contains(size))
                sizes.append(size);
        }
    }
    std::stable_sort(sizes.begin(), sizes.end(), [](const QString& a, const QString& b) {
        const QSize first = ReferenceImage::parseSize(a);
        const QSize second = ReferenceImage::parseSize(b);
        const qint64 firstArea = qint64(first.width()) * first.height();
        const qint64 secondArea = qint64(second.width()) * second.height();
        if (firstArea != secondArea)
            return firstArea < secondArea;
        return first.width() > second.width();
    });
    return sizes;
}

// Durations to offer for a model the table does not know: the common ones.
QStringList commonSeconds() {
    return VideoModels::find(VideoModels::defaultModel())->seconds;
}

} // namespace

SubmitForm::SubmitForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SubmitForm>()) {
    m_ui->setupUi(this);
    m_videoIdInput = new VideoIdInput(m_ui->videoIdLineEdit);

    m_ui->modeTabBar->addTab(QString{});
    m_ui->modeTabBar->addTab(QString{});
    m_ui->modeTabBar->setDrawBase(false);
    m_ui->modeTabBar->setExpanding(false);
    for (const VideoModel& model : VideoModels::known())
        m_ui->modelComboBox->addItem(model.name);
    // Inline completion would turn a custom "1280x" into "1280x720" behind the user's back.
    for (QComboBox* combo : {m_ui->modelComboBox, m_ui->secondsComboBox, m_ui->sizeComboBox})
        combo->setCompleter(nullptr);
    for (QLabel* reason : std::initializer_list<QLabel*>{
             m_ui->videoIdReasonLabel, m_ui->promptReasonLabel, m_ui->sizeReasonLabel})
        ProblemText::style(reason);
    m_ui->modelHintLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont hintFont = m_ui->shortcutHintLabel->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.9);
    m_ui->shortcutHintLabel->setFont(hintFont);
    m_ui->modelHintLabel->setFont(hintFont);
    m_ui->shortcutHintLabel->setEnabled(false);

    connect(m_ui->modeTabBar, &QTabBar::currentChanged, this, &SubmitForm::onModeChanged);
    connect(m_ui->videoIdLineEdit, &QLineEdit::textEdited, this, [this] {
        m_videoIdTouched = true;
        validate();
    });
    connect(m_ui->videoIdLineEdit, &QLineEdit::textChanged, this, &SubmitForm::validate);
    connect(m_ui->promptTextEdit, &QPlainTextEdit::textChanged, this, &SubmitForm::validate);
    connect(m_ui->modelComboBox, &QComboBox::currentTextChanged, this, &SubmitForm::onModelChanged);
    connect(m_ui->secondsComboBox, &QComboBox::currentTextChanged, this, &SubmitForm::validate);
    connect(m_ui->sizeComboBox, &QComboBox::currentTextChanged, this, [this] {
        m_ui->referenceImageField->setTargetSize(
            ReferenceImage::parseSize(createRequest().effectiveSize()));
        validate();
    });
    connect(m_ui->referenceImageField, &ReferenceImageField::changed, this, &SubmitForm::validate);
    connect(m_ui->versionsSpinBox, &QSpinBox::valueChanged, this, &SubmitForm::validate);
    connect(m_ui->submitPushButton, &QPushButton::clicked, this, &SubmitForm::requestSubmit);
    // Ctrl+Enter in any field, also before the window manager made the window active.
    for (QWidget* field : findChildren<QWidget*>()) {
        if (field->focusPolicy() != Qt::NoFocus)
            field->installEventFilter(this);
    }

    onModelChanged();
    onModeChanged();
    retranslateUi();
}

SubmitForm::~SubmitForm() = default;

SubmitForm::Mode SubmitForm::mode() const {
    return m_ui->modeTabBar->currentIndex() == RemixTab ? Mode::Remix : Mode::Create;
}

void SubmitForm::setMode(Mode mode) {
    m_ui->modeTabBar->setCurrentIndex(mode == Mode::Remix ? RemixTab : CreateTab);
}

void SubmitForm::setBlockers(const QStringList& reasons) {
    m_blockers = reasons;
    validate();
}

void SubmitForm::remixVideo(const QString& videoId) {
    setMode(Mode::Remix);
    m_ui->videoIdLineEdit->setText(videoId);
    m_ui->promptTextEdit->setFocus();
    m_ui->promptTextEdit->selectAll();
}

void SubmitForm::focusFirstField() {
    if (mode() == Mode::Remix)
        m_ui->videoIdLineEdit->setFocus();
    else
        m_ui->promptTextEdit->setFocus();
}

void SubmitForm::onModeChanged() {
    const bool remix = mode() == Mode::Remix;
    QFormLayout* form = m_ui->formLayout;
    form->setRowVisible(m_ui->videoIdLineEdit, remix);
    form->setRowVisible(m_ui->videoIdReasonLabel,
                        remix && !m_ui->videoIdReasonLabel->text().isEmpty());
    form->setRowVisible(m_ui->modelLabel, !remix);
    form->setRowVisible(m_ui->referenceImageField, !remix);
    form->setRowVisible(m_ui->modelHintLabel, !remix);
    fillSizes();
    retranslateUi();
}

void SubmitForm::onModelChanged() {
    const VideoModel* known = VideoModels::find(chosenModel());
    const QString seconds = m_ui->secondsComboBox->currentText();
    {
        const QSignalBlocker blocker(m_ui->secondsComboBox);
        m_ui->secondsComboBox->clear();
        m_ui->secondsComboBox->addItems(known ? known->seconds : commonSeconds());
        const int index = m_ui->secondsComboBox->findText(seconds);
        if (index >= 0 || !known)
            m_ui->secondsComboBox->setCurrentText(
                seconds.isEmpty() ? m_ui->secondsComboBox->itemText(0) : seconds);
        else
            m_ui->secondsComboBox->setCurrentIndex(0);
    }
    fillSizes();
    m_ui->modelHintLabel->setText(modelHint());
}

void SubmitForm::fillSizes() {
    const QString previous = chosenSize();
    const bool remix = mode() == Mode::Remix;
    const VideoModel* known = VideoModels::find(chosenModel());
    QStringList sizes = remix || !known ? allKnownSizes() : known->sizes;
    {
        const QSignalBlocker blocker(m_ui->sizeComboBox);
        m_ui->sizeComboBox->clear();
        if (remix)
            m_ui->sizeComboBox->addItem(tr("Same as source"));
        m_ui->sizeComboBox->addItems(sizes);
        // Keep what the user chose where the new list has it; else the first.
        const int index = previous.isEmpty() ? -1 : m_ui->sizeComboBox->findText(previous);
        if (index >= 0)
            m_ui->sizeComboBox->setCurrentIndex(index);
        else if (!known && !remix && !previous.isEmpty())
            m_ui->sizeComboBox->setCurrentText(previous); // any size goes for an unknown model
        else
            m_ui->sizeComboBox->setCurrentIndex(0);
    }
    m_ui->referenceImageField->setTargetSize(
        ReferenceImage::parseSize(createRequest().effectiveSize()));
    validate();
}

QString SubmitForm::chosenModel() const {
    return m_ui->modelComboBox->currentText().trimmed();
}

QString SubmitForm::chosenSize() const {
    const QString text = m_ui->sizeComboBox->currentText().trimmed();
    // "Same as source" is the absence of a size: the field is not sent at all.
    if (mode() == Mode::Remix && m_ui->sizeComboBox->count() > 0 &&
        text == m_ui->sizeComboBox->itemText(0))
        return {};
    return text;
}

CreateRequest SubmitForm::createRequest() const {
    CreateRequest request = CreateRequest::make(m_ui->promptTextEdit->toPlainText(), chosenModel(),
                                                m_ui->secondsComboBox->currentText(), chosenSize());
    if (m_ui->referenceImageField->prepared())
        request.reference = m_ui->referenceImageField->prepared();
    return request;
}

QString SubmitForm::modelHint() const {
    const VideoModel* known = VideoModels::find(chosenModel());
    if (!known)
        return tr("A model VideoRemix does not know: its size and duration are sent as you "
                  "type them, and the gateway decides.");
    // Say where the sizes this model lacks can be had, so a missing option is explained.
    QStringList others;
    for (const VideoModel& other : VideoModels::known()) {
        QStringList extra;
        for (const QString& size : other.sizes) {
            if (!known->offersSize(size))
                extra.append(size);
        }
        if (!extra.isEmpty())
            others << tr("%1 also makes %2.").arg(other.name, QLocale().createSeparatedList(extra));
    }
    return others.isEmpty() ? tr("%1 makes every size listed.").arg(known->name)
                            : others.join(u' ');
}

Submission SubmitForm::draft() const {
    Submission draft;
    draft.versions = m_ui->versionsSpinBox->value();
    if (mode() == Mode::Remix)
        draft.request = RemixRequest::make(m_videoIdInput->videoId(),
                                           m_ui->promptTextEdit->toPlainText(), chosenSize());
    else
        draft.request = createRequest();
    return draft;
}

void SubmitForm::setCost(const QString& text, const QString& detail) {
    m_ui->costValueLabel->setText(text);
    m_ui->costValueLabel->setToolTip(detail);
    m_ui->costValueLabel->setAccessibleDescription(detail);
}

std::optional<Submission> SubmitForm::submission() const {
    Submission submission;
    submission.versions = m_ui->versionsSpinBox->value();
    if (mode() == Mode::Remix) {
        if (m_videoIdInput->problem() != FieldProblem::None)
            return std::nullopt; // also what checkVideoId lets through: {"error":...}
        submission.request = RemixRequest::make(m_videoIdInput->videoId(),
                                                m_ui->promptTextEdit->toPlainText(), chosenSize());
    } else {
        const ReferenceImageField* image = m_ui->referenceImageField;
        if (image->hasImage() && !image->prepared())
            return std::nullopt; // still fitting, or it cannot be used
        submission.request = createRequest();
    }
    if (!submission.problem().isEmpty())
        return std::nullopt;
    return submission;
}

bool SubmitForm::canSubmit() const {
    return m_enabled;
}

void SubmitForm::validate() {
    const bool remix = mode() == Mode::Remix;
    const QString prompt = m_ui->promptTextEdit->toPlainText().trimmed();
    QStringList missing = m_blockers;

    const auto showReason = [](QLabel* label, const QString& reason) {
        label->setText(reason);
        label->setVisible(!reason.isEmpty());
    };
    const FieldProblem idProblem = remix ? m_videoIdInput->problem() : FieldProblem::None;
    const bool showIdProblem = m_videoIdTouched || !m_ui->videoIdLineEdit->text().isEmpty();
    showReason(m_ui->videoIdReasonLabel,
               showIdProblem ? RemixRequest::describe(idProblem) : QString{});
    if (remix) {
        m_ui->formLayout->setRowVisible(m_ui->videoIdReasonLabel,
                                        !m_ui->videoIdReasonLabel->text().isEmpty());
        if (idProblem != FieldProblem::None)
            missing << RemixRequest::describe(idProblem);
    }

    const FieldProblem promptProblem = RemixRequest::checkPrompt(prompt);
    showReason(m_ui->promptReasonLabel, promptProblem == FieldProblem::PromptTooLong
                                            ? RemixRequest::describe(promptProblem)
                                            : QString{});
    // One line, never wrapped: a wrapped line here made the form's rows overlap (QFormLayout
    // under-counts its height for width); in a narrow window the tooltip has all of it.
    m_ui->promptReasonLabel->setToolTip(m_ui->promptReasonLabel->text());
    if (promptProblem != FieldProblem::None)
        missing << (remix ? RemixRequest::describe(promptProblem)
                          : CreateRequest::describe(promptProblem, chosenModel()));
    m_ui->promptCountLabel->setText(tr("%1 / %2 characters")
                                        .arg(QLocale().toString(int(prompt.size())),
                                             QLocale().toString(RemixRequest::MaxPromptLength)));

    // Model, duration and size: the first problem, under the size.
    QString optionProblem;
    if (remix) {
        optionProblem = RemixRequest::describe(
            RemixRequest::checkSize(RemixRequest::normalizedSize(chosenSize())));
    } else {
        const CreateRequest request = createRequest();
        for (const FieldProblem problem :
             {CreateRequest::checkModel(request.model),
              CreateRequest::checkSeconds(request.model, request.seconds),
              CreateRequest::checkSizeForModel(request.model, request.size)}) {
            if (problem != FieldProblem::None) {
                optionProblem = CreateRequest::describe(problem, request.model);
                break;
            }
        }
        const ReferenceImageField* image = m_ui->referenceImageField;
        if (optionProblem.isEmpty() && image->hasImage()) {
            if (!image->problem().isEmpty())
                missing << image->problem();
            else if (!image->prepared())
                missing << tr("The reference image is still being fitted to the size.");
        }
    }
    showReason(m_ui->sizeReasonLabel, optionProblem);
    if (!optionProblem.isEmpty())
        missing << optionProblem;
    m_ui->modelHintLabel->setText(modelHint());

    m_enabled = missing.isEmpty();
    m_ui->submitPushButton->setEnabled(m_enabled);
    emit draftChanged();
    const QString action = remix ? tr("Send the remix request (Ctrl+Enter)")
                                 : tr("Send the request for a new video (Ctrl+Enter)");
    m_ui->submitPushButton->setToolTip(
        m_enabled ? action
                  : (remix ? tr("Cannot remix yet:\n%1") : tr("Cannot create yet:\n%1"))
                        .arg(missing.join(u'\n')));
}

void SubmitForm::requestSubmit() {
    if (mode() == Mode::Remix)
        m_videoIdInput->tidy();
    validate();
    if (m_enabled)
        emit submitRequested();
}

bool SubmitForm::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            requestSubmit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SubmitForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void SubmitForm::retranslateUi() {
    const bool remix = mode() == Mode::Remix;
    m_ui->modeTabBar->setTabText(CreateTab, tr("&New Video"));
    m_ui->modeTabBar->setTabText(RemixTab, tr("Remi&x"));
    m_ui->modeTabBar->setTabToolTip(CreateTab, tr("Make a video from a prompt or an image"));
    m_ui->modeTabBar->setTabToolTip(RemixTab, tr("Change a video you already made"));
    m_ui->modeTabBar->setAccessibleName(tr("What to make"));

    m_ui->videoIdLabel->setText(tr("Video &ID:"));
    m_ui->videoIdLineEdit->setPlaceholderText(
        tr("video_… or paste the gateway's answer or a …/videos/<id> URL"));
    m_ui->videoIdLineEdit->setAccessibleName(tr("Video ID"));
    m_ui->videoIdLineEdit->setAccessibleDescription(tr("The ID of the video to remix"));
    m_ui->videoIdReasonLabel->setAccessibleName(tr("Problem with the video ID"));
    m_ui->promptLabel->setText(tr("&Prompt:"));
    m_ui->promptTextEdit->setPlaceholderText(
        remix ? tr("Describe the change, in any language")
              : tr("Describe the video, in any language: scene, subject, camera, light"));
    m_ui->promptTextEdit->setAccessibleName(tr("Prompt"));
    m_ui->promptReasonLabel->setAccessibleName(tr("Problem with the prompt"));
    m_ui->promptCountLabel->setAccessibleName(tr("Prompt length"));
    m_ui->modelLabel->setText(tr("&Model:"));
    m_ui->modelComboBox->setToolTip(tr("Choose a model, or type the name of any model your "
                                       "gateway routes"));
    m_ui->modelComboBox->setAccessibleName(tr("Model"));
    m_ui->secondsLabel->setText(tr("&Duration (s):"));
    m_ui->secondsComboBox->setToolTip(tr("The length of the video in seconds"));
    m_ui->secondsComboBox->setAccessibleName(tr("Duration in seconds"));
    m_ui->sizeLabel->setText(tr("Si&ze:"));
    if (remix && m_ui->sizeComboBox->count() > 0)
        m_ui->sizeComboBox->setItemText(0, tr("Same as source"));
    m_ui->sizeComboBox->setToolTip(
        remix ? tr("Keep the source's size, choose one, or type width x height")
              : tr("Choose a size the model makes, or type width x height for another model"));
    m_ui->sizeComboBox->setAccessibleName(tr("Size"));
    m_ui->sizeReasonLabel->setAccessibleName(tr("Problem with the model, duration or size"));
    m_ui->modelHintLabel->setAccessibleName(tr("What the model makes"));
    m_ui->imageLabel->setText(tr("Ima&ge:"));
    m_ui->versionsLabel->setText(tr("Ver&sions:"));
    m_ui->costLabel->setText(tr("Cost:"));
    m_ui->costValueLabel->setAccessibleName(tr("Estimated cost"));
    m_ui->versionsSpinBox->setToolTip(
        tr("How many versions to make from this one click: each is its own job, and is paid "
           "for"));
    m_ui->versionsSpinBox->setAccessibleName(tr("Number of versions"));
    m_ui->shortcutHintLabel->setText(remix ? tr("Ctrl+Enter to remix")
                                           : tr("Ctrl+Enter to create"));
    m_ui->submitPushButton->setText(remix ? tr("&Remix") : tr("&Create"));
    m_ui->submitPushButton->setAccessibleName(remix ? tr("Remix") : tr("Create"));
    validate();
}
