// Media sources: frame-exact random access on real clips (H.264 with B-frames, HEVC open GOP,
// VP9, MPEG-4 in AVI, variable frame rate MKV, rotation metadata), still images with EXIF
// orientation, frame folders in natural order, the cache and read-ahead, and bad input.
#include <QDir>
#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <thread>

#include "annotation/media_bench.h"
#include "annotation/media_folder.h"
#include "annotation/media_source.h"
#include "annotation/test_media_util.h"

using media_test::dataPath;
using media_test::decodeSequentially;

namespace {

// The message of the MediaError that opening `path` throws; empty when it opens.
QString openError(const QString& path) {
  try {
    s2s::MediaSource::open(path);
  } catch (const s2s::MediaError& e) {
    return e.message();
  }
  return {};
}

QString frameError(s2s::MediaSource& media, int index) {
  try {
    media.frame(index);
  } catch (const s2s::MediaError& e) {
    return e.message();
  }
  return {};
}

void writeFile(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly));
  QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  return file.readAll();
}

quint32 crc32(const QByteArray& data) {
  quint32 crc = 0xffffffffu;
  for (char c : data) {
    crc ^= static_cast<uchar>(c);
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

QByteArray bigEndian32(quint32 v) {
  QByteArray b(4, '\0');
  for (int i = 0; i < 4; ++i) b[i] = static_cast<char>((v >> (24 - 8 * i)) & 0xff);
  return b;
}

QByteArray littleEndian(quint32 v, int bytes) {
  QByteArray b(bytes, '\0');
  for (int i = 0; i < bytes; ++i) b[i] = static_cast<char>((v >> (8 * i)) & 0xff);
  return b;
}

QByteArray pngChunk(const QByteArray& type, const QByteArray& data) {
  return bigEndian32(data.size()) + type + data + bigEndian32(crc32(type + data));
}

// A valid PNG header announcing a 20000 x 20000 RGB image, without its pixels.
QByteArray hugePngHeader() {
  QByteArray ihdr = bigEndian32(20000) + bigEndian32(20000);
  ihdr += QByteArray("\x08\x02\x00\x00\x00", 5);
  return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", QByteArray(16, '\0')) +
         pngChunk("IEND", {});
}

// A BMP header announcing 20000 x 20000 at 24 bits, with a few bytes of pixels.
QByteArray hugeBmpHeader() {
  QByteArray b("BM");
  b += littleEndian(54 + 64, 4) + littleEndian(0, 4) + littleEndian(54, 4);
  b += littleEndian(40, 4) + littleEndian(20000, 4) + littleEndian(20000, 4) + littleEndian(1, 2) +
       littleEndian(24, 2) + littleEndian(0, 4) + littleEndian(0, 4) + littleEndian(2835, 4) +
       littleEndian(2835, 4) + littleEndian(0, 4) + littleEndian(0, 4);
  return b + QByteArray(64, '\x7f');
}

// `jpeg` with an EXIF APP1 segment saying "orientation 6" (rotate 90 degrees clockwise to show).
QByteArray withExifOrientation6(const QByteArray& jpeg) {
  QByteArray tiff("MM\0*", 4);
  tiff += bigEndian32(8);
  tiff += QByteArray("\x00\x01", 2);                                   // one IFD entry
  tiff += QByteArray("\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06\x00\x00", 12);  // Orientation = 6
  tiff += bigEndian32(0);                                              // no next IFD
  const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
  QByteArray app1("\xff\xe1", 2);
  const int length = payload.size() + 2;
  app1 += static_cast<char>(length >> 8);
  app1 += static_cast<char>(length & 0xff);
  app1 += payload;
  return jpeg.left(2) + app1 + jpeg.mid(2);  // right after SOI
}

// Same size, format and bytes (QImage::operator== also compares colour-space metadata, which a
// PNG written by ffmpeg carries and a decoded frame does not).
bool samePixels(const QImage& a, const QImage& b) {
  if (a.size() != b.size() || a.format() != b.format()) return false;
  const qsizetype rowBytes = qsizetype(a.width()) * a.depth() / 8;
  for (int y = 0; y < a.height(); ++y)
    if (std::memcmp(a.constScanLine(y), b.constScanLine(y), rowBytes) != 0) return false;
  return true;
}

// A colourful test pattern with no two equal rows or columns.
QImage pattern(int width, int height) {
  QImage image(width, height, QImage::Format_RGB888);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) image.setPixel(x, y, qRgb((x * 7 + y) & 255, (y * 5 + 3 * x) & 255, (x ^ y) & 255));
  return image;
}

const char* kClips[] = {"dog_h264_gop12.mp4", "cups_hevc_opengop.mp4", "cups_vp9.webm",
                        "dog_mpeg4.avi", "dog_vfr.mkv", "dog_h264_rotate90.mp4", "cups_av1.mkv"};

}  // namespace

class TestMedia : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void videoMetadata_data();
  void videoMetadata();
  void randomAccessEqualsSequential_data();
  void randomAccessEqualsSequential();
  void framesEqualFfmpegExtraction_data();
  void framesEqualFfmpegExtraction();
  void readAheadForwardAndBackward();
  void concurrentRequests();
  void cacheIsBoundedInBytes();
  void rotationMetadataApplied();
  void stillImage();
  void exifOrientationApplied();
  void imageFormats_data();
  void imageFormats();
  void frameFolder();
  void frameFolderNaturalOrder();
  void frameFolderSizeMismatch();
  void badInputs();
  void truncatedVideos_data();
  void truncatedVideos();
  void outOfRange();
  void benchHelperCounts();
};

void TestMedia::videoMetadata_data() {
  QTest::addColumn<QString>("clip");
  for (const char* clip : kClips) QTest::newRow(clip) << QString::fromLatin1(clip);
}

void TestMedia::videoMetadata() {
  QFETCH(QString, clip);
  const nlohmann::json expected = media_test::expectedClips()[clip.toStdString()];
  QVERIFY2(!expected.is_null(), "expected.json lists the clip");
  auto media = s2s::MediaSource::open(dataPath(QStringLiteral("videos/") + clip));
  const s2s::MediaInfo& info = media->info();
  QCOMPARE(info.kind, s2s::MediaKind::Video);
  QCOMPARE(info.frameCount, expected["ffprobe_counted_frames"].get<int>());
  QCOMPARE(info.codec, QString::fromStdString(expected["codec"].get<std::string>()));
  const bool rotated = clip.contains(QLatin1String("rotate90"));
  QCOMPARE(info.width, expected[rotated ? "coded_height" : "coded_width"].get<int>());
  QCOMPARE(info.height, expected[rotated ? "coded_width" : "coded_height"].get<int>());
  QVERIFY2(info.partialReason.isEmpty(), qPrintable(info.partialReason));
  QCOMPARE(static_cast<int>(info.frameTimestamps.size()), info.frameCount);
  QCOMPARE(info.frameTimestamps.front(), 0.0);
  for (int i = 1; i < info.frameCount; ++i) QVERIFY(info.frameTimestamps[i] > info.frameTimestamps[i - 1]);
  const bool vfr = clip.contains(QLatin1String("vfr"));
  QCOMPARE(info.variableFrameRate, vfr);
  if (vfr) {
    // 20 frames at 15 fps then 40 at 30 fps (setpts when the clip was cut): the last frame is
    // shown at 79/30 s (the container keeps milliseconds).
    QVERIFY2(std::abs(info.frameTimestamps.back() - 79.0 / 30.0) < 0.005, qPrintable(QString::number(info.frameTimestamps.back())));
    QVERIFY2(std::abs(info.fps - 59.0 / (79.0 / 30.0)) < 0.05, qPrintable(QString::number(info.fps)));
    QVERIFY(std::abs(info.frameTimestamps[5] - 10.0 / 30.0) < 0.002);
    QVERIFY(std::abs(info.frameTimestamps[30] - 50.0 / 30.0) < 0.002);
    QCOMPARE(info.frameAtTime(0.99), 14);  // frame 15 starts at 1.001 s (1.0 s in milliseconds, rounded up)
    QCOMPARE(info.frameAtTime(1.01), 15);
    QCOMPARE(info.frameAtTime(-1.0), 0);
    QCOMPARE(info.frameAtTime(99.0), info.frameCount - 1);
  } else {
    QVERIFY2(std::abs(info.fps - 30000.0 / 1001.0) < 0.01, qPrintable(QString::number(info.fps)));
    QVERIFY(std::abs(info.durationSeconds - info.frameCount / info.fps) < 0.01);
    QVERIFY(std::abs(info.frameTimestamps[10] - 10 / info.fps) < 0.002);
  }
}

void TestMedia::randomAccessEqualsSequential_data() { videoMetadata_data(); }

void TestMedia::randomAccessEqualsSequential() {
  QFETCH(QString, clip);
  const QString path = dataPath(QStringLiteral("videos/") + clip);
  const std::vector<QImage> sequential = decodeSequentially(path);
  const int n = static_cast<int>(sequential.size());
  QVERIFY(n > 30);
  QVERIFY2(sequential.front() != sequential.back(), "the clip moves, so a wrong frame would be noticed");
  for (int i = 1; i < n; ++i) QVERIFY2(sequential[i] != sequential[i - 1] || i < 2, "consecutive frames differ");

  // Both sides of every GOP boundary, the first and last frames, and a few random ones, in a
  // shuffled order so that many requests go backwards.
  std::vector<int> indices = {0, 1, n - 2, n - 1};
  const nlohmann::json expected = media_test::expectedClips();
  for (const auto& key : expected[clip.toStdString()]["keyframes"]) {
    for (int d = -2; d <= 1; ++d) {
      const int i = key.get<int>() + d;
      if (i >= 0 && i < n) indices.push_back(i);
    }
  }
  QRandomGenerator random(42);
  for (int k = 0; k < 12; ++k) indices.push_back(static_cast<int>(random.bounded(n)));
  std::shuffle(indices.begin(), indices.end(), random);

  auto media = s2s::MediaSource::open(path);
  media->setCacheLimitBytes(0);  // every request goes to the decoder
  for (int index : indices) {
    const QImage image = media->frame(index);
    QCOMPARE(image.format(), QImage::Format_RGB888);
    QCOMPARE(image.size(), QSize(media->info().width, media->info().height));
    QVERIFY2(image == sequential[index], qPrintable(QStringLiteral("frame %1 differs after a seek").arg(index)));
  }
  QVERIFY2(media->stats().seeks > 0, "the random order needed seeks");
}

void TestMedia::framesEqualFfmpegExtraction_data() {
  QTest::addColumn<QString>("clip");
  QTest::addColumn<int>("index");
  QTest::addColumn<QString>("reference");
  QTest::newRow("h264 B-frames") << "dog_h264_gop12.mp4" << 37 << "dog_h264_gop12_frame37.png";
  QTest::newRow("hevc open-GOP leading frame") << "cups_hevc_opengop.mp4" << 44 << "cups_hevc_opengop_frame44.png";
  QTest::newRow("mpeg4 avi last frame") << "dog_mpeg4.avi" << 44 << "dog_mpeg4_frame44.png";
}

// Independent of this code: the N-th frame as the ffmpeg CLI extracts it (select=eq(n,N)),
// reached here by a seek, is the same image, pixel for pixel.
void TestMedia::framesEqualFfmpegExtraction() {
  QFETCH(QString, clip);
  QFETCH(int, index);
  QFETCH(QString, reference);
  const QImage expected = QImage(dataPath(QStringLiteral("videos/reference/") + reference)).convertToFormat(QImage::Format_RGB888);
  QVERIFY(!expected.isNull());
  auto media = s2s::MediaSource::open(dataPath(QStringLiteral("videos/") + clip));
  media->setCacheLimitBytes(0);
  media->frame(media->info().frameCount / 2);  // start somewhere else, so the request needs a seek
  const QImage image = media->frame(index);
  QVERIFY(samePixels(image, expected));
  QVERIFY(!samePixels(media->frame(index - 1), expected));
}

void TestMedia::readAheadForwardAndBackward() {
  const QString path = dataPath(QStringLiteral("videos/dog_h264_gop12.mp4"));
  const std::vector<QImage> sequential = decodeSequentially(path);
  const int n = static_cast<int>(sequential.size());

  auto forward = s2s::MediaSource::open(path);
  forward->setReadAheadFrames(8);
  forward->setReadAhead(+1, 20);
  QTRY_VERIFY(forward->stats().readAheadFrames >= 8);
  const std::int64_t decodedBefore = forward->stats().framesDecoded;
  for (int i = 20; i < 28; ++i) QVERIFY(forward->frame(i) == sequential[i]);
  QVERIFY2(forward->stats().cacheHits >= 1, "frames read ahead are served from the cache");
  for (int i = 28; i < n; ++i) QVERIFY(forward->frame(i) == sequential[i]);
  QVERIFY(forward->stats().framesDecoded >= decodedBefore);

  auto backward = s2s::MediaSource::open(path);
  backward->setReadAheadFrames(10);
  backward->setReadAhead(-1, n - 1);
  QTRY_VERIFY(backward->stats().cachedFrames >= 10);
  for (int i = n - 1; i >= 0; --i)
    QVERIFY2(backward->frame(i) == sequential[i], qPrintable(QStringLiteral("frame %1").arg(i)));
  QVERIFY(backward->stats().cacheHits > 0);
}

void TestMedia::concurrentRequests() {
  const QString path = dataPath(QStringLiteral("videos/cups_hevc_opengop.mp4"));
  const std::vector<QImage> sequential = decodeSequentially(path);
  const int n = static_cast<int>(sequential.size());
  auto media = s2s::MediaSource::open(path);
  media->setCacheLimitBytes(8LL * media->info().width * media->info().height * 3);
  media->setReadAhead(+1, 0);
  std::atomic<int> mismatches{0}, errors{0}, served{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      QRandomGenerator random(100 + t);
      for (int k = 0; k < 40; ++k) {
        const int index = t == 0 ? k % n : static_cast<int>(random.bounded(n));
        try {
          if (media->frame(index) != sequential[index]) ++mismatches;
          ++served;
        } catch (...) {
          ++errors;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  QCOMPARE(errors.load(), 0);
  QCOMPARE(mismatches.load(), 0);
  QCOMPARE(served.load(), 160);
}

void TestMedia::cacheIsBoundedInBytes() {
  const QString path = dataPath(QStringLiteral("videos/cups_vp9.webm"));
  auto media = s2s::MediaSource::open(path);
  const std::int64_t frameBytes = QImage(media->info().width, media->info().height, QImage::Format_RGB888).sizeInBytes();
  QCOMPARE(media->cacheLimitBytes(), s2s::MediaSource::kDefaultCacheBytes);
  media->setCacheLimitBytes(5 * frameBytes);
  media->setReadAhead(+1, 0);
  for (int i = 0; i < media->info().frameCount; ++i) {
    media->frame(i);
    QVERIFY(media->stats().cacheBytes <= 5 * frameBytes);
  }
  const s2s::MediaStats stats = media->stats();
  QVERIFY(stats.cachedFrames >= 1 && stats.cachedFrames <= 5);
  QCOMPARE(stats.cacheLimitBytes, 5 * frameBytes);
  media->clearCache();
  QCOMPARE(media->stats().cacheBytes, 0);
}

void TestMedia::rotationMetadataApplied() {
  auto plain = s2s::MediaSource::open(dataPath(QStringLiteral("videos/dog_h264_gop12.mp4")));
  auto rotated = s2s::MediaSource::open(dataPath(QStringLiteral("videos/dog_h264_rotate90.mp4")));
  // The display matrix says 90 degrees counter-clockwise (as `ffmpeg` shows it): 270 clockwise.
  QCOMPARE(rotated->info().rotationDegrees, 270);
  QCOMPARE(plain->info().rotationDegrees, 0);
  QCOMPARE(rotated->info().width, plain->info().height);
  for (int index : {0, 13, 74}) {
    const QImage expected = plain->frame(index).transformed(QTransform().rotate(270));
    QVERIFY2(rotated->frame(index) == expected, qPrintable(QStringLiteral("frame %1").arg(index)));
  }
}

void TestMedia::stillImage() {
  auto media = s2s::MediaSource::open(dataPath(QStringLiteral("images/truck.jpg")));
  const s2s::MediaInfo& info = media->info();
  QCOMPARE(info.kind, s2s::MediaKind::Image);
  QCOMPARE(info.width, 1800);
  QCOMPARE(info.height, 1200);
  QCOMPARE(info.frameCount, 1);
  QCOMPARE(info.fps, 0.0);
  QCOMPARE(info.codec, QStringLiteral("jpeg"));
  const QImage image = media->frame(0);
  QCOMPARE(image.format(), QImage::Format_RGB888);
  QCOMPARE(image.size(), QSize(1800, 1200));
  QVERIFY(image == QImage(dataPath(QStringLiteral("images/truck.jpg"))).convertToFormat(QImage::Format_RGB888));
}

void TestMedia::exifOrientationApplied() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  const QString source = dataPath(QStringLiteral("images/groceries.jpg"));
  const QString rotatedPath = dir.filePath(QStringLiteral("groceries_orientation6.jpg"));
  writeFile(rotatedPath, withExifOrientation6(readFile(source)));
  auto media = s2s::MediaSource::open(rotatedPath);
  QCOMPARE(media->info().width, 534);
  QCOMPARE(media->info().height, 800);
  const QImage upright = s2s::MediaSource::open(source)->frame(0);
  QCOMPARE(upright.size(), QSize(800, 534));
  QVERIFY(media->frame(0) == upright.transformed(QTransform().rotate(90)));
}

void TestMedia::imageFormats_data() {
  QTest::addColumn<QString>("fileName");
  QTest::addColumn<QString>("codec");
  QTest::newRow("png") << "p.png" << "png";
  QTest::newRow("bmp") << "p.bmp" << "bmp";
  QTest::newRow("tiff") << "p.tif" << "tiff";
  QTest::newRow("webp lossless") << "p.webp" << "webp";
  QTest::newRow("png named .dat") << "p.dat" << "png";  // chosen by content, not by name
}

void TestMedia::imageFormats() {
  QFETCH(QString, fileName);
  QFETCH(QString, codec);
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  const QImage expected = pattern(97, 61);
  const QString path = dir.filePath(fileName);
  if (codec == QLatin1String("png") || codec == QLatin1String("bmp")) {
    QVERIFY(expected.save(path, codec.toLatin1().constData()));
  } else {
    cv::Mat rgb(expected.height(), expected.width(), CV_8UC3, const_cast<uchar*>(expected.constBits()),
                static_cast<size_t>(expected.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    std::vector<int> params;
    if (codec == QLatin1String("webp")) params = {cv::IMWRITE_WEBP_QUALITY, 101};  // lossless
    QVERIFY(cv::imwrite(path.toStdString(), bgr, params));
  }
  auto media = s2s::MediaSource::open(path);
  QCOMPARE(media->info().codec, codec);
  QCOMPARE(media->info().width, 97);
  QCOMPARE(media->info().height, 61);
  QVERIFY(media->frame(0) == expected);
}

void TestMedia::frameFolder() {
  const QString folder = dataPath(QStringLiteral("frames/bedroom"));
  auto media = s2s::MediaSource::open(folder);
  const s2s::MediaInfo& info = media->info();
  QCOMPARE(info.kind, s2s::MediaKind::FrameFolder);
  QCOMPARE(info.frameCount, 10);
  QCOMPARE(info.codec, QStringLiteral("jpeg"));
  const QImage first(folder + QStringLiteral("/00000.jpg"));
  QCOMPARE(QSize(info.width, info.height), first.size());
  QVERIFY(info.fps > 0);
  for (int i : {7, 0, 9, 3}) {
    const QImage expected = QImage(folder + QStringLiteral("/0000%1.jpg").arg(i)).convertToFormat(QImage::Format_RGB888);
    QVERIFY2(media->frame(i) == expected, qPrintable(QStringLiteral("frame %1").arg(i)));
  }
}

void TestMedia::frameFolderNaturalOrder() {
  QVERIFY(s2s::detail::naturalLess(QStringLiteral("frame2.jpg"), QStringLiteral("frame10.jpg")));
  QVERIFY(!s2s::detail::naturalLess(QStringLiteral("frame10.jpg"), QStringLiteral("frame2.jpg")));
  QVERIFY(s2s::detail::naturalLess(QStringLiteral("00009.jpg"), QStringLiteral("00010.jpg")));
  QVERIFY(s2s::detail::naturalLess(QStringLiteral("a.jpg"), QStringLiteral("B.jpg")));
  QVERIFY(s2s::detail::naturalLess(QStringLiteral("img_1_2.png"), QStringLiteral("img_1_10.png")));
  QVERIFY(!s2s::detail::naturalLess(QStringLiteral("x.jpg"), QStringLiteral("x.jpg")));

  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  const QStringList names = {QStringLiteral("frame10.png"), QStringLiteral("frame2.png"), QStringLiteral("frame1.png"),
                             QStringLiteral("Frame3.png")};
  const int values[] = {10, 2, 1, 3};
  for (int k = 0; k < 4; ++k) {
    QImage image(8, 4, QImage::Format_RGB888);
    image.fill(QColor(values[k] * 20, 0, 0));
    QVERIFY(image.save(dir.filePath(names[k])));
  }
  writeFile(dir.filePath(QStringLiteral("notes.txt")), "not a frame");
  auto media = s2s::MediaSource::open(dir.path());
  QCOMPARE(media->info().frameCount, 4);
  const int order[] = {1, 2, 3, 10};
  for (int i = 0; i < 4; ++i) QCOMPARE(qRed(media->frame(i).pixel(0, 0)), order[i] * 20);
}

void TestMedia::frameFolderSizeMismatch() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  QVERIFY(pattern(16, 8).save(dir.filePath(QStringLiteral("00000.png"))));
  QVERIFY(pattern(8, 16).save(dir.filePath(QStringLiteral("00001.png"))));
  auto media = s2s::MediaSource::open(dir.path());
  QCOMPARE(media->info().frameCount, 2);
  QVERIFY(media->frame(0) == pattern(16, 8));
  const QString error = frameError(*media, 1);
  QVERIFY2(error.contains(QLatin1String("8x16")) && error.contains(QLatin1String("16x8")), qPrintable(error));
}

void TestMedia::badInputs() {
  QTemporaryDir dir;
  QVERIFY(dir.isValid());

  QString error = openError(dir.filePath(QStringLiteral("missing.mp4")));
  QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));

  writeFile(dir.filePath(QStringLiteral("empty.mp4")), {});
  error = openError(dir.filePath(QStringLiteral("empty.mp4")));
  QVERIFY2(error.contains(QLatin1String("empty")), qPrintable(error));

  QByteArray noise(64 * 1024, '\0');
  QRandomGenerator random(7);
  for (char& c : noise) c = static_cast<char>(random.bounded(256));
  writeFile(dir.filePath(QStringLiteral("noise.mp4")), noise);
  error = openError(dir.filePath(QStringLiteral("noise.mp4")));
  QVERIFY2(error.contains(QLatin1String("noise.mp4")), qPrintable(error));

  writeFile(dir.filePath(QStringLiteral("notes.jpg")), "These are notes, not a picture.\n");
  error = openError(dir.filePath(QStringLiteral("notes.jpg")));
  QVERIFY2(error.contains(QLatin1String("notes.jpg")), qPrintable(error));

  writeFile(dir.filePath(QStringLiteral("huge.png")), hugePngHeader());
  error = openError(dir.filePath(QStringLiteral("huge.png")));
  QVERIFY2(error.contains(QLatin1String("20000x20000")), qPrintable(error));

  writeFile(dir.filePath(QStringLiteral("huge.bmp")), hugeBmpHeader());
  error = openError(dir.filePath(QStringLiteral("huge.bmp")));
  QVERIFY2(error.contains(QLatin1String("20000x20000")), qPrintable(error));

  // An MP4 whose sample entry names a codec nobody knows.
  QByteArray mp4 = readFile(dataPath(QStringLiteral("videos/dog_h264_gop12.mp4")));
  const int entry = mp4.indexOf("avc1", mp4.indexOf("stsd"));
  QVERIFY(entry > 0);
  mp4.replace(entry, 4, "zzzz");
  writeFile(dir.filePath(QStringLiteral("unknown_codec.mp4")), mp4);
  error = openError(dir.filePath(QStringLiteral("unknown_codec.mp4")));
  QVERIFY2(error.contains(QLatin1String("codec")), qPrintable(error));

  // An MP4 cut off before its index (written last, as most recorders do): nothing to decode.
  const QByteArray hevc = readFile(dataPath(QStringLiteral("videos/cups_hevc_opengop.mp4")));
  QVERIFY(hevc.lastIndexOf("moov") > hevc.size() / 2);
  writeFile(dir.filePath(QStringLiteral("cut_before_index.mp4")), hevc.left(hevc.size() / 2));
  error = openError(dir.filePath(QStringLiteral("cut_before_index.mp4")));
  QVERIFY2(error.contains(QLatin1String("without its index")), qPrintable(error));

  QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("no_frames")));
  error = openError(dir.filePath(QStringLiteral("no_frames")));
  QVERIFY2(error.contains(QLatin1String("no frame images")), qPrintable(error));

  QVERIFY(!openError(QString()).isEmpty());
}

void TestMedia::truncatedVideos_data() {
  QTest::addColumn<QString>("clip");
  QTest::addColumn<double>("keep");
  QTest::newRow("mp4 (index first) at 55%") << "dog_h264_gop12.mp4" << 0.55;
  QTest::newRow("webm at 60%") << "cups_vp9.webm" << 0.60;
  QTest::newRow("avi at 50%") << "dog_mpeg4.avi" << 0.50;
}

void TestMedia::truncatedVideos() {
  QFETCH(QString, clip);
  QFETCH(double, keep);
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  const QString fullPath = dataPath(QStringLiteral("videos/") + clip);
  const QByteArray full = readFile(fullPath);
  const QString cutPath = dir.filePath(QStringLiteral("cut_") + clip);
  writeFile(cutPath, full.left(static_cast<int>(full.size() * keep)));

  auto media = s2s::MediaSource::open(cutPath);
  const s2s::MediaInfo& info = media->info();
  const int fullCount = media_test::expectedClips()[clip.toStdString()]["ffprobe_counted_frames"].get<int>();
  QVERIFY2(info.isPartial(), "a cut-off file says so");
  QVERIFY2(info.partialReason.contains(QLatin1String("data ends")), qPrintable(info.partialReason));
  QVERIFY2(info.partialReason.contains(QString::number(info.frameCount)), qPrintable(info.partialReason));
  QVERIFY(info.frameCount > 0);
  QVERIFY(info.frameCount < fullCount);
  // Whatever is there decodes, and (except the last, maybe damaged frame) equals the full file.
  const std::vector<QImage> fullFrames = decodeSequentially(fullPath);
  const std::vector<QImage> cutFrames = decodeSequentially(cutPath);
  QCOMPARE(static_cast<int>(cutFrames.size()), info.frameCount);
  for (int i = 0; i + 1 < info.frameCount; ++i)
    QVERIFY2(cutFrames[i] == fullFrames[i], qPrintable(QStringLiteral("frame %1").arg(i)));
  QVERIFY(!media->frame(info.frameCount - 1).isNull());
  QVERIFY(!frameError(*media, info.frameCount).isEmpty());
}

void TestMedia::outOfRange() {
  auto media = s2s::MediaSource::open(dataPath(QStringLiteral("videos/cups_vp9.webm")));
  QString error = frameError(*media, -1);
  QVERIFY2(error.contains(QLatin1String("out of range")), qPrintable(error));
  error = frameError(*media, media->info().frameCount);
  QVERIFY2(error.contains(QLatin1String("out of range")), qPrintable(error));
  QVERIFY(frameError(*media, media->info().frameCount - 1).isEmpty());
}

void TestMedia::benchHelperCounts() {
  // Speed lives in `sam2studio-cli bench`; here only that the helper measures what it says.
  const s2s::MediaBenchResult result = s2s::benchmarkMedia(dataPath(QStringLiteral("videos/dog_h264_gop12.mp4")), 30, 5);
  QCOMPARE(result.frameCount, 75);
  QCOMPARE(result.sequentialFrames, 30);
  QCOMPARE(result.randomSeeks, 5);
  QCOMPARE(result.codec, QStringLiteral("h264"));
  QVERIFY(result.sequentialFps > 0);
  QVERIFY(result.medianSeekMs > 0 && result.medianSeekMs <= result.maxSeekMs);
  bool threw = false;
  try {
    s2s::benchmarkMedia(dataPath(QStringLiteral("videos/missing.mp4")));
  } catch (const s2s::MediaError&) {
    threw = true;
  }
  QVERIFY(threw);
}

QTEST_GUILESS_MAIN(TestMedia)
#include "test_media.moc"
