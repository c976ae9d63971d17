#pragma once
// One loaded SAM 2 model per (checkpoint, config, device, dtype, threads) in the whole process.
// The image worker and the video tracker run on threads of their own but ask for the same
// weights; Sam2Model is read-only after loading and may be shared by any number of sessions, so
// both get the same instance instead of a second copy (a large checkpoint is ~900 MB).
// The registry keeps only weak references: the weights go away when the last user drops them.
// Thread-safe. Only .cpp files of annotation/worker include model headers; this one forward
// declares the model.
#include <memory>

#include <QString>

#include "annotation/worker/inference_types.h"

namespace sam2 {
class Sam2Model;
}

namespace s2s {

class SharedWeights {
public:
    // The loaded model for `spec` with YAML `config` (already resolved; empty: detect the
    // variant), loading it when no live instance exists. A second thread asking for the same
    // weights while they load waits and gets the same instance. Throws sam2::Sam2Error.
    static std::shared_ptr<const sam2::Sam2Model> acquire(const ModelSpec& spec, const QString& config);
    // Checkpoint reads since the start of the process (diagnostics and tests).
    static int loadCount();
};

} // namespace s2s
