#pragma once
// Budgeted store of the per-object, per-frame outputs a video session keeps (model-internal).
//
// Tracking attends to earlier frames' outputs: their memory features (bfloat16, as the reference
// keeps them), object pointers and low-res logits. A long video holds thousands of these. The
// store keeps them in up to three tiers, the most recently used highest:
//   device  on the session's device (a GPU), up to deviceBudgetBytes: get() hands them out with
//           no copy, so a propagation within the budget makes no host round trip per frame;
//   host    in RAM (page-locked when the device is a GPU, so copies to it are DMA), up to
//           budgetBytes;
//   disk    files in a private spill folder.
// What comes back is bit-identical to what went in, whichever tier it was in, so tracking sees
// exactly what it would with everything on the device. transfers() counts the copies between
// device and host, so tests can prove there are none.
//
// With the device tier off (deviceBudgetBytes 0, the CPU's default), get() returns host tensors
// moved to the device, one copy per call on a GPU and none on the CPU. A CPU store may still have
// a device tier: then it is a second RAM pool whose moves are counted like a GPU's, which lets the
// tier logic be tested on a machine without a GPU.
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

  // Copies between device and host (each is one stored output's tensors).
  struct Transfers {
    uint64_t toDevice = 0;
    uint64_t toHost = 0;
  };

  // spillDirectory empty: the system's temporary folder.
  MemoryStore(size_t budgetBytes, std::string spillDirectory, at::Device device = at::kCPU,
              size_t deviceBudgetBytes = 0);
  ~MemoryStore();
  MemoryStore(const MemoryStore&) = delete;
  MemoryStore& operator=(const MemoryStore&) = delete;

  // Stores a copy (the caller's tensors are not kept), on the device when its tier has room.
  Id put(const StoredOutput& output);
  // The output, on the store's device: moved up into the device tier (or, with none, copied to
  // the device) when it was on the host, read back first when it was on disk.
  StoredOutput get(Id id);
  // Replaces an entry's contents (e.g. memory features encoded later).
  void replace(Id id, const StoredOutput& output);
  void erase(Id id);
  void clear();
  // Changes the device tier's budget (e.g. when the session's feature cache takes its share of
  // the GPU budget); outputs beyond it move to the host, least recently used first.
  void setDeviceBudget(size_t bytes);
  bool contains(Id id) const { return entries_.count(id) != 0; }

  size_t size() const { return entries_.size(); }
  size_t bytesOnDevice() const { return bytesOnDevice_; }
  size_t bytesInRam() const { return bytesInRam_; }
  size_t bytesOnDisk() const { return bytesOnDisk_; }
  size_t budgetBytes() const { return budget_; }
  size_t deviceBudgetBytes() const { return deviceBudget_; }
  const at::Device& device() const { return device_; }
  Transfers transfers() const { return transfers_; }

 private:
  enum class Tier { Device, Host, Disk };
  struct Entry {
    StoredOutput data;  // tensors undefined while on disk
    Tier tier = Tier::Host;
    size_t bytes = 0;
    std::list<Id>::iterator lru;  // in the list of its tier (device or host); unused on disk
  };

  bool deviceTier() const { return deviceBudget_ > 0; }
  StoredOutput onDevice(const StoredOutput& o);
  StoredOutput onHost(const StoredOutput& o);
  void insert(Id id, const StoredOutput& output);
  void unlink(Entry& entry);
  void link(Id id, Entry& entry, Tier tier);
  void enforceBudgets(Id keep);
  void spill(Id id, Entry& entry);
  StoredOutput load(Id id) const;
  std::filesystem::path fileOf(Id id) const;
  const std::filesystem::path& spillFolder();

  size_t budget_;
  std::string spillDirectory_;
  at::Device device_;
  size_t deviceBudget_;
  std::filesystem::path folder_;  // created on the first spill
  std::unordered_map<Id, Entry> entries_;
  std::list<Id> deviceLru_;  // front: most recently used
  std::list<Id> hostLru_;
  Id nextId_ = 1;
  size_t bytesOnDevice_ = 0;
  size_t bytesInRam_ = 0;
  size_t bytesOnDisk_ = 0;
  Transfers transfers_;
};

}  // namespace sam2
