#pragma once
// Fused bfloat16 attention on AMX, or on AVX-512 BF16 without AMX (model-internal):
// softmax(q k^T) v without the score matrix.
//
// The bfloat16 attention of blockedAttention (attention_kernels.h) writes each block's scores to
// memory in bfloat16 (oneDNN's product), soft-maxes them in place and reads them back for the
// product with the values: for a memory-attention layer of a tracked frame, 117 million scores
// (4,096 queries against 7 memory frames) make four passes over 235 MB, which the two cores' AMX
// products outrun. This kernel keeps a pair of query tile rows' scores for a block of 256 keys in
// L1 (tile products into float32, a running soft-max in AVX-512, the products with the values
// into float32 output rows, as FlashAttention does on GPUs), so the scores never leave the core.
// The scores stay in float32 until the probabilities are rounded to bfloat16 for the product with
// the values (the blocked path rounds the scores too); each output row is divided by its sum in
// float32 and rounded to bfloat16 once.
//
// Hiera's windowed blocks are the other shape: hundreds to thousands of entries (windows times
// heads) of 4 to 196 queries. There the kernel reads the queries, keys and values where they lie
// (transposed views of the qkv product, no copies), scales the float32 scores rather than
// rounding scaled queries, and packs each entry's keys and values in the task that uses them, so
// they stay in cache.
//
// Without AMX (AMD's Zen 4 and 5) the same panels run their two products as AVX-512 BF16 dot
// products (bf16_dot_products.h) on the same packed layouts: the same roundings, the float32 sums
// in another order. On Zen 5's two cores the memory attention's cross-attention ran at 753
// GFLOP/s against the blocked path's 626 (81 % of the cores' 930 GFLOP/s of VDPBF16PS).
#include <ATen/core/Tensor.h>

namespace sam2 {

// Whether this CPU and process run the kernel: AMX (oneDNN's ISA, so ONEDNN_MAX_CPU_ISA below
// avx512_core_amx turns it off with oneDNN's own AMX kernels), AVX-512 BF16, and the kernel's
// permission to use the tile registers (Linux asks each process to request it).
bool amxAttentionAvailable();

// The products' two kernels: AMX's tiles, or AVX-512 BF16's dot products (VDPBF16PS) on the same
// packed layouts for CPUs without AMX (AMD's Zen 4 and 5), which oneDNN's ISA avx512_core_bf16 or
// above allows (ONEDNN_MAX_CPU_ISA turns it off as it does oneDNN's own bfloat16 kernels).
enum class FusedAttentionKernel { None, Avx512Bf16, Amx };
bool fusedAttentionRuns(FusedAttentionKernel kernel);
// The fastest kernel that runs here (Amx before Avx512Bf16), None where neither does.
FusedAttentionKernel fusedAttentionKernel();

// Whether fusedAttention takes these shapes: at least 32 channels (d) and value channels (dv). Both
// are padded with zeros to multiples of 32 inside (Hiera base+'s 56-channel heads run as 64); the
// mask decoder's 16-channel heads would run at half the tiles' width and keep their paths.
bool fusedAttentionApplies(int64_t d, int64_t dv);

// Whether fusedAttention runs here (a kernel runs) and takes these inputs as they are (see below).
bool fusedAttentionTakes(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v);

// softmax(scale q k^T) v for q [..., Nq, d], k [..., Nk, d], v [..., Nk, dv] with the same
// leading dims (none, one or two; any strides, 0 for a broadcast dim, the last dim contiguous),
// all bfloat16 on the CPU, scale > 0 (applied to the float32 scores). Returns a new contiguous
// bfloat16 [..., Nq, dv]. The kernel must run here (fusedAttentionRuns); both give the same bits
// up to the order of the float32 sums.
at::Tensor fusedAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, double scale,
                          FusedAttentionKernel kernel = fusedAttentionKernel());

}  // namespace sam2
