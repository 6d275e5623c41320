#include "aboutdialog.h"

#include "appicon.h"
#include "videoremix_version.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent) {
    m_iconLabel = new QLabel(this);
    m_iconLabel->setPixmap(applicationIcon().pixmap(QSize(64, 64), devicePixelRatioF()));
    m_iconLabel->setAlignment(Qt::AlignTop);

    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(u"nameLabel"_s);
    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);

    const auto makeLabel = [this](const QString& name) {
        auto* label = new QLabel(this);
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_versionLabel = makeLabel(u"versionLabel"_s);
    m_descriptionLabel = makeLabel(u"descriptionLabel"_s);
    // Wrapped labels in a fixed-size dialog shrink to their narrowest; give the
    // text a comfortable measure instead.
    m_descriptionLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    m_qtVersionLabel = makeLabel(u"qtVersionLabel"_s);
    m_licenseLabel = makeLabel(u"licenseLabel"_s);
    m_sourceLabel = makeLabel(u"sourceLabel"_s);
    m_sourceLabel->setWordWrap(false); // a link reads best on one line
    m_sourceLabel->setTextFormat(Qt::RichText);
    m_sourceLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_sourceLabel->setOpenExternalLinks(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_aboutQtButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    connect(m_aboutQtButton, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* text = new QVBoxLayout;
    text->addWidget(m_nameLabel);
    text->addWidget(m_versionLabel);
    text->addSpacing(8);
    text->addWidget(m_descriptionLabel);
    text->addSpacing(8);
    text->addWidget(m_qtVersionLabel);
    text->addWidget(m_licenseLabel);
    text->addWidget(m_sourceLabel);
    text->addStretch();

    auto* body = new QHBoxLayout;
    body->addWidget(m_iconLabel);
    body->addSpacing(12);
    body->addLayout(text, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    retranslateUi();
}

void AboutDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi() {
    setWindowTitle(tr("About VideoRemix"));
    m_nameLabel->setText(tr("VideoRemix"));
    m_versionLabel->setText(tr("Version %1").arg(QLatin1StringView(VIDEOREMIX_VERSION)));
    m_descriptionLabel->setText(
        tr("Remix your videos through an OpenAI-compatible video gateway."));
    // Built with one Qt, possibly running on a newer one from the system.
    m_qtVersionLabel->setText(
        tr("Built with Qt %1, running on Qt %2.")
            .arg(QLatin1StringView(QT_VERSION_STR), QLatin1StringView(qVersion())));
    m_licenseLabel->setText(tr("Released under the MIT License."));
    const QString homepage = QLatin1StringView(VIDEOREMIX_HOMEPAGE);
    const QUrl url(homepage);
    const QString link = u"<a href=\"%1\">%2</a>"_s.arg(
        homepage.toHtmlEscaped(), QString(url.host() + url.path()).toHtmlEscaped());
    m_sourceLabel->setText(tr("Source code: %1").arg(link));
    m_aboutQtButton->setText(tr("About &Qt"));
}
