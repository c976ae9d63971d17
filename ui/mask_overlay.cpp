#include "ui/mask_overlay.h"

#include <vector>

namespace s2s::ui {

namespace {

QImage render(const uint8_t* mask, int width, int height, std::ptrdiff_t stride, const QColor& color,
              int fillAlpha) {
    QImage out(width, height, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    const auto premul = [&](int alpha) {
        return qRgba(color.red() * alpha / 255, color.green() * alpha / 255,
                     color.blue() * alpha / 255, alpha);
    };
    const QRgb fill = premul(fillAlpha);
    const QRgb edge = premul(255);
    for (int y = 0; y < height; ++y) {
        const uint8_t* row = mask + y * stride;
        const uint8_t* up = y > 0 ? row - stride : nullptr;
        const uint8_t* down = y + 1 < height ? row + stride : nullptr;
        auto* dst = reinterpret_cast<QRgb*>(out.scanLine(y));
        for (int x = 0; x < width; ++x) {
            if (!row[x])
                continue;
            const bool border = x == 0 || x + 1 == width || !row[x - 1] || !row[x + 1] || !up ||
                                !down || !up[x] || !down[x];
            dst[x] = border ? edge : fill;
        }
    }
    return out;
}

} // namespace

QImage renderMaskOverlay(const Rle& mask, const QColor& color, int fillAlpha) {
    if (mask.width() <= 0 || mask.height() <= 0)
        return QImage();
    const std::vector<uint8_t> bytes = mask.decode();
    return render(bytes.data(), mask.width(), mask.height(), mask.width(), color, fillAlpha);
}

QImage renderMaskOverlay(const QImage& grayMask, const QColor& color, int fillAlpha) {
    const QImage gray = grayMask.format() == QImage::Format_Grayscale8
                            ? grayMask
                            : grayMask.convertToFormat(QImage::Format_Grayscale8);
    return render(gray.constBits(), gray.width(), gray.height(), gray.bytesPerLine(), color,
                  fillAlpha);
}

} // namespace s2s::ui
