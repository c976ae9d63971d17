#include "export/coco.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>

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

    // Videos (this tool's export, YouTube-VIS and the like): frames of one "video_id" become one
    // video item, each mask on its frame ("frame_index", else "frame_id", else the number at the
    // end of the file name); the video file is looked for by the "videos" entry's file name.
    struct VideoInfo {
        QString name, fileName;
        int width = 0, height = 0, length = 0;
        double fps = 0.0;
    };
    std::map<int, VideoInfo> videos;
    if (doc.contains("videos") && doc["videos"].is_array()) {
        for (const auto& v : doc["videos"]) {
            const QString what = QStringLiteral("%1: a video").arg(name);
            const int id = requiredInt(v, "id", what);
            VideoInfo info;
            if (v.contains("name") && v["name"].is_string()) info.name = QString::fromStdString(v["name"].get<std::string>());
            if (v.contains("file_name") && v["file_name"].is_string())
                info.fileName = QString::fromStdString(v["file_name"].get<std::string>());
            if (v.contains("length") && v["length"].is_number())
                info.length = boundedInt(v["length"].get<double>(), 0, limits::kMaxFramesPerVideo, what + QStringLiteral(": length"));
            if (v.contains("fps") && v["fps"].is_number() && std::isfinite(v["fps"].get<double>()))
                info.fps = std::clamp(v["fps"].get<double>(), 0.0, 1000.0);
            videos[id] = info;
        }
    }
    auto frameOf = [&](const nlohmann::json& record, const QString& fileName, const QString& what) {
        for (const char* key : {"frame_index", "frame_id"})
            if (record.contains(key) && record[key].is_number())
                return boundedInt(record[key].get<double>(), 0, limits::kMaxFramesPerVideo - 1, what + QStringLiteral(": ") + QLatin1String(key));
        static const QRegularExpression trailing(QStringLiteral("(\\d+)$"));
        const QRegularExpressionMatch m = trailing.match(QFileInfo(fileName).completeBaseName());
        bool ok = false;
        const int frame = m.hasMatch() ? m.captured(1).toInt(&ok) : -1;
        if (!ok || frame < 0 || frame >= limits::kMaxFramesPerVideo)
            throw DatasetError(QStringLiteral("%1 (%2) belongs to a video but gives no frame index (frame_index, frame_id or a "
                                              "number at the end of its file name)").arg(what, fileName));
        return frame;
    };
    // An image file; for a video also a frame folder.
    auto findFile = [&](const QString& fileName, bool folderToo = false) {
        for (const QString& root : roots) {
            const QFileInfo candidate(QDir(root).filePath(fileName));
            if (candidate.isFile() || (folderToo && candidate.isDir())) return candidate.absoluteFilePath();
        }
        return QString();
    };

    // An image's or video's width or height from its record, trusted only within the limits (the
    // file may be unreadable or absent); `fallback` when the record has none.
    auto side = [](const nlohmann::json& record, const char* key, int fallback, const QString& what) {
        return record.contains(key) && record[key].is_number_integer()
                   ? boundedInt(record[key].get<double>(), 1, limits::kMaxMediaSide, what + QStringLiteral(": ") + QLatin1String(key))
                   : fallback;
    };

    std::vector<ImportedMedia> media;
    std::map<int, std::pair<std::size_t, int>> byImageId;  // image id -> (media, frame)
    std::map<int, std::size_t> byVideoId;
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
        if (record.contains("video_id") && !record["video_id"].is_null()) {
            const int videoId = requiredInt(record, "video_id", what);
            const int frame = frameOf(record, fileName, what);
            auto known = byVideoId.find(videoId);
            if (known == byVideoId.end()) {
                const VideoInfo info = videos.count(videoId) ? videos[videoId] : VideoInfo{};
                ImportedMedia m;
                m.item.kind = MediaKind::Video;
                m.item.name = !info.name.isEmpty() ? info.name : QStringLiteral("video %1").arg(videoId);
                m.item.width = side(record, "width", info.width, what);
                m.item.height = side(record, "height", info.height, what);
                m.item.frameCount = std::max(1, info.length);
                m.item.fps = info.fps;
                m.item.metadata["coco_video_id"] = videoId;
                if (m.item.width <= 0 || m.item.height <= 0)
                    throw DatasetError(QStringLiteral("%1 (%2): size unknown").arg(what, fileName));
                const QString video = info.fileName.isEmpty() ? QString() : findFile(info.fileName, true);
                if (!video.isEmpty())
                    m.item.path = video;
                else
                    warnings << QStringLiteral("%1 imported without its video%2 (pass the folder holding it with --media)")
                                    .arg(m.item.name, info.fileName.isEmpty() ? QString() : QStringLiteral(" ") + info.fileName);
                known = byVideoId.emplace(videoId, media.size()).first;
                media.push_back(std::move(m));
            }
            MediaItem& item = media[known->second].item;
            item.frameCount = std::max(item.frameCount, frame + 1);
            byImageId[id] = {known->second, frame};
            continue;
        }
        const QString found = findFile(fileName);
        if (found.isEmpty())
            throw DatasetError(QStringLiteral("image %1 not found in %2; pass the image folder with --media")
                                   .arg(fileName, roots.join(QStringLiteral(" or "))));
        QImageReader reader(found);
        QSize size = reader.size();
        const int width = side(record, "width", size.width(), what);
        const int height = side(record, "height", size.height(), what);
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
        byImageId[id] = {media.size(), 0};
        media.push_back(std::move(m));
    }

    // A video found must be the one the frames came from. One passed with --media that is not is
    // an error; one merely found beside the JSON (e.g. the folder of the exported frame images,
    // named like the frame folder they came from) is left out with a warning.
    for (ImportedMedia& m : media) {
        if (m.item.kind != MediaKind::Video || m.item.path.isEmpty()) continue;
        FrameReader reader(m.item.path);
        const MediaFacts& facts = reader.facts();
        QString mismatch;
        if (facts.width != m.item.width || facts.height != m.item.height)
            mismatch = QStringLiteral("the frames of %1 are %2x%3 but %4 is %5x%6").arg(m.item.name)
                           .arg(m.item.width).arg(m.item.height).arg(m.item.path).arg(facts.width).arg(facts.height);
        else if (facts.frameCount < m.item.frameCount)
            mismatch = QStringLiteral("%1 has %2 frames but %3 has frames up to %4").arg(m.item.path)
                           .arg(facts.frameCount).arg(name).arg(m.item.frameCount - 1);
        if (!mismatch.isEmpty()) {
            if (!options.mediaPath.isEmpty()) throw DatasetError(mismatch);
            warnings << mismatch + QStringLiteral(": %1 imported without its video").arg(m.item.name);
            m.item.path.clear();
            continue;
        }
        m.item.kind = facts.isFolder ? MediaKind::FrameFolder : MediaKind::Video;
        m.item.frameCount = facts.frameCount;
        if (facts.fps > 0) m.item.fps = facts.fps;
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
        ImportedMedia& m = media[image->second.first];
        const int frame = image->second.second;
        // On a video, annotations with one "track_id" are one object's masks on its frames.
        if (m.item.kind != MediaKind::Image && ann.contains("track_id") && ann["track_id"].is_number_integer()) {
            const int track = boundedInt(ann["track_id"].get<double>(), 0, std::numeric_limits<int>::max(), what + QStringLiteral(": track_id"));
            const auto same = std::find_if(m.objects.begin(), m.objects.end(), [&](const ImportedObject& o) { return o.object.id == track; });
            if (same != m.objects.end()) {
                if (same->masks.count(frame))
                    throw DatasetError(QStringLiteral("%1: track %2 has two masks on frame %3").arg(what).arg(track).arg(frame));
                same->masks[frame] = segmentationMask(ann, m.item.height, m.item.width, what, warnings);
                continue;
            }
        }
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
        if (m.item.kind != MediaKind::Image && ann.contains("track_id") && ann["track_id"].is_number_integer())
            object.object.id = static_cast<int>(ann["track_id"].get<long long>());  // checked above
        object.masks[frame] = segmentationMask(ann, m.item.height, m.item.width, what, warnings);
        m.objects.push_back(std::move(object));
    }
    return media;
}

} // namespace s2s
