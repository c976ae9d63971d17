// sam2studio-cli merge: combines the result files of `sam2studio-cli auto` (one per item, from one
// process or the shards of a cluster job) into one project or one dataset. Items come in the order
// of the original list, whichever shard made them, so a merge of N shards equals a single run's.
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <map>

#include "annotation/project.h"
#include "annotation/project_io.h"
#include "annotation/worker/auto_masks.h"
#include "cli/cli_common.h"
#include "export/export.h"

int runMerge(const QStringList& args) {
    const QString command = QStringLiteral("merge");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Merges the result files of `sam2studio-cli auto --out-dir` (all shards; images and videos) into a project "
        "(--project) or a dataset (--format coco and --out). Every item of the list must be there: a "
        "missing one names its index and file, so a failed shard is found."));
    parser.addHelpOption();
    const QCommandLineOption in(QStringLiteral("in"), QStringLiteral("A folder of result files (repeat for several)."),
                                QStringLiteral("DIR"));
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Write a project file."),
                                     QStringLiteral("OUT.s2sproj"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Write a dataset: coco, sav, davis, "
                                                                             "davis-palette, yolo-seg or mots."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The dataset's folder (with --format)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"), QStringLiteral("Replace a non-empty dataset folder."));
    parser.addOptions({in, project, format, out, overwrite});
    if (!cli::parseArgs(parser, args)) return cli::kExitUsage;
    auto usage = [&](const QString& message) {
        std::fprintf(stderr, "sam2studio-cli merge: %s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
        return cli::kExitUsage;
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!parser.isSet(in)) return usage(QStringLiteral("--in DIR is required"));
    if (parser.isSet(project) == parser.isSet(format)) return usage(QStringLiteral("give --project or --format"));
    if (parser.isSet(format) != parser.isSet(out)) return usage(QStringLiteral("--format needs --out DIR"));
    std::optional<s2s::DatasetFormat> datasetFormat;
    if (parser.isSet(format)) {
        datasetFormat = s2s::datasetFormatFromName(parser.value(format));
        if (!datasetFormat) return usage(QStringLiteral("unknown format '%1'").arg(parser.value(format)));
    }

    try {
        // index -> (file, result)
        std::map<int, std::pair<QString, nlohmann::json>> results;
        int count = -1;
        for (const QString& dir : parser.values(in)) {
            const QDir folder(dir);
            if (!folder.exists()) throw std::runtime_error(QStringLiteral("%1 does not exist").arg(dir).toStdString());
            for (const QString& name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
                const QString path = folder.filePath(name);
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    throw std::runtime_error(QStringLiteral("cannot read %1").arg(path).toStdString());
                nlohmann::json j = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
                if (!j.is_object() || j.value("format", "") != "sam2studio-auto/1") continue;  // not a result
                const int index = j.at("index").get<int>();
                const int itemCount = j.at("count").get<int>();
                if (count >= 0 && itemCount != count)
                    throw std::runtime_error(QStringLiteral("%1 belongs to a list of %2 items, others to one of %3")
                                                 .arg(path).arg(itemCount).arg(count).toStdString());
                count = itemCount;
                if (results.count(index))
                    throw std::runtime_error(QStringLiteral("item %1 is in both %2 and %3")
                                                 .arg(index).arg(results[index].first, path).toStdString());
                results.emplace(index, std::make_pair(path, std::move(j)));
            }
        }
        if (count < 0) throw std::runtime_error("no result files of `sam2studio-cli auto` were found");
        for (int i = 0; i < count; ++i)
            if (!results.count(i))
                throw std::runtime_error(QStringLiteral("item %1 of %2 has no result: did its shard (%1 mod N) finish?")
                                             .arg(i).arg(count).toStdString());

        s2s::Project merged;
        qint64 masks = 0;
        for (const auto& [index, entry] : results) {
            const nlohmann::json& r = entry.second;
            const nlohmann::json& m = r.at("media");
            if (r.contains("project")) {
                // A video's automatic masklets: its one-video project, tracked masks and all.
                s2s::Project one;
                s2s::ProjectIO::fromJson(one, r.at("project"), QFileInfo(entry.first).absoluteDir(), nullptr, entry.first);
                if (one.mediaCount() != 1)
                    throw std::runtime_error(QStringLiteral("%1 holds %2 media, not one video").arg(entry.first).arg(one.mediaCount()).toStdString());
                s2s::MediaItem item = one.mediaItems().front();
                const int from = item.id;
                item.id = -1;
                item.metadata["auto"] = {{"settings", r.at("settings")}, {"video", r.value("video", nlohmann::json())}, {"index", index}};
                const int media = merged.addMedia(item);
                for (const s2s::AnnotatedObject& object : one.objects(from)) merged.addObject(media, object);
                for (const auto& [frame, objects] : one.allAnnotations(from))
                    for (const auto& [objectId, annotation] : objects) {
                        merged.setAnnotation(media, frame, objectId, annotation);
                        ++masks;
                    }
                continue;
            }
            s2s::MediaItem item;
            item.kind = s2s::MediaKind::Image;
            item.path = QString::fromStdString(m.at("path").get<std::string>());
            item.width = m.at("width").get<int>();
            item.height = m.at("height").get<int>();
            item.metadata["auto"] = {{"settings", r.at("settings")}, {"index", index}};
            const int media = merged.addMedia(item);
            int number = 0;
            for (const nlohmann::json& record : r.at("masks")) {
                const s2s::AutoMaskProposal p = s2s::AutoMaskProposal::fromRecord(record);
                const int id = merged.addObject(media, s2s::autoObject(p, ++number));
                merged.setAnnotation(media, 0, id, s2s::autoAnnotation(p));
                ++masks;
            }
        }
        nlohmann::json summary;
        summary["items"] = count;
        summary["masks"] = masks;
        if (parser.isSet(project)) {
            merged.save(parser.value(project));
            summary["project"] = parser.value(project).toStdString();
        } else {
            s2s::ExportOptions options;
            options.overwrite = parser.isSet(overwrite);
            const s2s::ExportReport report = s2s::exportProject(merged, *datasetFormat, parser.value(out), options);
            summary["out"] = report.outDir.toStdString();
            summary["format"] = s2s::datasetFormatName(*datasetFormat).toStdString();
            summary["files"] = nlohmann::json::array();
            for (const QString& f : report.files) summary["files"].push_back(f.toStdString());
        }
        cli::printJson(summary);
        return cli::kExitOk;
    } catch (const std::exception& e) {
        return cli::fail(command, QString::fromUtf8(e.what()));
    }
}
