// sam2studio-cli import: reads a dataset (SA-V JSON, COCO JSON, DAVIS PNG folders) into a new or
// existing project file. The work is export/export.h's importDataset.
#include <QCommandLineParser>
#include <QFileInfo>

#include <memory>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <unistd.h>

#include "annotation/project.h"
#include "cli/cli_common.h"
#include "export/export.h"

int runImport(const QStringList& args) {
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import a dataset into a project (created when PROJECT.json does not exist, extended otherwise).\n"
        "Formats: sav (an SA-V *_manual.json / *_auto.json or a folder of them), coco (instances JSON of "
        "images), davis ({video}/{object:03d}/{frame:05d}.png), davis-palette ({video}/{frame:05d}.png)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("dataset file or folder"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("sav, coco, davis or davis-palette"), QStringLiteral("FORMAT"));
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("project file to create or extend"), QStringLiteral("PROJECT.json"));
    const QCommandLineOption media(QStringLiteral("media"),
                                   QStringLiteral("video file or frame folder (SA-V, DAVIS; a folder of {video}.mp4 or {video}/ for "
                                                  "several videos), or the image folder (COCO)"),
                                   QStringLiteral("MEDIA"));
    const QCommandLineOption stride(QStringLiteral("stride"), QStringLiteral("SA-V: video frames per annotated frame (default 4)"),
                                    QStringLiteral("N"), QStringLiteral("4"));
    parser.addOptions({format, project, media, stride});
    if (!cli::parseArgs(parser, args)) return cli::kExitUsage;

    auto usage = [&](const QString& message) {
        std::fprintf(stderr, "sam2studio-cli import: %s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
        return cli::kExitUsage;
    };
    if (parser.positionalArguments().size() != 1) return usage(QStringLiteral("give exactly one INPUT"));
    if (!parser.isSet(format)) return usage(QStringLiteral("--format is required"));
    if (!parser.isSet(project)) return usage(QStringLiteral("--project is required"));
    const auto datasetFormat = s2s::datasetFormatFromName(parser.value(format));
    if (!datasetFormat || !s2s::canImport(*datasetFormat))
        return usage(QStringLiteral("unknown import format '%1' (sav, coco, davis, davis-palette)").arg(parser.value(format)));
    bool strideOk = false;
    const int strideValue = parser.value(stride).toInt(&strideOk);
    if (!strideOk || strideValue < 1) return usage(QStringLiteral("--stride must be a whole number of 1 or more"));

    const QString projectPath = parser.value(project);
    // Progress on stderr only when a person watches (a terminal); scripts read the JSON on stdout.
    const bool showProgress = ::isatty(STDERR_FILENO) != 0;
    const s2s::DatasetProgress progress = [showProgress](int done, int total, const QString& step) {
        if (showProgress) std::fprintf(stderr, "\r%s %d/%d %s\033[K", "import", done, total, qPrintable(step));
        return true;
    };
    try {
        std::unique_ptr<s2s::Project> target;
        QStringList warnings;
        if (QFileInfo::exists(projectPath))
            target = s2s::Project::load(projectPath, &warnings);
        else
            target = std::make_unique<s2s::Project>();
        s2s::ImportOptions options;
        options.mediaPath = parser.value(media);
        options.frameStride = strideValue;
        const s2s::ImportReport report =
            s2s::importDataset(*target, *datasetFormat, parser.positionalArguments().first(), options, progress);
        if (showProgress) std::fprintf(stderr, "\n");
        target->save(projectPath);
        warnings << report.warnings;
        nlohmann::json summary;
        summary["project"] = QFileInfo(projectPath).absoluteFilePath().toStdString();
        summary["format"] = s2s::datasetFormatName(*datasetFormat).toStdString();
        summary["media_ids"] = report.mediaIds;
        summary["objects"] = report.objectCount;
        summary["masks"] = report.maskCount;
        summary["warnings"] = nlohmann::json::array();
        for (const QString& w : warnings) summary["warnings"].push_back(w.toStdString());
        cli::printJson(summary);
        return cli::kExitOk;
    } catch (const std::exception& e) {
        return cli::fail(command, QString::fromUtf8(e.what()));
    }
}
