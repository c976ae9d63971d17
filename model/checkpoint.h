#pragma once
// Reading official SAM 2 checkpoints (model-internal: includes ATen).
//
// An official `.pt` is `torch.save({"model": state_dict})` in PyTorch's zip format: `data.pkl`
// (a pickle of the dict, with persistent ids pointing at storages) and `data/<key>` records
// holding the raw storage bytes. LibTorch 1.13's unpickler rejects what PyTorch 2.x writes
// (collections.OrderedDict with BUILD, ...), so the pickle is parsed by pickle_reader.h and the
// zip's stored records are read by zip_directory.h.
#include <map>
#include <string>

#include <ATen/ATen.h>

#include "model/config.h"

namespace sam2 {

// Parameter / buffer name (as in the state dict, e.g.
// "image_encoder.trunk.blocks.0.attn.qkv.weight") -> tensor. Ordered by name.
using TensorMap = std::map<std::string, at::Tensor>;

// Reads the state dict of a checkpoint: the dict under "model" (official files), or the
// top-level dict itself when it holds tensors directly. Tensors keep the dtype they were saved
// with and are placed on `device` whatever location they were saved from ("cuda:0" included).
// Throws Sam2Error with a message naming the file and the problem for a missing, empty,
// truncated or random file, a zip that is not a PyTorch checkpoint, or one without tensors.
TensorMap readCheckpoint(const std::string& path, const at::Device& device = at::kCPU);

// Writes `tensors` the way torch.save({"model": state_dict}) does: a zip with a protocol-2
// data.pkl (an OrderedDict of torch._utils._rebuild_tensor_v2 calls) and one storage record per
// tensor (location "cpu", the tensor's own dtype), so readCheckpoint and torch.load both read it.
// Written to "<path>.part" first and renamed, so a failed write never leaves a half file at
// `path`. Throws Sam2Error when the file cannot be written or a dtype has no storage class.
void writeCheckpoint(const std::string& path, const TensorMap& tensors);

// Name -> shape of a tensor map (what detectConfig in config.h reads).
std::map<std::string, std::vector<int64_t>> tensorShapes(const TensorMap& tensors);

// detectConfig(tensorShapes(tensors)).
Sam2Config detectConfig(const TensorMap& tensors);

}  // namespace sam2
