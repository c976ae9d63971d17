// The fast attention paths of model/ against the plain formulas they replace: blocked attention
// (float32 exact, bfloat16 close), the rotary encoding (complex multiply against the written-out
// rotation), the cross-attention that projects values after the soft-max, and the profiler's
// bookkeeping, with the work of matrix products and convolutions it counts per stage. Nothing here
// measures time (the product peak is only checked to be a rate).
#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#undef CHECK  // c10 defines a CHECK of its own; the harness's wins
#include "check.h"
#include "model/add_bf16.h"
#include "model/attention_amx.h"
#include "model/attention_float.h"
#include "model/attention_kernels.h"
#include "model/cpu_tuning.h"
#include "model/float_kernels_avx2.h"
#include "model/gelu_bf16.h"
#include "model/layer_norm_bf16.h"
#include "model/linear_amx.h"
#include "model/memory_attention.h"
#include "model/mlp.h"
#include "model/onednn_products.h"
#include "model/product_counter.h"
#include "model/profile.h"
#include "model/error.h"
#include "model/small_attention.h"
#include "model/small_linear.h"
#include "model/softmax_bf16.h"
#include "model/two_way_transformer.h"

namespace {

at::Tensor naiveAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v) {
  const at::Tensor qd = q.to(at::kDouble), kd = k.to(at::kDouble), vd = v.to(at::kDouble);
  const at::Tensor scores = at::matmul(qd, kd.transpose(-2, -1)) / std::sqrt(static_cast<double>(q.size(-1)));
  return at::matmul(at::softmax(scores, -1), vd);
}

// Whether the test of an AVX-512 kernel can run here; when not, the log says what runs instead.
bool avx512KernelRuns(bool available, const char* usedInstead) {
  if (!available)
    std::fprintf(stderr, "    not run: no AVX-512 kernels here, the CPU lacks it or ONEDNN_MAX_CPU_ISA holds it back "
                 "(%s is used instead)\n", usedInstead);
  return available;
}

double maxAbsDiff(const at::Tensor& a, const at::Tensor& b) {
  return (a.to(at::kDouble) - b.to(at::kDouble)).abs().max().item<double>();
}

// The rotation of RoPE written out: channel pair i of token t turns by pos * f(i mod d/4), where
// pos is the token's column for the first half of the pairs and its row for the second half.
at::Tensor writtenOutRope(const at::Tensor& x, int64_t side, double theta) {
  const int64_t n = x.size(-2), d = x.size(-1);
  at::Tensor out = x.to(at::kDouble).clone();
  const at::Tensor xd = x.to(at::kDouble).contiguous();
  auto in = xd.accessor<double, 4>();
  auto o = out.accessor<double, 4>();
  for (int64_t b = 0; b < x.size(0); ++b)
    for (int64_t h = 0; h < x.size(1); ++h)
      for (int64_t t = 0; t < n; ++t) {
        const int64_t cell = t % (side * side);
        for (int64_t pair = 0; pair < d / 2; ++pair) {
          const int64_t quarter = d / 4;
          const int64_t freqIndex = pair % quarter;
          const double freq = 1.0 / std::pow(theta, static_cast<double>(4 * freqIndex) / static_cast<double>(d));
          const double pos = pair < quarter ? static_cast<double>(cell % side) : static_cast<double>(cell / side);
          // Angles are float32 in the reference; the test keeps that rounding.
          const double angle = static_cast<float>(static_cast<float>(pos) * static_cast<float>(freq));
          const double re = in[b][h][t][2 * pair], im = in[b][h][t][2 * pair + 1];
          o[b][h][t][2 * pair] = re * std::cos(angle) - im * std::sin(angle);
          o[b][h][t][2 * pair + 1] = re * std::sin(angle) + im * std::cos(angle);
        }
      }
  return out;
}

}  // namespace

TEST_CASE("blocked attention equals the plain formula in float32, in one block or many") {
  c10::InferenceMode guard;
  at::manual_seed(1);
  const at::Tensor q = at::randn({2, 3, 700, 32}), k = at::randn({2, 3, 900, 32}), v = at::randn({2, 3, 900, 24});
  const at::Tensor expected = naiveAttention(q, k, v);
  const at::Tensor oneBlock = sam2::blockedAttention(q, k, v);
  // A 1-byte budget forces the minimum block (256 queries): three blocks, the last one short.
  const at::Tensor manyBlocks = sam2::blockedAttention(q, k, v, 1);
  CHECK(oneBlock.sizes() == expected.sizes());
  CHECK(oneBlock.scalar_type() == at::kFloat);
  CHECK_MSG(maxAbsDiff(oneBlock, expected) < 1e-5, std::to_string(maxAbsDiff(oneBlock, expected)));
  CHECK_MSG(maxAbsDiff(manyBlocks, expected) < 1e-5, std::to_string(maxAbsDiff(manyBlocks, expected)));
  // Single batch takes the row-slice path.
  const at::Tensor q1 = q.select(0, 0).select(0, 0).unsqueeze(0), k1 = k.select(0, 0).select(0, 0).unsqueeze(0),
                   v1 = v.select(0, 0).select(0, 0).unsqueeze(0);
  CHECK(maxAbsDiff(sam2::blockedAttention(q1, k1, v1, 1), naiveAttention(q1, k1, v1)) < 1e-5);
}

TEST_CASE("float32 products on oneDNN equal the BLAS ones") {
  c10::InferenceMode guard;
  at::manual_seed(5);
  // Large float32 CPU products go to oneDNN wherever LibTorch has it; small ones, other dtypes
  // and other devices keep the usual call.
  const bool oneDnnKernels = at::hasMKLDNN() && sam2::oneDnnIsa() >= sam2::CpuIsa::Avx512Core;
  CHECK(sam2::useOneDnnProduct(at::zeros({1}), 256) == oneDnnKernels);
  CHECK(!sam2::useOneDnnProduct(at::zeros({1}), 255));
  // bfloat16 goes there only where oneDNN computes it natively (its bias then fused).
  CHECK(sam2::useOneDnnProduct(at::zeros({1}, at::kBFloat16), 4096) == (oneDnnKernels && sam2::cpuHasNativeBf16()));
  CHECK(!sam2::useOneDnnProduct(at::zeros({1}, at::kBFloat16), 255));
  CHECK(!sam2::useOneDnnProduct(at::zeros({1}, at::kDouble), 4096));

  const at::Tensor a = at::randn({300, 96}), b = at::randn({200, 96});
  const at::Tensor ab = sam2::productWithTransposed(a, b);
  CHECK(ab.sizes() == at::IntArrayRef({300, 200}));
  CHECK_MSG(maxAbsDiff(ab, at::mm(a.to(at::kDouble), b.to(at::kDouble).t())) < 1e-3, "product");
  // Transposed (non-contiguous) operands and a short product that stays on BLAS.
  const at::Tensor aT = at::randn({96, 300}).t(), bT = at::randn({96, 200}).t();
  CHECK(maxAbsDiff(sam2::productWithTransposed(aT, bT), at::mm(aT, bT.t())) < 1e-3);
  CHECK(maxAbsDiff(sam2::productWithTransposed(a.narrow(0, 0, 10), b), at::mm(a.narrow(0, 0, 10), b.t())) < 1e-3);

  // linear() keeps a Linear layer's shapes and bias, for [B, H, W, C] maps and without bias.
  torch::nn::Linear layer(96, 160), noBias(torch::nn::LinearOptions(96, 64).bias(false));
  const at::Tensor x = at::randn({2, 16, 16, 96});
  const at::Tensor y = sam2::linear(*layer, x);
  CHECK(y.sizes() == at::IntArrayRef({2, 16, 16, 160}));
  CHECK_MSG(maxAbsDiff(y, layer->forward(x)) < 1e-4, std::to_string(maxAbsDiff(y, layer->forward(x))));
  const at::Tensor xt = at::randn({96, 512}).t();  // strided rows
  CHECK(maxAbsDiff(sam2::linear(*noBias, xt), noBias->forward(xt)) < 1e-4);
  // bfloat16 (where this CPU runs it at all): with native bfloat16 on oneDNN, the bias added in
  // float32 before the one rounding, so within a bfloat16 step of the float32 product of the same
  // operands; elsewhere the layer's own path, bit for bit.
  if (!sam2::cpuCanRunBf16()) {
    std::fprintf(stderr, "    bfloat16 part not run: %s\n", sam2::cpuBf16Unavailable().c_str());
    return;
  }
  layer->to(at::kBFloat16);
  const at::Tensor xb = x.to(at::kBFloat16);
  const at::Tensor yb = sam2::linear(*layer, xb);
  CHECK(yb.scalar_type() == at::kBFloat16 && yb.sizes() == at::IntArrayRef({2, 16, 16, 160}));
  if (!sam2::useOneDnnProduct(xb, 512)) {
    CHECK(at::equal(yb, layer->forward(xb)));
    return;
  }
  const at::Tensor exact = at::matmul(xb.to(at::kFloat), layer->weight.to(at::kFloat).t()) + layer->bias.to(at::kFloat);
  const double step = ((yb.to(at::kFloat) - exact).abs() / (exact.abs() + 1e-3)).max().item<double>();
  std::fprintf(stderr, "    bfloat16 linear on oneDNN: largest relative difference from float32 %.5f\n", step);
  // bfloat16 keeps 8 significant bits: rounding moves a value by up to 2^-8 of it; allow one
  // whole step (2^-7) for the different order of the float32 sums.
  CHECK_MSG(step <= 1.0 / 128, std::to_string(step));
}

TEST_CASE("float32 attention with wide heads equals the plain formula") {
  c10::InferenceMode guard;
  at::manual_seed(6);
  // 160 channels: the query-key product stays on BLAS, the value product on oneDNN.
  const at::Tensor q = at::randn({1, 2, 300, 160}), k = at::randn({1, 2, 400, 160}), v = at::randn({1, 2, 400, 64});
  CHECK(maxAbsDiff(sam2::blockedAttention(q, k, v), naiveAttention(q, k, v)) < 1e-5);
}

TEST_CASE("the decoder's attention gives the same result with a few queries or a few keys") {
  c10::InferenceMode guard;
  at::manual_seed(7);
  // The mask decoder's shapes: 256 channels, 8 heads, projections downsampled to 128.
  sam2::Attention attention(256, 8, 2);
  for (auto& p : attention->parameters()) p.uniform_(-0.1, 0.1);  // biases too (they matter here)
  auto plain = [&](const at::Tensor& q, const at::Tensor& k, const at::Tensor& v) {
    auto heads = [](const at::Tensor& x) { return x.view({x.size(0), x.size(1), 8, 16}).transpose(1, 2); };
    const at::Tensor o = naiveAttention(heads(attention->q_proj->forward(q)), heads(attention->k_proj->forward(k)),
                                        heads(attention->v_proj->forward(v)));
    return attention->out_proj->forward(o.transpose(1, 2).reshape({q.size(0), q.size(1), 128}).to(at::kFloat));
  };
  const at::Tensor tokens = at::randn({2, 7, 256}), image = at::randn({2, 1024, 256}), image2 = at::randn({2, 1024, 256});
  // Tokens attending to the image (few queries), the image attending to the tokens (few keys), and
  // tokens attending to themselves (neither: the plain path).
  const double fewQueries = maxAbsDiff(attention->forward(tokens, image, image2), plain(tokens, image, image2));
  const double fewKeys = maxAbsDiff(attention->forward(image, tokens, tokens * 0.5), plain(image, tokens, tokens * 0.5));
  const double self = maxAbsDiff(attention->forward(tokens, tokens, tokens), plain(tokens, tokens, tokens));
  CHECK_MSG(fewQueries < 1e-4, "few queries: " + std::to_string(fewQueries));
  CHECK_MSG(fewKeys < 1e-4, "few keys: " + std::to_string(fewKeys));
  CHECK_MSG(self < 1e-4, "self: " + std::to_string(self));
}

TEST_CASE("the decoder's transformer gives the same result with its first block's image side cached") {
  c10::InferenceMode guard;
  at::manual_seed(8);
  sam2::TwoWayTransformer transformer(2, 256, 8, 512, 2);
  for (auto& p : transformer->parameters()) p.uniform_(-0.1, 0.1);
  const at::Tensor image = at::randn({1, 256, 16, 16}), pe = at::randn({1, 256, 16, 16});
  const sam2::FirstBlockImageSide side = transformer->firstBlockImageSide(image, pe);
  CHECK(side.defined());
  // One prompt, and two prompts sharing the image (the cache has batch 1 and is broadcast).
  for (int64_t batch : {1, 2}) {
    const at::Tensor tokens = at::randn({batch, 7, 256});
    const at::Tensor images = image.expand({batch, -1, -1, -1}), pes = pe.expand({batch, -1, -1, -1});
    const auto plain = transformer->forward(images, pes, tokens);
    const auto cached = transformer->forward(images, pes, tokens, &side);
    const double tokensDiff = maxAbsDiff(plain.first, cached.first), imageDiff = maxAbsDiff(plain.second, cached.second);
    CHECK_MSG(tokensDiff < 1e-4, "tokens: " + std::to_string(tokensDiff));
    CHECK_MSG(imageDiff < 1e-4, "image tokens: " + std::to_string(imageDiff));
    // Without the image map: its tokens come from the cache (as a click passes them).
    const auto fromCache = transformer->forward(at::Tensor(), pes, tokens, &side);
    CHECK(fromCache.first.equal(cached.first));
    CHECK(fromCache.second.equal(cached.second));
  }
}

TEST_CASE("the oneDNN ISA follows ONEDNN_MAX_CPU_ISA, and bfloat16 needs AVX-512") {
  // CI runs the model tests again with ONEDNN_MAX_CPU_ISA=AVX2: what model/ believes must follow
  // the cap (ATen's own checks ignore it), or oneDNN paths would be chosen that cannot run.
  const char* cap = std::getenv("ONEDNN_MAX_CPU_ISA");
  const std::string isa = sam2::oneDnnIsaName();
  std::fprintf(stderr, "    oneDNN kernels: %s (from %s), cap %s\n", isa.c_str(), sam2::oneDnnIsaSource().c_str(),
               cap ? cap : "none");
  if (cap && std::string(cap) == "AVX2") CHECK(sam2::oneDnnIsa() == sam2::CpuIsa::Avx2OrLess);
  if (cap && std::string(cap) == "AVX512_CORE") CHECK(sam2::oneDnnIsa() <= sam2::CpuIsa::Avx512Core);
  if (cap && std::string(cap) == "AVX512_CORE_BF16") CHECK(sam2::oneDnnIsa() <= sam2::CpuIsa::Avx512CoreBf16);
  CHECK(sam2::cpuCanRunBf16() == (at::hasMKLDNN() && sam2::oneDnnIsa() >= sam2::CpuIsa::Avx512Core));
  CHECK(sam2::cpuHasNativeBf16() == (at::hasMKLDNN() && sam2::oneDnnIsa() >= sam2::CpuIsa::Avx512CoreBf16));
  CHECK(sam2::cpuBf16Unavailable().empty() == sam2::cpuCanRunBf16());
  CHECK(sam2::cpuFeatures().find(isa) != std::string::npos);
}

TEST_CASE("attention over a few keys equals the plain formula, on Hiera's strided views") {
  c10::InferenceMode guard;
  at::manual_seed(4);
  // As Hiera lays them out: one qkv projection [windows, tokens, 3, heads, d], q, k and v are
  // views of it with the heads moved in front of the tokens.
  const int64_t windows = 37, tokens = 16, heads = 3, d = 40;
  const at::Tensor qkv = at::randn({windows, tokens, 3, heads, d});
  const at::Tensor q = qkv.select(2, 0).transpose(1, 2), k = qkv.select(2, 1).transpose(1, 2),
                   v = qkv.select(2, 2).transpose(1, 2);
  CHECK(sam2::smallAttentionApplies(q, k, v));
  const at::Tensor expected = naiveAttention(q, k, v);
  const at::Tensor out = sam2::blockedAttention(q, k, v);
  CHECK(out.sizes() == expected.sizes());
  CHECK(out.scalar_type() == at::kFloat);
  CHECK_MSG(maxAbsDiff(out, expected) < 1e-5, std::to_string(maxAbsDiff(out, expected)));
  // The result is stored as q is: [windows, tokens, heads, d], so the heads merge back for free.
  CHECK(out.transpose(1, 2).is_contiguous());
  // Pooled queries (fewer than the keys), values of another width, and plain contiguous 3-D inputs.
  const at::Tensor q4 = at::randn({windows * heads, 4, d}), k4 = at::randn({windows * heads, 16, d}),
                   v4 = at::randn({windows * heads, 16, 24});
  CHECK(maxAbsDiff(sam2::smallAttention(q4, k4, v4), naiveAttention(q4, k4, v4)) < 1e-5);
  CHECK(sam2::smallAttention(q4, k4, v4).is_contiguous());
  // Not taken: more keys than it is made for, or a last dim that is not contiguous.
  CHECK(!sam2::smallAttentionApplies(q4, at::randn({windows * heads, 64, d}), at::randn({windows * heads, 64, d})));
  CHECK(!sam2::smallAttentionApplies(q4.transpose(1, 2), k4, v4));
  if (sam2::cpuCanRunBf16()) {
    // bfloat16 in and out, float32 inside: within one bfloat16 rounding of the exact result.
    const at::Tensor out16 = sam2::blockedAttention(q.to(at::kBFloat16), k.to(at::kBFloat16), v.to(at::kBFloat16));
    CHECK(out16.scalar_type() == at::kBFloat16);
    const at::Tensor exact16 = naiveAttention(q.to(at::kBFloat16), k.to(at::kBFloat16), v.to(at::kBFloat16));
    const double worst = maxAbsDiff(out16, exact16), scale = exact16.abs().max().item<double>();
    CHECK_MSG(worst <= scale * std::pow(2.0, -8), "max diff " + std::to_string(worst));
  }
}

TEST_CASE("bfloat16 attention stays within bfloat16 rounding of the exact result") {
  if (!sam2::cpuCanRunBf16()) {
    std::fprintf(stderr, "    not run: %s (the model refuses bfloat16 here: test_image_model)\n",
                 sam2::cpuBf16Unavailable().c_str());
    return;
  }
  c10::InferenceMode guard;
  at::manual_seed(2);
  // Two heads take the batched products; one head (memory attention) the 2-D product of the
  // scores on the keys' transposed view and a batched one into the result's rows. 600 queries
  // in blocks of 256 end with a short block.
  for (const int64_t heads : {2, 1}) {
    const at::Tensor q = at::randn({1, heads, 600, 64}), k = at::randn({1, heads, 1500, 64}),
                     v = at::randn({1, heads, 1500, 64});
    const at::Tensor expected = naiveAttention(q, k, v);
    // Blocks of 256 queries (a 1-byte budget), and the default budget: one block here; on AMX
    // machines also without the fused kernel (the next test checks that one on its own).
    for (const int64_t budget : {int64_t{1}, int64_t{128} << 20}) for (const bool allowFused : {true, false}) {
      const at::Tensor out =
          sam2::blockedAttention(q.to(at::kBFloat16), k.to(at::kBFloat16), v.to(at::kBFloat16), budget, allowFused);
      CHECK(out.scalar_type() == at::kBFloat16);
      CHECK(out.sizes() == expected.sizes());
      // Inputs, scores and probabilities each carry a relative rounding of 2^-8; against an
      // output scale of about 0.1-1 that stays a few hundredths at worst, a tenth of the float32
      // value.
      const double worst = maxAbsDiff(out, expected), scale = expected.abs().max().item<double>();
      CHECK_MSG(worst < 0.05 * std::max(1.0, scale), "max diff " + std::to_string(worst));
      const double mean = (out.to(at::kDouble) - expected).abs().mean().item<double>();
      CHECK_MSG(mean < 0.005, "mean diff " + std::to_string(mean));
    }
  }
}

// Each fused attention kernel that runs here (AMX's tiles, AVX-512 BF16's dot products).
// When none does, the log says what runs instead.
std::vector<std::pair<sam2::FusedAttentionKernel, std::string>> fusedKernelsHere(const char* usedInstead) {
  std::vector<std::pair<sam2::FusedAttentionKernel, std::string>> kernels;
  if (sam2::fusedAttentionRuns(sam2::FusedAttentionKernel::Amx)) kernels.emplace_back(sam2::FusedAttentionKernel::Amx, "AMX");
  if (sam2::fusedAttentionRuns(sam2::FusedAttentionKernel::Avx512Bf16))
    kernels.emplace_back(sam2::FusedAttentionKernel::Avx512Bf16, "AVX-512 BF16");
  if (kernels.empty())
    std::fprintf(stderr, "    not run: no AMX or AVX-512 BF16 here, or ONEDNN_MAX_CPU_ISA holds them back (%s instead)\n",
                 usedInstead);
  return kernels;
}

void checkFusedAttention(sam2::FusedAttentionKernel kernel, const std::string& kernelName);

TEST_CASE("the fused attention is the exact result rounded once, closer than the blocked products") {
  const auto kernels = fusedKernelsHere("the blocked attention tested above runs");
  for (const auto& [kernel, name] : kernels) checkFusedAttention(kernel, name);
  // Where both run (AMX machines) they compute the same sums in another order: within a bfloat16
  // step of each other.
  if (kernels.size() == 2) {
    at::manual_seed(5);
    const at::Tensor q = at::randn({2, 300, 96}).to(at::kBFloat16), k = at::randn({2, 700, 96}).to(at::kBFloat16),
                     v = at::randn({2, 700, 64}).to(at::kBFloat16);
    const at::Tensor a = sam2::fusedAttention(q, k, v, 0.1, kernels[0].first),
                     b = sam2::fusedAttention(q, k, v, 0.1, kernels[1].first);
    CHECK_MSG(maxAbsDiff(a, b) <= a.abs().max().item<double>() * std::pow(2.0, -7),
              "kernels differ by " + std::to_string(maxAbsDiff(a, b)));
  }
}

void checkFusedAttention(sam2::FusedAttentionKernel kernel, const std::string& kernelName) {
  std::fprintf(stderr, "    fused attention on %s\n", kernelName.c_str());
  c10::InferenceMode guard;
  at::manual_seed(3);
  struct Shape {
    int64_t batch, nq, nk, d, dv;
    double sharpness;  // scales the queries: large values make peaked soft-maxes, late maxima
  };
  // Tails everywhere: queries past a pair of tile rows (4, 33) and past a panel (600 > 512), keys
  // past a 32-key chunk (16, 37) and a 256-key block (257, 1,500), Hiera's 96 channels and pooled
  // windows (4 queries against 16 keys), the memory's 64 values against 256 channels; sharp rows
  // move their maximum from block to block.
  // Channels off multiples of 32 are padded inside: Hiera base+'s and large's heads (56, 72), and
  // odd widths (40 channels against 36 value channels).
  const Shape shapes[] = {{3, 33, 37, 32, 32, 1.0},     {2, 100, 257, 64, 96, 1.0}, {1, 600, 1500, 256, 64, 1.0},
                          {1, 600, 1500, 256, 64, 8.0}, {4, 70, 300, 96, 96, 3.0},  {6, 4, 16, 96, 96, 1.0},
                          {4, 49, 196, 56, 56, 1.0},    {2, 300, 300, 72, 72, 2.0}, {3, 40, 90, 40, 36, 1.0}};
  for (const Shape& s : shapes) {
    const at::Tensor q16 = (at::randn({s.batch, s.nq, s.d}) * s.sharpness).to(at::kBFloat16),
                     k16 = at::randn({s.batch, s.nk, s.d}).to(at::kBFloat16),
                     v16 = at::randn({s.batch, s.nk, s.dv}).to(at::kBFloat16);
    const double scale = 1.0 / std::sqrt(static_cast<double>(s.d));
    const std::string what = kernelName + ": batch " + std::to_string(s.batch) + ", " + std::to_string(s.nq) + " x " +
                             std::to_string(s.nk) + ", d " + std::to_string(s.d) + ", dv " + std::to_string(s.dv) +
                             ", sharpness " + std::to_string(s.sharpness);
    // The exact result of the bfloat16 inputs.
    const at::Tensor exact = naiveAttention(q16, k16, v16);
    const at::Tensor fused = sam2::fusedAttention(q16, k16, v16, scale, kernel);
    CHECK(fused.scalar_type() == at::kBFloat16);
    CHECK(fused.sizes() == exact.sizes());
    // The probabilities are rounded to bfloat16 (2^-9 relative) before the product with the
    // values and the result once more: per element a few bfloat16 steps of the values' scale.
    const double worst = maxAbsDiff(fused, exact), mean = (fused.to(at::kDouble) - exact).abs().mean().item<double>();
    const double largest = exact.abs().max().item<double>();
    CHECK_MSG(worst <= largest * std::pow(2.0, -6), what + ": max diff " + std::to_string(worst));
    // Four dims (batch, one head) as the model hands them over.
    const at::Tensor q4 = q16.view({s.batch, 1, s.nq, s.d}), k4 = k16.view({s.batch, 1, s.nk, s.d}),
                     v4 = v16.view({s.batch, 1, s.nk, s.dv});
    if (s.nk >= 64) {
      // From 64 keys on the blocked path also runs bfloat16 products, rounding the scores too, so
      // the fused kernel is closer. (With fewer it computes in float32.)
      const at::Tensor blocked =
          sam2::blockedAttention(q4, k4, v4, int64_t{128} << 20, /*allowFused=*/false).view({s.batch, s.nq, s.dv});
      const double blockedMean = (blocked.to(at::kDouble) - exact).abs().mean().item<double>();
      CHECK_MSG(mean < blockedMean, what + ": mean diff " + std::to_string(mean) + ", blocked " + std::to_string(blockedMean));
    }
    // blockedAttention takes the best fused kernel on its own above small_attention.h's few keys:
    // the same bits.
    if (s.nk > sam2::kSmallAttentionMaxKeys && kernel == sam2::fusedAttentionKernel())
      CHECK_MSG(at::equal(sam2::blockedAttention(q4, k4, v4).view({s.batch, s.nq, s.dv}), fused), what);
  }

  // Inputs where they lie: Hiera's heads as transposed views of its qkv product [B, N, 3, heads,
  // d], with queries pooled to fewer rows, and the cross-attention's values broadcast over the
  // heads (stride 0); the same bits as contiguous copies.
  const at::Tensor qkv = at::randn({3, 64, 3, 2, 96}).to(at::kBFloat16);
  const at::Tensor qHeads = qkv.select(2, 0).narrow(1, 0, 16).transpose(1, 2), kHeads = qkv.select(2, 1).transpose(1, 2),
                   vHeads = qkv.select(2, 2).transpose(1, 2);
  CHECK(!qHeads.is_contiguous() && !kHeads.is_contiguous());
  const double headScale = 1.0 / std::sqrt(96.0);
  const at::Tensor headsOut = sam2::fusedAttention(qHeads, kHeads, vHeads, headScale, kernel);
  const at::Tensor headsExact = naiveAttention(qHeads, kHeads, vHeads);
  CHECK_MSG(maxAbsDiff(headsOut, headsExact) <= headsExact.abs().max().item<double>() * std::pow(2.0, -6),
            "heads: max diff " + std::to_string(maxAbsDiff(headsOut, headsExact)));
  CHECK(at::equal(headsOut, sam2::fusedAttention(qHeads.contiguous(), kHeads.contiguous(), vHeads.contiguous(), headScale, kernel)));
  const at::Tensor vShared = at::randn({3, 1, 64, 64}).to(at::kBFloat16).expand({3, 2, 64, 64});
  const at::Tensor sharedOut = sam2::fusedAttention(qHeads, kHeads, vShared, headScale, kernel);
  CHECK(maxAbsDiff(sharedOut, naiveAttention(qHeads, kHeads, vShared)) <= 0.05);
  CHECK(at::equal(sharedOut, sam2::fusedAttention(qHeads, kHeads, vShared.contiguous(), headScale, kernel)));
  // Rows not adjacent (a narrowed channel range) and three dims.
  const at::Tensor kWide = at::randn({1, 300, 128}).to(at::kBFloat16), vWide = at::randn({1, 300, 96}).to(at::kBFloat16);
  const at::Tensor q3 = at::randn({1, 40, 64}).to(at::kBFloat16);
  const at::Tensor k3 = kWide.narrow(2, 32, 64), v3 = vWide.narrow(2, 0, 64);
  CHECK(!k3.is_contiguous());
  CHECK(at::equal(sam2::fusedAttention(q3, k3, v3, 0.125, kernel), sam2::fusedAttention(q3, k3.contiguous(), v3.contiguous(), 0.125, kernel)));
  // Shapes it does not take are refused, not computed wrong.
  CHECK(sam2::fusedAttentionApplies(48, 64));
  CHECK(!sam2::fusedAttentionApplies(16, 64));
  CHECK(!sam2::fusedAttentionApplies(64, 16));
  CHECK(!sam2::fusedAttentionTakes(q3.narrow(2, 0, 16), k3.narrow(2, 0, 16), v3));
  CHECK(!sam2::fusedAttentionTakes(q3.to(at::kFloat), k3, v3));
  CHECK(sam2::fusedAttentionTakes(q3, k3, v3));
  bool refused = false;
  try {
    sam2::fusedAttention(q3.narrow(2, 0, 16), k3.narrow(2, 0, 16), v3, 0.125, kernel);
  } catch (const sam2::Sam2Error&) {
    refused = true;
  }
  CHECK(refused);
}

TEST_CASE("the fused float32 attention is the exact result to float32 accuracy, in place and in the blocked path") {
  if (!avx512KernelRuns(sam2::floatAttentionAvailable(), "the blocked float32 attention tested above")) return;
  c10::InferenceMode guard;
  at::manual_seed(4);
  struct Shape {
    int64_t batch, nq, nk, d, dv;
    double sharpness;
  };
  // Tails: queries past a group of 32 and a panel (600 > 512), keys past a pair of 16-key tiles
  // (37) and a 256-key block (257, 1,500); Hiera's 96 channels, the memory's 256 against 64
  // values; sharp rows move their maximum from block to block.
  const Shape shapes[] = {{3, 33, 37, 32, 32, 1.0},    {2, 100, 257, 64, 96, 1.0}, {1, 600, 1500, 256, 64, 1.0},
                          {1, 600, 1500, 256, 64, 8.0}, {4, 70, 300, 96, 96, 3.0}, {6, 4, 40, 96, 96, 1.0}};
  for (const Shape& s : shapes) {
    const at::Tensor q = at::randn({s.batch, s.nq, s.d}) * s.sharpness, k = at::randn({s.batch, s.nk, s.d}),
                     v = at::randn({s.batch, s.nk, s.dv});
    const std::string what = "batch " + std::to_string(s.batch) + ", " + std::to_string(s.nq) + " x " +
                             std::to_string(s.nk) + ", d " + std::to_string(s.d) + ", dv " + std::to_string(s.dv);
    CHECK(sam2::floatAttentionTakes(q, k, v));
    const at::Tensor out = sam2::floatAttention(q, k, v, 1.0 / std::sqrt(static_cast<double>(s.d)));
    const at::Tensor exact = naiveAttention(q, k, v);
    CHECK(out.scalar_type() == at::kFloat);
    CHECK(out.sizes() == exact.sizes());
    // float32 sums over up to 1,500 keys and 256 channels: a few float32 steps of the values' scale.
    const double worst = maxAbsDiff(out, exact);
    CHECK_MSG(worst <= 2e-5 * std::max(1.0, exact.abs().max().item<double>()), what + ": max diff " + std::to_string(worst));
    // blockedAttention takes it on its own above small_attention.h's few keys: the same bits.
    const at::Tensor q4 = q.view({s.batch, 1, s.nq, s.d}), k4 = k.view({s.batch, 1, s.nk, s.d}),
                     v4 = v.view({s.batch, 1, s.nk, s.dv});
    if (s.nk > sam2::kSmallAttentionMaxKeys)
      CHECK_MSG(at::equal(sam2::blockedAttention(q4, k4, v4).view({s.batch, s.nq, s.dv}), out), what);
  }
  // Inputs where they lie: heads as transposed views of a qkv product, broadcast values; the same
  // bits as contiguous copies.
  const at::Tensor qkv = at::randn({3, 64, 3, 2, 96});
  const at::Tensor qHeads = qkv.select(2, 0).narrow(1, 0, 16).transpose(1, 2), kHeads = qkv.select(2, 1).transpose(1, 2),
                   vHeads = qkv.select(2, 2).transpose(1, 2);
  CHECK(!qHeads.is_contiguous() && !kHeads.is_contiguous());
  const at::Tensor headsOut = sam2::floatAttention(qHeads, kHeads, vHeads, 0.1);
  CHECK(at::equal(headsOut, sam2::floatAttention(qHeads.contiguous(), kHeads.contiguous(), vHeads.contiguous(), 0.1)));
  const at::Tensor vShared = at::randn({3, 1, 64, 64}).expand({3, 2, 64, 64});
  CHECK(at::equal(sam2::floatAttention(qHeads, kHeads, vShared, 0.1),
                  sam2::floatAttention(qHeads, kHeads, vShared.contiguous(), 0.1)));
  // Widths it does not take stay with the blocked path, and a direct call refuses them.
  CHECK(!sam2::floatAttentionTakes(at::randn({1, 40, 56}), at::randn({1, 90, 56}), at::randn({1, 90, 64})));
  CHECK(!sam2::floatAttentionTakes(at::randn({1, 40, 64}), at::randn({1, 90, 64}), at::randn({1, 90, 48})));
  CHECK(!sam2::floatAttentionTakes(at::randn({1, 40, 64}).to(at::kBFloat16), at::randn({1, 90, 64}), at::randn({1, 90, 64})));
  CHECK_THROWS(sam2::floatAttention(at::randn({1, 40, 16}), at::randn({1, 90, 16}), at::randn({1, 90, 16}), 0.25),
               sam2::Sam2Error);
}

void checkFusedLinear(sam2::FusedAttentionKernel kernel, const std::string& kernelName);

TEST_CASE("fused linear layers equal the product, GELU and residual add done one after the other") {
  for (const auto& [kernel, name] : fusedKernelsHere("oneDNN's products run")) checkFusedLinear(kernel, name);
}

void checkFusedLinear(sam2::FusedAttentionKernel kernel, const std::string& kernelName) {
  std::fprintf(stderr, "    fused linear layers on %s\n", kernelName.c_str());
  // The layer helper and the modules take the best kernel here.
  const bool best = kernel == sam2::fusedAttentionKernel();
  c10::InferenceMode guard;
  at::manual_seed(11);
  struct Shape {
    int64_t rows, in, out;
  };
  // Hiera's MLP layers, a row count that ends in a partial pair of tile rows (300), and a weight
  // too large for one block of columns (3072 x 768: 4.7 MB).
  const Shape shapes[] = {{4096, 384, 1536}, {4096, 1536, 384}, {300, 96, 384}, {1024, 768, 3072}, {544, 3072, 768}};
  for (const Shape& s : shapes) {
    const std::string what = kernelName + ": " + std::to_string(s.rows) + " x " + std::to_string(s.in) + " -> " + std::to_string(s.out);
    torch::nn::Linear layer(s.in, s.out);
    layer->to(at::kBFloat16);
    const at::Tensor x = at::randn({1, s.rows, s.in}).to(at::kBFloat16),
                     residual = at::randn({1, s.rows, s.out}).to(at::kBFloat16);
    CHECK(sam2::amxLinearTakes(x, layer->weight, layer->bias));
    const at::Tensor packed = sam2::amxPackWeight(layer->weight);
    const at::Tensor product = sam2::amxLinear(x, packed, layer->bias, sam2::LinearEpilogue::Bias, {}, kernel);
    CHECK(product.sizes() == at::IntArrayRef({1, s.rows, s.out}));
    // Within a bfloat16 step of the exact product of the bfloat16 inputs (float32 accumulation).
    const at::Tensor exact = at::matmul(x.to(at::kDouble), layer->weight.to(at::kDouble).t()) + layer->bias.to(at::kDouble);
    const at::Tensor diff = (product.to(at::kDouble) - exact).abs();
    CHECK_MSG(diff.le(exact.abs() * std::pow(2.0, -8) + 1e-3).all().item<bool>(),
              what + ": max diff " + std::to_string(diff.max().item<double>()));
    // oneDNN's product (the 1x1 convolution of onednn_products.h, on AMX or AVX-512 BF16 as the
    // kernel) accumulates in the same order and rounds the same way: the same bits.
    if (best) CHECK_MSG(at::equal(product, sam2::linear(*layer, x)), what + ": differs from oneDNN's product");
    // The epilogues: GELU by the table, the residual add rounded as addInPlace rounds it.
    at::Tensor gelu = product.clone();
    sam2::geluBf16(gelu, {}, at::kBFloat16, /*inPlace=*/true);
    CHECK_MSG(at::equal(sam2::amxLinear(x, packed, layer->bias, sam2::LinearEpilogue::BiasGelu, {}, kernel), gelu), what + ": GELU");
    at::Tensor sum = product.clone();
    sam2::addInPlace(sum, residual);
    CHECK_MSG(at::equal(sam2::amxLinear(x, packed, layer->bias, sam2::LinearEpilogue::BiasResidual, residual, kernel), sum),
              what + ": residual");
    const at::Tensor relu = sam2::reluInPlace(product.clone());
    CHECK_MSG(at::equal(sam2::amxLinear(x, packed, layer->bias, sam2::LinearEpilogue::BiasRelu, {}, kernel), relu), what + ": ReLU");
    // The layer helper the modules call: the same, also for a strided input (copied first).
    if (!best) continue;
    const sam2::PackedWeights cache;
    CHECK(at::equal(sam2::linearWithEpilogue(cache, *layer, x, sam2::LinearEpilogue::BiasRelu), relu));
    const at::Tensor strided = at::cat({x, x}, -1).narrow(-1, s.in, s.in);
    CHECK(!strided.is_contiguous());
    CHECK(at::equal(sam2::linearWithEpilogue(cache, *layer, strided, sam2::LinearEpilogue::BiasResidual, residual), sum));
  }
  if (!best) return;
  // Hiera's MLP with its residual: the fused path against the steps on oneDNN.
  sam2::Mlp mlp(192, 768, 192, 2, sam2::Activation::Gelu);
  mlp->to(at::kBFloat16);
  const at::Tensor x = at::randn({1, 40, 40, 192}).to(at::kBFloat16), residual = at::randn({1, 40, 40, 192}).to(at::kBFloat16);
  auto& first = mlp->layers->at<torch::nn::LinearImpl>(0);
  auto& second = mlp->layers->at<torch::nn::LinearImpl>(1);
  at::Tensor steps = sam2::linear(second, sam2::activateOwned(sam2::linear(first, x), sam2::Activation::Gelu));
  CHECK(at::equal(mlp->forward(x), steps));
  sam2::addInPlace(steps, residual);
  CHECK(at::equal(mlp->forwardAdding(x, residual), steps));
  // What it does not take stays with oneDNN: widths off 32, float32, a strided input, few rows.
  CHECK(!sam2::amxLinearTakes(at::randn({512, 48}).to(at::kBFloat16), at::randn({64, 48}).to(at::kBFloat16), at::randn({64})));
  CHECK(!sam2::amxLinearTakes(at::randn({512, 64}), at::randn({64, 64}), at::randn({64})));
  CHECK(!sam2::amxLinearTakes(at::randn({64, 512}).to(at::kBFloat16).t(), at::randn({64, 64}).to(at::kBFloat16), at::randn({64})));
  CHECK(!sam2::amxLinearTakes(at::randn({100, 64}).to(at::kBFloat16), at::randn({64, 64}).to(at::kBFloat16), at::randn({64})));
}

TEST_CASE("the AVX-512 bfloat16 soft-max rounds like ATen's, row by row") {
  if (!sam2::softmaxBf16Available()) {
    // Without AVX-512 bfloat16 is refused altogether (test_image_model); the kernel says so too.
    at::Tensor t = at::zeros({2, 8}, at::kBFloat16);
    CHECK_THROWS(sam2::softmaxBf16InPlace(t), sam2::Sam2Error);
    std::fprintf(stderr, "    not run: no AVX-512 kernels here (the CPU or ONEDNN_MAX_CPU_ISA)\n");
    return;
  }
  c10::InferenceMode guard;
  at::manual_seed(8);
  // Row lengths around the 16-wide vectors (tails of 1 and 15), a memory-attention row, and
  // scores from tiny to large (rows whose exponentials underflow to 0 but for the maximum).
  // Measured: at most 0.03 % of the values of a case differ from ATen's, by one step.
  // Both roundings of the result: written out, and AVX-512 BF16's instruction where the CPU has
  // it. They give the same bits for normal values; subnormal ones (below 1.2e-38, from scores
  // 87 and more below the row's maximum) the instruction makes 0, as the model's threads do with
  // denormals flushed, so those may be 0 instead of ATen's value and are not counted as differing.
  double worstDiffering = 0.0;
  for (const bool native : {false, true}) {
  for (int64_t n : {1, 15, 16, 17, 31, 32, 33, 196, 4096, 28736}) {
    for (double spread : {0.01, 3.0, 200.0}) {
      const at::Tensor scores = (at::randn({5, n}) * spread).to(at::kBFloat16);
      at::Tensor ours = scores.clone();
      sam2::softmaxBf16InPlace(ours, native);
      // ATen's: float32 arithmetic, rounded once to bfloat16, as ours.
      const at::Tensor aten = at::_softmax(scores, -1, false);
      const at::Tensor exact = at::softmax(scores.to(at::kDouble), -1);
      // The same bfloat16 value, or the neighbour where the float32 values straddle a rounding
      // boundary (the exponentials may differ in their last float32 bit).
      const at::Tensor diff = (ours.to(at::kDouble) - aten.to(at::kDouble)).abs();
      const at::Tensor subnormal = aten.to(at::kFloat).abs().lt(std::numeric_limits<float>::min());
      CHECK(ours.eq(aten).logical_or(ours.eq(0)).logical_or(subnormal.logical_not()).all().item<bool>());
      const double ulpRel = (diff / (aten.to(at::kDouble).abs() + 1e-30)).max().item<double>();
      const double differing = diff.gt(0).logical_and(subnormal.logical_not()).to(at::kDouble).mean().item<double>();
      worstDiffering = std::max(worstDiffering, differing);
      CHECK_MSG(ulpRel <= 1.0 / 128, "n " + std::to_string(n) + ": relative " + std::to_string(ulpRel));
      CHECK_MSG(differing <= 0.001, std::string(native ? "native, " : "") + "n " + std::to_string(n) + ": " +
                                        std::to_string(differing * 100) + " % differ");
      // Against the exact soft-max: one bfloat16 rounding.
      const double rel = ((ours.to(at::kDouble) - exact).abs() / (exact + 1e-30)).max().item<double>();
      CHECK_MSG(rel <= 1.0 / 256 + 1e-6 || exact.max().item<double>() < 1e-30, "n " + std::to_string(n) + ": " + std::to_string(rel));
      CHECK(ours.sum(-1).to(at::kDouble).sub(1).abs().max().item<double>() < 0.02 + n * 2e-3);
    }
  }
  }
  // The maximum of a row of negative values, of one with the maximum in the last, partial group
  // of 32, and of one that is all -inf but one value.
  for (const bool native : {false, true}) {
    const at::Tensor negative = (at::rand({3, 45}) * -50.0 - 1.0).to(at::kBFloat16);
    at::Tensor a = negative.clone();
    sam2::softmaxBf16InPlace(a, native);
    CHECK((a.to(at::kDouble) - at::softmax(negative.to(at::kDouble), -1)).abs().max().item<double>() < 4e-3);
    at::Tensor lastGroup = at::zeros({1, 40}, at::kBFloat16);
    lastGroup[0][39] = 30.0;
    sam2::softmaxBf16InPlace(lastGroup, native);
    CHECK(lastGroup[0][39].item<float>() == 1.0f);
    CHECK(lastGroup[0][0].item<float>() < 1e-12f);
    at::Tensor infinite = at::full({1, 20}, -std::numeric_limits<float>::infinity(), at::kBFloat16);
    infinite[0][7] = -3.0;
    sam2::softmaxBf16InPlace(infinite, native);
    CHECK(infinite[0][7].item<float>() == 1.0f);
    CHECK(infinite.sum().item<float>() == 1.0f);
  }
  std::fprintf(stderr, "    bfloat16 soft-max: at most %.3f %% of the values differ from ATen's\n", worstDiffering * 100);
  // Refuses what it cannot work on.
  at::Tensor f32 = at::zeros({2, 8});
  CHECK_THROWS(sam2::softmaxBf16InPlace(f32), sam2::Sam2Error);
  at::Tensor strided = at::zeros({8, 2}, at::kBFloat16).t();
  CHECK_THROWS(sam2::softmaxBf16InPlace(strided), sam2::Sam2Error);
}

// The AVX2 float32 kernels called directly (float_kernels_avx2.h): on an AVX-512 machine the
// entry points take the AVX-512 ones, so both are checked in one run; CI's run capped at AVX2
// takes the AVX2 ones through the entry points too.
void softmaxViaAvx2(at::Tensor& t) {
  const int64_t n = t.size(-1);
  sam2::detail::softmaxFloatRowsAvx2(t.data_ptr<float>(), 0, t.numel() / n, n);
}

at::Tensor layerNormViaAvx2(at::Tensor& x, const at::Tensor& weight, const at::Tensor& bias, const at::Tensor& addend,
                            bool keepSum) {
  const int64_t c = x.size(-1);
  at::Tensor out = at::empty_like(x);
  std::vector<float> buffer(static_cast<size_t>(c));
  sam2::detail::layerNormFloatRowsAvx2(x.data_ptr<float>(), addend.defined() ? addend.data_ptr<float>() : nullptr,
                                       keepSum ? x.data_ptr<float>() : nullptr, out.data_ptr<float>(), 0,
                                       x.numel() / c, c, weight.data_ptr<float>(), bias.data_ptr<float>(), 1e-6f,
                                       buffer.data());
  return out;
}

// Which float32 kernels a test runs: the entry point's (AVX-512, or AVX2 where that is the best
// there is) and, where the CPU has AVX2, the AVX2 one directly.
struct FloatKernelPath {
  const char* name;
  bool direct;
};

std::vector<FloatKernelPath> floatKernelPaths(bool entryPointRuns, const char* usedInstead) {
  std::vector<FloatKernelPath> paths;
  if (entryPointRuns)
    paths.push_back({sam2::softmaxBf16Available() ? "AVX-512" : "AVX2", false});
  else
    std::fprintf(stderr, "    not run: no AVX-512 or AVX2 kernels here (%s is used instead)\n", usedInstead);
  if (sam2::floatKernelsAvx2Available() && sam2::softmaxBf16Available()) paths.push_back({"AVX2, called directly", true});
  return paths;
}

TEST_CASE("the float32 soft-max (AVX-512, AVX2) agrees with ATen's and the exact one") {
  if (!sam2::softmaxFloatAvailable()) {
    at::Tensor t = at::zeros({2, 8});
    CHECK_THROWS(sam2::softmaxFloatInPlace(t), sam2::Sam2Error);
  }
  c10::InferenceMode guard;
  for (const FloatKernelPath& path : floatKernelPaths(sam2::softmaxFloatAvailable(), "ATen's soft-max")) {
  const auto softmax = [&](at::Tensor& t) { path.direct ? softmaxViaAvx2(t) : sam2::softmaxFloatInPlace(t); };
  at::manual_seed(9);
  // Row lengths around the kernels' 32-, 16- and 8-wide steps, a Hiera window, a memory-attention
  // row; scores from flat to so spread that most exponentials underflow.
  double worstRel = 0.0;
  // (Through the entry point rows under 32 are ATen's; the AVX2 kernel is called on them all.)
  for (int64_t n : {1, 7, 8, 9, 15, 16, 17, 31, 32, 33, 47, 49, 196, 4096, 28736}) {
    for (double spread : {0.01, 3.0, 60.0}) {
      const at::Tensor scores = at::randn({6, n}) * spread;
      at::Tensor ours = scores.clone();
      softmax(ours);
      const at::Tensor exact = at::softmax(scores.to(at::kDouble), -1);
      const at::Tensor aten = at::_softmax(scores, -1, false).to(at::kDouble);
      // Against the exact values, relative to each row's largest probability: the exponential's
      // 2e-7 and the sum's rounding over up to 28,736 terms, as ATen's own error is.
      const at::Tensor rowScale = exact.amax(-1, true);
      const double ourErr = ((ours.to(at::kDouble) - exact).abs() / rowScale).max().item<double>();
      const double atenErr = ((aten - exact).abs() / rowScale).max().item<double>();
      worstRel = std::max(worstRel, ourErr);
      const std::string where = std::string(path.name) + ", n " + std::to_string(n);
      CHECK_MSG(ourErr < 2e-6, where + ": " + std::to_string(ourErr));
      CHECK_MSG(ourErr < 4 * atenErr + 5e-7,
                where + ": ours " + std::to_string(ourErr) + ", ATen's " + std::to_string(atenErr));
      // Where a probability is not negligible, it is the exact one to a few float32 steps.
      const at::Tensor big = exact.gt(1e-6);
      const double rel = ((ours.to(at::kDouble) - exact).abs() / exact).masked_select(big).max().item<double>();
      CHECK_MSG(rel < 1e-5, where + ": relative " + std::to_string(rel));
    }
  }
  std::fprintf(stderr, "    float32 soft-max, %s: worst error %.2g of the row's largest probability\n", path.name,
               worstRel);
  // -inf scores (masked keys) give 0; the rest still sums to one.
  at::Tensor masked = at::randn({2, 40});
  masked.narrow(1, 5, 30).fill_(-std::numeric_limits<float>::infinity());
  softmax(masked);
  CHECK(masked.narrow(1, 5, 30).eq(0).all().item<bool>());
  CHECK((masked.sum(-1) - 1).abs().max().item<float>() < 1e-6f);
  }
  // Refuses what it cannot work on.
  at::Tensor bf16 = at::zeros({2, 8}, at::kBFloat16);
  CHECK_THROWS(sam2::softmaxFloatInPlace(bf16), sam2::Sam2Error);
  at::Tensor strided = at::zeros({8, 2}).t();
  CHECK_THROWS(sam2::softmaxFloatInPlace(strided), sam2::Sam2Error);
}

TEST_CASE("the AVX-512 bfloat16 layer norm equals the float32 norm rounded to bfloat16") {
  if (!avx512KernelRuns(sam2::layerNormBf16Available(), "the float32 round trip")) return;
  c10::InferenceMode guard;
  at::manual_seed(6);
  // Hiera's and the decoder's widths, a tail of a partial vector (100), and an offset mean.
  double worstShare = 0.0;
  for (int64_t c : {96, 100, 256, 384, 1536}) {
    const at::Tensor x = (at::randn({300, c}) * 3.0 + 1.5).to(at::kBFloat16);
    const at::Tensor weight = at::randn({c}), bias = at::randn({c});
    const at::Tensor expected = at::layer_norm(x.to(at::kFloat), {c}, weight, bias, 1e-6).to(at::kBFloat16);
    const at::Tensor out = sam2::layerNormBf16(x, weight, bias, 1e-6);
    CHECK(out.scalar_type() == at::kBFloat16);
    CHECK(out.sizes() == x.sizes());
    // Float32 sums in another order: a value may land on the other side of a bfloat16 rounding
    // boundary, one step (2^-8 relative) away, and rarely.
    const at::Tensor diff = (out.to(at::kFloat) - expected.to(at::kFloat)).abs();
    const at::Tensor step = expected.to(at::kFloat).abs() * std::pow(2.0, -7) + 1e-6;
    CHECK_MSG(diff.le(step).all().item<bool>(), "c " + std::to_string(c) + " max diff " + std::to_string(diff.max().item<double>()));
    const double differing = diff.gt(0).to(at::kDouble).mean().item<double>();
    CHECK_MSG(differing < 0.01, "c " + std::to_string(c) + ": " + std::to_string(100 * differing) + " % differ");
    worstShare = std::max(worstShare, differing);
  }
  std::fprintf(stderr, "    bfloat16 layer norm: at most %.3f %% of the values differ from float32's rounded\n",
               100 * worstShare);
  bool threw = false;
  try {
    sam2::layerNormBf16(at::zeros({4, 8}, at::kBFloat16), at::ones({7}), at::zeros({7}), 1e-6);
  } catch (const sam2::Sam2Error&) {
    threw = true;
  }
  CHECK(threw);
}

// The same pass on float32 maps (the decoder's and Hiera's norms of float32 models): ATen's
// add and norm up to the order of the float32 sums; the sum kept in x is ATen's add_ exactly.
TEST_CASE("the float32 layer norm (AVX-512, AVX2) with its residual equals ATen's add and norm") {
  c10::InferenceMode guard;
  for (const FloatKernelPath& path : floatKernelPaths(sam2::layerNormFloatAvailable(), "ATen's add and norm")) {
  at::manual_seed(14);
  for (int64_t c : {7, 64, 96, 100, 256, 1536}) {
    const at::Tensor x = at::randn({300, c}) * 3.0 + 1.5, addend = at::randn({300, c});
    const at::Tensor weight = at::randn({c}), bias = at::randn({c});
    const auto norm = [&](const at::Tensor& in, const at::Tensor& add) {
      at::Tensor copy = in.clone();
      return path.direct ? layerNormViaAvx2(copy, weight, bias, add, false) : sam2::layerNormFloat(in, weight, bias, 1e-6, add);
    };
    for (const bool withAddend : {false, true}) {
      const at::Tensor add = withAddend ? addend : at::Tensor();
      const at::Tensor expected = at::layer_norm(withAddend ? x + addend : x, {c}, weight, bias, 1e-6);
      const at::Tensor out = norm(x, add);
      CHECK(out.scalar_type() == at::kFloat);
      const double gap = maxAbsDiff(out, expected);
      CHECK_MSG(gap < 2e-5, std::string(path.name) + ", c " + std::to_string(c) + " max diff " + std::to_string(gap));
    }
    at::Tensor kept = x.clone();
    const at::Tensor normed = path.direct ? layerNormViaAvx2(kept, weight, bias, addend, true)
                                          : sam2::addThenLayerNormFloat(kept, addend, weight, bias, 1e-6);
    CHECK(kept.equal(x + addend));
    CHECK(normed.equal(norm(x + addend, {})));
  }
  }
  if (!sam2::layerNormFloatAvailable()) return;
  CHECK_THROWS(sam2::layerNormFloat(at::zeros({4, 8}), at::ones({7}), at::zeros({7}), 1e-6), sam2::Sam2Error);
  CHECK_THROWS(sam2::layerNormFloat(at::zeros({4, 8}), at::ones({8}), at::zeros({8}), 1e-6,
                                    at::zeros({4, 8}, at::kBFloat16)),
               sam2::Sam2Error);
}

TEST_CASE("residual adds kept in place, alone or with the norm after them, equal ATen's add_ and norm") {
  c10::InferenceMode guard;
  at::manual_seed(9);
  // The helpers the model calls, on every CPU: float32 through ATen, bfloat16 through the AVX-512
  // kernels where they run. Either way: ATen's add_ (each sum rounded once), then the norm of
  // the stored sum, bit for bit; the sum lands in x's own memory.
  torch::nn::LayerNorm norm(torch::nn::LayerNormOptions({384}).eps(1e-6));
  norm->weight.set_data(at::randn({384}));
  norm->bias.set_data(at::randn({384}));
  for (const auto type : {at::kFloat, at::kBFloat16}) {
    const at::Tensor x0 = (at::randn({2, 33, 384}) * 4.0).to(type), addend = at::randn({2, 33, 384}).to(type);
    const at::Tensor sum = x0.clone().add_(addend);
    at::Tensor x = x0.clone();
    const void* storage = x.data_ptr();
    const at::Tensor normed = sam2::addThenLayerNorm(norm, x, addend);
    CHECK(x.data_ptr() == storage);
    CHECK(x.equal(sum));
    CHECK(normed.equal(sam2::layerNorm(norm, sum)));
    at::Tensor y = x0.clone();
    CHECK(sam2::addInPlace(y, addend).data_ptr() == y.data_ptr());
    CHECK(y.equal(sum));
    // Into a new tensor: the same sums, the inputs untouched.
    const at::Tensor z = x0.clone(), fresh = sam2::sumOf(z, addend);
    CHECK(fresh.data_ptr() != z.data_ptr());
    CHECK(fresh.equal(sum));
    CHECK(z.equal(x0));
  }
  if (!avx512KernelRuns(sam2::addBf16Available() && sam2::layerNormBf16Available(), "ATen's add_")) return;
  // The kernels themselves: lengths around the 16-wide vectors and the threads' split, values
  // whose sums round (ties to even included: 1 + 2^-8 is a tie between 1 and 1 + 2^-7).
  for (int64_t n : {1, 15, 17, 100003}) {
    at::Tensor a = (at::randn({n}) * 100).to(at::kBFloat16), b = at::randn({n}).to(at::kBFloat16);
    a[0] = 1.0;
    b[0] = std::pow(2.0, -8);
    const at::Tensor expected = a.clone().add_(b);
    CHECK(sam2::addBf16(a, b).equal(expected));
    CHECK(sam2::addBf16InPlace(a, b).equal(expected));
  }
  for (int64_t c : {96, 100, 256}) {
    at::Tensor x = (at::randn({301, c}) * 3.0 + 1.5).to(at::kBFloat16);
    const at::Tensor addend = at::randn({301, c}).to(at::kBFloat16), weight = at::randn({c}), bias = at::randn({c});
    const at::Tensor sum = x.clone().add_(addend);
    const at::Tensor normed = sam2::addThenLayerNormBf16(x, addend, weight, bias, 1e-6);
    CHECK(x.equal(sum));
    CHECK(normed.equal(sam2::layerNormBf16(sum, weight, bias, 1e-6)));
  }
  at::Tensor f32 = at::zeros({4}), bf = at::zeros({4}, at::kBFloat16), other = at::zeros({5}, at::kBFloat16);
  CHECK_THROWS(sam2::addBf16InPlace(f32, f32), sam2::Sam2Error);
  CHECK_THROWS(sam2::addBf16InPlace(bf, other), sam2::Sam2Error);
  CHECK_THROWS(sam2::addBf16(bf, other), sam2::Sam2Error);
  CHECK_THROWS(sam2::addThenLayerNormBf16(bf, {}, at::ones({4}), at::zeros({4}), 1e-6), sam2::Sam2Error);
}

TEST_CASE("the AVX-512 bfloat16 GELU is the exact GELU rounded to bfloat16, at least as often as ATen's") {
  if (!avx512KernelRuns(sam2::geluBf16Available(), "ATen's GELU")) return;
  c10::InferenceMode guard;
  at::manual_seed(7);
  // Values well into both tails (erfc far below a bfloat16 step, and past the cut at |v| = 12.7),
  // and a length that ends in a partial vector.
  const at::Tensor x = (at::randn({1001, 37}) * 4.0).to(at::kBFloat16);
  const at::Tensor addend = at::randn({1001, 37}).to(at::kBFloat16);
  const at::Tensor extremes = at::tensor({-40.f, -13.f, -12.f, -6.f, -0.5f, 0.f, 0.5f, 6.f, 13.f, 40.f}).to(at::kBFloat16);
  // x/2 erfc(-x / sqrt 2): with 1 + erf(x / sqrt 2) instead, ATen's double erf misses the
  // correctly rounded bfloat16 GELU for 2.6 % of these inputs, all in the negative tail.
  const auto exactGelu = [](const at::Tensor& v) {
    const at::Tensor d = v.to(at::kDouble);
    return d * 0.5 * at::erfc(d * (-1.0 / std::sqrt(2.0)));
  };
  const auto check = [&](const at::Tensor& out, const at::Tensor& input, const std::string& what) {
    // Within a bfloat16 rounding step of the exact value (or 1e-6 where it is tiny).
    const at::Tensor exact = exactGelu(input);
    const at::Tensor diff = (out.to(at::kDouble) - exact).abs();
    const at::Tensor allowed = exact.abs() * std::pow(2.0, -8) + 1e-6;
    CHECK_MSG(diff.le(allowed).all().item<bool>(), what + ": max diff " + std::to_string(diff.max().item<double>()));
  };
  check(sam2::geluBf16(x), x, "bfloat16");
  check(sam2::geluBf16(extremes), extremes, "tails");
  // With an addend the kernel computes (no table): bfloat16 out within a step as well.
  check(sam2::geluBf16(x, addend), (x.to(at::kFloat) + addend.to(at::kFloat)), "bfloat16 with an addend");
  const at::Tensor sum = x.to(at::kFloat) + addend.to(at::kFloat);
  const at::Tensor withAdd = sam2::geluBf16(x, addend, at::kFloat);
  CHECK(withAdd.scalar_type() == at::kFloat);
  // float32 out: within float32 accuracy of the exact value (erfc to 1.2e-7 relative).
  CHECK(((withAdd.to(at::kDouble) - exactGelu(sum)).abs() <= exactGelu(sum).abs() * 1e-6 + 1e-7).all().item<bool>());
  at::Tensor inPlace = x.clone();
  sam2::geluBf16(inPlace, {}, at::kBFloat16, /*inPlace=*/true);
  CHECK(inPlace.equal(sam2::geluBf16(x)));
  // How often each rounds to another bfloat16 than the exact GELU does. ATen's float32 GELU loses
  // relative accuracy in the negative tail (1 + erf cancels), so it misses more often; so does the
  // kernel's arithmetic (with an addend), by less.
  const at::Tensor exact16 = exactGelu(x).to(at::kFloat).to(at::kBFloat16);
  const auto missShare = [&](const at::Tensor& out) { return out.ne(exact16).to(at::kDouble).mean().item<double>(); };
  const at::Tensor zeros = at::zeros_like(x);
  const double mine = missShare(sam2::geluBf16(x)), arithmetic = missShare(sam2::geluBf16(x, zeros)),
               aten = missShare(at::gelu(x.to(at::kFloat)).to(at::kBFloat16));
  CHECK_MSG(arithmetic <= aten, std::to_string(arithmetic) + " against ATen's " + std::to_string(aten));
  std::fprintf(stderr, "    bfloat16 GELU: %.2f %% of the values differ from the exact GELU rounded (with an addend; "
               "without: %.2f %%; ATen's: %.2f %%)\n", 100 * arithmetic, 100 * mine, 100 * aten);

  // Without an addend, every finite bfloat16 input (65,280 of the 65,536 bit patterns) gives the exact GELU
  // rounded once; only where the float32 nearest to the exact value is itself a bfloat16 tie may
  // the exact value's double rounding here (to float32, then bfloat16) differ. Subnormal inputs
  // count as signed zeros, as on the model's threads.
  at::Tensor all = at::arange(0, 65536, at::kInt).to(at::kShort).view(at::kBFloat16);
  all = all.masked_select(all.to(at::kFloat).isfinite());
  const at::Tensor allFloat = all.to(at::kFloat);
  const at::Tensor normalInput = allFloat.abs().ge(std::numeric_limits<float>::min());
  const at::Tensor exactAll = at::where(normalInput, exactGelu(allFloat), allFloat.to(at::kDouble) * 0.0);
  const at::Tensor exactFloat = exactAll.to(at::kFloat);
  // Subnormal results flush to zero as well.
  const at::Tensor expected = at::where(exactFloat.abs().lt(std::numeric_limits<float>::min()), exactFloat * 0.f, exactFloat)
                                  .to(at::kBFloat16);
  const at::Tensor tie = exactFloat.view(at::kInt).bitwise_and(0xffff).eq(0x8000);
  at::Tensor table = all.clone();
  sam2::geluBf16(table, {}, at::kBFloat16, /*inPlace=*/true);
  const at::Tensor differs = table.view(at::kShort).ne(expected.view(at::kShort));
  const at::Tensor unexplained = differs.logical_and(tie.logical_not());
  CHECK_MSG(unexplained.sum().item<int64_t>() == 0,
            std::to_string(unexplained.sum().item<int64_t>()) + " of " + std::to_string(all.numel()) +
                " bfloat16 inputs give another GELU than the exact one rounded, e.g. input " +
                std::to_string(unexplained.any().item<bool>() ? all.masked_select(unexplained)[0].item<float>() : 0.f));
  CHECK(sam2::geluBf16(all).equal(table));
  std::fprintf(stderr, "    bfloat16 GELU without an addend: all %lld inputs exact, %lld at float32 ties\n",
               static_cast<long long>(all.numel()), static_cast<long long>(differs.sum().item<int64_t>()));
}

TEST_CASE("the AVX-512 float32 GELU in place is the exact GELU to float32 accuracy") {
  if (!avx512KernelRuns(sam2::geluFloatAvailable(), "ATen's GELU")) {
    at::Tensor t = at::zeros({4});
    CHECK_THROWS(sam2::geluFloatInPlace(t), sam2::Sam2Error);
    return;
  }
  c10::InferenceMode guard;
  at::manual_seed(11);
  // Both tails, the cut at |v| / sqrt 2 = 9, and lengths ending in partial vectors of every size.
  for (const at::Tensor& x : {at::randn({1001, 37}) * 4.0, at::randn({3, 64 + 17}),
                              at::tensor({-40.f, -13.f, -12.8f, -12.7f, -6.f, -0.5f, -1e-20f, 0.f, 0.5f, 6.f, 13.f, 40.f})}) {
    at::Tensor y = x.clone();
    sam2::geluFloatInPlace(y);
    const at::Tensor d = x.to(at::kDouble);
    // erfc, not 1 + erf: in the negative tail 1 + erf cancels even in double.
    const at::Tensor exact = d * 0.5 * at::erfc(-d / std::sqrt(2.0));
    const at::Tensor rel = (y.to(at::kDouble) - exact).abs() / (exact.abs() + 1e-300);
    // Relative 1e-6, plus, deep in the negative tail, e^(-v^2 / 2)'s sensitivity to its
    // argument's float32 rounding (v^2 / 2 times 2^-24); 0 where erfc is cut off, below 1e-35.
    CHECK_MSG((rel <= 1e-6 + 2e-7 * d * d).logical_or(exact.abs() < 1e-35).all().item<bool>(),
              "max relative diff " + std::to_string(rel.max().item<double>()));
    // ATen's float32 GELU, whose 1 + erf cancels in the negative tail, as a yardstick in absolute
    // terms: a few of its float32 steps (LibTorch 2.x's is off by just over 1e-6 at 3.36, where ours is
    // within 5e-7).
    const at::Tensor atenGap = (y - at::gelu(x)).abs();
    const int64_t at_ = (atenGap - (x.abs() * 1e-6 + 2e-6)).view(-1).argmax().item<int64_t>();
    CHECK_MSG((atenGap <= x.abs() * 1e-6 + 2e-6).all().item<bool>(),
              "ATen's differs by " + std::to_string(atenGap.max().item<double>()) + " at " +
                  std::to_string(x.view(-1)[at_].item<float>()) + ": exact error of ours " +
                  std::to_string((y.to(at::kDouble) - exact).abs().view(-1)[at_].item<double>()) + ", of ATen's " +
                  std::to_string((at::gelu(x).to(at::kDouble) - exact).abs().view(-1)[at_].item<double>()));
  }
  at::Tensor bf16 = at::zeros({4}, at::kBFloat16), strided = at::zeros({4, 2}).t();
  CHECK_THROWS(sam2::geluFloatInPlace(bf16), sam2::Sam2Error);
  CHECK_THROWS(sam2::geluFloatInPlace(strided), sam2::Sam2Error);
}

// The mask decoder's last step (gelu_bf16.h): GELU of the upscaled map plus the high-resolution
// features, times the tokens, from the transposed convolution's blocks before they are moved
// into place; against the exact GELU of the map moved into place (in double) and the product.
// bfloat16 and float32 maps, batch 2, one to four tokens, with and without the addend.
TEST_CASE("the fused GELU and token product equals GELU, then the product") {
  if (!avx512KernelRuns(sam2::geluBf16Available(), "ATen's GELU and a product")) return;
  c10::InferenceMode guard;
  at::manual_seed(12);
  const int64_t b = 2, h = 6, w = 10, c = 32;
  for (const auto type : {at::kBFloat16, at::kFloat}) {
    const at::Tensor blocks = (at::randn({b, h, w, 2, 2, c}) * 3.0).to(type);
    const at::Tensor addend = at::randn({b, 2 * h, 2 * w, c}).to(type);
    const at::Tensor map = blocks.permute({0, 1, 3, 2, 4, 5}).reshape({b, 2 * h, 2 * w, c}).to(at::kDouble);
    for (const int64_t t : {1, 4}) {
      const at::Tensor tokens = at::randn({b, t, c});
      for (const bool withAddend : {true, false}) {
        const at::Tensor add = withAddend ? addend : at::Tensor();
        CHECK(sam2::geluTokenLogitsApplies(blocks, add, tokens));
        const at::Tensor v = withAddend ? map + addend.to(at::kDouble) : map;
        const at::Tensor gelu = v * 0.5 * (1.0 + at::erf(v / std::sqrt(2.0)));  // [B, Y, X, C]
        const at::Tensor expected = at::einsum("byxc,btc->btyx", {gelu, tokens.to(at::kDouble)});
        const at::Tensor out = sam2::geluTokenLogits(blocks, add, tokens);
        CHECK(out.scalar_type() == at::kFloat);
        CHECK(out.sizes() == expected.sizes());
        // float32 GELUs (relative error about 1e-7) summed in float32: within a few float32 steps
        // of the sum of the products' magnitudes.
        const at::Tensor scale = at::einsum("byxc,btc->btyx", {gelu.abs(), tokens.abs().to(at::kDouble)});
        const double gap = ((out.to(at::kDouble) - expected).abs() / (scale + 1e-30)).max().item<double>();
        CHECK_MSG(gap < 1e-6, "relative gap " + std::to_string(gap));
      }
    }
  }
  // Shapes it does not take, so the decoder keeps its step-by-step path for them.
  const at::Tensor blocks = at::randn({b, h, w, 2, 2, c}).to(at::kBFloat16);
  const at::Tensor addend = at::randn({b, 2 * h, 2 * w, c}).to(at::kBFloat16);
  CHECK(!sam2::geluTokenLogitsApplies(blocks, addend, at::randn({b, 5, c})));
  CHECK(!sam2::geluTokenLogitsApplies(blocks.to(at::kFloat), addend, at::randn({b, 4, c})));
  CHECK(!sam2::geluTokenLogitsApplies(blocks.to(at::kDouble), addend.to(at::kDouble), at::randn({b, 4, c})));
  CHECK(!sam2::geluTokenLogitsApplies(blocks, addend.narrow(2, 0, 2 * w - 2), at::randn({b, 4, c})));
  CHECK_THROWS(sam2::geluTokenLogits(blocks, addend, at::randn({b, 4, 16})), sam2::Sam2Error);
}

// The decoder's linear layers on a few rows (small_linear.h): float32 sums, bfloat16 results
// rounded once with the bias added. Against the exact product: within one bfloat16 step (in
// bfloat16) plus the float32 sum's own error, at row counts, widths and output counts with and
// without partial blocks, on a strided input.
TEST_CASE("the small linear equals the exact product, rounded once in bfloat16") {
  if (!avx512KernelRuns(sam2::smallLinearAvailable(), "ATen's product")) return;
  c10::InferenceMode guard;
  at::manual_seed(13);
  struct Shape { int64_t rows, k, n; bool bias; };
  for (const auto type : {at::kBFloat16, at::kFloat}) {
    for (const Shape s : {Shape{8, 256, 256, true}, Shape{1, 256, 2048, true}, Shape{3, 100, 7, false},
                          Shape{32, 2048, 33, true}, Shape{5, 16, 1, true}}) {
      const at::Tensor wide = at::randn({s.rows, 2 * s.k}).to(type);
      const at::Tensor x = wide.narrow(1, 0, s.k);  // rows with a stride of 2k
      const at::Tensor weight = (at::randn({s.n, s.k}) / 16.0).to(type);
      const at::Tensor bias = s.bias ? at::randn({s.n}).to(type) : at::Tensor();
      CHECK(sam2::smallLinearApplies(x, weight, bias));
      const at::Tensor out = sam2::smallLinear(x, weight, bias);
      CHECK(out.scalar_type() == type);
      CHECK(out.sizes() == at::IntArrayRef({s.rows, s.n}));
      at::Tensor exact = at::matmul(x.to(at::kDouble), weight.to(at::kDouble).t());
      if (s.bias) exact = exact + bias.to(at::kDouble);
      const at::Tensor magnitude = at::matmul(x.to(at::kDouble).abs(), weight.to(at::kDouble).abs().t());
      const double step = type == at::kBFloat16 ? 1.0 / 256 : 0.0;
      const at::Tensor allowed = exact.abs() * step + magnitude * 1e-6 + 1e-30;
      const double worst = ((out.to(at::kDouble) - exact).abs() / allowed).max().item<double>();
      CHECK_MSG(worst <= 1.0, "worst gap " + std::to_string(worst) + " of the allowed, rows " + std::to_string(s.rows));
    }
  }
  // Leading dims are kept: [1, 8, K] -> [1, 8, N], as linear() passes the prompt tokens.
  const at::Tensor tokens = at::randn({1, 8, 64}).to(at::kBFloat16), w = at::randn({48, 64}).to(at::kBFloat16);
  CHECK(sam2::smallLinear(tokens, w, {}).sizes() == at::IntArrayRef({1, 8, 48}));
  // What it does not take: too many rows, mixed dtypes, a transposed weight, a bias of the wrong
  // size, double.
  CHECK(!sam2::smallLinearApplies(at::randn({33, 64}).to(at::kBFloat16), w, {}));
  CHECK(!sam2::smallLinearApplies(at::randn({8, 64}), w, {}));
  CHECK(!sam2::smallLinearApplies(at::randn({8, 48}).to(at::kBFloat16), w.t(), {}));
  CHECK(!sam2::smallLinearApplies(tokens, w, at::zeros({47}, at::kBFloat16)));
  CHECK(!sam2::smallLinearApplies(at::randn({8, 64}, at::kDouble), w.to(at::kDouble), {}));
  CHECK_THROWS(sam2::smallLinear(at::randn({33, 64}).to(at::kBFloat16), w, {}), sam2::Sam2Error);
}

TEST_CASE("ReLU in place equals ATen's, bfloat16 through its bits included") {
  c10::InferenceMode guard;
  at::manual_seed(8);
  for (const auto type : {at::kFloat, at::kBFloat16}) {
    at::Tensor x = at::randn({333, 17}).to(type);
    x[0][0] = -0.0;
    x[0][1] = std::numeric_limits<float>::infinity();
    x[0][2] = -std::numeric_limits<float>::infinity();
    const at::Tensor expected = at::relu(x);
    const at::Tensor out = sam2::reluInPlace(x);
    CHECK(out.data_ptr() == x.data_ptr());  // in place
    CHECK(out.equal(expected));
    CHECK(out.lt(0).sum().item<int64_t>() == 0);
  }
}

TEST_CASE("rotary encoding equals the written-out rotation, with and without grid repeats") {
  c10::InferenceMode guard;
  at::manual_seed(3);
  const int64_t side = 4, d = 16;
  const at::Tensor x = at::randn({1, 2, side * side, d});
  CHECK(maxAbsDiff(sam2::applyAxialRope(x, side, side, 10000.0, false), writtenOutRope(x, side, 10000.0)) < 1e-5);
  const at::Tensor repeated = at::randn({1, 1, 3 * side * side, d});
  CHECK(maxAbsDiff(sam2::applyAxialRope(repeated, side, side, 10000.0, true), writtenOutRope(repeated, side, 10000.0)) <
        1e-5);
  // Twice in a row (the second from the cache) gives the same result; bfloat16 in, bfloat16 out.
  const at::Tensor first = sam2::applyAxialRope(x, side, side, 10000.0, false);
  CHECK(maxAbsDiff(first, sam2::applyAxialRope(x, side, side, 10000.0, false)) == 0.0);
  CHECK(sam2::applyAxialRope(x.to(at::kBFloat16), side, side, 10000.0, false).scalar_type() == at::kBFloat16);
  bool threw = false;
  try {
    sam2::applyAxialRope(at::randn({1, 1, side * side + 1, d}), side, side, 10000.0, true);
  } catch (const std::exception&) {
    threw = true;
  }
  CHECK(threw);
}

TEST_CASE("cross-attention with narrow values equals projecting the values first") {
  c10::InferenceMode guard;
  at::manual_seed(4);
  const int64_t side = 4, dim = 32, kvIn = 8, memoryFrames = 2, pointers = 4;
  for (int64_t heads : {1, 2}) {
    sam2::RoPEAttention attn(dim, heads, 1, kvIn, 10000.0, true, side, side);
    const at::Tensor q = at::randn({1, side * side, dim});
    const at::Tensor mem = at::randn({1, memoryFrames * side * side + pointers, kvIn});
    const at::Tensor out = attn->forward(q, mem, mem, pointers);

    // The reference's order: project q, k and v, rotate, attend, project out.
    auto split = [heads](const at::Tensor& x) {
      return x.reshape({x.size(0), x.size(1), heads, x.size(2) / heads}).transpose(1, 2);
    };
    at::Tensor qh = sam2::applyAxialRope(split(attn->q_proj->forward(q)), side, side, 10000.0, false);
    at::Tensor kh = split(attn->k_proj->forward(mem));
    const int64_t rotatedKeys = kh.size(2) - pointers;
    kh = at::cat({sam2::applyAxialRope(kh.narrow(2, 0, rotatedKeys), side, side, 10000.0, true),
                  kh.narrow(2, rotatedKeys, pointers)},
                 2);
    const at::Tensor vh = split(attn->v_proj->forward(mem));
    at::Tensor expected = naiveAttention(qh, kh, vh).to(at::kFloat);
    expected = attn->out_proj->forward(expected.transpose(1, 2).reshape({1, side * side, dim}));
    CHECK_MSG(maxAbsDiff(out, expected) < 1e-5,
              std::to_string(heads) + " head(s): " + std::to_string(maxAbsDiff(out, expected)));
  }
}

TEST_CASE("the profiler counts calls per name only while enabled") {
  sam2::profile::reset();
  sam2::profile::setEnabled(false);
  { SAM2_PROFILE_SCOPE("test.off"); }
  CHECK(sam2::profile::snapshot().empty());
  sam2::profile::setEnabled(true);
  for (int i = 0; i < 3; ++i) {
    SAM2_PROFILE_SCOPE("test.outer");
    SAM2_PROFILE_SCOPE("test.inner");
  }
  std::thread other([] { SAM2_PROFILE_SCOPE("test.inner"); });
  other.join();
  sam2::profile::setEnabled(false);
  const auto entries = sam2::profile::snapshot();
  CHECK(entries.size() == 2);
  if (entries.size() == 2) {
    CHECK(entries[0].name == "test.inner");  // sorted by name
    CHECK(entries[0].calls == 4);
    CHECK(entries[1].name == "test.outer");
    CHECK(entries[1].calls == 3);
    CHECK(entries[0].totalMs >= 0.0 && entries[1].totalMs >= 0.0);
  }
  sam2::profile::reset();
  CHECK(sam2::profile::snapshot().empty());
}

TEST_CASE("the product counter gives each open scope the work of its products and convolutions") {
  c10::InferenceMode guard;
  sam2::profile::installProductCounter();
  sam2::profile::installProductCounter();  // once only: a second install must not count twice
  sam2::profile::reset();
  sam2::profile::setEnabled(true);
  const at::Tensor a = at::randn({64, 32}), b = at::randn({32, 16});
  const at::Tensor x = at::randn({3, 10, 20}), y = at::randn({3, 20, 5});
  const at::Tensor image = at::randn({2, 8, 12, 10}), kernel = at::randn({6, 4, 3, 3});
  const at::Tensor upKernel = at::randn({8, 3, 2, 2});
  {
    SAM2_PROFILE_SCOPE("outer");
    (void)at::mm(a, b);                        // 2*64*16*32
    (void)at::addmm(at::zeros({16}), a, b);    // the same again
    {
      SAM2_PROFILE_SCOPE("outer.inner");
      (void)at::bmm(x, y);  // 2*3*10*5*20
      // Two groups, stride 2, padding 1: output 6x5, each output channel reads 4 channels x 3x3.
      (void)at::conv2d(image, kernel, {}, {2, 2}, {1, 1}, {1, 1}, 2);
      // Transposed (the decoder's upscaling): every input pixel meets 3 output channels x 2x2.
      (void)at::conv_transpose2d(image, upKernel, {}, {2, 2});
    }
    (void)at::matmul(x, y);  // through bmm: counted once
    // The oneDNN product of onednn_products.cpp, where it is used: the same work as mm.
    (void)sam2::productWithTransposed(at::randn({256, 32}), at::randn({16, 32}));
  }
  // Nothing is counted outside a scope or while the profiler is off.
  (void)at::mm(a, b);
  sam2::profile::setEnabled(false);
  {
    SAM2_PROFILE_SCOPE("outer");
    (void)at::mm(a, b);
  }
  const double mm = 2.0 * 64 * 16 * 32, bmm = 2.0 * 3 * 10 * 5 * 20;
  const double conv = 2.0 * 2 * 6 * 5 * /*out channels per group*/ 3 * /*k*/ 4 * 9 * /*groups*/ 2;
  const double upconv = 2.0 * (2 * 12 * 10) * 8 * (3 * 2 * 2);
  const double big = 2.0 * 256 * 16 * 32;
  double outer = -1, inner = -1;
  sam2::profile::Product innerDominant;
  for (const auto& e : sam2::profile::snapshot()) {
    if (e.name == "outer") outer = e.flops;
    if (e.name == "outer.inner") {
      inner = e.flops;
      innerDominant = e.dominant;
    }
  }
  CHECK(inner == bmm + conv + upconv);
  CHECK(outer == 2 * mm + inner + bmm + big);
  // The conv_transpose2d's product is the largest inside: 2*12*10 rows, 3*2*2 columns, 8 deep.
  CHECK(innerDominant.batch == 1 && innerDominant.m == 240 && innerDominant.n == 12 && innerDominant.k == 8);
  sam2::profile::reset();

  const sam2::profile::ProductPeak peak = sam2::profile::measureProductPeak({1, 256, 256, 256}, false, 5.0);
  CHECK(peak.gflops > 0 && peak.gflops == std::max(peak.atenGflops, peak.oneDnnGflops));
  CHECK(peak.path == "aten" || peak.path == "onednn");
}

int main(int argc, char** argv) { return check::runAll(argc, argv); }
