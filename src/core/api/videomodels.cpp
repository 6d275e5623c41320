#include "videomodels.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Durations every Sora model takes; "16" and "20" since 2026-03.
const QStringList SoraSeconds = {u"4"_s, u"8"_s, u"12"_s, u"16"_s, u"20"_s};

} // namespace

const QList<VideoModel>& VideoModels::known() {
    static const QList<VideoModel> models{
        {u"sora-2"_s, {u"720x1280"_s, u"1280x720"_s}, SoraSeconds},
        {u"sora-2-pro"_s,
         {u"720x1280"_s, u"1280x720"_s, u"1024x1792"_s, u"1792x1024"_s, u"1080x1920"_s,
          u"1920x1080"_s},
         SoraSeconds},
    };
    return models;
}

const VideoModel* VideoModels::find(const QString& name) {
    const QList<VideoModel>& models = known();
    const auto it = std::find_if(models.cbegin(), models.cend(),
                                 [&name](const VideoModel& model) { return model.name == name; });
    return it == models.cend() ? nullptr : &*it;
}

QString VideoModels::defaultModel() {
    return known().first().name;
}
