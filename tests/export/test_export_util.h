#pragma once
// Helpers of the export tests: synthetic projects with known shapes, mask comparison.
#include <QFile>
#include <QString>
#include <QtTest>

#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "annotation/project.h"

namespace exporttest {

// CV_8U 0/1 from an Rle, independent of export/ helpers.
inline cv::Mat decode(const s2s::Rle& rle) {
    cv::Mat mat(rle.height(), rle.width(), CV_8UC1);
    if (!mat.empty()) rle.decode(mat.data, static_cast<std::ptrdiff_t>(mat.step));
    return mat;
}

inline s2s::Rle encode(const cv::Mat& mat) {
    return s2s::Rle::encode(mat.data, mat.rows, mat.cols, static_cast<std::ptrdiff_t>(mat.step));
}

inline double iou(const cv::Mat& a, const cv::Mat& b) {
    const double inter = cv::countNonZero(a & b);
    const double uni = cv::countNonZero(a | b);
    return uni == 0 ? 1.0 : inter / uni;
}

inline nlohmann::json readJson(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return nlohmann::json();
    return nlohmann::json::parse(file.readAll().toStdString());
}

inline void writeJson(const QString& path, const nlohmann::json& value) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(value.dump()));
}

// A ring (disc with a hole) plus a separate blob: a mask with two regions and a hole.
inline cv::Mat ringAndBlob(int height, int width, int cx, int cy, int radius) {
    cv::Mat m = cv::Mat::zeros(height, width, CV_8UC1);
    cv::circle(m, {cx, cy}, radius, cv::Scalar(1), cv::FILLED);
    cv::circle(m, {cx, cy}, radius / 2, cv::Scalar(0), cv::FILLED);
    cv::rectangle(m, cv::Rect(std::min(width - 12, cx + radius + 4), std::max(0, cy - 5), 9, 11), cv::Scalar(1), cv::FILLED);
    return m;
}

inline cv::Mat box(int height, int width, cv::Rect rect) {
    cv::Mat m = cv::Mat::zeros(height, width, CV_8UC1);
    m(rect & cv::Rect(0, 0, width, height)).setTo(1);
    return m;
}

// A project with one still image (no file) and one video (no file), classes "cat", "dog":
// image 160x120: object 1 cat ring+blob, object 2 dog box, object 3 no class (ellipse);
// video 96x64, 10 frames: object 1 cat moving box on every frame, object 2 dog ring on even
// frames (and overlapping object 1 on frame 4).
inline std::unique_ptr<s2s::Project> syntheticProject() {
    auto p = std::make_unique<s2s::Project>();
    s2s::ObjectClass cat;
    cat.name = QStringLiteral("cat");
    cat.color = Qt::red;
    const int catId = p->addClass(cat);
    s2s::ObjectClass dog;
    dog.name = QStringLiteral("dog");
    dog.color = Qt::blue;
    const int dogId = p->addClass(dog);

    s2s::MediaItem image;
    image.kind = s2s::MediaKind::Image;
    image.name = QStringLiteral("photo.png");
    image.width = 160;
    image.height = 120;
    const int imageId = p->addMedia(image);
    auto addObject = [&](int media, int cls) {
        s2s::AnnotatedObject o;
        o.classId = cls;
        return p->addObject(media, o);
    };
    const int o1 = addObject(imageId, catId), o2 = addObject(imageId, dogId), o3 = addObject(imageId, -1);
    p->setMask(imageId, 0, o1, encode(ringAndBlob(120, 160, 60, 60, 30)));
    p->setMask(imageId, 0, o2, encode(box(120, 160, {120, 10, 30, 25})));
    cv::Mat ellipse = cv::Mat::zeros(120, 160, CV_8UC1);
    cv::ellipse(ellipse, {130, 95}, {20, 10}, 30, 0, 360, cv::Scalar(1), cv::FILLED);
    p->setMask(imageId, 0, o3, encode(ellipse));

    s2s::MediaItem video;
    video.kind = s2s::MediaKind::Video;
    video.name = QStringLiteral("clip.mp4");
    video.width = 96;
    video.height = 64;
    video.frameCount = 10;
    video.fps = 24.0;
    const int videoId = p->addMedia(video);
    const int v1 = addObject(videoId, catId), v2 = addObject(videoId, dogId);
    for (int f = 0; f < 10; ++f) {
        p->setMask(videoId, f, v1, encode(box(64, 96, {5 + 3 * f, 8, 20, 15})), s2s::MaskSource::Propagation);
        if (f % 2 == 0)
            p->setMask(videoId, f, v2, encode(ringAndBlob(64, 96, f == 4 ? 28 : 50, 35, 16)), s2s::MaskSource::Manual);
    }
    return p;
}

} // namespace exporttest
