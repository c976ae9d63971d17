#pragma once
// The golden video sessions for tests that drive the app's layers (no LibTorch): golden.json and
// tensors.bin of a golden folder (tests/data/sam2_mini/GOLDEN_FORMAT.md) read with the standard
// library, and the comparison of one object's logits plane with the golden one under the golden
// README's tolerances for a float32 CPU port (section "Tolerances"):
//   - discrete outcomes exactly: which planes are "no object" (all -1024);
//   - on every plane: the 99.9th percentile of |diff| <= 0.25 and at most 0.1 % of the pixels
//     above 0.25 (hole filling is a per-pixel decision on logits that can sit within 1e-4 of 0),
//     mean |diff| <= 0.05, IoU of (logit > 0) >= 0.99.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace goldenvideo {

// SAM2_GOLDEN_DIR, else the copy in the repository.
inline std::filesystem::path goldenDir() {
    if (const char* env = std::getenv("SAM2_GOLDEN_DIR"); env && *env)
        return env;
    return std::filesystem::path(SAM2_TEST_DATA_DIR) / "sam2_mini";
}

struct Tensor {
    std::vector<int64_t> shape;
    std::string dtype;
    std::vector<float> values;    // float32 tensors
    std::vector<uint8_t> bytes;   // uint8 tensors
};

class Session {
public:
    explicit Session(const std::filesystem::path& folder) : folder_(folder) {
        std::ifstream in(folder / "golden.json");
        if (!in)
            throw std::runtime_error("cannot open " + (folder / "golden.json").string());
        json_ = nlohmann::json::parse(in);
        if (json_.value("format", "") != "sam2-golden/1")
            throw std::runtime_error("unexpected golden format in " + folder.string());
        std::ifstream bin(folder / json_.value("tensors_file", "tensors.bin"), std::ios::binary);
        if (!bin)
            throw std::runtime_error("cannot open the tensors of " + folder.string());
        data_.assign(std::istreambuf_iterator<char>(bin), std::istreambuf_iterator<char>());
        for (const auto& t : json_.at("tensors"))
            index_[t.at("name").get<std::string>()] = t;
    }
    const nlohmann::json& json() const { return json_; }
    std::filesystem::path resolve(const std::string& relative) const { return folder_ / relative; }

    Tensor tensor(const std::string& name) const {
        const auto it = index_.find(name);
        if (it == index_.end())
            throw std::runtime_error("golden tensor not found: " + name);
        const nlohmann::json& t = it->second;
        Tensor out;
        out.dtype = t.at("dtype");
        out.shape = t.at("shape").get<std::vector<int64_t>>();
        const size_t offset = t.at("offset"), nbytes = t.at("nbytes");
        if (offset + nbytes > data_.size())
            throw std::runtime_error("golden tensor out of file: " + name);
        if (out.dtype == "float32") {
            out.values.resize(nbytes / sizeof(float));
            std::memcpy(out.values.data(), data_.data() + offset, nbytes);
        } else if (out.dtype == "uint8") {
            out.bytes.assign(data_.begin() + static_cast<std::ptrdiff_t>(offset),
                             data_.begin() + static_cast<std::ptrdiff_t>(offset + nbytes));
        } else {
            throw std::runtime_error("unsupported golden dtype " + out.dtype + " for " + name);
        }
        return out;
    }

private:
    std::filesystem::path folder_;
    nlohmann::json json_;
    std::vector<char> data_;
    std::map<std::string, nlohmann::json> index_;
};

struct Tolerances {
    double p999 = 0.25;          // 99.9th percentile of |diff|
    double fractionAbove = 1e-3; // share of pixels with |diff| > p999 bound
    double meanAbs = 0.05;
    double iou = 0.99;
};

struct PlaneDiff {
    double maxAbs = 0, meanAbs = 0, p999 = 0, fractionAbove = 0, iou = 1;
    bool goldenNoObject = false;
    bool sizeMismatch = false;
};

inline bool isNoObjectPlane(const std::vector<float>& plane) {
    return !plane.empty() && std::all_of(plane.begin(), plane.end(), [](float v) { return v == -1024.f; });
}

inline PlaneDiff comparePlane(const std::vector<float>& ours, const std::vector<float>& gold,
                              const Tolerances& tol = {}) {
    PlaneDiff d;
    d.goldenNoObject = isNoObjectPlane(gold);
    if (ours.size() != gold.size() || gold.empty()) {
        d.sizeMismatch = true;
        d.maxAbs = d.meanAbs = d.p999 = 1e9;
        d.fractionAbove = 1;
        d.iou = 0;
        return d;
    }
    std::vector<double> diff(gold.size());
    double sum = 0;
    size_t inter = 0, uni = 0, above = 0;
    for (size_t i = 0; i < gold.size(); ++i) {
        diff[i] = std::abs(static_cast<double>(ours[i]) - gold[i]);
        sum += diff[i];
        above += diff[i] > tol.p999;
        const bool a = ours[i] > 0.f, b = gold[i] > 0.f;
        inter += a && b;
        uni += a || b;
    }
    d.meanAbs = sum / static_cast<double>(diff.size());
    d.fractionAbove = static_cast<double>(above) / static_cast<double>(diff.size());
    d.iou = uni == 0 ? 1.0 : static_cast<double>(inter) / static_cast<double>(uni);
    const size_t k = static_cast<size_t>(0.999 * static_cast<double>(diff.size() - 1));
    std::nth_element(diff.begin(), diff.begin() + static_cast<std::ptrdiff_t>(k), diff.end());
    d.p999 = diff[k];
    d.maxAbs = *std::max_element(diff.begin(), diff.end());
    return d;
}

// Empty when the plane passes, else what failed.
inline std::string planeProblems(const PlaneDiff& d, const Tolerances& tol = {}) {
    std::string out;
    auto add = [&](const std::string& s) { out += (out.empty() ? "" : "; ") + s; };
    if (d.sizeMismatch)
        return "plane size differs";
    if (d.p999 > tol.p999)
        add("99.9th percentile |diff| " + std::to_string(d.p999));
    if (d.fractionAbove > tol.fractionAbove)
        add(std::to_string(d.fractionAbove * 100) + "% of pixels above " + std::to_string(tol.p999));
    if (d.meanAbs > tol.meanAbs)
        add("mean |diff| " + std::to_string(d.meanAbs));
    if (d.iou < tol.iou)
        add("mask IoU " + std::to_string(d.iou));
    return out;
}

// (logit > 0) of a plane, row-major bytes 0/1.
inline std::vector<uint8_t> positive(const std::vector<float>& plane) {
    std::vector<uint8_t> m(plane.size());
    for (size_t i = 0; i < plane.size(); ++i)
        m[i] = plane[i] > 0.f;
    return m;
}

// The predictor options a session was recorded with (model.overrides, then predictor_options).
struct PredictorOptions {
    bool addAllFramesToCorrectAsCond = false;
    bool clearNonCondMemAroundInput = false;
    bool clearNonCondMemForMultiObj = true;  // per-object clearing: the current predictor's
    bool nonOverlapMasks = false;
};

inline PredictorOptions predictorOptions(const Session& g) {
    PredictorOptions o;
    for (const nlohmann::json* src : {&g.json().at("model"), &g.json()}) {
        const nlohmann::json opts = src == &g.json() ? g.json().value("predictor_options", nlohmann::json::object())
                                                     : src->value("overrides", nlohmann::json::object());
        if (opts.contains("add_all_frames_to_correct_as_cond"))
            o.addAllFramesToCorrectAsCond = opts["add_all_frames_to_correct_as_cond"];
        if (opts.contains("clear_non_cond_mem_around_input"))
            o.clearNonCondMemAroundInput = opts["clear_non_cond_mem_around_input"];
        if (opts.contains("clear_non_cond_mem_for_multi_obj"))
            o.clearNonCondMemForMultiObj = opts["clear_non_cond_mem_for_multi_obj"];
        if (opts.contains("non_overlap_masks"))
            o.nonOverlapMasks = opts["non_overlap_masks"];
    }
    return o;
}

// Model overrides the app does not apply as given (it builds the video predictor the way
// build_sam2_video_predictor does); empty when the golden session used exactly those.
inline std::vector<std::string> unsupportedOverrides(const Session& g) {
    const nlohmann::json standard = {
        {"_target_", "sam2.sam2_video_predictor.SAM2VideoPredictor"},
        {"sam_mask_decoder_extra_args.dynamic_multimask_via_stability", true},
        {"sam_mask_decoder_extra_args.dynamic_multimask_stability_delta", 0.05},
        {"sam_mask_decoder_extra_args.dynamic_multimask_stability_thresh", 0.98},
        {"binarize_mask_from_pts_for_mem_enc", true},
        {"fill_hole_area", 8}};
    std::vector<std::string> out;
    const auto overrides = g.json().at("model").value("overrides", nlohmann::json::object());
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        const std::string& k = it.key();
        if (k == "add_all_frames_to_correct_as_cond" || k == "clear_non_cond_mem_around_input" ||
            k == "clear_non_cond_mem_for_multi_obj" || k == "non_overlap_masks")
            continue;  // predictor options: the app's Video menu sets them
        if (!standard.contains(k) || standard[k] != it.value())
            out.push_back(k + "=" + it.value().dump());
    }
    return out;
}

} // namespace goldenvideo
