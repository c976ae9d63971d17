// sam2studio-cli export: writes a project as a dataset. The work is export/export.h's
// exportProject (staging folder renamed into place, so a failure leaves no half dataset).
#include <QCommandLineParser>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <unistd.h>

#include "annotation/project.h"
#include "cli/cli_common.h"
#include "export/export.h"

int runExport(const QStringList& args) {
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export a project as a dataset: coco (annotations.json), sav ({video_id}_manual.json), davis "
        "({video}/{object:03d}/{frame:05d}.png), davis-palette ({video}/{frame:05d}.png), yolo-seg "
        "(labels/train/*.txt + data.yaml), mots ({video}.txt)."));
    parser.addHelpOption();
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("project file"), QStringLiteral("PROJECT.json"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("coco, sav, davis, davis-palette, yolo-seg or mots"),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("output folder (must not exist or be empty, unless --overwrite)"),
                                 QStringLiteral("DIR"));
    const QCommandLineOption stride(QStringLiteral("stride"),
                                    QStringLiteral("every N-th video frame (default: 4 for sav, or its import stride; 1 otherwise)"),
                                    QStringLiteral("N"));
    const QCommandLineOption polygons(QStringLiteral("polygons"), QStringLiteral("coco: polygons instead of compressed RLE"));
    const QCommandLineOption images(QStringLiteral("images"), QStringLiteral("coco, yolo-seg, sav: also write the (frame) images"));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"), QStringLiteral("replace a non-empty output folder"));
    const QCommandLineOption accepted(QStringLiteral("accepted-only"),
                                      QStringLiteral("only masklets whose every mask a reviewer accepted"));
    parser.addOptions({project, format, out, stride, polygons, images, overwrite, accepted});
    if (!cli::parseArgs(parser, args)) return cli::kExitUsage;

    auto usage = [&](const QString& message) {
        std::fprintf(stderr, "sam2studio-cli export: %s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
        return cli::kExitUsage;
    };
    if (!parser.positionalArguments().isEmpty()) return usage(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!parser.isSet(project)) return usage(QStringLiteral("--project is required"));
    if (!parser.isSet(format)) return usage(QStringLiteral("--format is required"));
    if (!parser.isSet(out)) return usage(QStringLiteral("--out is required"));
    const auto datasetFormat = s2s::datasetFormatFromName(parser.value(format));
    if (!datasetFormat)
        return usage(QStringLiteral("unknown format '%1' (coco, sav, davis, davis-palette, yolo-seg, mots)").arg(parser.value(format)));
    s2s::ExportOptions options;
    if (parser.isSet(stride)) {
        bool ok = false;
        options.frameStride = parser.value(stride).toInt(&ok);
        if (!ok || options.frameStride < 1) return usage(QStringLiteral("--stride must be a whole number of 1 or more"));
    }
    options.polygons = parser.isSet(polygons);
    if (options.polygons && *datasetFormat != s2s::DatasetFormat::Coco) return usage(QStringLiteral("--polygons applies to --format coco only"));
    options.writeImages = parser.isSet(images);
    options.overwrite = parser.isSet(overwrite);
    options.acceptedOnly = parser.isSet(accepted);

    // Progress on stderr only when a person watches (a terminal); scripts read the JSON on stdout.
    const bool showProgress = ::isatty(STDERR_FILENO) != 0;
    const s2s::DatasetProgress progress = [showProgress](int done, int total, const QString& step) {
        if (showProgress) std::fprintf(stderr, "\r%s %d/%d %s\033[K", "export", done, total, qPrintable(step));
        return true;
    };
    try {
        QStringList warnings;
        const auto loaded = s2s::Project::load(parser.value(project), &warnings);
        const s2s::ExportReport report = s2s::exportProject(*loaded, *datasetFormat, parser.value(out), options, progress);
        if (showProgress) std::fprintf(stderr, "\n");
        warnings << report.warnings;
        nlohmann::json summary;
        summary["out"] = report.outDir.toStdString();
        summary["format"] = s2s::datasetFormatName(*datasetFormat).toStdString();
        summary["media"] = report.mediaCount;
        summary["images"] = report.imageCount;
        summary["masks"] = report.maskCount;
        summary["files"] = nlohmann::json::array();
        for (const QString& f : report.files) summary["files"].push_back(f.toStdString());
        summary["warnings"] = nlohmann::json::array();
        for (const QString& w : warnings) summary["warnings"].push_back(w.toStdString());
        cli::printJson(summary);
        return cli::kExitOk;
    } catch (const std::exception& e) {
        return cli::fail(command, QString::fromUtf8(e.what()));
    }
}
