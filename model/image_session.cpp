#include "model/image_session.h"

#include <c10/core/InferenceMode.h>

#include <cmath>
#include <cstring>
#include <string>

#include "model/embedding_file.h"
#include "model/error.h"
#include "model/profile.h"
#include "model/image_session_internal.h"
#include "model/mask_paste.h"
#include "model/postprocess.h"
#include "model/preprocess.h"
#include "model/sam2_model_internal.h"

namespace sam2 {

namespace {

void requireImage(const ImageSession::Impl& impl) {
  if (!impl.features.imageEmbed.defined())
    throw Sam2Error("no image is set: call setImage (or loadEmbedding) before predicting");
}

bool finite(float v) { return std::isfinite(v); }

// Pixel coordinates of the original image -> model-input coordinates (0..S).
at::Tensor toModelCoords(const at::Tensor& coords, int width, int height, int64_t size) {
  at::Tensor c = coords.to(at::kFloat).clone();
  c.select(-1, 0).div_(static_cast<double>(width));
  c.select(-1, 1).div_(static_cast<double>(height));
  return c.mul_(static_cast<double>(size));
}

ImagePrediction toPrediction(const TensorPrediction& t, int64_t row) {
  ImagePrediction p;
  // bool's storage is one byte per element, 0 or 1: read in place (a conversion to bytes was a
  // second copy of the three image-size masks).
  at::Tensor masks = t.masks[row].to(at::kCPU).contiguous();
  if (masks.scalar_type() != at::kBool) masks = masks.ne(0);
  const at::Tensor ious = t.iouPredictions[row].to(at::kCPU).to(at::kFloat).contiguous();
  const at::Tensor low = t.lowResLogits[row].to(at::kCPU).to(at::kFloat).contiguous();
  const int64_t count = masks.size(0);
  const int h = static_cast<int>(masks.size(1)), w = static_cast<int>(masks.size(2));
  const int lowSize = static_cast<int>(low.size(-1));
  for (int64_t i = 0; i < count; ++i) {
    Mask m;
    m.width = w;
    m.height = h;
    const auto* bytes = reinterpret_cast<const uint8_t*>(masks[i].data_ptr<bool>());
    m.data.assign(bytes, bytes + static_cast<size_t>(w) * h);
    p.masks.push_back(std::move(m));
    p.iouScores.push_back(ious[i].item<float>());
    LowResLogits l;
    l.size = lowSize;
    l.data.resize(static_cast<size_t>(lowSize) * lowSize);
    std::memcpy(l.data.data(), low[i].data_ptr<float>(), l.data.size() * sizeof(float));
    p.lowRes.push_back(std::move(l));
  }
  p.bestIndex = static_cast<int>(ious.argmax().item<int64_t>());
  return p;
}

void checkPoint(const PointPrompt& p) {
  if (!finite(p.x) || !finite(p.y)) throw Sam2Error("a point prompt has a non-finite coordinate");
  if (p.label != 0 && p.label != 1)
    throw Sam2Error("a point label must be 1 (foreground) or 0 (background), not " +
                    std::to_string(p.label));
}

void checkBox(const BoxPrompt& b) {
  if (!finite(b.x0) || !finite(b.y0) || !finite(b.x1) || !finite(b.y1))
    throw Sam2Error("a box prompt has a non-finite coordinate");
}

at::Tensor boxTensor(const std::vector<BoxPrompt>& boxes) {
  at::Tensor t = at::empty({static_cast<int64_t>(boxes.size()), 4}, at::kFloat);
  auto a = t.accessor<float, 2>();
  for (size_t i = 0; i < boxes.size(); ++i) {
    checkBox(boxes[i]);
    // Accept corners in any order: the decoder expects top-left then bottom-right.
    a[i][0] = std::min(boxes[i].x0, boxes[i].x1);
    a[i][1] = std::min(boxes[i].y0, boxes[i].y1);
    a[i][2] = std::max(boxes[i].x0, boxes[i].x1);
    a[i][3] = std::max(boxes[i].y0, boxes[i].y1);
  }
  return t;
}

}  // namespace

ImageSession::ImageSession(std::shared_ptr<const Sam2Model> model, const PostprocessOptions& options)
    : impl_(std::make_unique<Impl>()) {
  if (!model) throw Sam2Error("an image session needs a loaded model");
  impl_->model = std::move(model);
  impl_->base = modelBase(*impl_->model);
  impl_->post = options;
}

ImageSession::~ImageSession() = default;

const Sam2Model& ImageSession::model() const { return *impl_->model; }
bool ImageSession::hasImage() const { return impl_->features.imageEmbed.defined(); }
int ImageSession::imageWidth() const { return impl_->width; }
int ImageSession::imageHeight() const { return impl_->height; }
const PostprocessOptions& ImageSession::postprocessOptions() const { return impl_->post; }
void ImageSession::setPostprocessOptions(const PostprocessOptions& options) { impl_->post = options; }

void ImageSession::clearImage() {
  impl_->features = {};
  impl_->firstBlock = {};
  impl_->encoderOutput = {};
  impl_->width = impl_->height = 0;
}

// The mask decoder works on channels-last maps (image tokens [HW, C], upscaling by matrix
// products); keeping the cached features in that memory order spares every click the transposes
// (about 2.7 ms each for the 64x64x256 embedding in float32).
namespace {
ImageFeatures channelsLast(ImageFeatures features) {
  features.imageEmbed = features.imageEmbed.contiguous(at::MemoryFormat::ChannelsLast);
  for (auto& t : features.highResFeats) t = t.contiguous(at::MemoryFormat::ChannelsLast);
  return features;
}
}  // namespace

void setPreprocessedImage(ImageSession& session, const at::Tensor& preprocessed, int width, int height) {
  c10::InferenceMode guard;
  auto& impl = session.impl();
  session.clearImage();
  const at::Tensor input = preprocessed.to(impl.base->weightOptions());
  ImageEncoderOutput encoded = impl.base->forwardImage(input);
  impl.features = channelsLast(impl.base->imageFeatures(encoded));
  if (impl.keepEncoderOutput) impl.encoderOutput = std::move(encoded);
  impl.width = width;
  impl.height = height;
}

void ImageSession::setImage(const ImageRgb& image) {
  c10::InferenceMode guard;
  const at::Tensor input = preprocessImage(image, impl_->base->config().image_size);
  setPreprocessedImage(*this, input, image.width, image.height);
}

TensorPrediction predictTensors(ImageSession& session, const at::Tensor& pointCoords,
                                const at::Tensor& pointLabels, const at::Tensor& boxes,
                                const at::Tensor& maskInput, bool multimask, bool fullLogits) {
  c10::InferenceMode guard;
  auto& impl = session.impl();
  requireImage(impl);
  Sam2BaseImpl& base = *impl.base;
  const int64_t size = base.config().image_size;
  const auto device = impl.features.imageEmbed.device();

  // Boxes become two points labelled 2 and 3, placed before the clicks.
  at::Tensor coords, labels;
  if (pointCoords.defined()) {
    coords = toModelCoords(pointCoords, impl.width, impl.height, size);
    labels = pointLabels.to(at::kInt);
    if (coords.dim() == 2) {
      coords = coords.unsqueeze(0);
      labels = labels.unsqueeze(0);
    }
  }
  if (boxes.defined()) {
    const at::Tensor boxCoords = toModelCoords(boxes.reshape({-1, 2, 2}), impl.width, impl.height, size);
    const at::Tensor boxLabels =
        at::tensor({2, 3}, at::kInt).view({1, 2}).repeat({boxCoords.size(0), 1});
    if (coords.defined()) {
      coords = at::cat({boxCoords, coords}, 1);
      labels = at::cat({boxLabels, labels}, 1);
    } else {
      coords = boxCoords;
      labels = boxLabels;
    }
  }
  if (coords.defined()) {
    coords = coords.to(device);
    labels = labels.to(device);
  }

  std::optional<at::Tensor> mask;
  if (maskInput.defined()) {
    at::Tensor m = maskInput.to(device, at::kFloat);
    if (m.dim() == 3) m = m.unsqueeze(0);
    const int64_t expected = base.sam_prompt_encoder->maskInputSize();
    if (m.size(-1) != expected || m.size(-2) != expected) m = resizeBilinear(m, expected, expected, true);
    mask = m;
  }

  SAM2_PROFILE_SCOPE("click.predict");
  auto [sparse, dense] = base.sam_prompt_encoder->forward(coords, labels, mask);
  if (!impl.densePe.defined())
    impl.densePe = base.sam_prompt_encoder->densePositionEncoding().contiguous(at::MemoryFormat::ChannelsLast);
  const bool batched = coords.defined() && coords.size(0) > 1;
  // Without a mask input the dense prompt is the same no-mask embedding for every click, so the
  // image side of the decoder's first block is computed at the first click and reused.
  const bool sharedDense = !mask.has_value();
  if (sharedDense && !impl.firstBlock.defined())
    impl.firstBlock = base.sam_mask_decoder->firstBlockImageSide(impl.features.imageEmbed, impl.densePe,
                                                                 dense.narrow(0, 0, 1));
  MaskDecoderOutput dec = base.sam_mask_decoder->forward(
      impl.features.imageEmbed, impl.densePe, sparse, dense, multimask, batched,
      impl.features.highResFeats, sharedDense ? &impl.firstBlock : nullptr);

  SAM2_PROFILE_SCOPE("click.postprocess");
  TensorPrediction out;
  const at::Tensor lowRes = dec.masks.to(at::kFloat);
  const at::Tensor processed = removeHolesAndSprinkles(lowRes, impl.post);
  if (fullLogits || !processed.device().is_cpu()) {
    out.logits = resizeBilinear(processed, impl.height, impl.width, /*antialias=*/false);
    out.masks = out.logits > impl.post.maskThreshold;
    if (!fullLogits) out.logits = at::Tensor();
  } else {
    out.masks = pasteMasks(processed, impl.height, impl.width, impl.post.maskThreshold);
  }
  out.iouPredictions = dec.iouPredictions.to(at::kFloat);
  out.lowResLogits = lowRes.clamp(-32.0, 32.0);
  out.stabilityScores = dec.stabilityScores;
  out.singleMaskKept = dec.singleMaskKept;
  return out;
}

ImagePrediction ImageSession::predict(const ImagePrompt& prompt) {
  c10::InferenceMode guard;
  requireImage(*impl_);
  at::Tensor coords, labels, boxes, mask;
  if (!prompt.points.empty()) {
    const int64_t n = static_cast<int64_t>(prompt.points.size());
    coords = at::empty({1, n, 2}, at::kFloat);
    labels = at::empty({1, n}, at::kInt);
    auto c = coords.accessor<float, 3>();
    auto l = labels.accessor<int32_t, 2>();
    for (int64_t i = 0; i < n; ++i) {
      const PointPrompt& p = prompt.points[i];
      checkPoint(p);
      c[0][i][0] = p.x;
      c[0][i][1] = p.y;
      l[0][i] = p.label;
    }
  }
  if (prompt.box) boxes = boxTensor({*prompt.box});
  if (prompt.maskInput && !prompt.maskInput->empty()) {
    const LowResLogits& m = *prompt.maskInput;
    if (m.size <= 0 || m.data.size() != static_cast<size_t>(m.size) * m.size)
      throw Sam2Error("the mask input must hold size x size logits");
    mask = at::from_blob(const_cast<float*>(m.data.data()), {1, 1, m.size, m.size}, at::kFloat).clone();
  }
  if (!coords.defined() && !boxes.defined() && !mask.defined())
    throw Sam2Error("a prediction needs at least one point, a box or a mask input");
  const TensorPrediction t = predictTensors(*this, coords, labels, boxes, mask, prompt.multimask,
                                            /*fullLogits=*/false);
  SAM2_PROFILE_SCOPE("click.to_host");
  return toPrediction(t, 0);
}

std::vector<ImagePrediction> ImageSession::predictBoxes(const std::vector<BoxPrompt>& boxes, bool multimask) {
  c10::InferenceMode guard;
  requireImage(*impl_);
  std::vector<ImagePrediction> out;
  if (boxes.empty()) return out;
  const TensorPrediction t = predictTensors(*this, {}, {}, boxTensor(boxes), {}, multimask, /*fullLogits=*/false);
  for (int64_t i = 0; i < static_cast<int64_t>(boxes.size()); ++i) out.push_back(toPrediction(t, i));
  return out;
}


std::vector<uint8_t> ImageSession::saveEmbedding() const {
  c10::InferenceMode guard;
  requireImage(*impl_);
  EmbeddingFile file;
  file.width = impl_->width;
  file.height = impl_->height;
  file.imageSize = impl_->base->config().image_size;
  file.hidden = static_cast<int32_t>(impl_->base->hiddenDim());
  file.tensors.push_back(impl_->features.imageEmbed);
  for (const auto& t : impl_->features.highResFeats) file.tensors.push_back(t);
  return writeEmbeddingFile(file);
}

void ImageSession::loadEmbedding(const std::vector<uint8_t>& bytes) {
  c10::InferenceMode guard;
  Sam2BaseImpl& base = *impl_->base;
  const int64_t hidden = base.hiddenDim();
  const int64_t e = base.config().imageEmbeddingSize();
  std::vector<std::vector<int64_t>> shapes{{1, hidden, e, e}};
  if (base.config().use_high_res_features_in_sam) {
    shapes.push_back({1, hidden / 8, 4 * e, 4 * e});
    shapes.push_back({1, hidden / 4, 2 * e, 2 * e});
  }
  EmbeddingFile file = readEmbeddingFile(bytes, base.config().image_size, static_cast<int32_t>(hidden), shapes);
  clearImage();
  ImageFeatures features;
  features.imageEmbed = file.tensors[0].to(base.weightOptions());
  for (size_t i = 1; i < file.tensors.size(); ++i) features.highResFeats.push_back(file.tensors[i].to(base.weightOptions()));
  impl_->features = channelsLast(std::move(features));
  impl_->width = file.width;
  impl_->height = file.height;
}

}  // namespace sam2
