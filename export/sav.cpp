#include "export/sav.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <QDir>
#include <QFileInfo>

#include "annotation/limits.h"
#include "export/dataset_writer.h"
#include "export/media_frames.h"

namespace s2s {

namespace {

// Frames a person changed: drawn by hand, or segmented from their clicks / box (a correction on a
// video frame is stored as a prompted Model mask). Tracked and imported frames are not; the counts
// of an imported file live in the object's "sav_edited_frame_count" attribute instead.
bool isPersonEdited(const FrameAnnotation& ann) {
    return ann.source == MaskSource::Manual ||
           (ann.source == MaskSource::Model && (!ann.points.empty() || ann.box.has_value()));
}


// SA-V stores its statistics rounded to 10 decimals.
double round10(double value) { return std::round(value * 1e10) / 1e10; }

QString sizeBucket(double sizeAbs) {
    if (sizeAbs < 32.0 * 32.0) return QStringLiteral("small");
    if (sizeAbs < 96.0 * 96.0) return QStringLiteral("medium");
    return QStringLiteral("large");
}

std::string attrString(const AnnotatedObject& object, const char* key, const std::string& fallback) {
    const auto it = object.attributes.find(key);
    return it != object.attributes.end() && it->is_string() ? it->get<std::string>() : fallback;
}

long long attrInt(const AnnotatedObject& object, const char* key, long long fallback) {
    const auto it = object.attributes.find(key);
    return it != object.attributes.end() && it->is_number_integer() ? it->get<long long>() : fallback;
}

nlohmann::ordered_json toOrdered(const nlohmann::json& value) {
    return nlohmann::ordered_json::parse(value.dump());
}

nlohmann::ordered_json rleJson(const Rle& rle) {
    nlohmann::ordered_json j;
    j["size"] = {rle.height(), rle.width()};
    j["counts"] = rle.toString();
    return j;
}

// One SA-V document over `objects` (all of one masklet type).
// The per-keyframe stability scores of an automatic masklet made here, or nullptr.
const nlohmann::json* autoStabilityByFrame(const AnnotatedObject& object) {
    const auto a = object.attributes.find("auto");
    if (a == object.attributes.end() || !a->is_object()) return nullptr;
    const auto s = a->find("stability_by_frame");
    return s != a->end() && s->is_object() ? &*s : nullptr;
}

nlohmann::ordered_json savDocument(const Project& project, const MediaItem& item, const QString& videoId,
                                   const std::vector<const AnnotatedObject*>& objects,
                                   const std::vector<int>& frames) {
    const nlohmann::json sav = item.metadata.contains("sav") ? item.metadata["sav"] : nlohmann::json::object();
    auto videoField = [&](const char* key, const nlohmann::json& computed) {
        return sav.contains(key) ? toOrdered(sav[key]) : toOrdered(computed);
    };
    const int h = item.height, w = item.width;
    nlohmann::ordered_json doc;
    doc["video_id"] = videoId.toStdString();
    doc["video_duration"] =
        videoField("video_duration", item.fps > 0 ? nlohmann::json(item.frameCount / item.fps) : nlohmann::json());
    doc["video_frame_count"] = videoField("video_frame_count", static_cast<double>(item.frameCount));
    doc["video_height"] = videoField("video_height", static_cast<double>(h));
    doc["video_width"] = videoField("video_width", static_cast<double>(w));
    doc["video_resolution"] = videoField("video_resolution", static_cast<double>(h) * w);
    doc["video_environment"] = videoField("video_environment", nullptr);
    doc["video_split"] = videoField("video_split", nullptr);

    const Rle empty(h, w);
    const std::size_t n = objects.size();
    std::vector<std::vector<uint64_t>> areas(n);
    std::vector<int> annotated(n, 0), edited(n, 0);
    nlohmann::ordered_json masklet = nlohmann::ordered_json::array();
    for (int frame : frames) {
        nlohmann::ordered_json perObject = nlohmann::ordered_json::array();
        for (std::size_t k = 0; k < n; ++k) {
            const FrameAnnotation* ann = project.annotation(item.id, frame, objects[k]->id);
            const Rle& mask = ann ? ann->mask : empty;
            if (ann) {
                ++annotated[k];
                if (isPersonEdited(*ann)) ++edited[k];
            }
            areas[k].push_back(mask.area());
            perObject.push_back(rleJson(mask));
        }
        masklet.push_back(std::move(perObject));
    }
    doc["masklet"] = std::move(masklet);

    nlohmann::ordered_json ids = nlohmann::ordered_json::array(), rel = ids, abs = ids, bucket = ids,
                           changes = ids, first = ids, frameCount = ids, editedCount = ids, type = ids,
                           stability = ids;
    std::vector<bool> perFrameLayout;
    const double resolution = static_cast<double>(h) * w;
    for (std::size_t k = 0; k < n; ++k) {
        const AnnotatedObject& object = *objects[k];
        ids.push_back(attrInt(object, "sav_masklet_id", object.id));
        double sum = 0.0;
        int visible = 0, firstVisible = -1, visibilityChanges = 0;
        for (std::size_t f = 0; f < areas[k].size(); ++f) {
            const bool isVisible = areas[k][f] > 0;
            if (isVisible) {
                sum += static_cast<double>(areas[k][f]);
                ++visible;
                if (firstVisible < 0) firstVisible = static_cast<int>(f);
            }
            if (firstVisible >= 0 && f > static_cast<std::size_t>(firstVisible) &&
                isVisible != (areas[k][f - 1] > 0))
                ++visibilityChanges;
        }
        const double sizeAbs = visible > 0 ? sum / visible : 0.0;
        abs.push_back(round10(sizeAbs));
        rel.push_back(round10(resolution > 0 ? sizeAbs / resolution : 0.0));
        bucket.push_back(sizeBucket(sizeAbs).toStdString());
        changes.push_back(visibilityChanges);
        first.push_back(static_cast<double>(firstVisible));  // SA-V writes these as floats
        frameCount.push_back(annotated[k]);
        editedCount.push_back(attrInt(object, "sav_edited_frame_count", 0) + edited[k]);
        type.push_back(attrString(object, "sav_masklet_type", "manual"));
        const auto score = object.attributes.find("sav_stability_score");
        if (score != object.attributes.end()) {
            stability.push_back(toOrdered(*score));
            perFrameLayout.push_back(attrString(object, "sav_stability_layout", "") == "per_frame" && score->is_array());
        } else if (const nlohmann::json* byFrame = autoStabilityByFrame(object)) {
            // A masklet made here (annotation/worker/auto_masklets.h): the generator's stability
            // on each keyframe it was found or matched on, null on the other frames.
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            for (int frame : frames) {
                const auto it = byFrame->find(std::to_string(frame));
                list.push_back(it != byFrame->end() ? toOrdered(*it) : nlohmann::ordered_json());
            }
            stability.push_back(std::move(list));
            perFrameLayout.push_back(true);
        } else {
            stability.push_back(nlohmann::ordered_json());
            perFrameLayout.push_back(false);
        }
    }
    doc["masklet_id"] = std::move(ids);
    doc["masklet_size_rel"] = std::move(rel);
    doc["masklet_size_abs"] = std::move(abs);
    doc["masklet_size_bucket"] = std::move(bucket);
    doc["masklet_visibility_changes"] = std::move(changes);
    doc["masklet_first_appeared_frame"] = std::move(first);
    doc["masklet_frame_count"] = std::move(frameCount);
    doc["masklet_edited_frame_count"] = std::move(editedCount);
    doc["masklet_type"] = std::move(type);
    // SA-V's automatic files list the stability scores per annotated frame (one list per frame,
    // one score per masklet); objects imported from such a file, and automatic masklets made
    // here, are written back that way.
    const bool perFrame = n > 0 && std::all_of(perFrameLayout.begin(), perFrameLayout.end(), [](bool b) { return b; });
    if (perFrame) {
        nlohmann::ordered_json byFrame = nlohmann::ordered_json::array();
        for (std::size_t f = 0; f < frames.size(); ++f) {
            nlohmann::ordered_json scores = nlohmann::ordered_json::array();
            for (std::size_t k = 0; k < n; ++k)
                scores.push_back(f < stability[k].size() ? stability[k][f] : nlohmann::ordered_json());
            byFrame.push_back(std::move(scores));
        }
        stability = std::move(byFrame);
    }
    doc["masklet_stability_score"] = std::move(stability);
    doc["masklet_num"] = n;
    return doc;
}

double number(const nlohmann::json& doc, const char* key, const QString& file, double fallback, bool required) {
    const auto it = doc.find(key);
    if (it == doc.end() || it->is_null()) {
        if (required) throw DatasetError(QStringLiteral("%1: field \"%2\" is missing").arg(file, QLatin1String(key)));
        return fallback;
    }
    if (!it->is_number()) throw DatasetError(QStringLiteral("%1: field \"%2\" is not a number").arg(file, QLatin1String(key)));
    return it->get<double>();
}

// The per-object list `key`, checked to have one entry per masklet (absent = empty).
nlohmann::json perObjectList(const nlohmann::json& doc, const char* key, std::size_t n, const QString& file) {
    const auto it = doc.find(key);
    if (it == doc.end() || it->is_null()) return nlohmann::json::array();
    if (!it->is_array() || it->size() != n)
        throw DatasetError(QStringLiteral("%1: \"%2\" must list one value per masklet (%3)").arg(file, QLatin1String(key)).arg(n));
    return *it;
}

struct SavFile {
    QString path;
    nlohmann::json doc;
    QString videoId;
};

} // namespace

int savDefaultStride(const MediaItem& item) {
    const auto sav = item.metadata.find("sav");
    if (sav != item.metadata.end() && sav->contains("annotation_stride") && (*sav)["annotation_stride"].is_number_integer()) {
        const int stride = (*sav)["annotation_stride"].get<int>();
        if (stride > 0) return stride;
    }
    return 4;
}

std::vector<std::pair<QString, nlohmann::ordered_json>> savDocuments(const Project& project, const MediaItem& item,
                                                                     const QString& videoId, int stride,
                                                                     QStringList& warnings) {
    const std::vector<int> frames = strideFrames(project, item, stride);
    const std::set<int> onGrid(frames.begin(), frames.end());
    int offGrid = 0;
    for (const auto& [frame, objects] : project.allAnnotations(item.id))
        if (!onGrid.count(frame)) offGrid += static_cast<int>(objects.size());
    if (offGrid > 0)
        warnings << QStringLiteral("%1: %2 masks lie between the stride-%3 frames and are not in the SA-V file")
                        .arg(videoId).arg(offGrid).arg(stride);
    std::vector<const AnnotatedObject*> manual, automatic;
    for (const AnnotatedObject& object : project.objects(item.id))
        (attrString(object, "sav_masklet_type", "manual") == "auto" ? automatic : manual).push_back(&object);
    std::vector<std::pair<QString, nlohmann::ordered_json>> docs;
    docs.emplace_back(videoId + QStringLiteral("_manual.json"), savDocument(project, item, videoId, manual, frames));
    if (!automatic.empty())
        docs.emplace_back(videoId + QStringLiteral("_auto.json"), savDocument(project, item, videoId, automatic, frames));
    return docs;
}

void exportSav(const Project& project, DatasetWriter& writer, const ExportOptions& options,
               const DatasetProgress& progress, ExportReport& report) {
    std::vector<const MediaItem*> media;
    for (const MediaItem* item : selectedMedia(project, options)) {
        if (item->kind == MediaKind::Image)
            report.warnings << QStringLiteral("%1 is a still image; SA-V holds videos only, skipped").arg(item->displayName());
        else
            media.push_back(item);
    }
    const std::map<int, QString> names = mediaBaseNames(project, media);
    int done = 0;
    for (const MediaItem* item : media) {
        const QString& videoId = names.at(item->id);
        reportProgress(progress, done, static_cast<int>(media.size()), videoId);
        if (item->width <= 0 || item->height <= 0)
            throw DatasetError(QStringLiteral("%1: the video size is not known; open the video once").arg(item->displayName()));
        const int stride = effectiveStride(options, savDefaultStride(*item));
        for (auto& [file, doc] : savDocuments(project, *item, videoId, stride, report.warnings)) {
            writer.writeJson(file, doc);
            report.files << file;
            report.maskCount += static_cast<int>(doc["masklet"].size() * doc["masklet_num"].get<std::size_t>());
            report.imageCount += static_cast<int>(doc["masklet"].size());
        }
        if (options.writeImages) {
            if (item->path.isEmpty() || item->missing)
                throw DatasetError(QStringLiteral("%1 has no video file; cannot write its frames").arg(videoId));
            FrameReader reader(item->path);
            for (int f = 0; f < reader.facts().frameCount; ++f) {
                reportProgress(progress, f, reader.facts().frameCount, videoId);  // frames within the video
                writer.writeImage(QStringLiteral("JPEGImages_24fps/%1/%2.jpg").arg(videoId).arg(f, 5, 10, QLatin1Char('0')),
                                  reader.frame(f));
            }
        }
        ++report.mediaCount;
        ++done;
    }
    reportProgress(progress, done, static_cast<int>(media.size()), QStringLiteral("done"));
}

std::vector<ImportedMedia> readSav(const QString& input, const ImportOptions& options,
                                   const DatasetProgress& progress, QStringList& warnings) {
    if (options.frameStride <= 0) throw DatasetError(QStringLiteral("the frame stride must be 1 or more"));
    const QFileInfo inputInfo(input);
    if (!inputInfo.exists()) throw DatasetError(QStringLiteral("%1 does not exist").arg(input));
    QStringList paths;
    if (inputInfo.isDir()) {
        const QDir dir(input);
        for (const QString& name : dir.entryList({QStringLiteral("*_manual.json"), QStringLiteral("*_auto.json")}, QDir::Files, QDir::Name))
            paths << dir.filePath(name);
        if (paths.isEmpty()) throw DatasetError(QStringLiteral("%1 holds no SA-V *_manual.json or *_auto.json file").arg(input));
    } else {
        paths << inputInfo.absoluteFilePath();
    }

    // Group the files by video: a video's manual and auto masklets become one media item.
    std::map<QString, std::vector<SavFile>> byVideo;
    for (const QString& path : paths) {
        SavFile file{path, parseJsonFile(path), {}};
        const QString name = QFileInfo(path).fileName();
        if (!file.doc.is_object() || !file.doc.contains("masklet"))
            throw DatasetError(QStringLiteral("%1 is not an SA-V annotation: no \"masklet\" list").arg(name));
        if (file.doc.contains("video_id") && file.doc["video_id"].is_string())
            file.videoId = QString::fromStdString(file.doc["video_id"].get<std::string>());
        else
            file.videoId = QFileInfo(path).completeBaseName().remove(QStringLiteral("_manual")).remove(QStringLiteral("_auto"));
        byVideo[file.videoId].push_back(std::move(file));
    }

    const int stride = options.frameStride;
    std::vector<ImportedMedia> result;
    int done = 0;
    for (auto& [videoId, files] : byVideo) {
        reportProgress(progress, done++, static_cast<int>(byVideo.size()), videoId);
        const nlohmann::json& first = files.front().doc;
        const QString firstName = QFileInfo(files.front().path).fileName();
        const int height = boundedInt(number(first, "video_height", firstName, 0, true), 1, limits::kMaxMediaSide,
                                      QStringLiteral("%1: video_height").arg(firstName));
        const int width = boundedInt(number(first, "video_width", firstName, 0, true), 1, limits::kMaxMediaSide,
                                     QStringLiteral("%1: video_width").arg(firstName));

        ImportedMedia media;
        MediaItem& item = media.item;
        item.kind = MediaKind::Video;
        item.width = width;
        item.height = height;
        item.name = videoId;
        nlohmann::json sav = nlohmann::json::object();
        sav["video_id"] = videoId.toStdString();
        for (const char* key : {"video_duration", "video_frame_count", "video_height", "video_width", "video_resolution",
                                "video_environment", "video_split"})
            if (first.contains(key)) sav[key] = first[key];
        sav["annotation_stride"] = stride;
        item.metadata["sav"] = sav;

        int annotatedFrames = 0;
        int nextAutoId = 0;
        for (const SavFile& file : files) {
            const QString name = QFileInfo(file.path).fileName();
            const nlohmann::json& doc = file.doc;
            if (number(doc, "video_height", name, height, false) != height ||
                number(doc, "video_width", name, width, false) != width)
                throw DatasetError(QStringLiteral("%1 and %2 disagree on the size of video %3").arg(firstName, name, videoId));
            const nlohmann::json& masklet = doc["masklet"];
            if (!masklet.is_array()) throw DatasetError(QStringLiteral("%1: \"masklet\" is not a list").arg(name));
            std::size_t n = 0;
            if (doc.contains("masklet_num") && doc["masklet_num"].is_number_integer())
                n = doc["masklet_num"].get<std::size_t>();
            else if (!masklet.empty() && masklet[0].is_array())
                n = masklet[0].size();
            if (n > static_cast<std::size_t>(limits::kMaxObjectsPerMedia))
                throw DatasetError(QStringLiteral("%1 has %2 masklets; a video may have up to %3")
                                       .arg(name)
                                       .arg(n)
                                       .arg(limits::kMaxObjectsPerMedia));
            const nlohmann::json ids = perObjectList(doc, "masklet_id", n, name);
            const nlohmann::json types = perObjectList(doc, "masklet_type", n, name);
            const nlohmann::json edited = perObjectList(doc, "masklet_edited_frame_count", n, name);
            // Stability scores come one per masklet (manual files: nulls), or, in SA-V's automatic
            // files, one list per annotated frame with a score per masklet: turned here into one
            // list per masklet, and marked so the export writes them back per frame.
            nlohmann::json stability;
            bool stabilityPerFrame = false;
            if (const auto it = doc.find("masklet_stability_score"); it != doc.end() && it->is_array() &&
                                                                      !it->empty() && it->size() == masklet.size() &&
                                                                      std::all_of(it->begin(), it->end(), [&](const nlohmann::json& f) {
                                                                          return f.is_array() && f.size() == n;
                                                                      })) {
                stabilityPerFrame = true;
                stability = nlohmann::json::array();
                for (std::size_t k = 0; k < n; ++k) {
                    nlohmann::json perMasklet = nlohmann::json::array();
                    for (const nlohmann::json& f : *it) {
                        if (!f[k].is_number() && !f[k].is_null())
                            throw DatasetError(QStringLiteral("%1: masklet_stability_score holds a value that is not a number").arg(name));
                        perMasklet.push_back(f[k]);
                    }
                    stability.push_back(std::move(perMasklet));
                }
            } else {
                stability = perObjectList(doc, "masklet_stability_score", n, name);
            }
            const bool isAuto = QFileInfo(file.path).completeBaseName().endsWith(QStringLiteral("_auto"));

            const std::size_t firstObject = media.objects.size();
            std::set<long long> usedIds;
            for (const ImportedObject& o : media.objects) usedIds.insert(o.object.id);
            for (std::size_t k = 0; k < n; ++k) {
                ImportedObject object;
                long long maskletId = static_cast<long long>(k);
                if (!ids.empty()) {
                    if (!ids[k].is_number_integer() || ids[k].get<long long>() < 0)
                        throw DatasetError(QStringLiteral("%1: masklet_id[%2] is not a non-negative integer").arg(name).arg(k));
                    maskletId = ids[k].get<long long>();
                }
                long long objectId = maskletId;
                if (usedIds.count(objectId)) {  // e.g. auto masklets numbered like the manual ones
                    objectId = std::max<long long>(nextAutoId, usedIds.empty() ? 0 : *usedIds.rbegin() + 1);
                }
                usedIds.insert(objectId);
                nextAutoId = static_cast<int>(objectId + 1);
                object.object.id = static_cast<int>(objectId);
                const std::string type = !types.empty() && types[k].is_string() ? types[k].get<std::string>()
                                                                                 : (isAuto ? "auto" : "manual");
                object.object.name = QStringLiteral("%1 %2").arg(QString::fromStdString(type)).arg(maskletId);
                object.object.attributes["sav_masklet_id"] = maskletId;
                object.object.attributes["sav_masklet_type"] = type;
                if (!edited.empty() && edited[k].is_number_integer())
                    object.object.attributes["sav_edited_frame_count"] = edited[k];
                if (!stability.empty() && !stability[k].is_null())
                    object.object.attributes["sav_stability_score"] = stability[k];
                if (stabilityPerFrame)
                    object.object.attributes["sav_stability_layout"] = "per_frame";
                media.objects.push_back(std::move(object));
            }
            for (std::size_t i = 0; i < masklet.size(); ++i) {
                const nlohmann::json& perObject = masklet[i];
                if (!perObject.is_array() || perObject.size() != n)
                    throw DatasetError(QStringLiteral("%1: masklet frame %2 lists %3 masks, expected %4 (masklet_num)")
                                           .arg(name).arg(i).arg(perObject.is_array() ? perObject.size() : 0).arg(n));
                for (std::size_t k = 0; k < n; ++k) {
                    Rle rle;
                    try {
                        rle = Rle::fromJson(perObject[k]);
                    } catch (const std::exception& e) {
                        throw DatasetError(QStringLiteral("%1: masklet frame %2, object %3: %4").arg(name).arg(i).arg(k).arg(QString::fromUtf8(e.what())));
                    }
                    if (rle.height() != height || rle.width() != width)
                        throw DatasetError(QStringLiteral("%1: masklet frame %2, object %3 has size %4x%5 but the video is %6x%7 (width x height)")
                                               .arg(name).arg(i).arg(k).arg(rle.width()).arg(rle.height()).arg(width).arg(height));
                    media.objects[firstObject + k].masks[static_cast<int>(i) * stride] = std::move(rle);
                }
            }
            annotatedFrames = std::max(annotatedFrames, static_cast<int>(masklet.size()));
        }

        const int neededFrames = annotatedFrames > 0 ? (annotatedFrames - 1) * stride + 1 : 1;
        const QString mediaPath = findVideoMedia(options.mediaPath, videoId, byVideo.size() == 1);
        if (!mediaPath.isEmpty()) {
            FrameReader reader(mediaPath);
            const MediaFacts& facts = reader.facts();
            if (facts.width != width || facts.height != height)
                throw DatasetError(QStringLiteral("the masks of %1 are %2x%3 but %4 is %5x%6")
                                       .arg(videoId).arg(width).arg(height).arg(mediaPath).arg(facts.width).arg(facts.height));
            if (facts.frameCount < neededFrames)
                throw DatasetError(QStringLiteral("%1 has %2 frames but the annotations of %3 reach frame %4 (stride %5): frames are missing")
                                       .arg(mediaPath).arg(facts.frameCount).arg(videoId).arg(neededFrames - 1).arg(stride));
            item.path = mediaPath;
            item.kind = facts.isFolder ? MediaKind::FrameFolder : MediaKind::Video;
            item.frameCount = facts.frameCount;
            item.fps = facts.fps;
        } else {
            const double frameCount = number(first, "video_frame_count", firstName, 0, false);
            const double duration = number(first, "video_duration", firstName, 0, false);
            const int claimed = boundedInt(std::round(frameCount), 0, limits::kMaxFramesPerVideo,
                                           QStringLiteral("%1: video_frame_count").arg(firstName), false);
            item.frameCount = std::max(neededFrames, claimed);
            item.fps = duration > 0 && frameCount > 0 ? frameCount / duration : 0.0;
            warnings << QStringLiteral("%1 imported without its video (pass --media to attach it)").arg(videoId);
        }
        result.push_back(std::move(media));
    }
    return result;
}

} // namespace s2s
