// sam2studio-cli auto: "segment everything" over many images, for pre-annotating a dataset on one
// machine or many (--shard I/N, e.g. a Slurm job array: packaging/slurm). Each item's proposals
// go to a result file of its own, written atomically, so an interrupted run resumes where it
// stopped; `sam2studio-cli merge` combines the result files into a project or a dataset.
// The generator runs through the worker's ImageModel, the same path as the app's menu.
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <optional>

#include "annotation/worker/auto_masks.h"
#include "annotation/worker/image_model.h"
#include "cli/auto_video.h"
#include "cli/cli_common.h"

namespace {

constexpr const char* kResultFormat = "sam2studio-auto/1";

// One generator option per keyword of the reference, spelled with dashes.
std::vector<QCommandLineOption> settingOptions() {
    const nlohmann::ordered_json defaults = s2s::AutoMaskSettings().toJson();
    std::vector<QCommandLineOption> out;
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        QString name = QString::fromStdString(it.key());
        name.replace(QLatin1Char('_'), QLatin1Char('-'));
        const QString value = it->is_boolean() ? QString::fromLatin1(it->get<bool>() ? "true" : "false")
                                               : QString::fromStdString(it->dump());
        const QString text = QStringLiteral("The reference's %1 (default %2).").arg(QString::fromStdString(it.key()), value);
        if (it->is_boolean() && !it->get<bool>())
            out.emplace_back(name, text);  // off by default: a flag (--use-m2m)
        else
            out.emplace_back(name, text, it->is_boolean() ? QStringLiteral("true|false") : QStringLiteral("V"));
    }
    return out;
}

// The settings from the options given (others keep the reference's defaults).
std::optional<s2s::AutoMaskSettings> settingsFrom(const QCommandLineParser& parser,
                                                  const std::vector<QCommandLineOption>& options, QString& error) {
    nlohmann::json given = nlohmann::json::object();
    const nlohmann::json defaults = s2s::AutoMaskSettings().toJson();
    for (const QCommandLineOption& o : options) {
        const QString name = o.names().first();
        if (!parser.isSet(o)) continue;
        const QString text = o.valueName().isEmpty() ? QStringLiteral("true") : parser.value(o).trimmed();
        std::string keyword = name.toStdString();
        for (char& c : keyword)
            if (c == '-') c = '_';
        const nlohmann::json& d = defaults.at(keyword);
        bool ok = false;
        if (d.is_boolean()) {
            ok = text == QLatin1String("true") || text == QLatin1String("false");
            given[keyword] = text == QLatin1String("true");
        } else if (d.is_number_integer()) {
            given[keyword] = text.toInt(&ok);
        } else {
            given[keyword] = text.toDouble(&ok);
        }
        if (!ok) {
            error = QStringLiteral("--%1 must be %2, not '%3'")
                        .arg(name, d.is_boolean() ? QStringLiteral("true or false")
                                   : d.is_number_integer() ? QStringLiteral("a whole number")
                                                           : QStringLiteral("a number"),
                             text);
            return std::nullopt;
        }
    }
    const s2s::AutoMaskSettings settings = s2s::AutoMaskSettings::fromJson(given);
    error = settings.validate();
    if (!error.isEmpty()) return std::nullopt;
    return settings;
}

// Media paths from a manifest: one per line, relative to the manifest's folder; blank lines and
// lines starting with # are skipped.
std::optional<QStringList> readManifest(const QString& path, QString& error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        error = QStringLiteral("cannot read the manifest %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QDir base = QFileInfo(path).absoluteDir();
    QStringList items;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
        items << QDir::cleanPath(base.absoluteFilePath(line));
    }
    return items;
}

// Images are read as images; anything else (a video file, a folder of frames) as a video.
bool isVideo(const QString& media) {
    if (QFileInfo(media).isDir()) return true;
    QImageReader reader(media);
    return !reader.canRead();
}

// "000007-truck.json": the item's index in the whole list, then its name (readable, unique).
QString resultName(int index, const QString& media) {
    QString base = QFileInfo(media).completeBaseName();
    for (QChar& c : base)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_')) c = QLatin1Char('_');
    return QStringLiteral("%1-%2.json").arg(index, 6, 10, QLatin1Char('0')).arg(base.left(80));
}

bool finished(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return false;
    const nlohmann::json j = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    return j.is_object() && j.value("format", "") == kResultFormat && (j.contains("masks") || j.contains("project"));
}

QString writeAtomically(const QString& path, const std::string& text) {
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.data(), qint64(text.size())) != qint64(text.size()) ||
        !out.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, out.errorString());
    return QString();
}

}  // namespace

int runAuto(const QStringList& args) {
    const QString command = QStringLiteral("auto");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Segments everything in images with SAM 2's automatic mask generator (the reference's "
        "SAM2AutomaticMaskGenerator; every keyword is an option below). On a video or frame folder it "
        "makes automatic masklets as SA-V's automatic stage: the generator on the first frame and every "
        "--keyframe-interval frames, keeping on later keyframes only proposals that overlap no masklet "
        "(IoU below --new-object-iou), each tracked through the video with SAM 2's video predictor. "
        "With --out, one image's masks as {\"masks\": [...]} in the reference's record format (a "
        "video's result as with --out-dir). With --out-dir, one result file per "
        "item (finished items are skipped on a rerun); --shard I/N takes every N-th item from the I-th "
        "(0-based), so N processes or cluster tasks split a list; `sam2studio-cli merge` combines the "
        "results. Progress goes to stderr, a JSON summary to stdout."));
    parser.addPositionalArgument(QStringLiteral("media"), QStringLiteral("Images, videos or frame folders to segment."),
                                 QStringLiteral("[MEDIA...]"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption checkpoint(QStringLiteral("checkpoint"), QStringLiteral("SAM 2 checkpoint (.pt)."), QStringLiteral("CK"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("Model config YAML (default: CK's .yaml if present, else detected)."),
                                    QStringLiteral("YAML"));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("cpu (default), cuda or cuda:N."),
                                    QStringLiteral("DEVICE"), QStringLiteral("cpu"));
    const QCommandLineOption dtype(QStringLiteral("dtype"), QStringLiteral("float32 (default) or bfloat16."),
                                   QStringLiteral("DTYPE"), QStringLiteral("float32"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("CPU threads (default: all cores)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption manifest(QStringLiteral("manifest"),
                                      QStringLiteral("A list of images, one path per line (relative to the list)."),
                                      QStringLiteral("LIST"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("One image: write its masks here."),
                                 QStringLiteral("FILE.json"));
    const QCommandLineOption outDir(QStringLiteral("out-dir"), QStringLiteral("Write one result file per item here."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption shard(QStringLiteral("shard"), QStringLiteral("This process's share: I/N (0 <= I < N)."),
                                   QStringLiteral("I/N"), QStringLiteral("0/1"));
    const QCommandLineOption keyframes(QStringLiteral("keyframe-interval"),
                                       QStringLiteral("Videos: run the generator every K frames (default 30; 0: the first "
                                                      "frame only)."),
                                       QStringLiteral("K"), QStringLiteral("30"));
    const QCommandLineOption newIou(QStringLiteral("new-object-iou"),
                                    QStringLiteral("Videos: a later keyframe's proposal becomes a masklet only when its IoU "
                                                   "with every masklet there is below this (default 0.5)."),
                                    QStringLiteral("IOU"), QStringLiteral("0.5"));
    const std::vector<QCommandLineOption> settingOpts = settingOptions();
    parser.addOptions({checkpoint, config, device, dtype, threads, manifest, out, outDir, shard, keyframes, newIou});
    for (const QCommandLineOption& o : settingOpts) parser.addOption(o);
    if (!cli::parseArgs(parser, args)) return cli::kExitUsage;
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return cli::kExitOk;
    }
    auto usage = [&](const QString& message) {
        std::fprintf(stderr, "sam2studio-cli auto: %s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
        return cli::kExitUsage;
    };
    if (parser.value(checkpoint).isEmpty()) return usage(QStringLiteral("--checkpoint CK is required"));
    QString error;
    const std::optional<s2s::AutoMaskSettings> settings = settingsFrom(parser, settingOpts, error);
    if (!settings) return usage(error);
    s2s::AutoMaskletSettings videoSettings;
    videoSettings.generator = *settings;
    {
        bool okK = false, okIou = false;
        videoSettings.keyframeInterval = parser.value(keyframes).toInt(&okK);
        videoSettings.newObjectMaxIou = parser.value(newIou).toDouble(&okIou);
        if (!okK || videoSettings.keyframeInterval < 0)
            return usage(QStringLiteral("--keyframe-interval must be a whole number >= 0"));
        if (!okIou || !(videoSettings.newObjectMaxIou > 0 && videoSettings.newObjectMaxIou <= 1))
            return usage(QStringLiteral("--new-object-iou must lie in (0, 1]"));
    }

    QStringList items;
    for (const QString& p : parser.positionalArguments()) items << QFileInfo(p).absoluteFilePath();
    if (parser.isSet(manifest)) {
        const auto listed = readManifest(parser.value(manifest), error);
        if (!listed) return cli::fail(command, error);
        items << *listed;
    }
    if (items.isEmpty()) return usage(QStringLiteral("give images, videos or frame folders, or --manifest LIST"));
    if (parser.isSet(out) == parser.isSet(outDir)) return usage(QStringLiteral("give exactly one of --out and --out-dir"));
    if (parser.isSet(out) && items.size() != 1) return usage(QStringLiteral("--out takes one item; use --out-dir for more"));
    const QStringList shardParts = parser.value(shard).split(QLatin1Char('/'));
    bool okI = false, okN = false;
    const int shardIndex = shardParts.size() == 2 ? shardParts[0].toInt(&okI) : -1;
    const int shardCount = shardParts.size() == 2 ? shardParts[1].toInt(&okN) : 0;
    if (!okI || !okN || shardCount < 1 || shardIndex < 0 || shardIndex >= shardCount)
        return usage(QStringLiteral("--shard must be I/N with 0 <= I < N, not '%1'").arg(parser.value(shard)));
    if (parser.isSet(outDir) && !QDir().mkpath(parser.value(outDir)))
        return cli::fail(command, QStringLiteral("cannot create %1").arg(parser.value(outDir)));

    s2s::ModelSpec spec;
    spec.checkpoint = parser.value(checkpoint);
    spec.config = parser.value(config);
    spec.device = parser.value(device);
    spec.dtype = parser.value(dtype);
    spec.threads = parser.value(threads).toInt();

    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<s2s::ImageModel> model;
    int done = 0, skipped = 0, failed = 0;
    qint64 masks = 0;
    nlohmann::json failures = nlohmann::json::array();
    std::vector<int> mine;
    for (int i = 0; i < items.size(); ++i)
        if (i % shardCount == shardIndex) mine.push_back(i);
    for (size_t k = 0; k < mine.size(); ++k) {
        const int index = mine[k];
        const QString media = items[index];
        const QString resultPath =
            parser.isSet(out) ? parser.value(out) : QDir(parser.value(outDir)).filePath(resultName(index, media));
        const QString tag = QStringLiteral("[%1/%2] %3").arg(k + 1).arg(mine.size()).arg(QFileInfo(media).fileName());
        if (parser.isSet(outDir) && finished(resultPath)) {
            std::fprintf(stderr, "auto: %s: done before, skipped\n", qPrintable(tag));
            ++skipped;
            continue;
        }
        try {
            if (isVideo(media)) {
                if (!model) model = s2s::ImageModel::load(spec);
                QElapsedTimer itemClock;
                itemClock.start();
                const QDir resultDir = QFileInfo(resultPath).absoluteDir();
                nlohmann::ordered_json body = cli::autoMasklets(media, *model, videoSettings, resultDir, tag);
                nlohmann::ordered_json result;
                result["format"] = kResultFormat;
                result["index"] = index;
                result["count"] = items.size();
                result["media"] = std::move(body["media"]);
                result["settings"] = settings->toJson();
                result["video"] = std::move(body["video"]);
                result["project"] = std::move(body["project"]);
                const QString written = writeAtomically(resultPath, result.dump(1) + "\n");
                if (!written.isEmpty()) throw std::runtime_error(written.toStdString());
                const int n = result["video"]["masklets"].get<int>();
                masks += n;
                ++done;
                std::fprintf(stderr, "auto: %s: %d masklets in %.1f s\n", qPrintable(tag), n, itemClock.elapsed() / 1000.0);
                continue;
            }
            QImageReader reader(media);
            reader.setAutoTransform(true);  // EXIF orientation, as the app shows the image
            const QImage decoded = reader.read();
            if (decoded.isNull())
                throw std::runtime_error(QStringLiteral("cannot read image %1: %2").arg(media, reader.errorString()).toStdString());
            const QImage rgb = decoded.convertToFormat(QImage::Format_RGB888);
            if (!model) model = s2s::ImageModel::load(spec);
            QElapsedTimer itemClock;
            itemClock.start();
            int lastPercent = -10;
            const s2s::AutoMaskRun run = model->autoMasks(rgb, *settings, [&](double fraction) {
                const int percent = static_cast<int>(fraction * 100);
                if (percent >= lastPercent + 10) {
                    std::fprintf(stderr, "auto: %s: %d%%\n", qPrintable(tag), percent);
                    lastPercent = percent;
                }
            });
            nlohmann::ordered_json records = nlohmann::ordered_json::array();
            for (const s2s::AutoMaskProposal& p : *run) records.push_back(p.toRecord());
            nlohmann::ordered_json result;
            if (parser.isSet(out)) {
                result["masks"] = std::move(records);
            } else {
                result["format"] = kResultFormat;
                result["index"] = index;
                result["count"] = items.size();
                result["media"] = {{"path", media.toStdString()}, {"kind", "image"}, {"width", rgb.width()},
                                   {"height", rgb.height()}};
                result["settings"] = settings->toJson();
                result["masks"] = std::move(records);
            }
            const QString written = writeAtomically(resultPath, result.dump(1) + "\n");
            if (!written.isEmpty()) throw std::runtime_error(written.toStdString());
            masks += static_cast<qint64>(run->size());
            ++done;
            std::fprintf(stderr, "auto: %s: %zu masks in %.1f s\n", qPrintable(tag), run->size(),
                         itemClock.elapsed() / 1000.0);
        } catch (const std::exception& e) {
            ++failed;
            std::fprintf(stderr, "auto: %s: error: %s\n", qPrintable(tag), e.what());
            failures.push_back({{"media", media.toStdString()}, {"error", e.what()}});
        }
    }
    nlohmann::json summary;
    summary["items"] = items.size();
    summary["shard"] = parser.value(shard).toStdString();
    summary["assigned"] = mine.size();
    summary["done"] = done;
    summary["skipped"] = skipped;
    summary["failed"] = failed;
    summary["failures"] = failures;
    summary["masks"] = masks;
    summary["seconds"] = clock.elapsed() / 1000.0;
    summary["settings"] = settings->toJson();
    cli::printJson(summary);
    return failed == 0 ? cli::kExitOk : cli::kExitFailure;
}
