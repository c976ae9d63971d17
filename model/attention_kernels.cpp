#include "model/attention_kernels.h"

#include <torch/version.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "model/attention_amx.h"
#include "model/attention_float.h"
#include "model/error.h"
#include "model/onednn_products.h"
#include "model/small_attention.h"
#include "model/softmax_bf16.h"

namespace sam2 {

namespace {

// The float32 path when oneDNN pays (see onednn_products.h): per batch entry and block of
// queries, scores = q k^T on oneDNN when the heads are narrow (OpenBLAS is slow with 96-channel
// operands: 15.4 against 19.4 ms for 4096 x 4096 scores; at 256 channels BLAS is as fast), an
// in-place soft-max, and the product with the values on oneDNN (6.7 against 11.9 ms for
// 4096 x 4096 scores times 64-channel values). q is already scaled; k [B, Nk, d], v [B, Nk, dv].
// Each block's scores are a fresh tensor that oneDNN may copy once more into its own layout, so
// blocks are kept to 32 MB (measured, tiny model, one object: peak RSS 1,309 instead of 1,685 MB
// with 128 MB blocks, at the same speed within noise: 2,887 against 2,871 ms per frame).
constexpr int64_t kOneDnnBlockBytes = int64_t{32} << 20;

at::Tensor oneDnnAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, int64_t blockBytes) {
  const int64_t batch = q.size(0), nq = q.size(1), nk = k.size(1), d = q.size(2), dv = v.size(2);
  if (k.size(0) != batch || v.size(0) != batch) throw Sam2Error("attention: batch sizes differ");
  const bool keysOnOneDnn = d <= 128;
  const at::Tensor keys = keysOnOneDnn ? k.contiguous() : k;
  const at::Tensor valuesT = v.transpose(1, 2).contiguous();  // [B, dv, Nk]: oneDNN's weight layout
  const int64_t budget = std::min(blockBytes, kOneDnnBlockBytes);
  const int64_t block = std::min(nq, std::max<int64_t>(256, budget / (nk * int64_t{4})));
  at::Tensor out = at::empty({batch, nq, dv}, q.options());
  for (int64_t b = 0; b < batch; ++b) {
    for (int64_t start = 0; start < nq; start += block) {
      const int64_t rows = std::min(block, nq - start);
      const at::Tensor qBlock = q.select(0, b).narrow(0, start, rows);
      at::Tensor s = keysOnOneDnn ? productWithTransposed(qBlock, keys.select(0, b))
                                  : at::mm(qBlock, keys.select(0, b).t());
      softmaxRowsInPlace(s);  // (softmax_bf16.h: our kernels where they run)
      out.select(0, b).narrow(0, start, rows).copy_(productWithTransposed(s, valuesT.select(0, b)));
    }
  }
  return out;
}

}  // namespace

at::Tensor blockedAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, int64_t blockBytes,
                            bool allowFused) {
  if (q.dim() < 2 || k.dim() != q.dim() || v.dim() != q.dim() || q.size(-1) != k.size(-1) ||
      k.size(-2) != v.size(-2))
    throw Sam2Error("attention: query, key and value shapes do not match");
  const auto outType = q.scalar_type();
  const int64_t nq = q.size(-2), nk = k.size(-2), d = q.size(-1), dv = v.size(-1);
  std::vector<int64_t> outShape(q.sizes().begin(), q.sizes().end());
  outShape.back() = dv;
  if (nq == 0 || nk == 0) return at::zeros(outShape, q.options());
  // bfloat16 on AMX (or on AVX-512 BF16 without it, the same panels: the cross-attention below
  // 155-160 against 192-214 ms on Zen 5): the scores never leave the core (attention_amx.h), and
  // the kernel reads the inputs where they lie (Hiera's heads as transposed views of its qkv
  // product) and scales the float32 scores. Measured per call on AMX, tiny at 1024, 2 threads,
  // against the paths below: the
  // memory attention's cross-attention over 28,736 keys 38-44 against 60-78 ms, its
  // self-attention 8-9 against 16 ms, Hiera's global blocks 16-18 against 39 ms, and each of its
  // windowed blocks (25 to 1,024 windows of 4 to 196 queries, up to 8 heads) 0.7-5.0 against
  // 3.5-11.5 ms: a tiny encoding's windows took 75 ms in the profile, now 34. Windows of at most
  // 32 keys stay with the small attention below, all in float32: in the encoding as fast, and
  // closer to float32 (measured on real pictures with the synthetic tiny model, bfloat16 against
  // float32: mask IoU of 24 clicks 0.84 against 0.73 with those windows on AMX too).
  if (allowFused && !smallAttentionApplies(q, k, v) && fusedAttentionTakes(q, k, v))
    return fusedAttention(q, k, v, 1.0 / std::sqrt(static_cast<double>(d)));
  // A few keys per query (Hiera's 4 x 4 windows, the decoder's prompt tokens): one small loop
  // nest per batch entry instead of thousands of tiny matrix products (small_attention.h).
  if (smallAttentionApplies(q, k, v)) return smallAttention(q, k, v);
  // float32 on AVX-512: the same, with FMA products (attention_float.h).
  if (allowFused && floatAttentionTakes(q, k, v)) return floatAttention(q, k, v, 1.0 / std::sqrt(static_cast<double>(d)));

  // bfloat16 inputs keep both products in bfloat16 (oneDNN's AMX / AVX-512 BF16 kernels, about
  // twice the float32 speed here; the products accumulate in float32 inside) and soft-max the
  // bfloat16 scores in place, which ATen computes in float32. Everything else runs in float32.
  // Products with few keys or narrow heads (the mask decoder's 7 prompt tokens, 16-channel heads)
  // lose more to oneDNN's set-up than they gain and stay in float32.
  const bool lowPrecision = q.scalar_type() == at::kBFloat16 && k.scalar_type() == at::kBFloat16 &&
                            v.scalar_type() == at::kBFloat16 && nk >= 64 && d >= 32;
  const auto work = lowPrecision ? at::kBFloat16 : at::kFloat;
  // Fold the leading dims into one batch dim; scale the (small) queries instead of the scores.
  const double scale = 1.0 / std::sqrt(static_cast<double>(d));
  const at::Tensor qf = (q.to(at::kFloat) * scale).to(work).reshape({-1, nq, d});
  at::Tensor kt = k.to(work).reshape({-1, nk, d}).transpose(1, 2);  // [B, d, Nk]
  // The batched bfloat16 product would re-layout transposed keys for every block: do it once.
  // On LibTorch 1.13, one head (memory attention) takes the 2-D product below instead, which
  // reads the transposed view as it is; LibTorch 2.x's batched product is the faster one there
  // (measured with PyPI's 2.15 on the same shapes: 24-26 against 34 ms a layer).
  const bool oneHeadBf16 = lowPrecision && kt.size(0) == 1 && TORCH_VERSION_MAJOR < 2;
  if (lowPrecision && !oneHeadBf16) kt = kt.contiguous();
  const at::Tensor vf = v.to(work).reshape({-1, nk, dv}).contiguous();
  const int64_t batch = qf.size(0);
  if (kt.size(0) != batch || vf.size(0) != batch) throw Sam2Error("attention: batch sizes differ");

  if (!lowPrecision && nk >= 64 && useOneDnnProduct(qf, std::min<int64_t>(nq, 256)))
    return oneDnnAttention(qf, k.to(work).reshape({-1, nk, d}), vf, blockBytes).reshape(outShape).to(outType);

  const int64_t rowBytes = batch * nk * static_cast<int64_t>(at::elementSize(work));
  // Blocks of at least 256 queries: smaller matrix products lose more to BLAS overheads than
  // they win in cache. In bfloat16, 256 queries or as many as 8 MB of scores hold, whichever is
  // more (measured per layer, tiny, AMX, 2 threads: the memory attention's self-attention over
  // 4,096 keys 19.0 ms in blocks of 256 queries, 15.9 of 512, 15.2 of 1,024; its cross-attention
  // over 28,736 keys 72 ms at 256 and 79 at 1,024; Hiera's global blocks, 4 heads over 4,096
  // keys, 40.0 ms at 256 and 43.5 at 1,024).
  if (lowPrecision)
    blockBytes = std::min<int64_t>(blockBytes, std::max<int64_t>(256 * rowBytes, int64_t{8} << 20));
  const int64_t block = std::min(nq, std::max<int64_t>(256, blockBytes / std::max<int64_t>(1, rowBytes)));
  at::Tensor out = at::empty({batch, nq, dv}, qf.options());
  at::Tensor scores = at::empty({batch, block, nk}, qf.options());
  for (int64_t start = 0; start < nq; start += block) {
    const int64_t rows = std::min(block, nq - start);
    // A short last block uses the front of the same buffer as one contiguous [B, rows, Nk]
    // tensor (a narrowed view would be strided when B > 1, and the _out kernels would then
    // write to a fresh tensor instead of this one).
    at::Tensor s =
        rows == block ? scores : scores.view({-1}).narrow(0, 0, batch * rows * nk).view({batch, rows, nk});
    if (oneHeadBf16) {
      // LibTorch 1.13's batched bfloat16 product is 2-3 times slower than the 2-D one for one entry
      // (measured, 4,096 queries against 28,736 memory keys, AMX, 2 threads: 100-110 ms against
      // 34-40 ms for the whole layer with the keys' transposed view, 47-52 ms plus a 7-11 ms copy
      // with contiguous ones).
      at::Tensor scores2d = s.select(0, 0);
      at::mm_out(scores2d, qf.select(0, 0).narrow(0, start, rows), kt.select(0, 0));
    } else {
      at::bmm_out(s, qf.narrow(1, start, rows), kt);
    }
    softmaxRowsInPlace(s);
    if (rows == nq) {
      at::bmm_out(out, s, vf);  // one block: straight into the result
    } else if (batch == 1) {
      // Contiguous rows of the result. The other way round from the scores: in bfloat16 the
      // batched product is the faster one here (40-46 against 50-56 ms a layer, as above).
      if (lowPrecision) {
        at::Tensor o = out.narrow(1, start, rows);
        at::bmm_out(o, s, vf);
      } else {
        at::Tensor o = out.select(0, 0).narrow(0, start, rows);
        at::mm_out(o, s.select(0, 0), vf.select(0, 0));
      }
    } else {
      out.narrow(1, start, rows).copy_(at::bmm(s, vf));
    }
  }
  out = out.reshape(outShape);
  return out.scalar_type() == outType ? out : out.to(outType);
}

}  // namespace sam2
