#include "model/attention_float.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <algorithm>
#include <vector>

#include "model/cpu_tuning.h"
#include "model/error.h"
#include "model/profile.h"
#include "model/strided_rows.h"

namespace sam2 {

namespace detail {
// attention_float_kernel.cpp (layout there): whether it was built with AVX-512; packing key tiles
// [begin, end) of 16 keys; a panel of query rows.
bool floatAttentionCompiled();
void floatPackKeys(const float* keys, int64_t ld, int64_t nk, int64_t d, float* packed, int64_t tileBegin,
                   int64_t tileEnd);
int64_t floatAttentionWorkspaceFloats(int64_t rows, int64_t d, int64_t dv, int64_t keyBlock);
void floatAttentionPanel(const float* queries, int64_t ldq, int64_t rows, const float* packedKeys, const float* values,
                         int64_t ldv, int64_t nk, int64_t d, int64_t dv, int64_t keyBlock, float scale, float* out,
                         int64_t ldo, float* workspace);
}  // namespace detail

namespace {

// Keys per block: a group's scores (32 x 256 float32, 32 KB) stay in L1, the block's packed keys
// and values (256 KB each at 256 channels) in L2 while the panel's groups pass over them.
constexpr int64_t kKeyBlock = 256;
constexpr int64_t kMaxPanelRows = 512;

}  // namespace

bool floatAttentionAvailable() {
  static const bool available =
      detail::floatAttentionCompiled() && oneDnnIsa() >= CpuIsa::Avx512Core && cpuHasAvx512Bw() &&
      __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("fma");
  return available;
}

bool floatAttentionTakes(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v) {
  const int64_t dims = q.dim();
  if (dims < 2 || dims > 4 || k.dim() != dims || v.dim() != dims) return false;
  for (const at::Tensor* t : {&q, &k, &v})
    if (t->scalar_type() != at::kFloat || !t->device().is_cpu()) return false;
  for (int64_t i = 0; i < dims - 2; ++i)
    if (k.size(i) != q.size(i) || v.size(i) != q.size(i)) return false;
  const int64_t d = q.size(-1), dv = v.size(-1);
  return k.size(-1) == d && k.size(-2) == v.size(-2) && d >= 32 && dv >= 32 && d % 16 == 0 && dv % 32 == 0 &&
         floatAttentionAvailable();
}

at::Tensor floatAttention(const at::Tensor& qIn, const at::Tensor& kIn, const at::Tensor& vIn, double scale) {
  if (!floatAttentionTakes(qIn, kIn, vIn))
    throw Sam2Error("floatAttention: needs AVX-512 and float32 CPU inputs of matching shapes, d a multiple of 16 "
                    "and dv of 32");
  if (!(scale > 0.0)) throw Sam2Error("floatAttention: the scale must be positive");
  const int64_t nq = qIn.size(-2), nk = kIn.size(-2), d = qIn.size(-1), dv = vIn.size(-1);
  auto rowsContiguous = [](const at::Tensor& t) { return t.stride(-1) == 1 ? t : t.contiguous(); };
  const at::Tensor q = rowsContiguous(qIn), k = rowsContiguous(kIn), v = rowsContiguous(vIn);
  std::vector<int64_t> outShape(q.sizes().begin(), q.sizes().end());
  outShape.back() = dv;
  at::Tensor out = at::empty(outShape, q.options());
  if (out.numel() == 0) return out;
  if (nk == 0) return out.zero_();
  const int64_t batch = out.numel() / (nq * dv);

  if (profile::enabled()) {
    // The profile's work and peak (bench --profile) see the two products as the float32 blocked
    // path runs them on oneDNN (attention_kernels.cpp): one entry at a time, in blocks of queries
    // whose scores take up to 32 MB. The same shapes, so the same peaks.
    const int64_t block = std::min(nq, std::max<int64_t>(256, (int64_t{32} << 20) / (nk * 4)));
    for (int64_t b = 0; b < batch; ++b)
      for (int64_t start = 0; start < nq; start += block) {
        const long long rows = std::min(block, nq - start);
        profile::addProduct({1, rows, nk, d});
        profile::addProduct({1, rows, dv, nk});
      }
  }

  const StridedRows<float> qRows(q.data_ptr<float>(), q), kRows(k.data_ptr<float>(), k), vRows(v.data_ptr<float>(), v);
  const int64_t threads = std::max<int64_t>(1, at::get_num_threads());
  int64_t panelRows = std::min<int64_t>(kMaxPanelRows, (nq + 31) / 32 * 32);
  while (panelRows > 32 && batch * ((nq + panelRows - 1) / panelRows) < threads) panelRows = (panelRows / 2 + 31) / 32 * 32;
  const int64_t panels = (nq + panelRows - 1) / panelRows;

  // Keys packed in tiles of 16 (up to a multiple of 32): once for all panels of an entry, or by the
  // panel's task where each entry is one panel (Hiera's windows).
  const int64_t tiles = (nk + 31) / 32 * 2, packedFloats = tiles * 16 * d;
  const bool packPerTask = panels == 1;
  at::Tensor packed;
  if (!packPerTask) {
    packed = at::empty({batch, packedFloats}, q.options());
    float* packedData = packed.data_ptr<float>();
    at::parallel_for(0, batch * tiles, std::max<int64_t>(1, 4096 / d), [&](int64_t begin, int64_t end) {
      for (int64_t i = begin; i < end; ++i) {
        const int64_t b = i / tiles, t = i % tiles;
        detail::floatPackKeys(kRows.entry(b), kRows.rowStride, nk, d, packedData + b * packedFloats, t, t + 1);
      }
    });
  }
  const int64_t workspaceFloats = detail::floatAttentionWorkspaceFloats(panelRows, d, dv, kKeyBlock);
  float* outData = out.data_ptr<float>();
  const auto scaleFloat = static_cast<float>(scale);
  at::parallel_for(0, batch * panels, 1, [&](int64_t begin, int64_t end) {
    thread_local std::vector<float> workspace, entryPack;
    if (static_cast<int64_t>(workspace.size()) < workspaceFloats) workspace.resize(static_cast<size_t>(workspaceFloats));
    if (packPerTask && static_cast<int64_t>(entryPack.size()) < packedFloats)
      entryPack.resize(static_cast<size_t>(packedFloats));
    for (int64_t i = begin; i < end; ++i) {
      const int64_t b = i / panels, start = (i % panels) * panelRows;
      const int64_t rows = std::min(panelRows, nq - start);
      const float* keys = nullptr;
      if (packPerTask) {
        detail::floatPackKeys(kRows.entry(b), kRows.rowStride, nk, d, entryPack.data(), 0, tiles);
        keys = entryPack.data();
      } else {
        keys = packed.data_ptr<float>() + b * packedFloats;
      }
      detail::floatAttentionPanel(qRows.entry(b) + start * qRows.rowStride, qRows.rowStride, rows, keys, vRows.entry(b),
                                  vRows.rowStride, nk, d, dv, kKeyBlock, scaleFloat, outData + (b * nq + start) * dv, dv,
                                  workspace.data());
    }
  });
  return out;
}

}  // namespace sam2
