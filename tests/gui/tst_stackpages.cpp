#include "stackpages.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// A page kept out of a stack is neither laid out nor shown, yet is all there;
// it joins the stack when first shown and stays.
class TestStackPages final : public QObject {
    Q_OBJECT

private slots:
    void aPageKeptOutIsNotMeasured();
    void aPageKeptOutJoinsWhenShownAndStays();
    void keepingNoneLeavesAnEmptyStack();
};

namespace {

// A page whose size hint is far larger than the other's.
QWidget* bigPage(QWidget* parent) {
    auto* page = new QWidget(parent);
    page->setObjectName(u"bigPage"_s);
    auto* layout = new QVBoxLayout(page);
    auto* label = new QLabel(u"big"_s, page);
    label->setMinimumSize(900, 700);
    layout->addWidget(label);
    return page;
}

// A stack of a small page and a far larger one, the small one current.
struct SmallAndBigPages {
    QStackedWidget stack;
    QLabel* small = new QLabel(u"small"_s, &stack);
    QWidget* big = bigPage(&stack);
    SmallAndBigPages() {
        stack.addWidget(small);
        stack.addWidget(big);
    }
};

} // namespace

void TestStackPages::aPageKeptOutIsNotMeasured() {
    SmallAndBigPages pages;
    auto& [stack, small, big] = pages;
    QVERIFY(stack.minimumSizeHint().width() >= 900);

    StackPages::keepOnly(&stack, small);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.currentWidget(), small);
    QVERIFY(stack.minimumSizeHint().width() < 900);
    QCOMPARE(big->parentWidget(), &stack); // still there, with its children
    QVERIFY(big->findChild<QLabel*>() != nullptr);
}

void TestStackPages::aPageKeptOutJoinsWhenShownAndStays() {
    SmallAndBigPages pages;
    auto& [stack, small, big] = pages;
    StackPages::keepOnly(&stack, small);
    stack.resize(1000, 800);
    stack.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stack));
    QVERIFY(!big->isVisible()); // kept out: hidden, not painted over the current page

    StackPages::show(&stack, big);
    QCOMPARE(stack.currentWidget(), big);
    QCOMPARE(stack.count(), 2);
    QVERIFY(big->isVisible());
    QVERIFY(!small->isVisible());

    StackPages::show(&stack, small); // back: the big page stays in the stack
    QCOMPARE(stack.currentWidget(), small);
    QCOMPARE(stack.count(), 2);
    QVERIFY(!big->isVisible());
}

void TestStackPages::keepingNoneLeavesAnEmptyStack() {
    QStackedWidget stack;
    auto* first = new QLabel(u"first"_s);
    auto* second = new QLabel(u"second"_s);
    stack.addWidget(first);
    stack.addWidget(second);
    StackPages::keepOnly(&stack, nullptr);
    QCOMPARE(stack.count(), 0);
    QCOMPARE(first->parentWidget(), &stack);
    StackPages::show(&stack, second);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.currentWidget(), second);
}

QTEST_MAIN(TestStackPages)
#include "tst_stackpages.moc"
