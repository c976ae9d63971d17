// Masks as editable rings and back (export/mask_rings.h, the canvas's polygon editing): exact at
// tolerance 0 for shapes with holes, islands in holes, diagonal borders, single pixels and random
// blobs; fewer vertices and a close mask at a tolerance; edits land where they should.
#include <random>

#include <QtTest>

#include "export/mask_rings.h"
#include "test_export_util.h"

using namespace exporttest;
using s2s::MaskRing;

class TestExportRings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exactAtToleranceZero_data() {
        QTest::addColumn<int>("shape");
        for (int i = 0; i < 6; ++i) QTest::newRow(qPrintable(QStringLiteral("shape %1").arg(i))) << i;
    }

    void exactAtToleranceZero() {
        QFETCH(int, shape);
        const int h = 90, w = 120;
        cv::Mat m = cv::Mat::zeros(h, w, CV_8UC1);
        switch (shape) {
        case 0: m = ringAndBlob(h, w, 50, 45, 30); break;  // a hole and a second region
        case 1:  // an island inside a hole
            m = ringAndBlob(h, w, 50, 45, 30);
            cv::circle(m, {50, 45}, 5, cv::Scalar(1), cv::FILLED);
            break;
        case 2: {  // diagonal borders: a rotated square and a triangle
            const std::vector<std::vector<cv::Point>> polys{{{60, 5}, {100, 45}, {60, 85}, {20, 45}},
                                                            {{2, 2}, {30, 2}, {2, 40}}};
            cv::fillPoly(m, polys, cv::Scalar(1));
            break;
        }
        case 3:  // single pixels, a one-pixel line, a frame-edge region
            m.at<uchar>(10, 10) = 1;
            m.at<uchar>(80, 110) = 1;
            m(cv::Rect(20, 60, 40, 1)).setTo(1);
            m(cv::Rect(0, 0, 5, h)).setTo(1);
            break;
        case 4:
        case 5: {  // random blobs (smoothed noise, thresholded): ragged borders, many holes
            std::mt19937 rng(static_cast<unsigned>(shape));
            cv::Mat noise(h, w, CV_32FC1);
            std::uniform_real_distribution<float> u(0.f, 1.f);
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x) noise.at<float>(y, x) = u(rng);
            cv::GaussianBlur(noise, noise, {0, 0}, shape == 4 ? 3.0 : 1.2);
            m = noise > 0.5f;
            m /= 255;
            break;
        }
        }
        const s2s::Rle mask = encode(m);
        const std::vector<MaskRing> rings = s2s::maskToRings(mask, 0.0);
        QVERIFY(!rings.empty());
        const s2s::Rle back = s2s::ringsToMask(rings, h, w);
        QCOMPARE(cv::countNonZero(decode(back) != decode(mask)), 0);
        if (shape == 0 || shape == 1) {
            int holes = 0;
            for (const MaskRing& r : rings) holes += r.isHole() ? 1 : 0;
            QCOMPARE(holes, 1);
        }
    }

    // A tolerance trades vertices for accuracy; the live figures the canvas shows.
    void toleranceSimplifies() {
        const cv::Mat m = ringAndBlob(120, 160, 70, 60, 45);
        const s2s::Rle mask = encode(m);
        const auto exact = s2s::maskToRings(mask, 0.0);
        const auto coarse = s2s::maskToRings(mask, 2.0);
        QVERIFY(s2s::ringVertexCount(coarse) * 3 < s2s::ringVertexCount(exact));
        const double overlap = iou(decode(s2s::ringsToMask(coarse, 120, 160)), m);
        QVERIFY2(overlap > 0.95, qPrintable(QString::number(overlap)));
    }

    // Editing a known shape: a 40x20 rectangle; dragging its right edge's two vertices 10 pixels
    // right gives the 50x20 rectangle; moving the whole ring moves the mask; a vertex inserted and
    // pulled out adds a triangle; deleting a corner cuts the rectangle along its diagonal.
    void editsOfAKnownShape() {
        const int h = 60, w = 100;
        const s2s::Rle rect = encode(box(h, w, {10, 20, 40, 20}));
        auto rings = s2s::maskToRings(rect, 0.0);
        QCOMPARE(int(rings.size()), 1);
        QCOMPARE(int(rings[0].points.size()), 4);  // the corners, on pixel centres
        for (QPointF& p : rings[0].points)
            if (p.x() == 49) p.setX(59);
        QCOMPARE(s2s::ringsToMask(rings, h, w), encode(box(h, w, {10, 20, 50, 20})));

        auto moved = s2s::maskToRings(rect, 0.0);
        for (QPointF& p : moved[0].points) p += QPointF(5, -3);
        QCOMPARE(s2s::ringsToMask(moved, h, w), encode(box(h, w, {15, 17, 40, 20})));

        auto cut = s2s::maskToRings(rect, 0.0);
        const auto corner = std::find(cut[0].points.begin(), cut[0].points.end(), QPointF(49, 39));
        QVERIFY(corner != cut[0].points.end());
        cut[0].points.erase(corner);
        const cv::Mat triangle = decode(s2s::ringsToMask(cut, h, w));
        QCOMPARE(triangle.at<uchar>(39, 49), uchar(0));  // the deleted corner
        QCOMPARE(triangle.at<uchar>(20, 10), uchar(1));
        QCOMPARE(triangle.at<uchar>(21, 12), uchar(1));
        QVERIFY(cv::countNonZero(triangle) < 40 * 20 / 2 + 60);
    }

    void emptyAndDegenerate() {
        QVERIFY(s2s::maskToRings(s2s::Rle(), 1.0).empty());
        QVERIFY(s2s::ringsToMask({}, 10, 10).isEmpty());
        // A hole pointing at no outer ring, or at itself, is ignored.
        std::vector<MaskRing> rings{{{{1, 1}, {8, 1}, {8, 8}}, -1}, {{{2, 2}, {3, 2}, {3, 3}}, 7}};
        QCOMPARE(s2s::ringsToMask(rings, 10, 10), s2s::ringsToMask({rings[0]}, 10, 10));
    }
};

QTEST_GUILESS_MAIN(TestExportRings)
#include "test_export_rings.moc"
