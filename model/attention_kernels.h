#pragma once
// Attention kernels shared by the image and video parts (model-internal).
#include <ATen/ATen.h>

namespace sam2 {

// softmax(q k^T / sqrt(d)) v for q [..., Nq, d], k and v [..., Nk, d] (same leading dims),
// without ever holding the whole [Nq, Nk] score matrix: queries are processed in blocks whose
// scores fit in about `blockBytes`, and every block reuses one score buffer (scaled and
// soft-maxed in place). Memory attention over ~29k memory tokens would otherwise allocate and
// touch three 470 MB matrices per layer. Scores and probabilities are float32 whatever the
// input dtype (softmax over thousands of keys loses too much in bfloat16); the result has q's
// dtype. Equal to the plain formula up to float rounding.
at::Tensor blockedAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v,
                            int64_t blockBytes = int64_t{128} << 20);

}  // namespace sam2
