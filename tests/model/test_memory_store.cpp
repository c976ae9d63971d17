// MemoryStore: outputs survive spilling to disk bit for bit, RAM stays within the budget, spill
// files are removed with their entries and with the store.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>

#include "model/error.h"
#include "model/memory_store.h"
// Last: LibTorch headers bring glog's CHECK, which the harness's CHECK must replace.
#undef CHECK
#include "check.h"

namespace {

sam2::StoredOutput makeOutput(int seed) {
  at::manual_seed(seed);
  sam2::StoredOutput o;
  o.maskmemFeatures = at::randn({1, 8, 16, 16}).to(at::kBFloat16);  // 4 KiB
  o.predMasks = at::randn({1, 1, 32, 32});                           // 4 KiB
  o.objPtr = at::randn({1, 16});
  o.objectScoreLogits = at::randn({1, 1});
  o.iou = 0.25f * static_cast<float>(seed);
  return o;
}

bool same(const at::Tensor& a, const at::Tensor& b) {
  if (a.defined() != b.defined()) return false;
  if (!a.defined()) return true;
  return a.scalar_type() == b.scalar_type() && a.sizes() == b.sizes() && at::equal(a, b);
}

bool same(const sam2::StoredOutput& a, const sam2::StoredOutput& b) {
  return same(a.maskmemFeatures, b.maskmemFeatures) && same(a.predMasks, b.predMasks) && same(a.objPtr, b.objPtr) &&
         same(a.objectScoreLogits, b.objectScoreLogits) && a.iou == b.iou;
}

std::filesystem::path freshDir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

size_t filesUnder(const std::filesystem::path& dir) {
  size_t n = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) n += e.is_regular_file();
  return n;
}

}  // namespace

TEST_CASE("memory store: round trip through disk is exact and RAM stays within budget") {
  const auto dir = freshDir("sam2-test-memory-store-a");
  {
    const size_t perEntry = makeOutput(0).predMasks.nbytes() + makeOutput(0).maskmemFeatures.nbytes() + 16 * 4 + 4;
    sam2::MemoryStore store(3 * perEntry, dir.string());
    std::vector<sam2::MemoryStore::Id> ids;
    for (int i = 0; i < 20; ++i) {
      ids.push_back(store.put(makeOutput(i)));
      CHECK(store.bytesInRam() <= store.budgetBytes());
    }
    CHECK(store.size() == 20);
    CHECK(store.bytesOnDisk() > 0);
    CHECK(filesUnder(dir) == 17);
    // Read everything back in a scrambled order.
    for (int i : {7, 0, 19, 3, 12, 3, 18, 1}) {
      CHECK_MSG(same(store.get(ids[i]), makeOutput(i)), "entry " + std::to_string(i));
      CHECK(store.bytesInRam() <= store.budgetBytes());
    }
    // Replacing and erasing keep the accounting right.
    sam2::StoredOutput changed = makeOutput(42);
    store.replace(ids[5], changed);
    CHECK(same(store.get(ids[5]), changed));
    for (int i = 0; i < 20; i += 2) store.erase(ids[i]);
    CHECK(store.size() == 10);
    for (int i = 1; i < 20; i += 2)
      if (i != 5) CHECK_MSG(same(store.get(ids[i]), makeOutput(i)), "entry " + std::to_string(i));
    store.clear();
    CHECK(store.size() == 0);
    CHECK(store.bytesInRam() == 0);
    CHECK(store.bytesOnDisk() == 0);
    CHECK(filesUnder(dir) == 0);
  }
  CHECK(std::filesystem::is_empty(dir));  // the private spill folder is gone
  std::filesystem::remove_all(dir);
}

TEST_CASE("memory store: the store keeps copies, not the caller's tensors") {
  sam2::MemoryStore store(size_t{1} << 30, "");
  sam2::StoredOutput o = makeOutput(3);
  const auto id = store.put(o);
  o.predMasks.fill_(7.f);  // the caller changes its tensor in place
  CHECK(same(store.get(id), makeOutput(3)));
  CHECK(store.bytesOnDisk() == 0);
}

TEST_CASE("memory store: undefined tensors and unknown ids") {
  const auto dir = freshDir("sam2-test-memory-store-b");
  {
    sam2::MemoryStore store(0, dir.string());  // everything but the last entry goes to disk
    sam2::StoredOutput o = makeOutput(1);
    o.maskmemFeatures = at::Tensor();  // a prompt's output before memory encoding
    const auto a = store.put(o);
    const auto b = store.put(makeOutput(2));
    CHECK(same(store.get(a), o));
    CHECK(same(store.get(b), makeOutput(2)));
    store.erase(a);
    CHECK_THROWS(store.get(a), sam2::Sam2Error);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("memory store: an unwritable spill folder is reported") {
  sam2::MemoryStore store(0, "/proc/sam2-no-such-folder");
  store.put(makeOutput(1));
  CHECK_THROWS(store.put(makeOutput(2)), sam2::Sam2Error);
}

TEST_CASE("memory store: a damaged spill file is refused, not allocated") {
  const auto dir = freshDir("sam2-test-memory-store-damaged");
  {
    sam2::MemoryStore store(0, dir.string());  // budget 0: everything goes to disk
    const auto id = store.put(makeOutput(3));
    store.put(makeOutput(4));  // the newest stays in RAM; the first is now on disk alone
    std::filesystem::path file;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
      if (e.is_regular_file()) file = e.path();
    CHECK(!file.empty());
    // The first tensor's first size (after the defined flag, dtype and rank) becomes 2^40.
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(1 + 1 + 4);
    const int64_t huge = int64_t{1} << 40;
    f.write(reinterpret_cast<const char*>(&huge), sizeof huge);
    f.close();
    CHECK_THROWS(store.get(id), sam2::Sam2Error);
  }
  std::filesystem::remove_all(dir);
}

// Issue 19: the dtype byte was trusted and a tensor could ask for up to 128 GiB. Now only the
// store's own dtypes are read, and no tensor may ask for more than the file still holds.
TEST_CASE("memory store: a spill file's dtype and sizes are checked against the file") {
  const auto dir = freshDir("sam2-test-memory-store-dtype");
  {
    sam2::MemoryStore store(0, dir.string());
    const auto first = store.put(makeOutput(3));
    const auto second = store.put(makeOutput(5));
    store.put(makeOutput(4));  // the newest stays in RAM; the first two are on disk
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
      if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() == 2);
    auto patch = [](const std::filesystem::path& file, std::streamoff at, const void* bytes, size_t n) {
      std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
      f.seekp(at);
      f.write(static_cast<const char*>(bytes), static_cast<std::streamsize>(n));
    };
    const int8_t bool_ = static_cast<int8_t>(at::kBool);  // a dtype the store never writes
    patch(files[0], 1, &bool_, 1);
    std::string message;
    try {
      store.get(first);
    } catch (const sam2::Sam2Error& e) {
      message = e.what();
    }
    CHECK_MSG(message.find("dtype") != std::string::npos, message);
    // A size within every cap (64 x 8 x 16 x 16 bfloat16: 256 KiB) but larger than the file.
    const int64_t big = 64;
    patch(files[1], 1 + 1 + 4, &big, sizeof big);
    message.clear();
    try {
      store.get(second);
    } catch (const sam2::Sam2Error& e) {
      message = e.what();
    }
    CHECK_MSG(message.find("left in the file") != std::string::npos, message);
  }
  std::filesystem::remove_all(dir);
}


// The device tier, on the CPU: a RAM pool ahead of the host tier whose moves are counted as a
// GPU's copies would be (scripts/gpu-check.sh runs the same on a GPU through test_video_session).
TEST_CASE("memory store: the device tier hands out outputs with no copy and moves the least used down, exactly") {
  const auto dir = freshDir("sam2-test-memory-store-tiers");
  {
    const size_t perEntry = makeOutput(0).predMasks.nbytes() + makeOutput(0).maskmemFeatures.nbytes() + 16 * 4 + 4;
    sam2::MemoryStore store(4 * perEntry, dir.string(), at::kCPU, 3 * perEntry);
    std::vector<sam2::MemoryStore::Id> ids;
    for (int i = 0; i < 3; ++i) ids.push_back(store.put(makeOutput(i)));
    CHECK(store.bytesOnDevice() == 3 * perEntry);
    CHECK(store.bytesInRam() == 0);
    // Within the budget: reads return the stored tensors themselves, nothing moves.
    for (int round = 0; round < 5; ++round)
      for (int i = 0; i < 3; ++i) CHECK_MSG(same(store.get(ids[i]), makeOutput(i)), "entry " + std::to_string(i));
    const auto held = store.get(ids[1]);
    CHECK(held.maskmemFeatures.data_ptr() == store.get(ids[1]).maskmemFeatures.data_ptr());
    CHECK(store.transfers().toDevice == 0);
    CHECK(store.transfers().toHost == 0);

    // Ten more: each beyond the third pushes the least recently used one down; the host tier
    // holds four, the rest go to disk.
    for (int i = 3; i < 13; ++i) ids.push_back(store.put(makeOutput(i)));
    CHECK(store.transfers().toHost == 10);
    CHECK(store.transfers().toDevice == 0);
    CHECK(store.bytesOnDevice() == 3 * perEntry);
    CHECK(store.bytesInRam() == 4 * perEntry);
    CHECK(store.bytesOnDisk() == 6 * perEntry);
    CHECK(filesUnder(dir) == 6);
    // The newest three are on the device: reading them moves nothing.
    for (int i = 10; i < 13; ++i) CHECK(same(store.get(ids[i]), makeOutput(i)));
    CHECK(store.transfers().toDevice == 0);
    // An old one comes back up from disk (one move up, and one down to make room), exactly.
    CHECK(same(store.get(ids[0]), makeOutput(0)));
    CHECK(store.transfers().toDevice == 1);
    CHECK(store.transfers().toHost == 11);
    CHECK(same(store.get(ids[0]), makeOutput(0)));  // now on the device
    CHECK(store.transfers().toDevice == 1);
    // Every entry, in a scrambled order, survives its trips between the tiers.
    for (int i : {5, 12, 0, 7, 3, 11, 1, 9, 2, 4, 6, 8, 10}) {
      CHECK_MSG(same(store.get(ids[i]), makeOutput(i)), "entry " + std::to_string(i));
      CHECK(store.bytesOnDevice() <= store.deviceBudgetBytes());
      CHECK(store.bytesInRam() <= store.budgetBytes());
    }
    CHECK(store.bytesOnDevice() + store.bytesInRam() + store.bytesOnDisk() == 13 * perEntry);
    // A smaller device budget (the session's feature cache taking its share) moves the least
    // used down at once; the budget back up lets reads move them up again.
    const uint64_t downBefore = store.transfers().toHost;
    store.setDeviceBudget(perEntry);
    CHECK(store.bytesOnDevice() == perEntry);
    CHECK(store.transfers().toHost == downBefore + 2);
    CHECK(store.bytesInRam() <= store.budgetBytes());
    store.setDeviceBudget(3 * perEntry);
    CHECK(store.bytesOnDevice() + store.bytesInRam() + store.bytesOnDisk() == 13 * perEntry);
    // Erasing from each tier and replacing keep the accounting right.
    store.replace(ids[8], makeOutput(80));
    CHECK(same(store.get(ids[8]), makeOutput(80)));
    for (int i = 0; i < 13; ++i) store.erase(ids[i]);
    CHECK(store.bytesOnDevice() == 0);
    CHECK(store.bytesInRam() == 0);
    CHECK(store.bytesOnDisk() == 0);
    CHECK(filesUnder(dir) == 0);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("memory store: without a device tier the CPU store copies nothing on reads") {
  sam2::MemoryStore store(size_t{1} << 30, "");
  const auto id = store.put(makeOutput(2));
  const auto a = store.get(id);
  CHECK(a.predMasks.data_ptr() == store.get(id).predMasks.data_ptr());
  CHECK(store.bytesOnDevice() == 0);
  CHECK(store.transfers().toDevice == 0);
  CHECK(store.transfers().toHost == 0);
}

int main(int argc, char** argv) { return check::runAll(argc, argv); }
