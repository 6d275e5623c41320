// The start-up baseline: the smallest Qt Widgets program that shows a window,
// with the same --quit-after-first-paint behaviour as the app. Whatever the
// app costs beyond this is the app's own.
#include <QApplication>
#include <QLabel>
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

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QuitAfterFirstPaint quitter;
    if (QCoreApplication::arguments().contains(u"--quit-after-first-paint"_s))
        app.installEventFilter(&quitter);
    QLabel label(u"Hello"_s);
    label.resize(320, 120);
    label.show();
    return QApplication::exec();
}
