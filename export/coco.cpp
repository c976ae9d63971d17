#include "export/coco.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>

#include <algorithm>
#include <cmath>
#include <limits>

#include "annotation/limits.h"
#include "export/dataset_writer.h"
#include "export/mask_polygons.h"
#include "export/media_frames.h"

namespace s2s {

namespace {

nlohmann::ordered_json polygonsJson(const std::vector<Polygon>& polygons) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Polygon& polygon : polygons) list.push_back(polygon);
    return list;
}

QString frameFileName(const QString& base, int frame) {
    return QStringLiteral("%1/%2.jpg").arg(base).arg(frame, 5, 10, QLatin1Char('0'));
}

} // namespace

void exportCoco(const Project& project, DatasetWriter& writer, const ExportOptions& options,
                const DatasetProgress& progress, ExportReport& report) {
    const int stride = effectiveStride(options, 1);
    const std::vector<const MediaItem*> media = selectedMedia(project, options);
    const std::map<int, QString> names = mediaBaseNames(project, media);

    nlohmann::ordered_json categories = nlohmann::ordered_json::array();
    int unlabeledId = 0;
    for (const ObjectClass& cls : project.classes()) {
        categories.push_back({{"id", cls.id}, {"name", cls.name.toStdString()}, {"supercategory", "object"}});
        unlabeledId = std::max(unlabeledId, cls.id);
    }
    ++unlabeledId;
    bool needsUnlabeled = false;

    nlohmann::ordered_json images = nlohmann::ordered_json::array();
    nlohmann::ordered_json annotations = nlohmann::ordered_json::array();
    nlohmann::ordered_json videos = nlohmann::ordered_json::array();
    int imageId = 0, annotationId = 0, done = 0;
    for (const MediaItem* item : media) {
        const QString& base = names.at(item->id);
        reportProgress(progress, done, static_cast<int>(media.size()), base);
        const bool isVideo = item->kind != MediaKind::Image;
        if (isVideo)
            videos.push_back({{"id", item->id}, {"name", base.toStdString()},
                              {"file_name", QFileInfo(item->path).fileName().toStdString()},
                              {"width", item->width}, {"height", item->height},
                              {"length", item->frameCount}, {"fps", item->fps}});
        std::unique_ptr<FrameReader> reader;
        if (options.writeImages && isVideo) {
            if (item->path.isEmpty() || item->missing)
                throw DatasetError(QStringLiteral("%1 has no media file; cannot write its frames").arg(item->displayName()));
            reader = std::make_unique<FrameReader>(item->path);
        }
        for (int frame : annotatedStrideFrames(project, *item, stride)) {
            const auto& onFrame = project.frameAnnotations(item->id, frame);
            if (isVideo && onFrame.empty()) continue;
            reportProgress(progress, frame, item->frameCount, base);  // frames within the item
            nlohmann::ordered_json image;
            image["id"] = ++imageId;
            QString fileName;
            if (isVideo) {
                fileName = frameFileName(base, frame);
            } else {
                const QString suffix = QFileInfo(item->path).suffix();
                fileName = suffix.isEmpty() ? base : base + QLatin1Char('.') + suffix;
            }
            image["file_name"] = fileName.toStdString();
            image["width"] = item->width;
            image["height"] = item->height;
            if (isVideo) {
                image["video_id"] = item->id;
                image["video"] = base.toStdString();
                image["frame_index"] = frame;
            }
            images.push_back(std::move(image));
            ++report.imageCount;
            if (options.writeImages) {
                if (reader) {
                    writer.writeImage(QStringLiteral("images/") + fileName, reader->frame(frame));
                } else {
                    if (item->path.isEmpty() || !QFileInfo(item->path).isFile())
                        throw DatasetError(QStringLiteral("%1 has no image file to copy").arg(item->displayName()));
                    writer.copyFile(item->path, QStringLiteral("images/") + fileName);
                }
            }
            for (const AnnotatedObject& object : project.objects(item->id)) {
                const auto found = onFrame.find(object.id);
                if (found == onFrame.end() || found->second.mask.isEmpty()) continue;
                const Rle& mask = found->second.mask;
                const BBox box = mask.bbox();
                int categoryId = object.classId;
                if (categoryId < 0 || !project.objectClass(categoryId)) {
                    categoryId = unlabeledId;
                    needsUnlabeled = true;
                }
                nlohmann::ordered_json ann;
                ann["id"] = ++annotationId;
                ann["image_id"] = imageId;
                ann["category_id"] = categoryId;
                if (options.polygons) {
                    ann["segmentation"] = polygonsJson(maskToPolygons(rleToMat(mask)));
                } else {
                    ann["segmentation"] = {{"size", {mask.height(), mask.width()}}, {"counts", mask.toString()}};
                }
                ann["area"] = mask.area();
                ann["bbox"] = {box.x, box.y, box.width, box.height};
                const auto crowd = object.attributes.find("iscrowd");  // kept from a COCO import
                ann["iscrowd"] = crowd != object.attributes.end() && *crowd == 1 ? 1 : 0;
                ann["track_id"] = object.id;
                if (found->second.score) ann["score"] = *found->second.score;
                annotations.push_back(std::move(ann));
                ++report.maskCount;
            }
        }
        ++report.mediaCount;
        ++done;
    }
    if (needsUnlabeled) {
        categories.push_back({{"id", unlabeledId}, {"name", "unlabeled"}, {"supercategory", "object"}});
        report.warnings << QStringLiteral("objects without a class are in category \"unlabeled\" (id %1)").arg(unlabeledId);
    }
    nlohmann::ordered_json doc;
    doc["info"] = {{"description", "exported by SAM 2 Studio"},
                   {"date_created", QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()}};
    doc["licenses"] = nlohmann::ordered_json::array();
    doc["images"] = std::move(images);
    doc["annotations"] = std::move(annotations);
    doc["categories"] = std::move(categories);
    if (!videos.empty()) doc["videos"] = std::move(videos);
    writer.writeJson(QStringLiteral("annotations.json"), doc);
    report.files << QStringLiteral("annotations.json");
    reportProgress(progress, done, static_cast<int>(media.size()), QStringLiteral("done"));
}

namespace {

int requiredInt(const nlohmann::json& object, const char* key, const QString& what) {
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number_integer())
        throw DatasetError(QStringLiteral("%1 has no integer \"%2\"").arg(what, QLatin1String(key)));
    return boundedInt(it->get<double>(), std::numeric_limits<int>::min(), std::numeric_limits<int>::max(),
                      QStringLiteral("%1: \"%2\"").arg(what, QLatin1String(key)));
}

Rle segmentationMask(const nlohmann::json& ann, int height, int width, const QString& what, QStringList& warnings) {
    const auto seg = ann.find("segmentation");
    if (seg != ann.end() && seg->is_object()) {
        Rle rle;
        try {
            rle = Rle::fromJson(*seg);
        } catch (const std::exception& e) {
            throw DatasetError(QStringLiteral("%1: %2").arg(what, QString::fromUtf8(e.what())));
        }
        if (rle.height() != height || rle.width() != width)
            throw DatasetError(QStringLiteral("%1: RLE size %2x%3 disagrees with its image %4x%5 (width x height)")
                                   .arg(what).arg(rle.width()).arg(rle.height()).arg(width).arg(height));
        return rle;
    }
    if (seg != ann.end() && seg->is_array() && !seg->empty()) {
        std::vector<Polygon> polygons;
        for (const auto& poly : *seg) {
            if (!poly.is_array() || poly.size() < 6 || poly.size() % 2 != 0)
                throw DatasetError(QStringLiteral("%1: a polygon needs an even number (>= 6) of coordinates").arg(what));
            Polygon p;
            for (const auto& v : poly) {
                if (!v.is_number()) throw DatasetError(QStringLiteral("%1: polygon coordinates must be numbers").arg(what));
                p.push_back(v.get<double>());
            }
            polygons.push_back(std::move(p));
        }
        return matToRle(polygonsToMask(polygons, height, width));
    }
    const auto bbox = ann.find("bbox");
    if (bbox != ann.end() && bbox->is_array() && bbox->size() == 4) {
        cv::Mat mask = cv::Mat::zeros(height, width, CV_8UC1);
        for (const auto& v : *bbox)
            if (!v.is_number()) throw DatasetError(QStringLiteral("%1: bbox values must be numbers").arg(what));
        // Clamped to the image before any cast: a huge or NaN value would be undefined as an int.
        auto clampTo = [](double v, int hi) { return std::isnan(v) ? 0 : static_cast<int>(std::clamp(v, 0.0, double(hi))); };
        const double x = (*bbox)[0].get<double>(), y = (*bbox)[1].get<double>();
        const double w = (*bbox)[2].get<double>(), h = (*bbox)[3].get<double>();
        const cv::Rect rect(cv::Point(clampTo(std::floor(x), width), clampTo(std::floor(y), height)),
                            cv::Point(clampTo(std::ceil(x + w), width), clampTo(std::ceil(y + h), height)));
        mask(rect).setTo(1);
        warnings << QStringLiteral("%1 has no segmentation; its bbox became the mask").arg(what);
        return matToRle(mask);
    }
    throw DatasetError(QStringLiteral("%1 has neither a segmentation nor a bbox").arg(what));
}

} // namespace

std::vector<ImportedMedia> readCoco(const QString& jsonPath, const ImportOptions& options,
                                    const DatasetProgress& progress, QStringList& warnings) {
    const QFileInfo jsonInfo(jsonPath);
    if (!jsonInfo.isFile()) throw DatasetError(QStringLiteral("%1 is not a file").arg(jsonPath));
    const QString name = jsonInfo.fileName();
    const nlohmann::json doc = parseJsonFile(jsonPath);
    if (!doc.is_object() || !doc.contains("images") || !doc["images"].is_array())
        throw DatasetError(QStringLiteral("%1 is not COCO: no \"images\" list").arg(name));

    std::map<int, QString> categories;
    if (doc.contains("categories") && doc["categories"].is_array()) {
        for (const auto& cat : doc["categories"]) {
            const int id = requiredInt(cat, "id", QStringLiteral("%1: a category").arg(name));
            if (categories.count(id)) throw DatasetError(QStringLiteral("%1: category id %2 appears twice").arg(name).arg(id));
            categories[id] = cat.contains("name") && cat["name"].is_string()
                                 ? QString::fromStdString(cat["name"].get<std::string>())
                                 : QStringLiteral("category %1").arg(id);
        }
    }

    QStringList roots;
    if (!options.mediaPath.isEmpty()) {
        if (!QFileInfo(options.mediaPath).isDir())
            throw DatasetError(QStringLiteral("%1 is not a folder of images").arg(options.mediaPath));
        roots << QFileInfo(options.mediaPath).absoluteFilePath();
    } else {
        roots << jsonInfo.absolutePath() << jsonInfo.absoluteDir().filePath(QStringLiteral("images"));
    }

    std::vector<ImportedMedia> media;
    std::map<int, std::size_t> byImageId;
    const auto& images = doc["images"];
    for (std::size_t i = 0; i < images.size(); ++i) {
        reportProgress(progress, static_cast<int>(i), static_cast<int>(images.size()), QStringLiteral("images"));
        const auto& record = images[i];
        const QString what = QStringLiteral("%1: image %2").arg(name).arg(i);
        const int id = requiredInt(record, "id", what);
        if (byImageId.count(id)) throw DatasetError(QStringLiteral("%1: image id %2 appears twice").arg(name).arg(id));
        if (!record.contains("file_name") || !record["file_name"].is_string())
            throw DatasetError(QStringLiteral("%1 has no \"file_name\"").arg(what));
        const QString fileName = QString::fromStdString(record["file_name"].get<std::string>());
        QString found;
        for (const QString& root : roots) {
            const QString candidate = QDir(root).filePath(fileName);
            if (QFileInfo(candidate).isFile()) {
                found = QFileInfo(candidate).absoluteFilePath();
                break;
            }
        }
        if (found.isEmpty())
            throw DatasetError(QStringLiteral("image %1 not found in %2; pass the image folder with --media")
                                   .arg(fileName, roots.join(QStringLiteral(" or "))));
        QImageReader reader(found);
        QSize size = reader.size();
        // The record's size is only trusted within the limits (the image may be unreadable).
        const int width = record.contains("width") && record["width"].is_number_integer()
                              ? boundedInt(record["width"].get<double>(), 1, limits::kMaxMediaSide, what + QStringLiteral(": width"))
                              : size.width();
        const int height = record.contains("height") && record["height"].is_number_integer()
                               ? boundedInt(record["height"].get<double>(), 1, limits::kMaxMediaSide, what + QStringLiteral(": height"))
                               : size.height();
        if (width <= 0 || height <= 0) throw DatasetError(QStringLiteral("%1 (%2): size unknown").arg(what, fileName));
        if (size.isValid() && size != QSize(width, height) && size != QSize(height, width))
            throw DatasetError(QStringLiteral("%1 says %2 is %3x%4 but the file is %5x%6")
                                   .arg(name, fileName).arg(width).arg(height).arg(size.width()).arg(size.height()));
        ImportedMedia m;
        m.item.kind = MediaKind::Image;
        m.item.path = found;
        m.item.name = QFileInfo(fileName).fileName();
        m.item.width = width;
        m.item.height = height;
        m.item.frameCount = 1;
        m.item.metadata["coco_image_id"] = id;
        byImageId[id] = media.size();
        media.push_back(std::move(m));
    }

    if (doc.contains("annotations") && !doc["annotations"].is_array())
        throw DatasetError(QStringLiteral("%1: \"annotations\" is not a list").arg(name));
    const nlohmann::json annotations = doc.value("annotations", nlohmann::json::array());
    for (std::size_t i = 0; i < annotations.size(); ++i) {
        const auto& ann = annotations[i];
        // Named by its id when that is a whole number (a huge float id would not convert), else
        // by its position: found by fuzz_coco.
        const bool integerId = ann.is_object() && ann.contains("id") && ann["id"].is_number_integer();
        const QString what = integerId ? QStringLiteral("%1: annotation %2").arg(name).arg(ann["id"].dump().c_str())
                                       : QStringLiteral("%1: annotation #%2").arg(name).arg(i);
        const int imageId = requiredInt(ann, "image_id", what);
        const auto image = byImageId.find(imageId);
        if (image == byImageId.end()) throw DatasetError(QStringLiteral("%1 refers to unknown image %2").arg(what).arg(imageId));
        const int categoryId = requiredInt(ann, "category_id", what);
        const auto category = categories.find(categoryId);
        if (category == categories.end())
            throw DatasetError(QStringLiteral("%1 has unknown category %2 (not in \"categories\")").arg(what).arg(categoryId));
        ImportedMedia& m = media[image->second];
        if (m.objects.size() >= static_cast<std::size_t>(limits::kMaxObjectsPerMedia))
            throw DatasetError(QStringLiteral("%1: image %2 has more than %3 annotations, the limit for one image")
                                   .arg(name)
                                   .arg(imageId)
                                   .arg(limits::kMaxObjectsPerMedia));
        ImportedObject object;
        object.className = category->second;
        object.object.name = QStringLiteral("%1 %2").arg(category->second).arg(m.objects.size() + 1);
        if (ann.contains("id")) object.object.attributes["coco_id"] = ann["id"];
        // Compared as a double: a value beyond int's range must not be converted to one.
        if (const auto crowd = ann.find("iscrowd"); crowd != ann.end() && crowd->is_number() && crowd->get<double>() == 1.0)
            object.object.attributes["iscrowd"] = 1;
        object.masks[0] = segmentationMask(ann, m.item.height, m.item.width, what, warnings);
        m.objects.push_back(std::move(object));
    }
    return media;
}

} // namespace s2s
