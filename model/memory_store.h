#pragma once
// RAM-budgeted store of the per-object, per-frame outputs a video session keeps (model-internal).
//
// Tracking attends to earlier frames' outputs: their memory features (bfloat16, as the reference
// keeps them), object pointers and low-res logits. A long video holds thousands of these; the
// store keeps the most recently used ones in RAM up to a byte budget and writes the others to
// files in a private spill folder, reading them back when asked. What comes back is bit-identical
// to what went in, so tracking sees exactly what it would with everything in RAM.
#include <ATen/ATen.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <list>
#include <string>
#include <unordered_map>

namespace sam2 {

// One object's output on one frame (what SAM2VideoPredictor keeps per frame, minus the memory
// position encoding, which is the same for every frame).
struct StoredOutput {
  at::Tensor maskmemFeatures;    // [1, memDim, h, w] bfloat16, or undefined before memory encoding
  at::Tensor predMasks;          // [1, 1, S/4, S/4] float32 low-res logits (hole-filled)
  at::Tensor objPtr;             // [1, hiddenDim]
  at::Tensor objectScoreLogits;  // [1, 1]
  float iou = 0.f;               // predicted IoU of the chosen mask (for results only)
};

class MemoryStore {
 public:
  using Id = uint64_t;

  // spillDirectory empty: the system's temporary folder.
  MemoryStore(size_t budgetBytes, std::string spillDirectory);
  ~MemoryStore();
  MemoryStore(const MemoryStore&) = delete;
  MemoryStore& operator=(const MemoryStore&) = delete;

  // Stores a copy on the CPU (the caller's tensors are not kept).
  Id put(const StoredOutput& output);
  // The output, read back from disk when it was spilled. Tensors are on the CPU.
  StoredOutput get(Id id);
  // Replaces an entry's contents (e.g. memory features encoded later).
  void replace(Id id, const StoredOutput& output);
  void erase(Id id);
  void clear();
  bool contains(Id id) const { return entries_.count(id) != 0; }

  size_t size() const { return entries_.size(); }
  size_t bytesInRam() const { return bytesInRam_; }
  size_t bytesOnDisk() const { return bytesOnDisk_; }
  size_t budgetBytes() const { return budget_; }

 private:
  struct Entry {
    StoredOutput data;  // tensors undefined while spilled
    bool spilled = false;
    size_t bytes = 0;
    std::list<Id>::iterator lru;  // valid while in RAM
  };

  void touch(Entry& entry, Id id);
  void enforceBudget(Id keep);
  void spill(Id id, Entry& entry);
  StoredOutput load(Id id) const;
  std::filesystem::path fileOf(Id id) const;
  const std::filesystem::path& spillFolder();

  size_t budget_;
  std::string spillDirectory_;
  std::filesystem::path folder_;  // created on the first spill
  std::unordered_map<Id, Entry> entries_;
  std::list<Id> lru_;  // front: most recently used
  Id nextId_ = 1;
  size_t bytesInRam_ = 0;
  size_t bytesOnDisk_ = 0;
};

}  // namespace sam2
