#pragma once

#include <QByteArray>
#include <QString>

// Where the window keeps its geometry between runs. The application supplies
// one backed by its settings; without one nothing is remembered.
class WindowStateStore {
public:
    virtual ~WindowStateStore() = default;
    virtual QByteArray loadWindowState(const QString& key) const = 0;
    virtual void saveWindowState(const QString& key, const QByteArray& state) = 0;
};
