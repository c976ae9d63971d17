#include "export/export.h"

#include <QFileInfo>
#include <nlohmann/json.hpp>

#include "annotation/project.h"
#include "export/coco.h"
#include "export/dataset_writer.h"
#include "export/imported_dataset.h"
#include "export/davis.h"
#include "export/mots.h"
#include "export/sav.h"
#include "export/yolo.h"

namespace s2s {

namespace {

struct FormatName {
    DatasetFormat format;
    const char* name;
};
constexpr FormatName kFormatNames[] = {
    {DatasetFormat::Coco, "coco"},       {DatasetFormat::Sav, "sav"},           {DatasetFormat::Davis, "davis"},
    {DatasetFormat::DavisPalette, "davis-palette"}, {DatasetFormat::YoloSeg, "yolo-seg"}, {DatasetFormat::Mots, "mots"},
};

// Runs `body`, turning the errors of the layers below into DatasetError with the same words.
template <typename Body>
auto guarded(Body&& body) {
    try {
        return body();
    } catch (const DatasetError&) {
        throw;
    } catch (const nlohmann::json::exception& e) {
        throw DatasetError(QStringLiteral("unexpected JSON content: %1").arg(QString::fromUtf8(e.what())));
    } catch (const std::exception& e) {
        throw DatasetError(std::string(e.what()));
    }
}

// The project with only the accepted masklets: classes and media as they are (same ids), the
// objects whose every mask is accepted, with their masks.
std::unique_ptr<Project> acceptedMasklets(const Project& project) {
    auto copy = std::make_unique<Project>();
    for (const ObjectClass& cls : project.classes()) copy->addClass(cls);
    for (const MediaItem& item : project.mediaItems()) {
        copy->addMedia(item);
        for (const AnnotatedObject& object : project.objects(item.id)) {
            if (project.maskletReview(item.id, object.id) != ReviewState::Accepted) continue;
            copy->addObject(item.id, object);
            for (int frame : project.framesWithMasks(item.id, object.id))
                copy->setAnnotation(item.id, frame, object.id, *project.annotation(item.id, frame, object.id));
        }
    }
    return copy;
}

} // namespace

QString datasetFormatName(DatasetFormat format) {
    for (const auto& f : kFormatNames)
        if (f.format == format) return QLatin1String(f.name);
    return {};
}

std::optional<DatasetFormat> datasetFormatFromName(const QString& name) {
    for (const auto& f : kFormatNames)
        if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0) return f.format;
    return std::nullopt;
}

bool canImport(DatasetFormat format) {
    return format == DatasetFormat::Coco || format == DatasetFormat::Sav || format == DatasetFormat::Davis ||
           format == DatasetFormat::DavisPalette;
}

ExportReport exportProject(const Project& project, DatasetFormat format, const QString& outDir,
                           const ExportOptions& options, const DatasetProgress& progress) {
    if (options.acceptedOnly) {
        const std::unique_ptr<Project> accepted = guarded([&] { return acceptedMasklets(project); });
        ExportOptions all = options;
        all.acceptedOnly = false;
        return exportProject(*accepted, format, outDir, all, progress);
    }
    return guarded([&] {
        if (options.frameStride < 0) throw DatasetError(QStringLiteral("the frame stride must be 1 or more"));
        DatasetWriter writer(outDir, options.overwrite);
        ExportReport report;
        report.outDir = writer.finalDir();
        switch (format) {
        case DatasetFormat::Coco: exportCoco(project, writer, options, progress, report); break;
        case DatasetFormat::Sav: exportSav(project, writer, options, progress, report); break;
        case DatasetFormat::Davis: exportDavis(project, writer, options, false, progress, report); break;
        case DatasetFormat::DavisPalette: exportDavis(project, writer, options, true, progress, report); break;
        case DatasetFormat::YoloSeg: exportYolo(project, writer, options, progress, report); break;
        case DatasetFormat::Mots: exportMots(project, writer, options, progress, report); break;
        }
        writer.commit();
        return report;
    });
}

ImportedDataset readDataset(DatasetFormat format, const QString& input, const ImportOptions& options,
                            const DatasetProgress& progress) {
    return guarded([&] {
        if (!QFileInfo::exists(input)) throw DatasetError(QStringLiteral("%1 does not exist").arg(input));
        ImportedDataset dataset;
        switch (format) {
        case DatasetFormat::Coco: dataset.media = readCoco(input, options, progress, dataset.warnings); break;
        case DatasetFormat::Sav: dataset.media = readSav(input, options, progress, dataset.warnings); break;
        case DatasetFormat::Davis: dataset.media = readDavis(input, options, false, progress, dataset.warnings); break;
        case DatasetFormat::DavisPalette:
            dataset.media = readDavis(input, options, true, progress, dataset.warnings);
            break;
        case DatasetFormat::YoloSeg:
        case DatasetFormat::Mots:
            throw DatasetError(QStringLiteral("%1 can be exported but not imported").arg(datasetFormatName(format)));
        }
        return dataset;
    });
}

ImportReport importDataset(Project& project, DatasetFormat format, const QString& input,
                           const ImportOptions& options, const DatasetProgress& progress) {
    ImportedDataset dataset = readDataset(format, input, options, progress);
    return guarded([&] {
        ImportReport report;
        report.warnings = std::move(dataset.warnings);
        applyImport(project, dataset.media, report);
        return report;
    });
}

} // namespace s2s
