#include "model/small_attention.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <vector>

#include "model/error.h"

namespace sam2 {

namespace {

// The [leading..., N, C] tensor as (batch, head) pointers and a row stride: leading dims are
// padded to two.
struct Layout {
  int64_t outer = 1, inner = 1, outerStride = 0, innerStride = 0, rowStride = 0;
};

Layout layoutOf(const at::Tensor& t) {
  Layout l;
  const int64_t dims = t.dim();
  l.rowStride = t.stride(dims - 2);
  if (dims >= 3) l.inner = t.size(dims - 3), l.innerStride = t.stride(dims - 3);
  if (dims >= 4) l.outer = t.size(dims - 4), l.outerStride = t.stride(dims - 4);
  return l;
}

struct Scratch {
  std::vector<float> keysT, values, scores, acc;
};

// One (batch, head): keys transposed into [d, Nk] so that a query's scores are one vector
// update per channel (vectorised over the keys), values as [Nk, dv] rows.
template <typename T>
void attendOne(const T* q, int64_t qRow, const T* k, int64_t kRow, const T* v, int64_t vRow, T* o,
               int64_t oRow, int64_t nq, int64_t nk, int64_t d, int64_t dv, float scale, Scratch& s) {
  float* kt = s.keysT.data();
  float* vf = s.values.data();
  float* sc = s.scores.data();
  float* acc = s.acc.data();
  for (int64_t j = 0; j < nk; ++j)
    for (int64_t c = 0; c < d; ++c) kt[c * nk + j] = static_cast<float>(k[j * kRow + c]);
  for (int64_t j = 0; j < nk; ++j)
    for (int64_t c = 0; c < dv; ++c) vf[j * dv + c] = static_cast<float>(v[j * vRow + c]);
  for (int64_t i = 0; i < nq; ++i) {
    const T* qi = q + i * qRow;
    std::fill(sc, sc + nk, 0.f);
    for (int64_t c = 0; c < d; ++c) {
      const float qc = static_cast<float>(qi[c]) * scale;
      const float* kc = kt + c * nk;
      for (int64_t j = 0; j < nk; ++j) sc[j] += qc * kc[j];
    }
    float max = sc[0];
    for (int64_t j = 1; j < nk; ++j) max = std::max(max, sc[j]);
    float sum = 0.f;
    for (int64_t j = 0; j < nk; ++j) sum += (sc[j] = std::exp(sc[j] - max));
    std::fill(acc, acc + dv, 0.f);
    for (int64_t j = 0; j < nk; ++j) {
      const float p = sc[j] / sum;
      const float* vj = vf + j * dv;
      for (int64_t c = 0; c < dv; ++c) acc[c] += p * vj[c];
    }
    T* oi = o + i * oRow;
    for (int64_t c = 0; c < dv; ++c) oi[c] = static_cast<T>(acc[c]);  // bfloat16: to nearest, ties to even
  }
}

template <typename T>
void attendAll(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, at::Tensor& out) {
  const int64_t nq = q.size(-2), nk = k.size(-2), d = q.size(-1), dv = v.size(-1);
  const Layout lq = layoutOf(q), lk = layoutOf(k), lv = layoutOf(v), lo = layoutOf(out);
  const float scale = static_cast<float>(1.0 / std::sqrt(static_cast<double>(d)));
  const T* qp = q.data_ptr<T>();
  const T* kp = k.data_ptr<T>();
  const T* vp = v.data_ptr<T>();
  T* op = out.data_ptr<T>();
  const int64_t items = lq.outer * lq.inner;
  // Enough problems per task to amortise it (a 4 x 16 x 96 problem is about 12k multiply-adds).
  const int64_t grain = std::max<int64_t>(1, 65536 / std::max<int64_t>(1, nq * nk * (d + dv)));
  at::parallel_for(0, items, grain, [&](int64_t begin, int64_t end) {
    thread_local Scratch s;
    s.keysT.resize(static_cast<size_t>(d * nk));
    s.values.resize(static_cast<size_t>(nk * dv));
    s.scores.resize(static_cast<size_t>(nk));
    s.acc.resize(static_cast<size_t>(dv));
    for (int64_t item = begin; item < end; ++item) {
      const int64_t a = item / lq.inner, b = item % lq.inner;
      attendOne(qp + a * lq.outerStride + b * lq.innerStride, lq.rowStride,
                kp + a * lk.outerStride + b * lk.innerStride, lk.rowStride,
                vp + a * lv.outerStride + b * lv.innerStride, lv.rowStride,
                op + a * lo.outerStride + b * lo.innerStride, lo.rowStride, nq, nk, d, dv, scale, s);
    }
  });
}

}  // namespace

bool smallAttentionApplies(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v) {
  const int64_t dims = q.dim();
  if (dims < 2 || dims > 4 || k.dim() != dims || v.dim() != dims) return false;
  if (!q.device().is_cpu() || !k.device().is_cpu() || !v.device().is_cpu()) return false;
  const auto type = q.scalar_type();
  if ((type != at::kFloat && type != at::kBFloat16) || k.scalar_type() != type || v.scalar_type() != type)
    return false;
  for (int64_t i = 0; i < dims - 2; ++i)
    if (k.size(i) != q.size(i) || v.size(i) != q.size(i)) return false;
  const int64_t nk = k.size(-2);
  return nk >= 1 && nk <= kSmallAttentionMaxKeys && v.size(-2) == nk && k.size(-1) == q.size(-1) &&
         q.stride(-1) == 1 && k.stride(-1) == 1 && v.stride(-1) == 1 && q.size(-1) > 0 && v.size(-1) > 0;
}

at::Tensor smallAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v) {
  if (!smallAttentionApplies(q, k, v)) throw Sam2Error("smallAttention: unsupported query, key or value layout");
  // The result's dims in the order of q's strides (the last one stays innermost).
  const int64_t dims = q.dim();
  std::vector<int64_t> order(static_cast<size_t>(dims - 1));
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) { return q.stride(a) > q.stride(b); });
  order.push_back(dims - 1);
  std::vector<int64_t> storedShape, inverse(static_cast<size_t>(dims));
  for (int64_t i = 0; i < dims; ++i) {
    const int64_t dim = order[static_cast<size_t>(i)];
    storedShape.push_back(dim == dims - 1 ? v.size(-1) : q.size(dim));
    inverse[static_cast<size_t>(dim)] = i;
  }
  at::Tensor out = at::empty(storedShape, q.options()).permute(inverse);
  if (q.numel() == 0) return out;
  if (q.scalar_type() == at::kBFloat16)
    attendAll<at::BFloat16>(q, k, v, out);
  else
    attendAll<float>(q, k, v, out);
  return out;
}

}  // namespace sam2
