#include "model/automatic_masks.h"

#include <c10/core/InferenceMode.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "model/error.h"
#include "model/image_session.h"
#include "model/image_session_internal.h"

namespace sam2 {

namespace {

// The reference keeps these per mask while it works (its MaskData).
struct MaskRecords {
  std::vector<std::vector<uint32_t>> rles;  // full-image RLE counts
  std::vector<std::array<int64_t, 4>> boxes;  // x0, y0, x1, y1 (inclusive), crop coordinates until uncropped
  std::vector<float> iou;
  std::vector<float> stability;
  std::vector<std::array<double, 2>> points;
  std::vector<std::array<int, 4>> crops;  // x0, y0, x1, y1

  size_t size() const { return rles.size(); }
  void keep(const std::vector<int64_t>& order) {  // keeps and reorders
    MaskRecords out;
    for (int64_t i : order) {
      const auto k = static_cast<size_t>(i);
      out.rles.push_back(std::move(rles[k]));
      out.boxes.push_back(boxes[k]);
      out.iou.push_back(iou[k]);
      out.stability.push_back(stability[k]);
      out.points.push_back(points[k]);
      if (!crops.empty()) out.crops.push_back(crops[k]);
    }
    *this = std::move(out);
  }
  void append(MaskRecords&& other) {
    for (size_t i = 0; i < other.size(); ++i) {
      rles.push_back(std::move(other.rles[i]));
      boxes.push_back(other.boxes[i]);
      iou.push_back(other.iou[i]);
      stability.push_back(other.stability[i]);
      points.push_back(other.points[i]);
      if (!other.crops.empty()) crops.push_back(other.crops[i]);
    }
  }
};

// np.linspace(offset, 1 - offset, n) laid out as the reference's build_point_grid: rows of x.
std::vector<std::array<double, 2>> pointGrid(int n) {
  const double offset = 1.0 / (2 * n);
  std::vector<double> side(static_cast<size_t>(n));
  const double start = offset, stop = 1.0 - offset, step = n > 1 ? (stop - start) / (n - 1) : 0.0;
  for (int i = 0; i < n; ++i) side[static_cast<size_t>(i)] = i * step + start;
  if (n > 1) side.back() = stop;
  std::vector<std::array<double, 2>> points;
  for (int y = 0; y < n; ++y)
    for (int x = 0; x < n; ++x) points.push_back({side[static_cast<size_t>(x)], side[static_cast<size_t>(y)]});
  return points;
}

// batched_mask_to_box: inclusive x0, y0, x1, y1 per mask of [N, H, W] bool; zeros when empty.
std::vector<std::array<int64_t, 4>> masksToBoxes(const at::Tensor& masks) {
  std::vector<std::array<int64_t, 4>> out;
  if (masks.size(0) == 0) return out;
  const int64_t h = masks.size(1), w = masks.size(2);
  const at::Tensor rows = masks.any(2), cols = masks.any(1);  // [N, H], [N, W]
  const at::Tensor ry = at::arange(h, at::kLong), rx = at::arange(w, at::kLong);
  const at::Tensor bottom = (rows * ry).amax(1);
  const at::Tensor top = (rows * ry + h * rows.logical_not()).amin(1);
  const at::Tensor right = (cols * rx).amax(1);
  const at::Tensor left = (cols * rx + w * cols.logical_not()).amin(1);
  const at::Tensor boxes = at::stack({left, top, right, bottom}, 1).contiguous();
  const int64_t* b = boxes.data_ptr<int64_t>();
  for (int64_t i = 0; i < masks.size(0); ++i) {
    std::array<int64_t, 4> box{b[4 * i], b[4 * i + 1], b[4 * i + 2], b[4 * i + 3]};
    if (box[2] < box[0] || box[3] < box[1]) box = {0, 0, 0, 0};
    out.push_back(box);
  }
  return out;
}

// Column-major run lengths of a [H, W] bool mask placed at (x0, y0) in a height x width image
// (uncrop_masks then mask_to_rle_pytorch), starting with a run of zeros.
std::vector<uint32_t> rleOf(const at::Tensor& mask, int x0, int y0, int height, int width) {
  const at::Tensor t = mask.t().contiguous().to(at::kByte);  // [W, H]: columns are contiguous
  const uint8_t* p = t.data_ptr<uint8_t>();
  const int64_t mh = mask.size(0), mw = mask.size(1);
  std::vector<uint32_t> counts;
  uint8_t current = 0;
  uint64_t run = 0;
  auto push = [&](uint8_t v, uint64_t n) {
    if (n == 0) return;
    if (v != current) {
      counts.push_back(static_cast<uint32_t>(run));
      run = 0;
      current = v;
    }
    run += n;
  };
  push(0, static_cast<uint64_t>(x0) * height);
  for (int64_t x = 0; x < mw; ++x) {
    push(0, static_cast<uint64_t>(y0));
    const uint8_t* col = p + x * mh;
    for (int64_t y = 0; y < mh; ++y) push(col[y], 1);
    push(0, static_cast<uint64_t>(height - y0 - mh));
  }
  push(0, static_cast<uint64_t>(width - x0 - mw) * height);
  counts.push_back(static_cast<uint32_t>(run));
  return counts;
}

// is_box_near_crop_edge: a box coordinate within 20 px of the crop's edge that is not also within
// 20 px of the image's edge.
bool nearCropEdge(const std::array<int64_t, 4>& cropBox, const std::array<int, 4>& crop, int width, int height) {
  const float box[4] = {static_cast<float>(cropBox[0] + crop[0]), static_cast<float>(cropBox[1] + crop[1]),
                        static_cast<float>(cropBox[2] + crop[0]), static_cast<float>(cropBox[3] + crop[1])};
  const float edges[4] = {float(crop[0]), float(crop[1]), float(crop[2]), float(crop[3])};
  const float image[4] = {0.f, 0.f, float(width), float(height)};
  for (int k = 0; k < 4; ++k)
    if (std::abs(box[k] - edges[k]) <= 20.f && !(std::abs(box[k] - image[k]) <= 20.f)) return true;
  return false;
}

at::Tensor stabilityScores(const at::Tensor& logits, float threshold, float offset) {
  const at::Tensor inter = (logits > (threshold + offset)).sum({-2, -1}, false, at::kInt);
  const at::Tensor uni = (logits > (threshold - offset)).sum({-2, -1}, false, at::kInt);
  return inter.to(at::kFloat) / uni.to(at::kFloat);
}

std::vector<float> toFloats(const at::Tensor& t) {
  const at::Tensor c = t.to(at::kFloat).contiguous();
  return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

class Generator {
 public:
  Generator(std::shared_ptr<const Sam2Model> model, const ImageRgb& image, const AutoMaskOptions& options,
            const ProgressFn& progress, const CancelFn& cancel)
      : model_(std::move(model)), image_(image), o_(options), progress_(progress), cancel_(cancel) {}

  AutoMaskResult run() {
    std::vector<std::array<int, 4>> crops;
    std::vector<int> layers;
    cropBoxes(image_.width, image_.height, o_.cropNLayers, o_.cropOverlapRatio, crops, layers);
    std::vector<std::vector<std::array<double, 2>>> grids = o_.pointGrids;
    if (o_.pointsPerSide > 0) {
      grids.clear();
      for (int i = 0; i <= o_.cropNLayers; ++i)
        grids.push_back(pointGrid(static_cast<int>(o_.pointsPerSide / std::pow(o_.cropNPointsDownscaleFactor, i))));
    }
    if (static_cast<int>(grids.size()) <= o_.cropNLayers)
      throw Sam2Error("automatic masks: " + std::to_string(grids.size()) + " point grids for " +
                      std::to_string(o_.cropNLayers + 1) + " crop layers");
    for (size_t c = 0; c < crops.size(); ++c)
      totalBatches_ += batches(grids[static_cast<size_t>(layers[c])].size());

    MaskRecords all;
    for (size_t c = 0; c < crops.size(); ++c) {
      MaskRecords crop = processCrop(crops[c], grids[static_cast<size_t>(layers[c])]);
      if (cancelled_) return {{}, true};
      all.append(std::move(crop));
    }
    if (crops.size() > 1) {  // duplicates between crops: prefer masks from smaller crops
      std::vector<std::array<float, 4>> boxes;
      std::vector<float> scores;
      for (size_t i = 0; i < all.size(); ++i) {
        boxes.push_back({float(all.boxes[i][0]), float(all.boxes[i][1]), float(all.boxes[i][2]), float(all.boxes[i][3])});
        const auto& cb = all.crops[i];
        scores.push_back(1.0f / static_cast<float>(int64_t(cb[2] - cb[0]) * (cb[3] - cb[1])));
      }
      all.keep(boxNms(boxes, scores, o_.cropNmsThresh));
    }

    AutoMaskResult result;
    for (size_t i = 0; i < all.size(); ++i) {
      AutoMask m;
      m.height = image_.height;
      m.width = image_.width;
      m.counts = std::move(all.rles[i]);
      for (size_t k = 1; k < m.counts.size(); k += 2) m.area += m.counts[k];
      const auto& b = all.boxes[i];
      // The reference returns float32 tensors as Python floats.
      m.bbox = {float(b[0]), float(b[1]), float(b[2] - b[0]), float(b[3] - b[1])};
      m.predictedIou = all.iou[i];
      m.stabilityScore = all.stability[i];
      m.point = {static_cast<float>(all.points[i][0]), static_cast<float>(all.points[i][1])};
      const auto& cb = all.crops[i];
      m.cropBox = {double(cb[0]), double(cb[1]), double(cb[2] - cb[0]), double(cb[3] - cb[1])};
      result.masks.push_back(std::move(m));
    }
    return result;
  }

 private:
  int64_t batches(size_t points) const {
    return (static_cast<int64_t>(points) + o_.pointsPerBatch - 1) / o_.pointsPerBatch;
  }

  MaskRecords processCrop(const std::array<int, 4>& crop, const std::vector<std::array<double, 2>>& grid) {
    const int cw = crop[2] - crop[0], ch = crop[3] - crop[1];
    ImageRgb view;
    view.width = cw;
    view.height = ch;
    view.stride = image_.rowStride();
    view.data = image_.data + static_cast<size_t>(crop[1]) * image_.rowStride() + static_cast<size_t>(crop[0]) * 3;
    PostprocessOptions post;
    post.maskThreshold = o_.maskThreshold;
    post.maxHoleArea = static_cast<float>(o_.minMaskRegionArea);
    post.maxSprinkleArea = static_cast<float>(o_.minMaskRegionArea);
    ImageSession session(model_, post);
    session.setImage(view);

    MaskRecords data;
    for (size_t start = 0; start < grid.size(); start += static_cast<size_t>(o_.pointsPerBatch)) {
      if (cancel_ && cancel_()) {
        cancelled_ = true;
        return {};
      }
      const size_t end = std::min(grid.size(), start + static_cast<size_t>(o_.pointsPerBatch));
      std::vector<std::array<double, 2>> points;
      for (size_t i = start; i < end; ++i) points.push_back({grid[i][0] * cw, grid[i][1] * ch});
      data.append(processBatch(session, points, crop));
      ++doneBatches_;
      if (progress_) progress_(double(doneBatches_) / double(totalBatches_), "automatic masks");
    }

    // Duplicates within the crop, by predicted IoU.
    std::vector<std::array<float, 4>> boxes;
    for (const auto& b : data.boxes) boxes.push_back({float(b[0]), float(b[1]), float(b[2]), float(b[3])});
    data.keep(boxNms(boxes, data.iou, o_.boxNmsThresh));
    for (size_t i = 0; i < data.size(); ++i) {
      data.boxes[i] = {data.boxes[i][0] + crop[0], data.boxes[i][1] + crop[1], data.boxes[i][2] + crop[0],
                       data.boxes[i][3] + crop[1]};
      data.points[i] = {data.points[i][0] + crop[0], data.points[i][1] + crop[1]};
      data.crops.push_back(crop);
    }
    return data;
  }

  // Predicts in chunks that keep the full-resolution logits under ~512 MB (every point is
  // independent, so chunking changes nothing but the memory).
  MaskRecords processBatch(ImageSession& session, const std::vector<std::array<double, 2>>& points,
                           const std::array<int, 4>& crop) {
    const int cw = crop[2] - crop[0], ch = crop[3] - crop[1];
    const int64_t perMask = int64_t(cw) * ch * 4 * (o_.multimaskOutput ? 3 : 1);
    const size_t chunk = static_cast<size_t>(std::clamp<int64_t>((int64_t{512} << 20) / std::max<int64_t>(perMask, 1), 1,
                                                                 static_cast<int64_t>(points.size())));
    MaskRecords out;
    for (size_t s = 0; s < points.size(); s += chunk)
      out.append(processChunk(session, std::vector<std::array<double, 2>>(points.begin() + static_cast<int64_t>(s),
                                                                           points.begin() + static_cast<int64_t>(std::min(points.size(), s + chunk))),
                              crop));
    return out;
  }

  MaskRecords processChunk(ImageSession& session, const std::vector<std::array<double, 2>>& points,
                           const std::array<int, 4>& crop) {
    c10::InferenceMode guard;
    const int64_t n = static_cast<int64_t>(points.size());
    at::Tensor coords = at::empty({n, 1, 2}, at::kDouble);
    for (int64_t i = 0; i < n; ++i) {
      coords[i][0][0] = points[static_cast<size_t>(i)][0];
      coords[i][0][1] = points[static_cast<size_t>(i)][1];
    }
    coords = coords.to(at::kFloat);
    const at::Tensor labels = at::ones({n, 1}, at::kInt);
    TensorPrediction pred = predictTensors(session, coords, labels, {}, {}, o_.multimaskOutput);
    const int64_t c = pred.logits.size(1);
    at::Tensor logits = pred.logits.flatten(0, 1);
    at::Tensor iou = pred.iouPredictions.flatten(0, 1);
    std::vector<std::array<double, 2>> maskPoints;
    for (const auto& p : points)
      for (int64_t k = 0; k < c; ++k) maskPoints.push_back(p);

    if (o_.useM2m) {  // one refinement step with each mask's own low-res logits, single mask
      const at::Tensor low = pred.lowResLogits.flatten(0, 1);
      const at::Tensor refineCoords = coords.repeat_interleave(c, 0);
      const at::Tensor refineLabels = at::ones({refineCoords.size(0), 1}, at::kInt);
      std::vector<at::Tensor> masks, ious;
      for (int64_t s = 0; s < refineCoords.size(0); s += o_.pointsPerBatch) {
        const int64_t len = std::min<int64_t>(o_.pointsPerBatch, refineCoords.size(0) - s);
        TensorPrediction r = predictTensors(session, refineCoords.narrow(0, s, len), refineLabels.narrow(0, s, len), {},
                                            low.narrow(0, s, len).unsqueeze(1), false);
        masks.push_back(r.logits.squeeze(1));
        ious.push_back(r.iouPredictions.squeeze(1));
      }
      logits = at::cat(masks, 0);
      iou = at::cat(ious, 0);
    }
    pred = TensorPrediction{};

    std::vector<int64_t> kept(static_cast<size_t>(logits.size(0)));
    std::iota(kept.begin(), kept.end(), 0);
    const std::vector<float> iouValues = toFloats(iou);
    if (o_.predIouThresh > 0.f) {
      std::vector<int64_t> next;
      for (int64_t i : kept)
        if (iouValues[static_cast<size_t>(i)] > o_.predIouThresh) next.push_back(i);
      kept = std::move(next);
    }
    const at::Tensor index = at::tensor(kept, at::kLong);
    logits = logits.index_select(0, index);
    const std::vector<float> stability = toFloats(stabilityScores(logits, o_.maskThreshold, o_.stabilityScoreOffset));
    std::vector<int64_t> stable;  // positions in `kept`
    for (size_t i = 0; i < kept.size(); ++i)
      if (!(o_.stabilityScoreThresh > 0.f) || stability[i] >= o_.stabilityScoreThresh) stable.push_back(static_cast<int64_t>(i));
    const at::Tensor masks = logits.index_select(0, at::tensor(stable, at::kLong)) > o_.maskThreshold;
    logits = at::Tensor();
    const std::vector<std::array<int64_t, 4>> boxes = masksToBoxes(masks);

    MaskRecords out;
    for (size_t j = 0; j < stable.size(); ++j) {
      if (nearCropEdge(boxes[j], crop, image_.width, image_.height)) continue;
      const auto i = static_cast<size_t>(stable[j]);
      out.rles.push_back(rleOf(masks[static_cast<int64_t>(j)], crop[0], crop[1], image_.height, image_.width));
      out.boxes.push_back(boxes[j]);
      out.iou.push_back(iouValues[static_cast<size_t>(kept[i])]);
      out.stability.push_back(stability[i]);
      out.points.push_back(maskPoints[static_cast<size_t>(kept[i])]);
    }
    return out;
  }

  std::shared_ptr<const Sam2Model> model_;
  ImageRgb image_;
  AutoMaskOptions o_;
  ProgressFn progress_;
  CancelFn cancel_;
  int64_t totalBatches_ = 0, doneBatches_ = 0;
  bool cancelled_ = false;
};

}  // namespace

void cropBoxes(int width, int height, int nLayers, double overlapRatio, std::vector<std::array<int, 4>>& boxes,
               std::vector<int>& layers) {
  boxes = {{0, 0, width, height}};
  layers = {0};
  const int shortSide = std::min(width, height);
  const double ratio = overlapRatio;
  auto cropLen = [](int length, int n, int overlap) {
    return static_cast<int>(std::ceil((double(overlap) * (n - 1) + length) / n));
  };
  for (int layer = 0; layer < nLayers; ++layer) {
    const int n = 1 << (layer + 1);
    const int overlap = static_cast<int>(ratio * shortSide * (2.0 / n));
    const int cw = cropLen(width, n, overlap), ch = cropLen(height, n, overlap);
    for (int i = 0; i < n; ++i)
      for (int j = 0; j < n; ++j) {
        const int x0 = (cw - overlap) * i, y0 = (ch - overlap) * j;
        boxes.push_back({x0, y0, std::min(x0 + cw, width), std::min(y0 + ch, height)});
        layers.push_back(layer + 1);
      }
  }
}

std::vector<int64_t> boxNms(const std::vector<std::array<float, 4>>& boxes, const std::vector<float>& scores,
                            float iouThreshold) {
  if (boxes.size() != scores.size()) throw Sam2Error("boxNms: as many scores as boxes are needed");
  std::vector<int64_t> order(boxes.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](int64_t a, int64_t b) { return scores[static_cast<size_t>(a)] > scores[static_cast<size_t>(b)]; });
  std::vector<float> areas;
  for (const auto& b : boxes) areas.push_back((b[2] - b[0]) * (b[3] - b[1]));
  std::vector<char> suppressed(boxes.size(), 0);
  std::vector<int64_t> keep;
  for (size_t oi = 0; oi < order.size(); ++oi) {
    const auto i = static_cast<size_t>(order[oi]);
    if (suppressed[i]) continue;
    keep.push_back(static_cast<int64_t>(i));
    for (size_t oj = oi + 1; oj < order.size(); ++oj) {
      const auto j = static_cast<size_t>(order[oj]);
      if (suppressed[j]) continue;
      const float w = std::max(0.f, std::min(boxes[i][2], boxes[j][2]) - std::max(boxes[i][0], boxes[j][0]));
      const float h = std::max(0.f, std::min(boxes[i][3], boxes[j][3]) - std::max(boxes[i][1], boxes[j][1]));
      const float inter = w * h;
      const float iou = inter / (areas[i] + areas[j] - inter);
      if (iou > iouThreshold) suppressed[j] = 1;
    }
  }
  return keep;
}

AutoMaskResult generateAutoMasks(std::shared_ptr<const Sam2Model> model, const ImageRgb& image,
                                 const AutoMaskOptions& options, const ProgressFn& progress, const CancelFn& cancel) {
  if (!model) throw Sam2Error("automatic masks: no model");
  if (image.width <= 0 || image.height <= 0 || !image.data) throw Sam2Error("automatic masks: empty image");
  if (options.pointsPerSide < 0 || (options.pointsPerSide == 0 && options.pointGrids.empty()))
    throw Sam2Error("automatic masks: points_per_side must be positive, or point grids given");
  if (options.pointsPerSide > 0 && !options.pointGrids.empty())
    throw Sam2Error("automatic masks: give points_per_side or point grids, not both");
  if (options.pointsPerBatch <= 0) throw Sam2Error("automatic masks: points_per_batch must be positive");
  if (options.cropNLayers < 0 || options.cropNLayers > 8) throw Sam2Error("automatic masks: crop_n_layers must be 0 to 8");
  if (options.cropNPointsDownscaleFactor < 1)
    throw Sam2Error("automatic masks: crop_n_points_downscale_factor must be 1 or more");
  if (!(options.cropOverlapRatio >= 0.0 && options.cropOverlapRatio < 1.0))
    throw Sam2Error("automatic masks: crop_overlap_ratio must be in [0, 1)");
  if (options.pointsPerSide > 4096) throw Sam2Error("automatic masks: points_per_side above 4096");
  for (int i = 0; i <= options.cropNLayers && options.pointsPerSide > 0; ++i)
    if (static_cast<int>(options.pointsPerSide / std::pow(options.cropNPointsDownscaleFactor, i)) < 1)
      throw Sam2Error("automatic masks: crop layer " + std::to_string(i) + " would have no points "
                      "(points_per_side / crop_n_points_downscale_factor^layer < 1)");
  return Generator(std::move(model), image, options, progress, cancel).run();
}

}  // namespace sam2
