#include "aboutdialog.h"
#include "appicon.h"
#include "jobs/joblibrary.h"
#include "jobs/jobstore.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "videoremix_version.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// Translates every AboutDialog string to a marked copy, so a test can see which
// labels were built again after the language changed.
class MarkingTranslator final : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* = nullptr,
                      int = -1) const override {
        if (qstrcmp(context, "AboutDialog") != 0)
            return {};
        return u"[zz] "_s + QString::fromUtf8(sourceText);
    }
};

QString labelText(const AboutDialog& dialog, const QString& name) {
    const auto* label = dialog.findChild<QLabel*>(name);
    return label ? label->text() : u"<no label %1>"_s.arg(name);
}

} // namespace

class TestAboutDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsVersionLicenceQtAndSource() {
        AboutDialog dialog;
        QVERIFY(
            labelText(dialog, u"versionLabel"_s).contains(QLatin1StringView(VIDEOREMIX_VERSION)));
        QVERIFY(labelText(dialog, u"licenseLabel"_s).contains(u"MIT"_s));
        const QString qt = labelText(dialog, u"qtVersionLabel"_s);
        QVERIFY2(qt.contains(QLatin1StringView(qVersion())), qPrintable(qt));
        QVERIFY2(qt.contains(QLatin1StringView(QT_VERSION_STR)), qPrintable(qt));
        const QString source = labelText(dialog, u"sourceLabel"_s);
        QVERIFY2(source.contains(u"href=\"%1\""_s.arg(QLatin1StringView(VIDEOREMIX_HOMEPAGE))),
                 qPrintable(source));
        QVERIFY(dialog.findChild<QLabel*>(u"sourceLabel"_s)->openExternalLinks());
    }

    void retranslatesWhenTheLanguageChanges() {
        AboutDialog dialog;
        QVERIFY(!labelText(dialog, u"licenseLabel"_s).startsWith(u"[zz]"_s));
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QCoreApplication::sendPostedEvents(); // QApplication posts LanguageChange to windows
        const QStringList names = {u"versionLabel"_s, u"descriptionLabel"_s, u"qtVersionLabel"_s,
                                   u"licenseLabel"_s, u"sourceLabel"_s};
        for (const QString& name : names)
            QVERIFY2(labelText(dialog, name).startsWith(u"[zz]"_s), qPrintable(name));
        QVERIFY(dialog.windowTitle().startsWith(u"[zz]"_s));
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::sendPostedEvents();
        QVERIFY(!labelText(dialog, u"licenseLabel"_s).startsWith(u"[zz]"_s));
    }

    // Without an installed icon theme entry the icon still comes from the resources.
    void iconFallsBackToTheCompiledInCopy() {
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());
        for (const int size : {16, 32, 256}) {
            const QPixmap pixmap = icon.pixmap(size, size);
            QCOMPARE(pixmap.size(), QSize(size, size));
        }
    }

    void helpMenuOpensIt() {
        LanguageManager languages;
        QTemporaryDir dir;
        JobStore store(dir.filePath(u"jobs.sqlite"_s));
        JobLibrary library(&store);
        MainWindow window(&languages, &library);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* about = window.findChild<QAction*>(u"aboutAction"_s);
        QVERIFY(about);

        bool seen = false;
        QTimer::singleShot(0, this, [&seen] {
            auto* dialog = qobject_cast<AboutDialog*>(QApplication::activeModalWidget());
            seen = dialog != nullptr;
            if (QWidget* modal = QApplication::activeModalWidget())
                modal->close();
        });
        about->trigger();
        QVERIFY(seen);
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
