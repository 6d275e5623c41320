#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What a video model can make: its sizes and durations, the first of each
// being what the API picks when the field is left out (contract 6.1). The
// table below is the one place that knows; the form, the CLI, validation and
// the mock read it. A model not in the table is still allowed (gateways route
// others through the same route): its size and seconds are sent as given.
struct VideoModel final {
    QString name;
    QStringList sizes;   // "WxH"
    QStringList seconds; // whole seconds, as the API wants them: strings

    QString defaultSize() const { return sizes.value(0); }
    QString defaultSeconds() const { return seconds.value(0); }
    bool offersSize(const QString& size) const { return sizes.contains(size); }
    bool offersSeconds(const QString& value) const { return seconds.contains(value); }
};

namespace VideoModels {

const QList<VideoModel>& known();
// Exact name, or nullptr for a model the table does not know.
const VideoModel* find(const QString& name);
QString defaultModel();

} // namespace VideoModels
