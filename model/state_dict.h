#pragma once
// Strict state-dict loading into a torch::nn::Module (model-internal).
#include <string>

#include <torch/nn/module.h>

#include "model/checkpoint.h"

namespace sam2 {

// Copies `tensors` into the module's parameters and buffers (named_parameters() +
// named_buffers(), recursive), converting each to the destination's device and dtype.
// Strict like the reference's load_state_dict(strict=True): throws Sam2Error naming the first
// missing, unexpected or mis-shaped tensor (and how many of each there are) before anything is
// modified. `source` names the checkpoint in messages.
void loadStateDict(torch::nn::Module& module, const TensorMap& tensors,
                   const std::string& source = "checkpoint");

// The module's parameters and buffers by state-dict name (parameters first, then buffers; a
// state_dict() without the ordering).
TensorMap moduleTensors(const torch::nn::Module& module);

}  // namespace sam2
