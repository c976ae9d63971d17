#pragma once
// Small building blocks shared by the SAM 2 modules (model-internal): the multi-layer perceptron
// of sam2_utils (parameters `layers.N.{weight,bias}`) and the channel LayerNorm of NCHW maps.
#include <ATen/ATen.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/pimpl.h>

#include <cstdint>

#include "model/linear_amx.h"

namespace sam2 {

enum class Activation { Relu, Gelu };

// ReLU of a tensor the caller owns, in place. bfloat16 on the CPU runs as a clamp of its bits
// read as int16 (a set sign bit is a negative number: it becomes +0), five times faster than
// LibTorch 1.13's bfloat16 ReLU (0.35 against 1.1-3.7 ms on 4096 x 2048). Unlike ATen's, a NaN
// with its sign bit set becomes 0 there.
at::Tensor reluInPlace(at::Tensor x);

// The activation of a tensor the caller owns (a layer's fresh output), which it may overwrite:
// ReLU by reluInPlace, the exact (erf) GELU as nn.GELU(), for contiguous bfloat16 CPU maps in
// place in one pass (gelu_bf16.h).
at::Tensor activateOwned(at::Tensor x, Activation activation);

// numLayers Linear layers: input -> hidden x (numLayers - 1) -> output, the activation between
// them, optionally a sigmoid on the output.
class MlpImpl : public torch::nn::Module {
 public:
  MlpImpl(int64_t inputDim, int64_t hiddenDim, int64_t outputDim, int64_t numLayers,
          Activation activation = Activation::Relu, bool sigmoidOutput = false);
  at::Tensor forward(at::Tensor x);
  // forward(x) + residual (a bfloat16 or float32 tensor of the result's shape), the add rounded
  // as addInPlace rounds it. Two GELU layers go through linearWithEpilogue, so on AMX or AVX-512
  // BF16 in bfloat16 they run as two products with their epilogues fused (GELU, then the add): the same
  // bits.
  at::Tensor forwardAdding(at::Tensor x, const at::Tensor& residual);

  torch::nn::ModuleList layers{nullptr};

 private:
  // Two layers with GELU between them and no sigmoid (Hiera's MLPs): linearWithEpilogue's case.
  bool isGeluPair() const;

  Activation activation_;
  bool sigmoidOutput_;
  PackedWeights packedWeights_;  // linear_amx.h's layout of each layer's weight
};
TORCH_MODULE(Mlp);

// norm->forward(x), except that bfloat16 inputs on the CPU are normalised in float32 and rounded
// back: LibTorch 1.13's bfloat16 layer norm is about ten times slower there than the float32 one
// (measured 3.0 against 0.25 ms on 4096 x 256), and it is also what autocast does on GPUs. With
// AVX-512 that is one pass of layer_norm_bf16.h, for contiguous float32 maps as well. With a
// residual: norm(x + residual), the add fused into that pass where it runs.
at::Tensor layerNorm(torch::nn::LayerNorm norm, const at::Tensor& x, const at::Tensor& residual = {});

// A residual add that is kept, then the norm of the sum: x += addend in place, returns
// layerNorm(norm, x). x must be a tensor the caller owns. Contiguous bfloat16 and float32 CPU
// maps take one pass of layer_norm_bf16.h on AVX-512 (the same values as that add_ followed by
// layerNorm, bit for bit); everything else add_ and layerNorm.
at::Tensor addThenLayerNorm(torch::nn::LayerNorm norm, at::Tensor& x, const at::Tensor& addend);

// x += y in place for a tensor x the caller owns (add_bf16.h's loop for contiguous bfloat16 CPU
// maps, ATen's add_ otherwise); returns x.
at::Tensor& addInPlace(at::Tensor& x, const at::Tensor& y);

// x + y as a new tensor: add_bf16.h's loop for contiguous bfloat16 CPU maps of one shape, ATen's
// add otherwise.
at::Tensor sumOf(const at::Tensor& x, const at::Tensor& y);

// LayerNorm over the channels of an NCHW tensor (the reference's LayerNorm2d, eps 1e-6).
class LayerNorm2dImpl : public torch::nn::Module {
 public:
  explicit LayerNorm2dImpl(int64_t channels, double eps = 1e-6);
  at::Tensor forward(const at::Tensor& x) const;
  // The same norm of a channels-last [..., C] map: a layer norm over the last dim (bfloat16 on
  // the CPU in float32, as layerNorm()).
  at::Tensor forwardChannelsLast(const at::Tensor& x, const at::Tensor& residual = {}) const;

  at::Tensor weight, bias;

 private:
  double eps_;
};
TORCH_MODULE(LayerNorm2d);

}  // namespace sam2
