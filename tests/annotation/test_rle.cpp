// RLE masks: COCO/SA-V string compatibility, pixel-exact encode/decode, geometry and algebra
// checked against plain pixel loops, and clean errors on malformed input.
#include <QFile>
#include <QtTest>

#include <random>

#include <nlohmann/json.hpp>

#include "annotation/errors.h"
#include "annotation/rle.h"

using s2s::AnnotationError;
using s2s::BBox;
using s2s::Rle;
using s2s::RleOp;

namespace {

std::vector<uint32_t> countsOf(const Rle& rle) { return {rle.counts().begin(), rle.counts().end()}; }

// Reference decoder, deliberately naive: walks the column-major runs pixel by pixel.
std::vector<uint8_t> naiveDecode(const Rle& rle) {
    std::vector<uint8_t> out(std::size_t(rle.height()) * rle.width(), 0);
    std::size_t pos = 0;
    uint8_t value = 0;
    for (uint32_t c : rle.counts()) {
        for (uint32_t k = 0; k < c; ++k, ++pos) {
            const std::size_t x = pos / rle.height(), y = pos % rle.height();
            out[y * rle.width() + x] = value;
        }
        value ^= 1;
    }
    return out;
}

uint64_t pixelArea(const std::vector<uint8_t>& m) {
    uint64_t a = 0;
    for (uint8_t v : m) a += v != 0;
    return a;
}

BBox pixelBox(const std::vector<uint8_t>& m, int h, int w) {
    int x0 = w, y0 = h, x1 = -1, y1 = -1;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            if (m[std::size_t(y) * w + x]) {
                x0 = std::min(x0, x); x1 = std::max(x1, x);
                y0 = std::min(y0, y); y1 = std::max(y1, y);
            }
    if (x1 < 0) return {};
    return {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
}

// Blobby random masks (rectangles and discs, with some speckle) so runs cross column borders.
std::vector<uint8_t> randomMask(std::mt19937& rng, int h, int w, double speckle) {
    std::vector<uint8_t> m(std::size_t(h) * w, 0);
    std::uniform_int_distribution<int> shapes(0, 4);
    const int n = shapes(rng);
    for (int s = 0; s < n && h > 0 && w > 0; ++s) {
        std::uniform_int_distribution<int> px(0, w - 1), py(0, h - 1);
        const int cx = px(rng), cy = py(rng);
        const int rx = 1 + px(rng) / 2, ry = 1 + py(rng) / 2;
        const bool disc = rng() & 1;
        for (int y = std::max(0, cy - ry); y < std::min(h, cy + ry); ++y)
            for (int x = std::max(0, cx - rx); x < std::min(w, cx + rx); ++x) {
                const double dx = double(x - cx) / rx, dy = double(y - cy) / ry;
                if (!disc || dx * dx + dy * dy <= 1.0) m[std::size_t(y) * w + x] = 1;
            }
    }
    std::bernoulli_distribution flip(speckle);
    for (auto& v : m)
        if (flip(rng)) v ^= 1;
    return m;
}

std::vector<uint8_t> combine(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b, RleOp op) {
    std::vector<uint8_t> out(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        const bool x = a[i], y = b[i];
        switch (op) {
        case RleOp::Union: out[i] = x || y; break;
        case RleOp::Intersection: out[i] = x && y; break;
        case RleOp::Difference: out[i] = x && !y; break;
        case RleOp::Xor: out[i] = x != y; break;
        }
    }
    return out;
}

template <typename F>
QString errorOf(F&& f) {
    try {
        f();
    } catch (const AnnotationError& e) {
        return QString::fromStdString(e.what());
    }
    return QString();
}

} // namespace

class TestRle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void savRoundTripIsExact();
    void savAlgebraMatchesPixels();
    void knownStrings();
    void encodeDecodeRandom();
    void stridedBuffers();
    void algebraMatchesPixels();
    void emptyAndFullMasks();
    void uncompressedCounts();
    void malformedStrings();
    void jsonForms();
    void imageHelpers();
    void sizeMismatchIsAnError();
};

void TestRle::savRoundTripIsExact() {
    QFile file(QStringLiteral(SAM2_TEST_DATA_DIR "/media/sav/sav_000001_manual.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const auto doc = nlohmann::json::parse(file.readAll().toStdString());
    int checked = 0, nonEmpty = 0;
    for (const auto& frame : doc.at("masklet")) {
        for (const auto& obj : frame) {
            const int h = obj.at("size")[0].get<int>(), w = obj.at("size")[1].get<int>();
            const std::string counts = obj.at("counts").get<std::string>();
            const Rle parsed = Rle::fromString(counts, h, w);
            QCOMPARE(parsed.toString(), counts);

            // Decode to pixels and encode again: the same string, byte for byte.
            std::vector<uint8_t> pixels(std::size_t(h) * w);
            parsed.decode(pixels.data());
            QVERIFY(pixels == naiveDecode(parsed));
            const Rle reencoded = Rle::encode(pixels.data(), h, w);
            QCOMPARE(reencoded.toString(), counts);
            QVERIFY(reencoded == parsed);

            QCOMPARE(parsed.area(), pixelArea(pixels));
            QCOMPARE(parsed.bbox(), pixelBox(pixels, h, w));
            QCOMPARE(parsed.isEmpty(), parsed.area() == 0);
            nonEmpty += parsed.area() > 0;
            ++checked;
        }
    }
    QCOMPARE(checked, 605);
    QVERIFY2(nonEmpty > 300, qPrintable(QString::number(nonEmpty)));  // not vacuous: most are visible
}

// Union/intersection/IoU of real SA-V masks (neighbouring objects, consecutive frames).
void TestRle::savAlgebraMatchesPixels() {
    QFile file(QStringLiteral(SAM2_TEST_DATA_DIR "/media/sav/sav_000001_manual.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto masklet = nlohmann::json::parse(file.readAll().toStdString()).at("masklet");
    auto load = [&](std::size_t frame, std::size_t obj) { return Rle::fromJson(masklet.at(frame).at(obj)); };
    int overlapping = 0;
    for (std::size_t f = 0; f + 1 < masklet.size(); f += 8) {
        for (std::size_t o = 0; o < masklet[f].size(); ++o) {
            const Rle a = load(f, o);
            const Rle pairs[] = {load(f + 1, o), load(f, (o + 1) % masklet[f].size())};
            for (const Rle& b : pairs) {
                const auto pa = a.decode(), pb = b.decode();
                const auto inter = combine(pa, pb, RleOp::Intersection);
                const auto uni = combine(pa, pb, RleOp::Union);
                QVERIFY(Rle::merge(a, b, RleOp::Intersection).decode() == inter);
                QVERIFY(Rle::merge(a, b, RleOp::Union).decode() == uni);
                QCOMPARE(Rle::intersectionArea(a, b), pixelArea(inter));
                const uint64_t u = pixelArea(uni);
                QCOMPARE(Rle::iou(a, b), u ? double(pixelArea(inter)) / double(u) : 1.0);
                overlapping += pixelArea(inter) > 0;
            }
        }
    }
    QVERIFY(overlapping > 20);  // consecutive frames of one object overlap: real work was checked
}

void TestRle::knownStrings() {
    // Worked by hand from the pycocotools format: 10 -> ':', the 4th count is stored as 2-3 = -1
    // which is one group 31 -> 'O'.
    const Rle r = Rle::fromCounts({5, 3, 10, 2}, 4, 5);
    QCOMPARE(r.toString(), std::string("53:O"));
    QCOMPARE(countsOf(Rle::fromString("53:O", 4, 5)), (std::vector<uint32_t>{5, 3, 10, 2}));
    // A large count needs several 5-bit groups with continuation bits.
    const Rle big = Rle::fromCounts({100000, 1}, 1, 100001);
    QCOMPARE(Rle::fromString(big.toString(), 1, 100001), big);
    QCOMPARE(Rle(2, 3).toString(), std::string("6"));
    QCOMPARE(Rle::fromCounts({0, 6}, 2, 3).toString(), std::string("06"));
}

void TestRle::encodeDecodeRandom() {
    std::mt19937 rng(12345);
    const std::pair<int, int> sizes[] = {{1, 1}, {1, 37}, {41, 1}, {7, 9}, {64, 64}, {65, 130}, {480, 848}, {200, 33}};
    for (auto [h, w] : sizes) {
        for (int i = 0; i < 6; ++i) {
            const auto m = randomMask(rng, h, w, i % 2 ? 0.02 : 0.0);
            const Rle r = Rle::encode(m.data(), h, w);
            QCOMPARE(r.height(), h);
            QCOMPARE(r.width(), w);
            QVERIFY(r.decode() == m);
            QVERIFY(naiveDecode(r) == m);
            QCOMPARE(r.area(), pixelArea(m));
            QCOMPARE(r.bbox(), pixelBox(m, h, w));
            QCOMPARE(Rle::fromString(r.toString(), h, w), r);
            for (int k = 0; k < 20; ++k) {
                const int x = int(rng() % w), y = int(rng() % h);
                QCOMPARE(r.contains(x, y), m[std::size_t(y) * w + x] != 0);
            }
        }
    }
}

void TestRle::stridedBuffers() {
    std::mt19937 rng(7);
    const int h = 50, w = 70, stride = 80;
    const auto m = randomMask(rng, h, w, 0.01);
    std::vector<uint8_t> padded(std::size_t(h) * stride, 0xAB);  // garbage in the padding
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) padded[std::size_t(y) * stride + x] = m[std::size_t(y) * w + x] ? 255 : 0;
    const Rle r = Rle::encode(padded.data(), h, w, stride);
    QVERIFY(r.decode() == m);
    std::vector<uint8_t> out(std::size_t(h) * stride, 0x77);
    r.decode(out.data(), stride);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < stride; ++x) {
            const uint8_t v = out[std::size_t(y) * stride + x];
            if (x < w) QCOMPARE(v, m[std::size_t(y) * w + x]);
            else QCOMPARE(v, uint8_t(0x77));  // padding untouched
        }
}

void TestRle::algebraMatchesPixels() {
    std::mt19937 rng(99);
    for (int i = 0; i < 40; ++i) {
        const int h = 1 + int(rng() % 90), w = 1 + int(rng() % 90);
        const auto a = randomMask(rng, h, w, i % 3 ? 0.0 : 0.05);
        const auto b = randomMask(rng, h, w, i % 4 ? 0.0 : 0.05);
        const Rle ra = Rle::encode(a.data(), h, w), rb = Rle::encode(b.data(), h, w);
        for (RleOp op : {RleOp::Union, RleOp::Intersection, RleOp::Difference, RleOp::Xor}) {
            const auto expected = combine(a, b, op);
            const Rle merged = Rle::merge(ra, rb, op);
            QVERIFY(merged.decode() == expected);
            QCOMPARE(merged, Rle::encode(expected.data(), h, w));  // canonical runs
        }
        const uint64_t inter = pixelArea(combine(a, b, RleOp::Intersection));
        const uint64_t uni = pixelArea(combine(a, b, RleOp::Union));
        QCOMPARE(Rle::intersectionArea(ra, rb), inter);
        QCOMPARE(Rle::iou(ra, rb), uni ? double(inter) / double(uni) : 1.0);
    }
    // Fold over several masks.
    const int h = 30, w = 40;
    std::vector<Rle> masks;
    std::vector<uint8_t> all(std::size_t(h) * w, 0);
    for (int i = 0; i < 5; ++i) {
        const auto m = randomMask(rng, h, w, 0.0);
        all = combine(all, m, RleOp::Union);
        masks.push_back(Rle::encode(m.data(), h, w));
    }
    QVERIFY(Rle::merge(masks, RleOp::Union).decode() == all);
    QVERIFY(!errorOf([] { Rle::merge(std::vector<Rle>{}, RleOp::Union); }).isEmpty());
}

void TestRle::emptyAndFullMasks() {
    const Rle empty(20, 10);
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.area(), uint64_t(0));
    QCOMPARE(empty.bbox(), BBox{});
    const std::vector<uint8_t> ones(200, 1);
    const Rle full = Rle::encode(ones.data(), 20, 10);
    QCOMPARE(countsOf(full), (std::vector<uint32_t>{0, 200}));
    QCOMPARE(full.bbox(), (BBox{0, 0, 10, 20}));
    QCOMPARE(Rle::iou(empty, empty), 1.0);
    QCOMPARE(Rle::iou(empty, full), 0.0);
    QCOMPARE(Rle::merge(full, empty, RleOp::Intersection), empty);
    QCOMPARE(Rle::merge(full, full, RleOp::Difference), empty);
    const Rle none;  // 0x0
    QVERIFY(none.isEmpty());
    QCOMPARE(none.decode().size(), std::size_t(0));
    QCOMPARE(Rle::fromString(none.toString(), 0, 0), none);
    QCOMPARE(Rle::fromString("", 0, 0), none);
}

void TestRle::uncompressedCounts() {
    const Rle r = Rle::fromCounts({2, 3, 0, 1, 4}, 5, 2);  // inner zero run joins 3 and 1
    QCOMPARE(countsOf(r), (std::vector<uint32_t>{2, 4, 4}));
    QCOMPARE(r.area(), uint64_t(4));
    QCOMPARE(countsOf(Rle::fromCounts({3, 7, 0}, 2, 5)), (std::vector<uint32_t>{3, 7}));
    const QString tooMany = errorOf([] { Rle::fromCounts({5, 6}, 2, 5); });
    QVERIFY2(tooMany.contains(QLatin1String("cover 11 pixels")), qPrintable(tooMany));
    const QString tooFew = errorOf([] { Rle::fromCounts({5, 4}, 2, 5); });
    QVERIFY2(tooFew.contains(QLatin1String("cover 9 pixels")), qPrintable(tooFew));
    QVERIFY(!errorOf([] { Rle(-1, 4); }).isEmpty());
    QVERIFY(!errorOf([] { Rle::fromCounts({0}, 100000, 100000); }).isEmpty());  // > 2^32 pixels
}

void TestRle::malformedStrings() {
    const std::string good = Rle::fromCounts({5, 3, 10, 2}, 4, 5).toString();  // "53:O"
    // Overflow: the same runs do not fit a smaller mask.
    QString e = errorOf([&] { Rle::fromString(good, 3, 5); });
    QVERIFY2(e.contains(QLatin1String("overflow")), qPrintable(e));
    // A huge run (a valid 7-group number) is rejected, not wrapped around.
    e = errorOf([] { Rle::fromString("0000000", 2, 2); });
    QVERIFY2(!e.isEmpty(), "all-zero runs do not cover the mask");
    e = errorOf([] { Rle::fromString("ooooooO", 2, 2); });
    QVERIFY2(!e.isEmpty(), "a run of 2^30 pixels overflows a 2x2 mask");
    // Truncated: a number cut inside its continuation groups, or whole numbers missing.
    const std::string longer = Rle::fromCounts({100000, 1}, 1, 100001).toString();
    e = errorOf([&] { Rle::fromString(longer.substr(0, 2), 1, 100001); });
    QVERIFY2(e.contains(QLatin1String("truncated")), qPrintable(e));
    e = errorOf([&] { Rle::fromString(good.substr(0, 3), 4, 5); });
    QVERIFY2(e.contains(QLatin1String("cover only")), qPrintable(e));
    // Characters outside the alphabet '0'..'o'.
    e = errorOf([] { Rle::fromString("5 3", 4, 2); });
    QVERIFY2(e.contains(QLatin1String("invalid character at position 1")), qPrintable(e));
    e = errorOf([] { Rle::fromString("5\x7f", 4, 2); });
    QVERIFY2(e.contains(QLatin1String("invalid character")), qPrintable(e));
    // A number longer than any 32-bit count needs.
    e = errorOf([] { Rle::fromString("ooooooooo0", 4, 2); });
    QVERIFY2(e.contains(QLatin1String("too long")), qPrintable(e));
    // Negative run: the 4th count is stored as a difference to the 2nd, 1 + (-2) = -1.
    e = errorOf([] { Rle::fromString("112N", 2, 4); });
    QVERIFY2(e.contains(QLatin1String("negative length")), qPrintable(e));
}

void TestRle::jsonForms() {
    const Rle r = Rle::fromCounts({5, 3, 10, 2}, 4, 5);
    const nlohmann::json j = r.toJson();
    QCOMPARE(j.at("counts").get<std::string>(), std::string("53:O"));
    QCOMPARE(j.at("size"), nlohmann::json({4, 5}));
    QCOMPARE(Rle::fromJson(j), r);
    QCOMPARE(Rle::fromJson(nlohmann::json{{"size", {4, 5}}, {"counts", {5, 3, 10, 2}}}), r);
    QVERIFY(!errorOf([] { Rle::fromJson(nlohmann::json{{"size", {4, 5}}, {"counts", {5, 3, 10, 3}}}); }).isEmpty());
    QVERIFY(!errorOf([] { Rle::fromJson(nlohmann::json{{"size", {4, 5}}, {"counts", {5, -3}}}); }).isEmpty());
    QVERIFY(!errorOf([] { Rle::fromJson(nlohmann::json{{"size", {4}}, {"counts", "53:O"}}); }).isEmpty());
    QVERIFY(!errorOf([] { Rle::fromJson(nlohmann::json{{"counts", "53:O"}}); }).isEmpty());
    QVERIFY(!errorOf([] { Rle::fromJson(nlohmann::json{{"size", {4, 5}}, {"counts", 3}}); }).isEmpty());
}

void TestRle::imageHelpers() {
    std::mt19937 rng(3);
    const int h = 33, w = 47;
    const auto m = randomMask(rng, h, w, 0.01);
    const Rle r = Rle::encode(m.data(), h, w);
    const QImage gray = r.toImage();
    QCOMPARE(gray.format(), QImage::Format_Grayscale8);
    QCOMPARE(gray.size(), QSize(w, h));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) QCOMPARE(qGray(gray.pixel(x, y)), m[std::size_t(y) * w + x] ? 255 : 0);
    QCOMPARE(Rle::fromImage(gray), r);
    QCOMPARE(Rle::fromImage(gray.convertToFormat(QImage::Format_RGB32)), r);
    const QImage overlay = r.toOverlay(QColor(255, 0, 0, 128));
    QCOMPARE(Rle::fromImage(overlay), r);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) QCOMPARE(qAlpha(overlay.pixel(x, y)), m[std::size_t(y) * w + x] ? 128 : 0);
}

void TestRle::sizeMismatchIsAnError() {
    const Rle a(4, 5), b(5, 4);
    const QString e = errorOf([&] { Rle::merge(a, b, RleOp::Union); });
    QVERIFY2(e.contains(QLatin1String("4x5")) && e.contains(QLatin1String("5x4")), qPrintable(e));
    QVERIFY(!errorOf([&] { Rle::iou(a, b); }).isEmpty());
}

QTEST_GUILESS_MAIN(TestRle)
#include "test_rle.moc"
