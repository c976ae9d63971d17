// Golden tests of the image path against the reference SAM2ImagePredictor (image/golden.json of
// the golden folder). Every size comes from the golden files, so any golden folder in the same
// format (another model shape included) runs unchanged.
//
// Tolerances (GOLDEN_FORMAT.md, "Tolerances": a BLAS swap moves features by 1.7e-5, logits by
// 7.8e-5, IoU by 3.6e-7; recommended checks for a float32 port below):
#include "common/png_reader.h"

#include <c10/core/InferenceMode.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#undef CHECK  // c10 defines a CHECK of its own; the harness's wins
#include "check.h"
#include "golden.h"
#include "model/config.h"
#include "model/error.h"
#include "model/image_session.h"
#include "model/image_session_internal.h"
#include "model/preprocess.h"
#include "model/sam2_model.h"

namespace {

constexpr double kPreprocessTol = 1e-4;  // the same resize kernel: float rounding only
constexpr double kFeatureTol = 1e-3;     // image_embed, high-res features
constexpr double kTrunkRelTol = 1e-3;    // Hiera stage outputs, relative to the tensor's max
constexpr double kLogitTol = 2e-3;       // low-res logits and logits
constexpr double kIouTol = 1e-4;         // IoU predictions
constexpr double kStabilityTol = 1e-3;   // stability scores (area ratios; 1 pixel of 64x64 = 2.4e-4)
constexpr double kMaskIou = 0.999;       // masks, per mask

using nlohmann::json;

const golden::Session& session() {
  static const golden::Session s(golden::goldenDir() / "image");
  return s;
}

std::shared_ptr<sam2::Sam2Model> model() {
  static std::shared_ptr<sam2::Sam2Model> m = [] {
    const auto& s = session();
    return sam2::Sam2Model::load(s.resolve(s.json().at("checkpoint")).string(), golden::testModelOptions(),
                                 s.resolve(s.json().at("config")).string());
  }();
  return m;
}

// An RGB8 image file as a [H, W, 3] uint8 tensor.
at::Tensor readRgb(const std::string& path) {
  testpng::Rgb8 rgb = testpng::readRgb(path);
  return at::from_blob(rgb.pixels.data(), {rgb.height, rgb.width, 3}, at::kByte).clone();
}

sam2::ImageRgb view(const at::Tensor& rgb) {
  sam2::ImageRgb v;
  v.height = static_cast<int>(rgb.size(0));
  v.width = static_cast<int>(rgb.size(1));
  v.data = rgb.data_ptr<uint8_t>();
  return v;
}

sam2::PostprocessOptions predictorOptions(const json& step) {
  sam2::PostprocessOptions o;
  const json& p = step.at("predictor");
  o.maskThreshold = p.at("mask_threshold").get<float>();
  o.maxHoleArea = p.at("max_hole_area").get<float>();
  o.maxSprinkleArea = p.at("max_sprinkle_area").get<float>();
  return o;
}

void checkClose(const std::string& what, const at::Tensor& ours, const at::Tensor& ref, double tol) {
  CHECK_MSG(ours.sizes() == ref.sizes(), what + ": shape differs");
  if (ours.sizes() != ref.sizes()) return;
  const double diff = golden::maxAbsDiff(ours, ref);
  std::fprintf(stderr, "    %-48s max abs diff %.3g (tol %.3g)\n", what.c_str(), diff, tol);
  CHECK_MSG(diff <= tol, what + ": max abs diff " + std::to_string(diff));
}

at::Tensor tensorArg(const json& v, at::ScalarType type) {
  // Nested JSON lists of numbers -> tensor.
  std::vector<int64_t> shape;
  const json* cur = &v;
  while (cur->is_array()) {
    shape.push_back(static_cast<int64_t>(cur->size()));
    if (cur->empty()) break;
    cur = &(*cur)[0];
  }
  std::vector<double> flat;
  std::function<void(const json&)> walk = [&](const json& x) {
    if (x.is_array())
      for (const auto& e : x) walk(e);
    else
      flat.push_back(x.get<double>());
  };
  walk(v);
  return at::tensor(flat, at::kDouble).reshape(shape).to(type);
}

// The steps of golden.json, each predict step paired with the set_image step before it.
std::vector<const json*> steps(const std::string& call) {
  std::vector<const json*> out;
  for (const auto& s : session().json().at("steps"))
    if (s.at("call") == call) out.push_back(&s);
  return out;
}

}  // namespace

TEST_CASE("golden config matches the predictor overrides") {
  const sam2::Sam2Config& c = model()->config();
  const json& overrides = session().json().at("model").at("overrides");
  for (const auto& [key, value] : overrides.items()) {
    if (key == "sam_mask_decoder_extra_args.dynamic_multimask_via_stability")
      CHECK(c.sam_mask_decoder_extra_args.dynamic_multimask_via_stability == value.get<bool>());
    else if (key == "sam_mask_decoder_extra_args.dynamic_multimask_stability_delta")
      CHECK(std::abs(c.sam_mask_decoder_extra_args.dynamic_multimask_stability_delta - value.get<double>()) < 1e-12);
    else if (key == "sam_mask_decoder_extra_args.dynamic_multimask_stability_thresh")
      CHECK(std::abs(c.sam_mask_decoder_extra_args.dynamic_multimask_stability_thresh - value.get<double>()) < 1e-12);
  }
  CHECK(session().json().at("preprocess").at("image_size").get<int>() == c.image_size);
}

TEST_CASE("preprocessing matches the golden input tensor") {
  for (const json* step : steps("set_image")) {
    const at::Tensor rgb = readRgb(session().resolve(step->at("args").at("image")).string());
    const json& hw = step->at("outputs").at("orig_hw")[0];
    CHECK(rgb.size(0) == hw[0].get<int64_t>());
    CHECK(rgb.size(1) == hw[1].get<int64_t>());
    const at::Tensor ours = sam2::preprocessImage(view(rgb), model()->config().image_size);
    checkClose("preprocessed", ours, session().tensor(step->at("outputs").at("preprocessed")),
               kPreprocessTol);
  }
}

TEST_CASE("Hiera stages, image embedding and high-res features from the golden input") {
  const json& step = *steps("set_image").at(0);
  const json& outputs = step.at("outputs");
  sam2::ImageSession s(model());
  s.impl().keepEncoderOutput = true;
  const json& hw = outputs.at("orig_hw")[0];
  sam2::setPreprocessedImage(s, session().tensor(outputs.at("preprocessed")), hw[1].get<int>(),
                             hw[0].get<int>());
  const auto& enc = s.impl().encoderOutput;
  for (size_t i = 0;; ++i) {
    const std::string key = "trunk_out_" + std::to_string(i);
    if (!outputs.contains(key)) {
      CHECK_MSG(i == enc.trunkOutputs.size(), "the trunk returned " +
                                                  std::to_string(enc.trunkOutputs.size()) +
                                                  " stages, golden has " + std::to_string(i));
      break;
    }
    CHECK(i < enc.trunkOutputs.size());
    if (i >= enc.trunkOutputs.size()) break;
    const at::Tensor ref = session().tensor(outputs.at(key));
    const double scale = std::max(1.0, ref.abs().max().item<double>());
    checkClose(key, enc.trunkOutputs[i], ref, kTrunkRelTol * scale);
  }
  checkClose("image_embed", s.impl().features.imageEmbed, session().tensor(outputs.at("image_embed")),
             kFeatureTol);
  const auto& hr = s.impl().features.highResFeats;
  for (size_t i = 0; i < 2; ++i) {
    const std::string key = "high_res_feats_" + std::to_string(i);
    if (!outputs.contains(key)) continue;
    CHECK(i < hr.size());
    if (i < hr.size()) checkClose(key, hr[i], session().tensor(outputs.at(key)), kFeatureTol);
  }
}

TEST_CASE("setImage from the PNG gives the golden embeddings") {
  for (const json* step : steps("set_image")) {
    const json& outputs = step->at("outputs");
    const at::Tensor rgb = readRgb(session().resolve(step->at("args").at("image")).string());
    sam2::ImageSession s(model(), predictorOptions(*step));
    s.setImage(view(rgb));
    CHECK(s.hasImage());
    CHECK(s.imageWidth() == rgb.size(1));
    CHECK(s.imageHeight() == rgb.size(0));
    checkClose("image_embed (from PNG)", s.impl().features.imageEmbed,
               session().tensor(outputs.at("image_embed")), kFeatureTol);
    checkClose("high_res_feats_0 (from PNG)", s.impl().features.highResFeats.at(0),
               session().tensor(outputs.at("high_res_feats_0")), kFeatureTol);
    checkClose("high_res_feats_1 (from PNG)", s.impl().features.highResFeats.at(1),
               session().tensor(outputs.at("high_res_feats_1")), kFeatureTol);
  }
}

TEST_CASE("every predict case matches the reference") {
  std::unique_ptr<sam2::ImageSession> s;
  int cases = 0;
  for (const auto& step : session().json().at("steps")) {
    if (step.at("call") == "set_image") {
      s = std::make_unique<sam2::ImageSession>(model(), predictorOptions(step));
      const json& outputs = step.at("outputs");
      const json& hw = outputs.at("orig_hw")[0];
      // The model's own preprocessing is tested above; start from the recorded tensor so that
      // these cases test the heads alone.
      sam2::setPreprocessedImage(*s, session().tensor(outputs.at("preprocessed")), hw[1].get<int>(),
                                 hw[0].get<int>());
      continue;
    }
    if (step.at("call") != "predict") continue;
    ++cases;
    const std::string name = step.at("name");
    std::fprintf(stderr, "  case %s\n", name.c_str());
    CHECK_MSG(s != nullptr, "predict before set_image");
    if (!s) return;
    s->setPostprocessOptions(predictorOptions(step));
    const json& args = step.at("args");
    at::Tensor coords, labels, boxes, maskInput;
    if (!args.at("point_coords").is_null()) {
      coords = tensorArg(args.at("point_coords"), at::kFloat);
      labels = tensorArg(args.at("point_labels"), at::kInt);
    }
    if (!args.at("box").is_null()) boxes = tensorArg(args.at("box"), at::kFloat).reshape({-1, 4});
    if (!args.at("mask_input").is_null()) {
      const json& m = args.at("mask_input");
      maskInput = session().tensor(m.at("tensor"))[m.at("index").get<int64_t>()].unsqueeze(0);
      std::vector<int64_t> shape = m.at("shape").get<std::vector<int64_t>>();
      CHECK(maskInput.sizes() == at::IntArrayRef(shape));
    }
    const bool multimask = args.at("multimask_output").get<bool>();
    const sam2::TensorPrediction p =
        sam2::predictTensors(*s, coords, labels, boxes, maskInput, multimask);

    const json& outputs = step.at("outputs");
    const sam2::PostprocessOptions post = predictorOptions(step);
    if (post.maxHoleArea > 0 || post.maxSprinkleArea > 0) {
      // The case must exercise hole filling / sprinkle removal: without it the logits differ.
      s->setPostprocessOptions(sam2::PostprocessOptions{post.maskThreshold, 0.f, 0.f});
      const sam2::TensorPrediction raw = sam2::predictTensors(*s, coords, labels, boxes, maskInput, multimask);
      s->setPostprocessOptions(post);
      const at::Tensor ref = session().tensor(outputs.at("logits"));
      const double rawDiff = golden::maxAbsDiff(raw.logits.reshape(ref.sizes()), ref);
      std::fprintf(stderr, "    %-48s max abs diff %.3g without post-processing\n", name.c_str(), rawDiff);
      CHECK_MSG(rawDiff > 1.0, name + ": post-processing changes nothing in this case");
    }
    const at::Tensor refLogits = session().tensor(outputs.at("logits"));
    const at::Tensor refMasks = session().tensor(outputs.at("masks"));
    const at::Tensor refIou = session().tensor(outputs.at("iou_predictions"));
    const at::Tensor refLow = session().tensor(outputs.at("low_res_logits"));
    // Ours are [B, C, ...]; the reference squeezes B when it is 1.
    auto like = [](const at::Tensor& ours, const at::Tensor& ref) {
      return ours.numel() == ref.numel() ? ours.reshape(ref.sizes()) : ours;
    };
    checkClose(name + "/logits", like(p.logits, refLogits), refLogits, kLogitTol);
    checkClose(name + "/low_res_logits", like(p.lowResLogits, refLow), refLow, kLogitTol);
    checkClose(name + "/iou_predictions", like(p.iouPredictions, refIou), refIou, kIouTol);
    const at::Tensor masks = like(p.masks, refMasks);
    CHECK(masks.sizes() == refMasks.sizes());
    if (masks.sizes() == refMasks.sizes()) {
      const at::Tensor flatOurs = masks.reshape({-1, refMasks.size(-2), refMasks.size(-1)});
      const at::Tensor flatRef = refMasks.reshape({-1, refMasks.size(-2), refMasks.size(-1)});
      for (int64_t i = 0; i < flatRef.size(0); ++i) {
        const double iou = golden::maskIou(flatOurs[i], flatRef[i]);
        CHECK_MSG(iou >= kMaskIou, name + "/masks[" + std::to_string(i) + "] IoU " + std::to_string(iou));
      }
    }
    if (step.contains("dynamic_multimask")) {
      const json& dm = step.at("dynamic_multimask");
      const auto scores = dm.at("stability_scores").get<std::vector<double>>();
      const auto kept = dm.at("single_mask_kept").get<std::vector<bool>>();
      CHECK(p.stabilityScores.defined());
      if (p.stabilityScores.defined()) {
        CHECK(p.stabilityScores.numel() == static_cast<int64_t>(scores.size()));
        for (size_t i = 0; i < scores.size() && i < static_cast<size_t>(p.stabilityScores.numel()); ++i) {
          const double ours = p.stabilityScores[i].item<double>();
          CHECK_MSG(std::abs(ours - scores[i]) <= kStabilityTol,
                    name + " stability " + std::to_string(ours) + " vs " + std::to_string(scores[i]));
          CHECK(p.singleMaskKept[i].item<bool>() == kept[i]);
        }
      }
    }
  }
  CHECK_MSG(cases > 0, "golden.json has no predict step");
}

TEST_CASE("public API: predict, predictBoxes and the embedding cache") {
  const json* pointStep = nullptr;
  const json* boxesStep = nullptr;
  const json* firstImage = steps("set_image").at(0);
  // Cases of the default predictor (the first set_image) with points only / batched boxes.
  for (const auto& step : session().json().at("steps")) {
    if (step.at("call") == "set_image" && &step != firstImage) break;
    if (step.at("call") != "predict") continue;
    const json& a = step.at("args");
    if (!pointStep && a.at("box").is_null() && a.at("mask_input").is_null() && !a.at("point_coords").is_null())
      pointStep = &step;
    if (!boxesStep && a.at("point_coords").is_null() && a.at("box").is_array() && a.at("box")[0].is_array())
      boxesStep = &step;
  }
  CHECK(pointStep != nullptr);
  if (!pointStep) return;

  const at::Tensor rgb = readRgb(session().resolve(firstImage->at("args").at("image")).string());
  sam2::ImageSession s(model(), predictorOptions(*firstImage));
  CHECK(!s.hasImage());
  CHECK_THROWS(s.predict(sam2::ImagePrompt{}), sam2::Sam2Error);
  s.setImage(view(rgb));

  sam2::ImagePrompt prompt;
  const json& a = pointStep->at("args");
  for (size_t i = 0; i < a.at("point_coords").size(); ++i)
    prompt.points.push_back({a.at("point_coords")[i][0].get<float>(), a.at("point_coords")[i][1].get<float>(),
                             a.at("point_labels")[i].get<int>()});
  prompt.multimask = a.at("multimask_output").get<bool>();
  const sam2::ImagePrediction p = s.predict(prompt);
  const at::Tensor refMasks = session().tensor(pointStep->at("outputs").at("masks"));
  const at::Tensor refIou = session().tensor(pointStep->at("outputs").at("iou_predictions"));
  const at::Tensor refLow = session().tensor(pointStep->at("outputs").at("low_res_logits"));
  CHECK(static_cast<int64_t>(p.masks.size()) == refMasks.size(0));
  CHECK(p.bestIndex == refIou.argmax().item<int64_t>());
  for (size_t i = 0; i < p.masks.size() && static_cast<int64_t>(i) < refMasks.size(0); ++i) {
    const sam2::Mask& m = p.masks[i];
    CHECK(m.width == rgb.size(1) && m.height == rgb.size(0));
    const at::Tensor ours = at::from_blob(const_cast<uint8_t*>(m.data.data()), {m.height, m.width}, at::kByte);
    CHECK(golden::maskIou(ours, refMasks[i]) >= kMaskIou);
    CHECK(std::abs(p.iouScores[i] - refIou[i].item<float>()) <= kIouTol);
    const at::Tensor low = at::from_blob(const_cast<float*>(p.lowRes[i].data.data()),
                                         {p.lowRes[i].size, p.lowRes[i].size}, at::kFloat);
    CHECK(golden::maxAbsDiff(low, refLow[i]) <= kLogitTol);
  }

  // A refinement click: the best low-res logits fed back change the prediction, deterministically.
  sam2::ImagePrompt refine = prompt;
  refine.multimask = false;
  refine.maskInput = p.lowRes[p.bestIndex];
  const sam2::ImagePrediction r1 = s.predict(refine);
  const sam2::ImagePrediction r2 = s.predict(refine);
  CHECK(r1.masks.size() == 1 && r1.masks[0].data == r2.masks[0].data);

  // The embedding survives a save/load round trip bit for bit.
  const std::vector<uint8_t> bytes = s.saveEmbedding();
  sam2::ImageSession restored(model(), predictorOptions(*firstImage));
  restored.loadEmbedding(bytes);
  CHECK(restored.hasImage());
  CHECK(restored.imageWidth() == s.imageWidth() && restored.imageHeight() == s.imageHeight());
  const sam2::ImagePrediction q = restored.predict(prompt);
  CHECK(q.masks.size() == p.masks.size());
  for (size_t i = 0; i < q.masks.size() && i < p.masks.size(); ++i) {
    CHECK(q.masks[i].data == p.masks[i].data);
    CHECK(q.iouScores[i] == p.iouScores[i]);
  }
  std::vector<uint8_t> damaged(bytes.begin(), bytes.begin() + static_cast<long>(bytes.size() / 2));
  CHECK_THROWS(restored.loadEmbedding(damaged), sam2::Sam2Error);
  CHECK_THROWS(restored.loadEmbedding(std::vector<uint8_t>(64, 7)), sam2::Sam2Error);

  if (boxesStep) {
    std::vector<sam2::BoxPrompt> boxes;
    for (const auto& b : boxesStep->at("args").at("box"))
      boxes.push_back({b[0].get<float>(), b[1].get<float>(), b[2].get<float>(), b[3].get<float>()});
    const auto preds = s.predictBoxes(boxes, boxesStep->at("args").at("multimask_output").get<bool>());
    const at::Tensor ref = session().tensor(boxesStep->at("outputs").at("masks"));  // [B, C, H, W]
    CHECK(static_cast<int64_t>(preds.size()) == ref.size(0));
    for (size_t b = 0; b < preds.size() && static_cast<int64_t>(b) < ref.size(0); ++b) {
      CHECK(static_cast<int64_t>(preds[b].masks.size()) == ref.size(1));
      for (size_t i = 0; i < preds[b].masks.size(); ++i) {
        const sam2::Mask& m = preds[b].masks[i];
        const at::Tensor ours = at::from_blob(const_cast<uint8_t*>(m.data.data()), {m.height, m.width}, at::kByte);
        CHECK(golden::maskIou(ours, ref[b][i]) >= kMaskIou);
      }
    }
  }

  // Invalid prompts are refused with a message, not a crash.
  sam2::ImagePrompt bad;
  bad.points.push_back({10.f, 10.f, 5});
  CHECK_THROWS(s.predict(bad), sam2::Sam2Error);
  sam2::ImagePrompt badMask;
  badMask.points.push_back({10.f, 10.f, 1});
  badMask.maskInput = sam2::LowResLogits{64, std::vector<float>(10)};
  CHECK_THROWS(s.predict(badMask), sam2::Sam2Error);
}

int main(int argc, char** argv) { return check::runAll(argc, argv); }
