#include "export/mots.h"

#include <QTextStream>

#include "export/dataset_writer.h"

namespace s2s {

void exportMots(const Project& project, DatasetWriter& writer, const ExportOptions& options,
                const DatasetProgress& progress, ExportReport& report) {
    const int stride = effectiveStride(options, 1);
    std::vector<const MediaItem*> media;
    for (const MediaItem* item : selectedMedia(project, options)) {
        if (item->kind == MediaKind::Image)
            report.warnings << QStringLiteral("%1 is a still image; MOTS holds sequences only, skipped").arg(item->displayName());
        else
            media.push_back(item);
    }
    const std::map<int, QString> names = mediaBaseNames(project, media);
    int unlabeledId = 0;
    for (const ObjectClass& cls : project.classes()) unlabeledId = std::max(unlabeledId, cls.id);
    ++unlabeledId;
    bool needsUnlabeled = false;

    int done = 0;
    for (const MediaItem* item : media) {
        const QString& base = names.at(item->id);
        reportProgress(progress, done, static_cast<int>(media.size()), base);
        for (const AnnotatedObject& object : project.objects(item->id))
            if (object.id < 0 || object.id >= 1000)
                throw DatasetError(QStringLiteral("%1: object id %2 does not fit MOTS ids (class * 1000 + object, object < 1000)")
                                       .arg(base).arg(object.id));
        QString text;
        QTextStream out(&text);
        long long overlapPixels = 0;
        for (int frame : strideFrames(project, *item, stride)) {
            const auto& onFrame = project.frameAnnotations(item->id, frame);
            if (onFrame.empty()) continue;
            std::optional<Rle> claimed;
            for (const AnnotatedObject& object : project.objects(item->id)) {
                const auto found = onFrame.find(object.id);
                if (found == onFrame.end() || found->second.mask.isEmpty()) continue;
                Rle mask = found->second.mask;
                if (claimed) {
                    const uint64_t overlap = Rle::intersectionArea(mask, *claimed);
                    if (overlap > 0) {
                        overlapPixels += static_cast<long long>(overlap);
                        mask = Rle::merge(mask, *claimed, RleOp::Difference);
                    }
                    claimed = Rle::merge(*claimed, mask, RleOp::Union);
                } else {
                    claimed = mask;
                }
                if (mask.isEmpty()) continue;
                int classId = object.classId;
                if (classId < 0 || !project.objectClass(classId)) {
                    classId = unlabeledId;
                    needsUnlabeled = true;
                }
                out << frame << ' ' << (classId * 1000 + object.id) << ' ' << classId << ' ' << mask.height() << ' '
                    << mask.width() << ' ' << QString::fromStdString(mask.toString()) << '\n';
                ++report.maskCount;
            }
            ++report.imageCount;
        }
        out.flush();
        writer.writeText(base + QStringLiteral(".txt"), text);
        report.files << base + QStringLiteral(".txt");
        if (overlapPixels > 0)
            report.warnings << QStringLiteral("%1: objects overlap on %2 pixels; MOTS masks may not overlap, the earlier object keeps them")
                                   .arg(base).arg(overlapPixels);
        ++report.mediaCount;
        ++done;
    }
    QString classes;
    for (const ObjectClass& cls : project.classes()) classes += QStringLiteral("%1 %2\n").arg(cls.id).arg(cls.name);
    if (needsUnlabeled) {
        classes += QStringLiteral("%1 unlabeled\n").arg(unlabeledId);
        report.warnings << QStringLiteral("objects without a class have MOTS class %1 \"unlabeled\"").arg(unlabeledId);
    }
    writer.writeText(QStringLiteral("classes.txt"), classes);
    report.files << QStringLiteral("classes.txt");
    reportProgress(progress, done, static_cast<int>(media.size()), QStringLiteral("done"));
}

} // namespace s2s
