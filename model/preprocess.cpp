#include "model/preprocess.h"

#include <c10/util/Optional.h>

#include <vector>

#include "model/error.h"
#include "model/mask_paste.h"

namespace sam2 {

at::Tensor resizeBilinear(const at::Tensor& x, int64_t height, int64_t width, bool antialias) {
  const std::vector<int64_t> size{height, width};
  const at::OptionalIntArrayRef outSize(size);
  const c10::optional<at::ArrayRef<double>> noScales;
  const at::Tensor xf = x.to(at::kFloat);
  // Upsampling without antialiasing runs split by rows on every thread (mask_paste.h).
  return antialias ? at::_upsample_bilinear2d_aa(xf, outSize, false, noScales) : upsampleBilinear(xf, height, width);
}

at::Tensor preprocessImage(const ImageRgb& image, int64_t size) {
  if (image.width <= 0 || image.height <= 0 || image.data == nullptr)
    throw Sam2Error("the image is empty (" + std::to_string(image.width) + "x" +
                    std::to_string(image.height) + ")");
  if (image.rowStride() < image.width * 3)
    throw Sam2Error("the image's row stride is smaller than its width * 3");
  // A non-owning view of the caller's pixels; the float conversion copies them.
  const at::Tensor pixels = at::from_blob(const_cast<uint8_t*>(image.data),
                                          {image.height, image.width, 3},
                                          {image.rowStride(), 3, 1}, at::kByte);
  at::Tensor x = pixels.to(at::kFloat).div_(255.0).permute({2, 0, 1}).unsqueeze(0).contiguous();
  x = resizeBilinear(x, size, size, /*antialias=*/true);
  const at::Tensor mean = at::tensor({0.485f, 0.456f, 0.406f}).view({1, 3, 1, 1});
  const at::Tensor std = at::tensor({0.229f, 0.224f, 0.225f}).view({1, 3, 1, 1});
  return x.sub_(mean).div_(std);
}

}  // namespace sam2
