#include "export/export_common.h"

#include <cmath>

#include <algorithm>
#include <set>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include "annotation/limits.h"
#include "export/dataset_error.h"

namespace s2s {

cv::Mat rleToMat(const Rle& rle) {
    cv::Mat mat(rle.height(), rle.width(), CV_8UC1);
    if (!mat.empty()) rle.decode(mat.data, static_cast<std::ptrdiff_t>(mat.step));
    return mat;
}

Rle matToRle(const cv::Mat& mask) {
    CV_Assert(mask.type() == CV_8UC1);
    return Rle::encode(mask.data, mask.rows, mask.cols, static_cast<std::ptrdiff_t>(mask.step));
}

std::vector<const MediaItem*> selectedMedia(const Project& project, const ExportOptions& options) {
    std::vector<const MediaItem*> result;
    for (int id : options.mediaIds)
        if (!project.media(id)) throw DatasetError(QStringLiteral("no media item with id %1 in the project").arg(id));
    for (const MediaItem& item : project.mediaItems()) {
        if (!options.mediaIds.empty() &&
            std::find(options.mediaIds.begin(), options.mediaIds.end(), item.id) == options.mediaIds.end())
            continue;
        result.push_back(project.media(item.id));
    }
    return result;
}

std::map<int, QString> mediaBaseNames(const Project& project, const std::vector<const MediaItem*>& media) {
    Q_UNUSED(project);
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    std::map<int, QString> names;
    std::set<QString> taken;
    for (const MediaItem* item : media) {
        QString base;
        if (item->metadata.contains("sav") && item->metadata["sav"].contains("video_id") &&
            item->metadata["sav"]["video_id"].is_string())
            base = QString::fromStdString(item->metadata["sav"]["video_id"].get<std::string>());
        else if (item->metadata.contains("dataset_name") && item->metadata["dataset_name"].is_string())
            base = QString::fromStdString(item->metadata["dataset_name"].get<std::string>());
        else if (!item->name.isEmpty())
            base = item->name;
        else
            base = QFileInfo(item->path).fileName();
        if (item->kind != MediaKind::FrameFolder) {
            const QFileInfo info(base);
            if (!info.suffix().isEmpty()) base = info.completeBaseName();
        }
        base.replace(unsafe, QStringLiteral("_"));
        if (base.isEmpty() || base.startsWith(QLatin1Char('.'))) base.prepend(QStringLiteral("media"));
        QString unique = base;
        for (int n = 2; taken.count(unique); ++n) unique = base + QLatin1Char('_') + QString::number(n);
        taken.insert(unique);
        names[item->id] = unique;
    }
    return names;
}

std::vector<int> strideFrames(const Project& project, const MediaItem& item, int stride) {
    if (item.kind == MediaKind::Image) return {0};
    int count = item.frameCount;
    const auto& all = project.allAnnotations(item.id);
    if (count <= 0 && !all.empty()) count = all.rbegin()->first + 1;
    std::vector<int> frames;
    for (int f = 0; f < count; f += stride) frames.push_back(f);
    return frames;
}

int boundedInt(double value, int lo, int hi, const QString& what, bool integral) {
    if (!(value >= lo && value <= hi) || (integral && value != std::floor(value)))
        throw DatasetError(QStringLiteral("%1 is %2; it must be a whole number from %3 to %4")
                               .arg(what, QString::number(value, 'g', 17)).arg(lo).arg(hi));
    return static_cast<int>(value);
}

std::vector<int> annotatedStrideFrames(const Project& project, const MediaItem& item, int stride) {
    if (item.kind == MediaKind::Image) return {0};
    std::vector<int> frames;
    for (const auto& [frame, objects] : project.allAnnotations(item.id))
        if (!objects.empty() && frame % stride == 0 && (item.frameCount <= 0 || frame < item.frameCount))
            frames.push_back(frame);
    return frames;
}

int effectiveStride(const ExportOptions& options, int fallback) {
    if (options.frameStride < 0) throw DatasetError(QStringLiteral("the frame stride must be 1 or more"));
    return options.frameStride == 0 ? fallback : options.frameStride;
}

void reportProgress(const DatasetProgress& progress, int done, int total, const QString& step) {
    if (progress && !progress(done, total, step)) throw DatasetCancelled();
}

void applyImport(Project& project, const std::vector<ImportedMedia>& media, ImportReport& report,
                 std::vector<int>* addedClassIds) {
    std::vector<int> addedMedia;
    std::vector<int> addedClasses;
    try {
        for (const ImportedMedia& imported : media) {
            const int mediaId = project.addMedia(imported.item);
            addedMedia.push_back(mediaId);
            for (const ImportedObject& io : imported.objects) {
                AnnotatedObject object = io.object;
                if (!io.className.isEmpty()) {
                    const auto& classes = project.classes();
                    auto found = std::find_if(classes.begin(), classes.end(),
                                              [&](const ObjectClass& c) { return c.name == io.className; });
                    if (found != classes.end()) {
                        object.classId = found->id;
                    } else {
                        ObjectClass cls;
                        cls.name = io.className;
                        cls.color = QColor::fromHsv((static_cast<int>(classes.size()) * 67) % 360, 200, 230);
                        object.classId = project.addClass(cls);
                        addedClasses.push_back(object.classId);
                    }
                }
                if (!object.color.isValid())
                    object.color = QColor::fromHsv((std::max(0, object.id) * 47 + 20) % 360, 210, 240);
                const int objectId = project.addObject(mediaId, object);
                ++report.objectCount;
                for (const auto& [frame, mask] : io.masks) {
                    FrameAnnotation ann;
                    ann.mask = mask;
                    ann.source = MaskSource::Imported;
                    project.setAnnotation(mediaId, frame, objectId, ann);
                    ++report.maskCount;
                }
            }
        }
    } catch (const std::exception& e) {
        for (auto it = addedMedia.rbegin(); it != addedMedia.rend(); ++it) project.removeMedia(*it);
        for (int classId : addedClasses) project.removeClass(classId);
        throw DatasetError(QStringLiteral("import failed, project left unchanged: %1").arg(QString::fromUtf8(e.what())));
    }
    report.mediaIds.insert(report.mediaIds.end(), addedMedia.begin(), addedMedia.end());
    if (addedClassIds != nullptr)
        addedClassIds->insert(addedClassIds->end(), addedClasses.begin(), addedClasses.end());
}

QByteArray readFileBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DatasetError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > limits::kMaxJsonFileBytes)
        throw DatasetError(QStringLiteral("%1 is %2 MB; dataset files may have up to %3 MB")
                               .arg(path)
                               .arg(file.size() >> 20)
                               .arg(limits::kMaxJsonFileBytes >> 20));
    return file.readAll();
}

nlohmann::json parseJsonFile(const QString& path) {
    const QByteArray bytes = readFileBytes(path);
    try {
        return nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const nlohmann::json::exception& e) {
        throw DatasetError(QStringLiteral("%1 is not valid JSON: %2").arg(path, QString::fromUtf8(e.what())));
    }
}

QString findVideoMedia(const QString& mediaPath, const QString& name, bool single) {
    if (mediaPath.isEmpty()) return {};
    const QFileInfo info(mediaPath);
    if (!info.exists()) throw DatasetError(QStringLiteral("media %1 does not exist").arg(mediaPath));
    if (info.isFile()) return info.absoluteFilePath();
    const QDir dir(info.absoluteFilePath());
    for (const char* suffix : {"mp4", "mov", "mkv", "avi", "webm", "MP4", "MOV"}) {
        const QString candidate = dir.filePath(name + QLatin1Char('.') + QLatin1String(suffix));
        if (QFileInfo(candidate).isFile()) return candidate;
    }
    if (QFileInfo(dir.filePath(name)).isDir()) return dir.filePath(name);
    if (single) return info.absoluteFilePath();  // the folder is the frame folder of the one video
    return {};
}

} // namespace s2s
