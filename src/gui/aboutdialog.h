#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

// Help > About: the version, the licence, the Qt the app was built with and runs
// on, and a link to the source.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_iconLabel = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_versionLabel = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QLabel* m_qtVersionLabel = nullptr;
    QLabel* m_licenseLabel = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_aboutQtButton = nullptr;
};
