#include "model/attention_amx.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <algorithm>
#include <vector>

#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "model/cpu_tuning.h"
#include "model/error.h"
#include "model/profile.h"
#include "model/strided_rows.h"

namespace sam2 {

namespace detail {
// attention_amx_kernel.cpp (layouts there): whether it was built with AMX; packing key tiles
// [begin, end) and value chunks of 32 keys [begin, end); a thread's panel of query rows.
bool amxAttentionCompiled();
void amxPackKeys(const uint16_t* keys, int64_t ld, int64_t nk, int64_t d, uint16_t* packed, int64_t tileBegin,
                 int64_t tileEnd);
void amxPackValues(const uint16_t* values, int64_t ld, int64_t nk, int64_t dv, uint16_t* packed, int64_t chunkBegin,
                   int64_t chunkEnd);
// The tile registers' shapes (8 tiles of 16 rows of 64 bytes) for the calling thread, and their
// release; amxAttentionPanel runs between the two.
void amxTilesConfigure();
void amxTilesRelease();
int64_t amxAttentionWorkspaceFloats(int64_t rows, int64_t d, int64_t dv, int64_t keyBlock);
void amxAttentionPanel(const uint16_t* queries, int64_t ldq, int64_t rows, const uint16_t* packedKeys,
                       const uint16_t* packedValues, int64_t nk, int64_t d, int64_t dv, int64_t keyBlock,
                       float scale, uint16_t* out, int64_t ldo, float* workspace);
// The same panel with AVX-512 BF16's dot products instead of the tiles (no tile registers needed).
void dotAttentionPanel(const uint16_t* queries, int64_t ldq, int64_t rows, const uint16_t* packedKeys,
                       const uint16_t* packedValues, int64_t nk, int64_t d, int64_t dv, int64_t keyBlock,
                       float scale, uint16_t* out, int64_t ldo, float* workspace);
}  // namespace detail

namespace {

// Keys per block: the block's scores for a pair of tile rows (32 x 256 float32, 32 KB) and their
// probabilities stay in L1; the block's packed keys and values (128 KB and 32 KB at 256 and 64
// channels) in L2 while every query pair of a panel passes over them.
constexpr int64_t kKeyBlock = 256;
// Query rows per task, at most: the panel's queries and float32 output rows stay in L2, and the
// packed keys and values are read once per panel.
constexpr int64_t kMaxPanelRows = 512;

// Linux hands out the tile registers' state only to a process that asked (arch_prctl
// ARCH_REQ_XCOMP_PERM for XTILEDATA); oneDNN asks too, the first time it runs an AMX kernel.
bool requestTileRegisters() {
#if defined(__linux__) && defined(SYS_arch_prctl)
  constexpr int kArchReqXcompPerm = 0x1023;
  constexpr int kXfeatureXtiledata = 18;
  return syscall(SYS_arch_prctl, kArchReqXcompPerm, kXfeatureXtiledata) == 0;
#else
  return false;
#endif
}

}  // namespace

bool amxAttentionAvailable() {
  static const bool available = detail::amxAttentionCompiled() && oneDnnIsa() >= CpuIsa::Amx &&
                                cpuHasAvx512Bf16() && __builtin_cpu_supports("avx512bw") && requestTileRegisters();
  return available;
}

bool fusedAttentionRuns(FusedAttentionKernel kernel) {
  switch (kernel) {
    case FusedAttentionKernel::Amx:
      return amxAttentionAvailable();
    case FusedAttentionKernel::Avx512Bf16: {
      // (The kernels are built in one file, with the AMX flags; this one executes no AMX.)
      static const bool available = detail::amxAttentionCompiled() && oneDnnIsa() >= CpuIsa::Avx512CoreBf16 &&
                                    cpuHasAvx512Bf16() && __builtin_cpu_supports("avx512bw");
      return available;
    }
    case FusedAttentionKernel::None:
      break;
  }
  return false;
}

FusedAttentionKernel fusedAttentionKernel() {
  if (fusedAttentionRuns(FusedAttentionKernel::Amx)) return FusedAttentionKernel::Amx;
  if (fusedAttentionRuns(FusedAttentionKernel::Avx512Bf16)) return FusedAttentionKernel::Avx512Bf16;
  return FusedAttentionKernel::None;
}

bool fusedAttentionApplies(int64_t d, int64_t dv) { return d >= 32 && dv >= 32; }

bool fusedAttentionTakes(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v) {
  const int64_t dims = q.dim();
  if (dims < 2 || dims > 4 || k.dim() != dims || v.dim() != dims) return false;
  for (const at::Tensor* t : {&q, &k, &v})
    if (t->scalar_type() != at::kBFloat16 || !t->device().is_cpu()) return false;
  for (int64_t i = 0; i < dims - 2; ++i)
    if (k.size(i) != q.size(i) || v.size(i) != q.size(i)) return false;
  return q.size(-1) == k.size(-1) && k.size(-2) == v.size(-2) && fusedAttentionApplies(q.size(-1), v.size(-1)) &&
         fusedAttentionKernel() != FusedAttentionKernel::None;
}

at::Tensor fusedAttention(const at::Tensor& qIn, const at::Tensor& kIn, const at::Tensor& vIn, double scale,
                          FusedAttentionKernel kernel) {
  if (kernel == FusedAttentionKernel::None || !fusedAttentionRuns(kernel))
    throw Sam2Error("fusedAttention: this CPU or process cannot run the kernel asked for");
  const int64_t dims = qIn.dim();
  if (dims < 2 || dims > 4 || kIn.dim() != dims || vIn.dim() != dims || qIn.size(-1) != kIn.size(-1) ||
      kIn.size(-2) != vIn.size(-2))
    throw Sam2Error("fusedAttention: query, key and value shapes do not match");
  for (int64_t i = 0; i < dims - 2; ++i)
    if (kIn.size(i) != qIn.size(i) || vIn.size(i) != qIn.size(i))
      throw Sam2Error("fusedAttention: query, key and value shapes do not match");
  for (const at::Tensor* t : {&qIn, &kIn, &vIn})
    if (t->scalar_type() != at::kBFloat16 || !t->device().is_cpu())
      throw Sam2Error("fusedAttention: needs bfloat16 CPU tensors");
  if (!(scale > 0.0)) throw Sam2Error("fusedAttention: the scale must be positive");
  const int64_t nq = qIn.size(-2), nk = kIn.size(-2), d = qIn.size(-1), dv = vIn.size(-1);
  if (!fusedAttentionApplies(d, dv)) throw Sam2Error("fusedAttention: needs at least 32 channels and value channels");
  auto rowsContiguous = [](const at::Tensor& t) { return t.stride(-1) == 1 ? t : t.contiguous(); };
  const at::Tensor q = rowsContiguous(qIn), k = rowsContiguous(kIn), v = rowsContiguous(vIn);
  std::vector<int64_t> outShape(q.sizes().begin(), q.sizes().end());
  outShape.back() = dv;
  at::Tensor out = at::empty(outShape, q.options());
  const int64_t batch = nq > 0 ? out.numel() / (nq * dv) : 0;
  if (out.numel() == 0) return out;
  if (nk == 0) return out.zero_();

  if (profile::enabled()) {
    // The profile's work and peak (bench --profile) see the two products in blocks of 256 query
    // rows, as the blocked path runs them on oneDNN: the same shapes, so the same peaks.
    for (int64_t start = 0; start < nq; start += 256) {
      const long long rows = std::min<int64_t>(256, nq - start);
      profile::addProduct({batch, rows, nk, d});
      profile::addProduct({batch, rows, dv, nk});
    }
  }

  auto rowsOf = [](const at::Tensor& t) {
    return StridedRows<uint16_t>(reinterpret_cast<const uint16_t*>(t.data_ptr<at::BFloat16>()), t);
  };
  const StridedRows<uint16_t> qRows = rowsOf(q), kRows = rowsOf(k), vRows = rowsOf(v);
  // Panels of query rows, as many as keep both cores busy, each a task of its own.
  const int64_t threads = std::max<int64_t>(1, at::get_num_threads());
  int64_t panelRows = std::min<int64_t>(kMaxPanelRows, (nq + 31) / 32 * 32);
  while (panelRows > 32 && batch * ((nq + panelRows - 1) / panelRows) < threads) panelRows = (panelRows / 2 + 31) / 32 * 32;
  const int64_t panels = (nq + panelRows - 1) / panelRows;

  // Keys and values in the tiles' layouts (attention_amx_kernel.cpp), up to 32-key chunks: once
  // for all panels of an entry, or, where each entry is one panel (Hiera's windows: thousands of
  // small entries), by the panel's task into a buffer of its own that stays in cache.
  // (Channels padded to multiples of 32, as the kernel packs them.)
  const int64_t chunks = (nk + 31) / 32, keyValues = chunks * 32 * ((d + 31) / 32 * 32),
                valueValues = chunks * 32 * ((dv + 31) / 32 * 32);
  const bool packPerTask = panels == 1;
  // Key tiles [2 c, 2 c') and value chunks [c, c') of entry b into dest.
  auto pack = [&](int64_t b, uint16_t* dest, int64_t chunkBegin, int64_t chunkEnd) {
    detail::amxPackKeys(kRows.entry(b), kRows.rowStride, nk, d, dest, 2 * chunkBegin, 2 * chunkEnd);
    detail::amxPackValues(vRows.entry(b), vRows.rowStride, nk, dv, dest + keyValues, chunkBegin, chunkEnd);
  };
  at::Tensor packed;
  uint16_t* packedWords = nullptr;
  if (!packPerTask) {
    packed = at::empty({batch, keyValues + valueValues}, q.options());
    packedWords = reinterpret_cast<uint16_t*>(packed.data_ptr<at::BFloat16>());
    at::parallel_for(0, batch * chunks, std::max<int64_t>(1, 256 / std::max<int64_t>(1, d / 32)),
                     [&](int64_t begin, int64_t end) {
                       for (int64_t i = begin; i < end; ++i) {
                         const int64_t b = i / chunks, c = i % chunks;
                         pack(b, packedWords + b * (keyValues + valueValues), c, c + 1);
                       }
                     });
  }

  const int64_t workspaceFloats = detail::amxAttentionWorkspaceFloats(panelRows, d, dv, kKeyBlock);
  auto* outWords = reinterpret_cast<uint16_t*>(out.data_ptr<at::BFloat16>());
  const auto scaleFloat = static_cast<float>(scale);
  at::parallel_for(0, batch * panels, 1, [&](int64_t begin, int64_t end) {
    thread_local std::vector<float> workspace;
    thread_local std::vector<uint16_t> entryPack;
    if (static_cast<int64_t>(workspace.size()) < workspaceFloats) workspace.resize(static_cast<size_t>(workspaceFloats));
    if (packPerTask && static_cast<int64_t>(entryPack.size()) < keyValues + valueValues)
      entryPack.resize(static_cast<size_t>(keyValues + valueValues));
    const bool tiles = kernel == FusedAttentionKernel::Amx;
    if (tiles) detail::amxTilesConfigure();
    for (int64_t i = begin; i < end; ++i) {
      const int64_t b = i / panels, start = (i % panels) * panelRows;
      const int64_t rows = std::min(panelRows, nq - start);
      const uint16_t* entry = nullptr;
      if (packPerTask) {
        pack(b, entryPack.data(), 0, chunks);
        entry = entryPack.data();
      } else {
        entry = packedWords + b * (keyValues + valueValues);
      }
      (tiles ? detail::amxAttentionPanel : detail::dotAttentionPanel)(
          qRows.entry(b) + start * qRows.rowStride, qRows.rowStride, rows, entry, entry + keyValues, nk, d, dv,
          kKeyBlock, scaleFloat, outWords + (b * nq + start) * dv, dv, workspace.data());
    }
    if (tiles) detail::amxTilesRelease();
  });
  return out;
}

}  // namespace sam2
