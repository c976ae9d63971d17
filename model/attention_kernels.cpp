#include "model/attention_kernels.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "model/error.h"

namespace sam2 {

at::Tensor blockedAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, int64_t blockBytes) {
  if (q.dim() < 2 || k.dim() != q.dim() || v.dim() != q.dim() || q.size(-1) != k.size(-1) ||
      k.size(-2) != v.size(-2))
    throw Sam2Error("attention: query, key and value shapes do not match");
  const auto outType = q.scalar_type();
  const int64_t nq = q.size(-2), nk = k.size(-2), d = q.size(-1), dv = v.size(-1);
  std::vector<int64_t> outShape(q.sizes().begin(), q.sizes().end());
  outShape.back() = dv;
  if (nq == 0 || nk == 0) return at::zeros(outShape, q.options());

  // Fold the leading dims into one batch dim; scale the (small) queries instead of the scores.
  const double scale = 1.0 / std::sqrt(static_cast<double>(d));
  const at::Tensor qf = (q.to(at::kFloat) * scale).reshape({-1, nq, d});
  const at::Tensor kt = k.to(at::kFloat).reshape({-1, nk, d}).transpose(1, 2);  // [B, d, Nk]
  const at::Tensor vf = v.to(at::kFloat).reshape({-1, nk, dv}).contiguous();
  const int64_t batch = qf.size(0);
  if (kt.size(0) != batch || vf.size(0) != batch) throw Sam2Error("attention: batch sizes differ");

  const int64_t rowBytes = batch * nk * static_cast<int64_t>(sizeof(float));
  // Blocks of at least 256 queries: smaller matrix products lose more to BLAS overheads than
  // they win in cache.
  const int64_t block = std::min(nq, std::max<int64_t>(256, blockBytes / std::max<int64_t>(1, rowBytes)));
  at::Tensor out = at::empty({batch, nq, dv}, qf.options());
  at::Tensor scores = at::empty({batch, block, nk}, qf.options());
  for (int64_t start = 0; start < nq; start += block) {
    const int64_t rows = std::min(block, nq - start);
    at::Tensor s = rows == block ? scores : scores.narrow(1, 0, rows);
    at::bmm_out(s, qf.narrow(1, start, rows), kt);
    at::_softmax_out(s, s, -1, /*half_to_float=*/false);
    if (rows == nq) {
      at::bmm_out(out, s, vf);  // one block: straight into the result
    } else if (batch == 1) {
      at::Tensor o = out.select(0, 0).narrow(0, start, rows);  // contiguous rows
      at::mm_out(o, s.select(0, 0), vf.select(0, 0));
    } else {
      out.narrow(1, start, rows).copy_(at::bmm(s, vf));
    }
  }
  out = out.reshape(outShape);
  return out.scalar_type() == outType ? out : out.to(outType);
}

}  // namespace sam2
