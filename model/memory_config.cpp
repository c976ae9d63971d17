// Maps the configuration schema (config.h, named like the official YAML) onto the options of the
// memory modules, applying the reference constructors' defaults where the schema leaves a value
// open.
#include <cmath>

#include "model/config.h"
#include "model/memory_attention.h"
#include "model/memory_encoder.h"

namespace sam2 {

MemoryAttentionOptions memoryAttentionOptions(const Sam2Config& config) {
  const auto& ma = config.memory_attention;
  const auto& layer = ma.layer;
  const auto& cross = layer.cross_attention;
  MemoryAttentionOptions o;
  o.dModel = ma.d_model;
  o.numLayers = ma.num_layers;
  o.dimFeedforward = layer.dim_feedforward;
  o.numHeads = cross.num_heads;
  o.downsampleRate = cross.downsample_rate;
  o.ropeTheta = cross.rope_theta;
  o.featWidth = cross.feat_sizes[0];
  o.featHeight = cross.feat_sizes[1];
  o.kvInDim = cross.kv_in_dim.value_or(cross.embedding_dim);
  o.posEncAtInput = ma.pos_enc_at_input;
  o.posEncAtAttn = layer.pos_enc_at_attn;
  o.posEncAtCrossAttnKeys = layer.pos_enc_at_cross_attn_keys;
  o.posEncAtCrossAttnQueries = layer.pos_enc_at_cross_attn_queries;
  o.ropeKRepeat = cross.rope_k_repeat;
  return o;
}

MemoryEncoderOptions memoryEncoderOptions(const Sam2Config& config) {
  const auto& me = config.memory_encoder;
  MemoryEncoderOptions o;
  o.outDim = me.out_dim;
  o.inDim = me.in_dim;
  o.downsamplerEmbedDim = me.mask_downsampler.embed_dim;
  o.downsamplerKernel = me.mask_downsampler.kernel_size;
  o.downsamplerStride = me.mask_downsampler.stride;
  o.downsamplerPadding = me.mask_downsampler.padding;
  o.downsamplerTotalStride = me.mask_downsampler.total_stride;
  o.fuserNumLayers = me.fuser.num_layers;
  o.cxDim = me.fuser.layer.dim;
  o.cxKernel = me.fuser.layer.kernel_size;
  o.cxPadding = me.fuser.layer.padding;
  o.cxLayerScaleInit = me.fuser.layer.layer_scale_init_value;
  o.cxUseDwconv = me.fuser.layer.use_dwconv;
  o.posNumFeats = me.position_encoding.num_pos_feats;
  o.posTemperature = me.position_encoding.temperature;
  o.posNormalize = me.position_encoding.normalize;
  o.posScale = me.position_encoding.scale.value_or(2.0 * M_PI);
  return o;
}

}  // namespace sam2
