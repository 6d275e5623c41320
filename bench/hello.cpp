// The start-up baseline: the smallest Qt Widgets program that shows a window,
// with the same --quit-after-first-paint behaviour as the app. Whatever the
// app costs beyond this is the app's own.
//
// --size WxH sets the window's size (bench/run passes the app's default size:
// a window's pixels cost memory and painting whatever draws them).
// --main-window shows the label in a QMainWindow with a menu bar and a status
// bar instead: a second reference for what any Qt main window costs before
// the app adds anything (the menu bar alone makes Qt load every image-format
// plugin, for its own extension-button icon); --no-standard-icons makes the
// style hand out empty standard icons, as the app's style defers them until
// drawn, so that no image plugin is loaded (the floor under the app's window).
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QProxyStyle>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

class QuitAfterFirstPaint final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && !m_quitting) {
            m_quitting = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_quitting = false;
};

class NoStandardIconsStyle final : public QProxyStyle {
public:
    QIcon standardIcon(StandardPixmap, const QStyleOption*, const QWidget*) const override {
        return {};
    }
};

QSize sizeArgument(const QStringList& arguments, QSize fallback) {
    const qsizetype at = arguments.indexOf(u"--size"_s);
    if (at < 0 || at + 1 >= arguments.size())
        return fallback;
    const QStringList parts = arguments.at(at + 1).split(u'x');
    const QSize size =
        parts.size() == 2 ? QSize(parts.at(0).toInt(), parts.at(1).toInt()) : QSize();
    return size.isValid() && !size.isEmpty() ? size : fallback;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QuitAfterFirstPaint quitter;
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.contains(u"--quit-after-first-paint"_s))
        app.installEventFilter(&quitter);
    if (arguments.contains(u"--no-standard-icons"_s))
        QApplication::setStyle(new NoStandardIconsStyle);
    if (arguments.contains(u"--main-window"_s)) {
        QMainWindow window;
        window.menuBar()->addMenu(u"&File"_s)->addAction(u"&Quit"_s, qApp, &QCoreApplication::quit);
        window.setCentralWidget(new QLabel(u"Hello"_s));
        window.statusBar()->showMessage(u"Ready"_s);
        window.resize(sizeArgument(arguments, QSize(320, 160)));
        window.show();
        return QApplication::exec();
    }
    QLabel label(u"Hello"_s);
    label.resize(sizeArgument(arguments, QSize(320, 120)));
    label.show();
    return QApplication::exec();
}
