#include "export/davis.h"

#include "annotation/limits.h"

#include <set>

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>

#include "export/dataset_writer.h"
#include "export/media_frames.h"

namespace s2s {

QVector<QRgb> davisPalette() {
    // Each index spreads its bits over the three channels, most significant bit first.
    QVector<QRgb> palette(256);
    for (int index = 0; index < 256; ++index) {
        int r = 0, g = 0, b = 0, bits = index;
        for (int shift = 7; shift >= 0; --shift, bits >>= 3) {
            r |= (bits & 1) << shift;
            g |= ((bits >> 1) & 1) << shift;
            b |= ((bits >> 2) & 1) << shift;
        }
        palette[index] = qRgb(r, g, b);
    }
    return palette;
}

namespace {

QString frameName(int frame) { return QStringLiteral("%1.png").arg(frame, 5, 10, QLatin1Char('0')); }

QImage binaryImage(const Rle& mask) { return mask.toImage(); }  // Grayscale8, 0 / 255

// Frames (at the stride) with at least one mask record.
std::vector<int> framesToWrite(const Project& project, const MediaItem& item, int stride) {
    std::vector<int> frames;
    for (int frame : strideFrames(project, item, stride))
        if (!project.frameAnnotations(item.id, frame).empty()) frames.push_back(frame);
    return frames;
}

} // namespace

void exportDavis(const Project& project, DatasetWriter& writer, const ExportOptions& options, bool palette,
                 const DatasetProgress& progress, ExportReport& report) {
    const int stride = effectiveStride(options, 1);
    const std::vector<const MediaItem*> media = selectedMedia(project, options);
    const std::map<int, QString> names = mediaBaseNames(project, media);
    const QVector<QRgb> colors = davisPalette();
    int done = 0;
    for (const MediaItem* item : media) {
        const QString& base = names.at(item->id);
        reportProgress(progress, done, static_cast<int>(media.size()), base);
        const auto& objects = project.objects(item->id);
        int shift = 0;
        if (palette) {
            for (const AnnotatedObject& object : objects) if (object.id == 0) shift = 1;
            for (const AnnotatedObject& object : objects)
                if (object.id + shift > 255)
                    throw DatasetError(QStringLiteral("%1: object id %2 does not fit a palette PNG (at most 255 objects); "
                                                      "export the per-object layout instead").arg(base).arg(object.id));
            if (shift) report.warnings << QStringLiteral("%1: palette index = object id + 1 (the video has an object 0)").arg(base);
        }
        const Rle empty(item->height, item->width);
        long long overlapPixels = 0;
        for (int frame : framesToWrite(project, *item, stride)) {
            reportProgress(progress, frame, item->frameCount, base);  // frames within the item
            const auto& onFrame = project.frameAnnotations(item->id, frame);
            if (palette) {
                QImage indexed(item->width, item->height, QImage::Format_Indexed8);
                indexed.setColorTable(colors);
                indexed.fill(0);
                cv::Mat labels(item->height, item->width, CV_8UC1, indexed.bits(), static_cast<std::size_t>(indexed.bytesPerLine()));
                for (const AnnotatedObject& object : objects) {
                    const auto found = onFrame.find(object.id);
                    if (found == onFrame.end() || found->second.mask.isEmpty()) continue;
                    const cv::Mat mask = rleToMat(found->second.mask);
                    overlapPixels += cv::countNonZero(mask & (labels != 0));
                    labels.setTo(object.id + shift, mask);
                    ++report.maskCount;
                }
                writer.writeImage(base + QLatin1Char('/') + frameName(frame), indexed);
            } else {
                for (const AnnotatedObject& object : objects) {
                    const auto found = onFrame.find(object.id);
                    const Rle& mask = found == onFrame.end() ? empty : found->second.mask;
                    writer.writeImage(QStringLiteral("%1/%2/%3").arg(base).arg(object.id, 3, 10, QLatin1Char('0')).arg(frameName(frame)),
                                      binaryImage(mask));
                    ++report.maskCount;
                }
            }
            ++report.imageCount;
        }
        if (overlapPixels > 0)
            report.warnings << QStringLiteral("%1: objects overlap on %2 pixels; the palette PNGs keep the later object there")
                                   .arg(base).arg(overlapPixels);
        report.files << base + QLatin1Char('/');
        ++report.mediaCount;
        ++done;
    }
    reportProgress(progress, done, static_cast<int>(media.size()), QStringLiteral("done"));
}

namespace {

const QRegularExpression& digitsOnly() {
    static const QRegularExpression re(QStringLiteral("^\\d+$"));
    return re;
}

QStringList pngFiles(const QDir& dir) { return dir.entryList({QStringLiteral("*.png"), QStringLiteral("*.PNG")}, QDir::Files, QDir::Name); }

QStringList objectDirs(const QDir& dir) {
    QStringList result;
    for (const QString& sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (digitsOnly().match(sub).hasMatch() && !pngFiles(QDir(dir.filePath(sub))).isEmpty()) result << sub;
    return result;
}

bool isVideoFolder(const QDir& dir, bool palette) { return palette ? !pngFiles(dir).isEmpty() : !objectDirs(dir).isEmpty(); }

int frameNumber(const QString& fileName, const QString& where) {
    const QString stem = QFileInfo(fileName).completeBaseName();
    bool ok = false;
    const int frame = stem.toInt(&ok);
    if (!ok || frame < 0 || !digitsOnly().match(stem).hasMatch())
        throw DatasetError(QStringLiteral("%1/%2: frame files must be named by frame number (00000.png)").arg(where, fileName));
    if (frame >= limits::kMaxFramesPerVideo)
        throw DatasetError(QStringLiteral("%1/%2: frame %3 is past the limit of %4 frames per video")
                               .arg(where, fileName).arg(frame).arg(limits::kMaxFramesPerVideo));
    return frame;
}

QImage loadPng(const QString& path) {
    QImage image(path);
    if (image.isNull()) throw DatasetError(QStringLiteral("cannot read %1 as an image").arg(path));
    if (image.format() == QImage::Format_Mono || image.format() == QImage::Format_MonoLSB)
        image = image.convertToFormat(QImage::Format_Indexed8);
    return image;
}

// 0/1 mask: palette index != 0 for indexed PNGs, gray != 0 otherwise (alpha is ignored).
cv::Mat binaryFromPng(const QImage& image) {
    const QImage gray = image.format() == QImage::Format_Indexed8 ? image
                                                                  : image.convertToFormat(QImage::Format_RGB888).convertToFormat(QImage::Format_Grayscale8);
    cv::Mat view(gray.height(), gray.width(), CV_8UC1, const_cast<uchar*>(gray.constBits()), static_cast<std::size_t>(gray.bytesPerLine()));
    cv::Mat mask = view != 0;
    return mask / 255;
}

// Per-pixel palette indices; RGB images are mapped back through the DAVIS palette.
cv::Mat labelsFromPng(const QImage& image, const QString& path) {
    if (image.format() == QImage::Format_Indexed8) {
        cv::Mat view(image.height(), image.width(), CV_8UC1, const_cast<uchar*>(image.constBits()), static_cast<std::size_t>(image.bytesPerLine()));
        return view.clone();
    }
    if (image.format() == QImage::Format_Grayscale8) {
        cv::Mat view(image.height(), image.width(), CV_8UC1, const_cast<uchar*>(image.constBits()), static_cast<std::size_t>(image.bytesPerLine()));
        return view.clone();  // gray labels: the value is the object id
    }
    std::map<QRgb, int> lookup;
    const QVector<QRgb> colors = davisPalette();
    for (int i = colors.size() - 1; i >= 0; --i) lookup[colors[i] & 0xffffff] = i;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    cv::Mat labels(rgb.height(), rgb.width(), CV_8UC1);
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const auto found = lookup.find(line[x] & 0xffffff);
            if (found == lookup.end())
                throw DatasetError(QStringLiteral("%1: colour (%2, %3, %4) at %5,%6 is not in the DAVIS palette")
                                       .arg(path).arg(qRed(line[x])).arg(qGreen(line[x])).arg(qBlue(line[x])).arg(x).arg(y));
            labels.at<uchar>(y, x) = static_cast<uchar>(found->second);
        }
    }
    return labels;
}

void checkSize(const QImage& image, int& width, int& height, const QString& path) {
    if (width == 0) {
        width = image.width();
        height = image.height();
    } else if (image.width() != width || image.height() != height) {
        throw DatasetError(QStringLiteral("%1 is %2x%3 but other masks of its video are %4x%5")
                               .arg(path).arg(image.width()).arg(image.height()).arg(width).arg(height));
    }
}

ImportedMedia readVideoFolder(const QDir& dir, bool palette, const DatasetProgress& progress) {
    ImportedMedia media;
    const QString videoName = dir.dirName();
    int width = 0, height = 0, lastFrame = 0;
    if (palette) {
        std::map<int, ImportedObject> objects;
        // Each frame is encoded as it is read: only its RLE masks stay in memory, not the
        // decoded frames of the whole video.
        std::vector<int> frames;
        const QStringList files = pngFiles(dir);
        for (int i = 0; i < files.size(); ++i) {
            reportProgress(progress, i, static_cast<int>(files.size()), videoName);
            const QString path = dir.filePath(files[i]);
            const int frame = frameNumber(files[i], dir.path());
            const QImage image = loadPng(path);
            checkSize(image, width, height, path);
            const cv::Mat labels = labelsFromPng(image, path);
            bool present[256] = {};
            for (int y = 0; y < labels.rows; ++y) {
                const uint8_t* row = labels.ptr<uint8_t>(y);
                for (int x = 0; x < labels.cols; ++x) present[row[x]] = true;
            }
            for (int index = 1; index < 256; ++index) {
                if (!present[index]) continue;
                ImportedObject& object = objects[index];
                object.object.id = index;
                object.masks[frame] = matToRle((labels == index) / 255);
            }
            frames.push_back(frame);
            lastFrame = std::max(lastFrame, frame);
        }
        // A palette frame annotates every object: absent ones get an empty mask there.
        for (auto& [index, object] : objects)
            for (int frame : frames)
                if (!object.masks.count(frame)) object.masks[frame] = Rle(height, width);
        for (auto& [index, object] : objects) {
            object.object.name = QStringLiteral("object %1").arg(index);
            media.objects.push_back(std::move(object));
        }
    } else {
        const QStringList dirs = objectDirs(dir);
        if (dirs.size() > limits::kMaxObjectsPerMedia)
            throw DatasetError(QStringLiteral("%1 has %2 object folders; a video may have up to %3")
                                   .arg(dir.path())
                                   .arg(dirs.size())
                                   .arg(limits::kMaxObjectsPerMedia));
        for (int d = 0; d < dirs.size(); ++d) {
            reportProgress(progress, d, static_cast<int>(dirs.size()), videoName);
            ImportedObject object;
            object.object.id = dirs[d].toInt();
            object.object.name = QStringLiteral("object %1").arg(object.object.id);
            const QDir objectDir(dir.filePath(dirs[d]));
            for (const QString& file : pngFiles(objectDir)) {
                const QString path = objectDir.filePath(file);
                const int frame = frameNumber(file, objectDir.path());
                const QImage image = loadPng(path);
                checkSize(image, width, height, path);
                object.masks[frame] = matToRle(binaryFromPng(image));
                lastFrame = std::max(lastFrame, frame);
            }
            media.objects.push_back(std::move(object));
        }
    }
    media.item.kind = MediaKind::Video;
    media.item.name = videoName;
    media.item.width = width;
    media.item.height = height;
    media.item.frameCount = lastFrame + 1;
    media.item.metadata["dataset_name"] = videoName.toStdString();
    return media;
}

} // namespace

std::vector<ImportedMedia> readDavis(const QString& input, const ImportOptions& options, bool palette,
                                     const DatasetProgress& progress, QStringList& warnings) {
    const QFileInfo info(input);
    if (!info.isDir()) throw DatasetError(QStringLiteral("%1 is not a folder of DAVIS masks").arg(input));
    const QDir root(info.absoluteFilePath());
    std::vector<QDir> videos;
    if (isVideoFolder(root, palette)) {
        videos.push_back(root);
    } else {
        for (const QString& sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            if (isVideoFolder(QDir(root.filePath(sub)), palette)) videos.emplace_back(root.filePath(sub));
    }
    if (videos.empty())
        throw DatasetError(palette ? QStringLiteral("%1 holds no {video}/{frame:05d}.png masks (palette layout)").arg(input)
                                   : QStringLiteral("%1 holds no {video}/{object:03d}/{frame:05d}.png masks (per-object layout)").arg(input));
    std::vector<ImportedMedia> result;
    for (const QDir& dir : videos) {
        ImportedMedia media = readVideoFolder(dir, palette, progress);
        const QString mediaPath = findVideoMedia(options.mediaPath, dir.dirName(), videos.size() == 1);
        if (!mediaPath.isEmpty()) {
            FrameReader reader(mediaPath);
            const MediaFacts& facts = reader.facts();
            if (facts.width != media.item.width || facts.height != media.item.height)
                throw DatasetError(QStringLiteral("the masks of %1 are %2x%3 but %4 is %5x%6").arg(dir.dirName())
                                       .arg(media.item.width).arg(media.item.height).arg(mediaPath).arg(facts.width).arg(facts.height));
            if (facts.frameCount < media.item.frameCount)
                throw DatasetError(QStringLiteral("%1 has %2 frames but masks of %3 go up to frame %4: frames are missing")
                                       .arg(mediaPath).arg(facts.frameCount).arg(dir.dirName()).arg(media.item.frameCount - 1));
            media.item.path = mediaPath;
            media.item.kind = facts.isFolder ? MediaKind::FrameFolder : (facts.isVideo ? MediaKind::Video : MediaKind::Image);
            media.item.frameCount = facts.frameCount;
            media.item.fps = facts.fps;
        } else {
            warnings << QStringLiteral("%1 imported without its video (pass --media to attach it)").arg(dir.dirName());
        }
        result.push_back(std::move(media));
    }
    return result;
}

} // namespace s2s
