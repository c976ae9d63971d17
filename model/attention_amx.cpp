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

namespace sam2 {

namespace detail {
// attention_amx_kernel.cpp (layouts there): whether it was built with AMX; packing key tiles
// [begin, end) and value chunks of 32 keys [begin, end); a thread's panel of query rows.
bool amxAttentionCompiled();
void amxPackKeys(const uint16_t* keys, int64_t ld, int64_t nk, int64_t d, uint16_t* packed, int64_t tileBegin,
                 int64_t tileEnd);
void amxPackValues(const uint16_t* values, int64_t ld, int64_t nk, int64_t dv, uint16_t* packed, int64_t chunkBegin,
                   int64_t chunkEnd);
int64_t amxAttentionWorkspaceFloats(int64_t rows, int64_t d, int64_t dv, int64_t keyBlock);
void amxAttentionPanel(const uint16_t* queries, int64_t ldq, int64_t rows, const uint16_t* packedKeys,
                       const uint16_t* packedValues, int64_t nk, int64_t d, int64_t dv, int64_t keyBlock,
                       uint16_t* out, int64_t ldo, float* workspace);
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

const uint16_t* words(const at::Tensor& t) { return reinterpret_cast<const uint16_t*>(t.data_ptr<at::BFloat16>()); }

}  // namespace

bool amxAttentionAvailable() {
  static const bool available = detail::amxAttentionCompiled() && oneDnnIsa() >= CpuIsa::Amx &&
                                cpuHasAvx512Bf16() && __builtin_cpu_supports("avx512bw") && requestTileRegisters();
  return available;
}

bool amxAttentionApplies(int64_t d, int64_t dv) { return d > 0 && dv > 0 && d % 32 == 0 && dv % 32 == 0; }

at::Tensor amxAttention(const at::Tensor& qIn, const at::Tensor& kIn, const at::Tensor& vIn) {
  if (!amxAttentionAvailable()) throw Sam2Error("amxAttention: this CPU or process cannot run AMX");
  if (qIn.dim() != 3 || kIn.dim() != 3 || vIn.dim() != 3 || qIn.size(0) != kIn.size(0) ||
      qIn.size(0) != vIn.size(0) || qIn.size(2) != kIn.size(2) || kIn.size(1) != vIn.size(1))
    throw Sam2Error("amxAttention: query, key and value shapes do not match");
  for (const at::Tensor* t : {&qIn, &kIn, &vIn})
    if (t->scalar_type() != at::kBFloat16 || !t->device().is_cpu())
      throw Sam2Error("amxAttention: needs bfloat16 CPU tensors");
  const int64_t batch = qIn.size(0), nq = qIn.size(1), nk = kIn.size(1), d = qIn.size(2), dv = vIn.size(2);
  if (!amxAttentionApplies(d, dv)) throw Sam2Error("amxAttention: channels must be multiples of 32");
  auto rowsContiguous = [](const at::Tensor& t) { return t.stride(2) == 1 ? t : t.contiguous(); };
  const at::Tensor q = rowsContiguous(qIn), k = rowsContiguous(kIn), v = rowsContiguous(vIn);
  at::Tensor out = at::empty({batch, nq, dv}, q.options());
  if (nq == 0) return out;
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

  // Keys and values once in the tiles' layouts (attention_amx_kernel.cpp), up to 32-key chunks.
  const int64_t chunks = (nk + 31) / 32;
  at::Tensor packedKeys = at::empty({batch, chunks * 32 * d}, q.options());
  at::Tensor packedValues = at::empty({batch, chunks * 32 * dv}, q.options());
  auto* keyWords = reinterpret_cast<uint16_t*>(packedKeys.data_ptr<at::BFloat16>());
  auto* valueWords = reinterpret_cast<uint16_t*>(packedValues.data_ptr<at::BFloat16>());
  at::parallel_for(0, batch * chunks, std::max<int64_t>(1, 256 / std::max<int64_t>(1, d / 32)),
                   [&](int64_t begin, int64_t end) {
                     for (int64_t i = begin; i < end; ++i) {
                       const int64_t b = i / chunks, c = i % chunks;
                       detail::amxPackKeys(words(k) + b * k.stride(0), k.stride(1), nk, d,
                                           keyWords + b * chunks * 32 * d, 2 * c, 2 * c + 2);
                       detail::amxPackValues(words(v) + b * v.stride(0), v.stride(1), nk, dv,
                                             valueWords + b * chunks * 32 * dv, c, c + 1);
                     }
                   });

  // Panels of query rows, as many as keep both cores busy, each a task of its own.
  const int64_t threads = std::max<int64_t>(1, at::get_num_threads());
  int64_t panelRows = std::min<int64_t>(kMaxPanelRows, (nq + 31) / 32 * 32);
  while (panelRows > 32 && batch * ((nq + panelRows - 1) / panelRows) < threads) panelRows = (panelRows / 2 + 31) / 32 * 32;
  const int64_t panels = (nq + panelRows - 1) / panelRows;
  const int64_t workspaceFloats = detail::amxAttentionWorkspaceFloats(panelRows, d, dv, kKeyBlock);
  auto* outWords = reinterpret_cast<uint16_t*>(out.data_ptr<at::BFloat16>());
  at::parallel_for(0, batch * panels, 1, [&](int64_t begin, int64_t end) {
    thread_local std::vector<float> workspace;
    if (static_cast<int64_t>(workspace.size()) < workspaceFloats) workspace.resize(static_cast<size_t>(workspaceFloats));
    for (int64_t i = begin; i < end; ++i) {
      const int64_t b = i / panels, start = (i % panels) * panelRows;
      const int64_t rows = std::min(panelRows, nq - start);
      detail::amxAttentionPanel(words(q) + b * q.stride(0) + start * q.stride(1), q.stride(1), rows,
                                keyWords + b * chunks * 32 * d, valueWords + b * chunks * 32 * dv, nk, d, dv,
                                kKeyBlock, outWords + (b * nq + start) * dv, dv, workspace.data());
    }
  });
  return out;
}

}  // namespace sam2
