#pragma once

#include <QByteArray>
#include <QString>

// Where the window keeps its geometry between runs, by a name of letters,
// digits, '_' and '-'. The application supplies
// one backed by its settings; without one nothing is remembered.
class WindowStateStore {
public:
    virtual ~WindowStateStore() = default;
    virtual QByteArray loadWindowState(const QString& key) const = 0;
    // False when it could not be kept (a name the store refuses, say).
    virtual bool saveWindowState(const QString& key, const QByteArray& state) = 0;
};
