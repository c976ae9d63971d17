#include "export/yolo.h"

#include <QFileInfo>
#include <QTextStream>

#include "export/dataset_writer.h"
#include "export/mask_polygons.h"
#include "export/media_frames.h"

namespace s2s {

namespace {

QString yamlQuoted(const QString& text) {
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

void exportYolo(const Project& project, DatasetWriter& writer, const ExportOptions& options,
                const DatasetProgress& progress, ExportReport& report) {
    const int stride = effectiveStride(options, 1);
    const std::vector<const MediaItem*> media = selectedMedia(project, options);
    const std::map<int, QString> names = mediaBaseNames(project, media);

    std::map<int, int> classIndex;
    QStringList classNames;
    for (const ObjectClass& cls : project.classes()) {
        classIndex[cls.id] = static_cast<int>(classNames.size());
        classNames << cls.name;
    }
    int unlabeledIndex = -1;

    int done = 0;
    for (const MediaItem* item : media) {
        const QString& base = names.at(item->id);
        reportProgress(progress, done, static_cast<int>(media.size()), base);
        const bool isVideo = item->kind != MediaKind::Image;
        std::unique_ptr<FrameReader> reader;
        if (options.writeImages && isVideo) {
            if (item->path.isEmpty() || item->missing)
                throw DatasetError(QStringLiteral("%1 has no media file; cannot write its frames").arg(item->displayName()));
            reader = std::make_unique<FrameReader>(item->path);
        }
        for (int frame : strideFrames(project, *item, stride)) {
            const auto& onFrame = project.frameAnnotations(item->id, frame);
            if (isVideo && onFrame.empty()) continue;
            reportProgress(progress, frame, item->frameCount, base);  // frames within the item
            const QString name = isVideo ? QStringLiteral("%1_%2").arg(base).arg(frame, 5, 10, QLatin1Char('0')) : base;
            QString text;
            QTextStream out(&text);
            for (const AnnotatedObject& object : project.objects(item->id)) {
                const auto found = onFrame.find(object.id);
                if (found == onFrame.end() || found->second.mask.isEmpty()) continue;
                const Polygon polygon = maskToSinglePolygon(rleToMat(found->second.mask));
                if (polygon.size() < 6) continue;
                int index;
                const auto known = classIndex.find(object.classId);
                if (known != classIndex.end()) {
                    index = known->second;
                } else {
                    if (unlabeledIndex < 0) {
                        unlabeledIndex = static_cast<int>(classNames.size());
                        classNames << QStringLiteral("unlabeled");
                        report.warnings << QStringLiteral("objects without a class are in class %1 \"unlabeled\"").arg(unlabeledIndex);
                    }
                    index = unlabeledIndex;
                }
                out << index;
                for (std::size_t k = 0; k + 1 < polygon.size(); k += 2)
                    out << ' ' << QString::number(polygon[k] / item->width, 'f', 6) << ' '
                        << QString::number(polygon[k + 1] / item->height, 'f', 6);
                out << '\n';
                ++report.maskCount;
            }
            out.flush();
            writer.writeText(QStringLiteral("labels/train/%1.txt").arg(name), text);
            ++report.imageCount;
            if (options.writeImages) {
                if (reader) {
                    writer.writeImage(QStringLiteral("images/train/%1.jpg").arg(name), reader->frame(frame));
                } else {
                    if (item->path.isEmpty() || !QFileInfo(item->path).isFile())
                        throw DatasetError(QStringLiteral("%1 has no image file to copy").arg(item->displayName()));
                    const QString suffix = QFileInfo(item->path).suffix();
                    writer.copyFile(item->path, QStringLiteral("images/train/%1.%2").arg(name, suffix.isEmpty() ? QStringLiteral("jpg") : suffix));
                }
            }
        }
        ++report.mediaCount;
        ++done;
    }
    QString yaml = QStringLiteral("# Ultralytics YOLO segmentation dataset exported by SAM 2 Studio\n"
                                  "path: .\ntrain: images/train\nval: images/train\nnames:\n");
    for (int i = 0; i < classNames.size(); ++i) yaml += QStringLiteral("  %1: %2\n").arg(i).arg(yamlQuoted(classNames[i]));
    writer.writeText(QStringLiteral("data.yaml"), yaml);
    report.files << QStringLiteral("data.yaml") << QStringLiteral("labels/train/");
    if (!options.writeImages)
        report.warnings << QStringLiteral("images were not written: put them in images/train/ (or export with images)");
    reportProgress(progress, done, static_cast<int>(media.size()), QStringLiteral("done"));
}

} // namespace s2s
