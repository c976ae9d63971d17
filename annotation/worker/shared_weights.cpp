#include "annotation/worker/shared_weights.h"

#include <atomic>
#include <map>
#include <mutex>
#include <tuple>

#include "model/sam2_model.h"
#include "model/types.h"

namespace s2s {

namespace {

using WeightsKey = std::tuple<QString, QString, QString, QString, int>;

struct Registry {
    // Held while loading, so two threads asking for the same weights load them once.
    std::mutex mutex;
    std::map<WeightsKey, std::weak_ptr<const sam2::Sam2Model>> loaded;
    std::atomic<int> loads{0};
};

Registry& registry() {
    static Registry instance;
    return instance;
}

} // namespace

std::shared_ptr<const sam2::Sam2Model> SharedWeights::acquire(const ModelSpec& spec, const QString& config) {
    const WeightsKey key{spec.checkpoint, config, spec.device, spec.dtype, spec.threads};
    Registry& reg = registry();
    std::lock_guard lock(reg.mutex);
    // Drop entries whose weights are gone, so the map does not grow with every checkpoint tried.
    for (auto it = reg.loaded.begin(); it != reg.loaded.end();)
        it = it->second.expired() ? reg.loaded.erase(it) : std::next(it);
    if (const auto found = reg.loaded.find(key); found != reg.loaded.end())
        if (std::shared_ptr<const sam2::Sam2Model> live = found->second.lock())
            return live;
    sam2::ModelOptions options;
    options.device = spec.device.toStdString();
    options.dtype = spec.dtype.toStdString();
    options.threads = spec.threads;
    std::shared_ptr<const sam2::Sam2Model> model =
        sam2::Sam2Model::load(spec.checkpoint.toStdString(), options, config.toStdString());
    reg.loads.fetch_add(1);
    reg.loaded[key] = model;
    return model;
}

int SharedWeights::loadCount() { return registry().loads.load(); }

} // namespace s2s
