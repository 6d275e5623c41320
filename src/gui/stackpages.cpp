#include "stackpages.h"

#include <QStackedWidget>

namespace StackPages {

void keepOnly(QStackedWidget* stack, QWidget* current) {
    for (int index = stack->count() - 1; index >= 0; --index) {
        QWidget* page = stack->widget(index);
        if (page != current)
            stack->removeWidget(page); // hides it; it stays the stack's child
    }
}

void show(QStackedWidget* stack, QWidget* page) {
    if (stack->indexOf(page) < 0)
        stack->addWidget(page);
    stack->setCurrentWidget(page);
}

} // namespace StackPages
