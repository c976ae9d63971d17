#include "annotation/media_video.h"

#include <QFile>
#include <QTransform>
#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <set>
#include <thread>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
#include <libavutil/log.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

namespace s2s::detail {
namespace {

QString avError(int code) {
  char text[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(code, text, sizeof(text));
  return QString::fromUtf8(text);
}

// An ISO media file (MP4, MOV, M4V) starts with an 'ftyp' box.
bool looksLikeMp4(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return false;
  const QByteArray head = file.read(12);
  return head.size() == 12 && head.mid(4, 4) == "ftyp";
}

// Frames whose decode-order neighbours are this close are reached by decoding on rather than by
// seeking (a seek costs a flush plus decoding from the keyframe).
constexpr int kSeekSlackFrames = 4;

}  // namespace

VideoDecoder::VideoDecoder(const QString& path) : path_(path) {
  // FFmpeg's own log lines (e.g. about a damaged packet) go to stderr only when asked for: the
  // errors that matter reach the person as MediaError messages and partial results.
  static std::once_flag logLevelSet;
  std::call_once(logLevelSet, [] {
    av_log_set_level(qEnvironmentVariableIsSet("SAM2_FFMPEG_LOG") ? AV_LOG_INFO : AV_LOG_FATAL);
  });
  try {
    openStream();
    buildIndex();
    checkHead();
    if (!looksComplete()) checkTail();
    fillInfo();
  } catch (...) {
    release();  // the destructor does not run for a constructor that throws
    throw;
  }
}

VideoDecoder::~VideoDecoder() { release(); }

void VideoDecoder::release() {
  sws_freeContext(sws_);
  sws_ = nullptr;
  av_packet_free(&packet_);
  av_frame_free(&frame_);
  avcodec_free_context(&codec_);
  avformat_close_input(&format_);
}

void VideoDecoder::openStream() {
  const QByteArray utf8 = path_.toUtf8();
  int r = avformat_open_input(&format_, utf8.constData(), nullptr, nullptr);
  if (r < 0 && looksLikeMp4(path_))
    throw MediaError(QStringLiteral("'%1' is an MP4/MOV file without its index (moov box), usually because it "
                                    "was cut off while downloading or recording; without the index no frame can "
                                    "be found. Re-download it, or repair it with a tool such as untrunc (%2)")
                         .arg(path_, avError(r)));
  if (r < 0)
    throw MediaError(QStringLiteral("'%1' is not a video or image this program can read (%2)")
                         .arg(path_, avError(r)));
  // Containers without presentation timestamps (AVI with B-frames) get them generated from the
  // stream, so packet and frame timestamps agree.
  format_->flags |= AVFMT_FLAG_GENPTS;
  r = avformat_find_stream_info(format_, nullptr);
  if (r < 0)
    throw MediaError(QStringLiteral("'%1': cannot read the stream information (%2); the file may be "
                                    "damaged or not a video").arg(path_, avError(r)));
  const AVCodec* decoder = nullptr;
  streamIndex_ = av_find_best_stream(format_, AVMEDIA_TYPE_VIDEO, -1, -1, &decoder, 0);
  if (streamIndex_ == AVERROR_STREAM_NOT_FOUND)
    throw MediaError(QStringLiteral("'%1' has no video stream").arg(path_));
  if (streamIndex_ == AVERROR_DECODER_NOT_FOUND || !decoder) {
    // Name the codec of the first video stream so the person knows what to convert from.
    QString name = QStringLiteral("unknown");
    for (unsigned i = 0; i < format_->nb_streams; ++i)
      if (format_->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_VIDEO) {
        const AVCodecParameters* par = format_->streams[i]->codecpar;
        if (par->codec_id != AV_CODEC_ID_NONE) {
          name = QString::fromUtf8(avcodec_get_name(par->codec_id));
        } else {
          char fourcc[AV_FOURCC_MAX_STRING_SIZE] = {};
          av_fourcc_make_string(fourcc, par->codec_tag);
          name = QStringLiteral("unknown, fourcc %1").arg(QString::fromLatin1(fourcc));
        }
        break;
      }
    throw MediaError(QStringLiteral("'%1': the video codec '%2' is not supported by this FFmpeg "
                                    "build; convert the file to H.264 or VP9").arg(path_, name));
  }
  if (streamIndex_ < 0)
    throw MediaError(QStringLiteral("'%1': cannot select a video stream (%2)").arg(path_, avError(streamIndex_)));

  for (unsigned i = 0; i < format_->nb_streams; ++i)
    if (static_cast<int>(i) != streamIndex_) format_->streams[i]->discard = AVDISCARD_ALL;

  AVStream* stream = format_->streams[streamIndex_];
  const AVCodecParameters* par = stream->codecpar;
  if (par->width <= 0 || par->height <= 0)
    throw MediaError(QStringLiteral("'%1': the video stream has no picture size; the file may be damaged").arg(path_));
  if (par->width > MediaSource::kMaxImageSide || par->height > MediaSource::kMaxImageSide ||
      static_cast<std::int64_t>(par->width) * par->height > MediaSource::kMaxImagePixels)
    throw MediaError(QStringLiteral("'%1': the video is %2x%3 pixels, larger than the supported %4x%4")
                         .arg(path_).arg(par->width).arg(par->height).arg(MediaSource::kMaxImageSide));

  codec_ = avcodec_alloc_context3(decoder);
  if (!codec_ || avcodec_parameters_to_context(codec_, par) < 0)
    throw MediaError(QStringLiteral("'%1': cannot set up the %2 decoder").arg(path_, QString::fromUtf8(decoder->name)));
  codec_->pkt_timebase = stream->time_base;
  codec_->thread_count = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
  codec_->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
  codec_->max_pixels = MediaSource::kMaxImagePixels;
  r = avcodec_open2(codec_, decoder, nullptr);
  if (r < 0)
    throw MediaError(QStringLiteral("'%1': cannot open the %2 decoder (%3)")
                         .arg(path_, QString::fromUtf8(decoder->name), avError(r)));
  frame_ = av_frame_alloc();
  packet_ = av_packet_alloc();
  if (!frame_ || !packet_) throw MediaError(QStringLiteral("out of memory opening '%1'").arg(path_));
  timeBase_ = av_q2d(stream->time_base);

  // Rotation metadata (a display matrix): FFmpeg gives the counter-clockwise angle.
  if (const auto* matrix = reinterpret_cast<const int32_t*>(
          av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr))) {
    const double ccw = av_display_rotation_get(matrix);
    if (!std::isnan(ccw)) {
      int clockwise = static_cast<int>(std::lround(-ccw / 90.0)) * 90;
      clockwise = ((clockwise % 360) + 360) % 360;
      info_.rotationDegrees = clockwise;
    }
  }
}

void VideoDecoder::buildIndex() {
  // One pass over the packets without decoding: every shown frame has one packet with its own
  // presentation timestamp (packets the container marks for discard, e.g. before an edit list's
  // start, are never shown).
  QString readError;
  std::int64_t previous = AV_NOPTS_VALUE;
  for (;;) {
    const int r = av_read_frame(format_, packet_);
    if (r < 0) {
      if (r != AVERROR_EOF) readError = avError(r);
      break;
    }
    if (packet_->stream_index == streamIndex_ && !(packet_->flags & AV_PKT_FLAG_DISCARD)) {
      std::int64_t ts = packet_->pts != AV_NOPTS_VALUE ? packet_->pts : packet_->dts;
      if (ts == AV_NOPTS_VALUE)
        ts = previous == AV_NOPTS_VALUE ? 0 : previous + std::max<std::int64_t>(1, packet_->duration);
      previous = ts;
      pts_.push_back(ts);
      if (packet_->flags & AV_PKT_FLAG_KEY)
        keyframes_.push_back({ts, packet_->dts != AV_NOPTS_VALUE ? packet_->dts : ts});
    }
    av_packet_unref(packet_);
  }
  std::sort(pts_.begin(), pts_.end());
  pts_.erase(std::unique(pts_.begin(), pts_.end()), pts_.end());
  std::sort(keyframes_.begin(), keyframes_.end(), [](const Keyframe& a, const Keyframe& b) { return a.pts < b.pts; });
  if (pts_.empty())
    throw MediaError(QStringLiteral("'%1' contains no video frames%2")
                         .arg(path_, readError.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(readError)));
  if (!readError.isEmpty())
    info_.partialReason = QStringLiteral("reading stopped after %1 frames: %2").arg(pts_.size()).arg(readError);
}

void VideoDecoder::dropTimestamps(const std::vector<std::int64_t>& missing) {
  if (missing.empty()) return;
  std::vector<std::int64_t> kept;
  kept.reserve(pts_.size());
  std::set_difference(pts_.begin(), pts_.end(), missing.begin(), missing.end(), std::back_inserter(kept));
  pts_.swap(kept);
  if (pts_.empty()) throw MediaError(QStringLiteral("'%1': no video frame could be decoded").arg(path_));
}

void VideoDecoder::checkHead() {
  // Frames before the first one the decoder outputs (leading frames of an open GOP that refer to
  // pictures before the start) can never be shown: they are not frames of this video.
  seekToKeyframe(-1);
  if (nextFrame() == Next::End)
    throw MediaError(QStringLiteral("'%1': no video frame could be decoded; the file may be damaged").arg(path_));
  const std::int64_t first = frameTimestamp();
  std::vector<std::int64_t> missing;
  for (std::int64_t ts : pts_) {
    if (ts >= first) break;
    missing.push_back(ts);
  }
  dropTimestamps(missing);
}

bool VideoDecoder::looksComplete() const {
  // The container's own count (or duration x rate) agrees with the packets found and reading met
  // no error: the tail need not be decoded to be trusted. Decoding a long last GOP at open would
  // cost a second or more on HD video.
  if (!info_.partialReason.isEmpty()) return false;
  const AVStream* stream = format_->streams[streamIndex_];
  const auto n = static_cast<std::int64_t>(pts_.size());
  if (stream->nb_frames > 0) return stream->nb_frames == n;
  const double fps = stream->avg_frame_rate.num > 0 && stream->avg_frame_rate.den > 0 ? av_q2d(stream->avg_frame_rate) : 0.0;
  double seconds = 0;
  if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0) seconds = stream->duration * timeBase_;
  else if (format_->duration != AV_NOPTS_VALUE && format_->duration > 0) seconds = format_->duration / double(AV_TIME_BASE);
  return fps > 0 && seconds > 0 && std::abs(seconds * fps - n) < 1.0;
}

void VideoDecoder::checkTail() {
  // Decode the last GOP to the end: a truncated or undecodable last packet yields no frame, and a
  // frame the decoder does not output is not a frame of this video.
  const int k = keyframeFor(pts_.back());
  seekToKeyframe(k);
  std::set<std::int64_t> produced;
  while (nextFrame() == Next::Frame) produced.insert(frameTimestamp());
  if (produced.empty()) return;  // cannot tell; keep the index as is
  const std::int64_t from = *produced.begin();
  std::vector<std::int64_t> missing;
  for (auto it = std::lower_bound(pts_.begin(), pts_.end(), from); it != pts_.end(); ++it)
    if (!produced.count(*it)) missing.push_back(*it);
  dropTimestamps(missing);
}

void VideoDecoder::fillInfo() {
  const AVStream* stream = format_->streams[streamIndex_];
  const AVCodecParameters* par = stream->codecpar;
  info_.kind = MediaKind::Video;
  info_.path = path_;
  info_.codec = QString::fromUtf8(avcodec_get_name(par->codec_id));
  info_.container = QString::fromUtf8(format_->iformat->name);
  if (const char* pf = av_get_pix_fmt_name(static_cast<AVPixelFormat>(par->format))) info_.pixelFormat = QString::fromUtf8(pf);
  const bool swap = info_.rotationDegrees == 90 || info_.rotationDegrees == 270;
  info_.width = swap ? par->height : par->width;
  info_.height = swap ? par->width : par->height;
  const int n = static_cast<int>(pts_.size());
  info_.frameCount = n;

  info_.frameTimestamps.resize(n);
  for (int i = 0; i < n; ++i) info_.frameTimestamps[i] = (pts_[i] - pts_.front()) * timeBase_;

  // Frame rate: variable when frame durations differ by more than rounding.
  const double containerFps = stream->avg_frame_rate.num > 0 && stream->avg_frame_rate.den > 0
                                  ? av_q2d(stream->avg_frame_rate) : 0.0;
  if (n >= 2) {
    std::int64_t minStep = INT64_MAX, maxStep = 0;
    for (int i = 1; i < n; ++i) {
      const std::int64_t step = pts_[i] - pts_[i - 1];
      minStep = std::min(minStep, step);
      maxStep = std::max(maxStep, step);
    }
    info_.variableFrameRate = maxStep - minStep > std::max<std::int64_t>(1, minStep / 10);
    const double span = (pts_.back() - pts_.front()) * timeBase_;
    const double measured = span > 0 ? (n - 1) / span : containerFps;
    const bool containerAgrees = containerFps > 0 && std::abs(containerFps - measured) <= 0.01 * measured;
    info_.fps = (!info_.variableFrameRate && containerAgrees) ? containerFps : measured;
    info_.durationSeconds = span + (info_.fps > 0 ? 1.0 / info_.fps : 0.0);
  } else {
    info_.fps = containerFps;
    info_.durationSeconds = containerFps > 0 ? 1.0 / containerFps : 0.0;
  }

  // A file that ends before its header says (a cut-off download): report how far it goes.
  double expected = 0;
  if (stream->nb_frames > 0) {
    expected = static_cast<double>(stream->nb_frames);
  } else if (info_.fps > 0) {
    double seconds = 0;
    if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0) seconds = stream->duration * timeBase_;
    else if (format_->duration != AV_NOPTS_VALUE && format_->duration > 0) seconds = format_->duration / double(AV_TIME_BASE);
    expected = seconds * info_.fps;
  }
  const double shortBy = expected - n;
  if (shortBy > std::max(2.0, 0.02 * expected)) {
    info_.partialReason = QStringLiteral("decoding stopped at frame %1 of ~%2: data ends%3")
                              .arg(n).arg(std::lround(expected))
                              .arg(info_.partialReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(info_.partialReason));
  }
}

int VideoDecoder::indexOfTimestamp(std::int64_t ts) const {
  auto it = std::lower_bound(pts_.begin(), pts_.end(), ts);
  return (it != pts_.end() && *it == ts) ? static_cast<int>(it - pts_.begin()) : -1;
}

int VideoDecoder::keyframeFor(std::int64_t pts) const {
  auto it = std::upper_bound(keyframes_.begin(), keyframes_.end(), pts,
                             [](std::int64_t value, const Keyframe& k) { return value < k.pts; });
  return static_cast<int>(it - keyframes_.begin()) - 1;
}

void VideoDecoder::seekToKeyframe(int k) {
  ++seeks_;
  avcodec_flush_buffers(codec_);
  std::int64_t target;
  if (k >= 0) {
    target = std::min(keyframes_[k].pts, keyframes_[k].dts);
  } else {
    target = pts_.front();
    for (const Keyframe& key : keyframes_) target = std::min({target, key.pts, key.dts});
  }
  // Land on a keyframe at or before the target: demuxers index by pts or by dts, and the smaller
  // of the two is at or before the keyframe either way. Landing earlier only costs time.
  int r = avformat_seek_file(format_, streamIndex_, INT64_MIN, target, target, 0);
  if (r < 0) r = av_seek_frame(format_, streamIndex_, target, AVSEEK_FLAG_BACKWARD);
  if (r < 0 && k < 0) r = av_seek_frame(format_, streamIndex_, 0, AVSEEK_FLAG_BYTE | AVSEEK_FLAG_BACKWARD);
  if (r < 0) throw MediaError(QStringLiteral("'%1': seeking failed (%2)").arg(path_, avError(r)));
  positioned_ = true;
  inputEnded_ = false;
  haveLastOutput_ = false;
  fedKey_ = false;
}

VideoDecoder::Next VideoDecoder::nextFrame() {
  int errors = 0;
  for (;;) {
    int r = avcodec_receive_frame(codec_, frame_);
    if (r == 0) {
      ++framesDecoded_;
      lastOutputTs_ = frameTimestamp();
      haveLastOutput_ = true;
      return Next::Frame;
    }
    if (r == AVERROR_EOF || (inputEnded_ && r == AVERROR(EAGAIN))) {
      positioned_ = false;
      return Next::End;
    }
    if (r != AVERROR(EAGAIN) && ++errors > 10000) {  // a decoder that only reports errors
      positioned_ = false;
      return Next::End;
    }
    if (inputEnded_) continue;  // draining: keep receiving
    // Feed the next packet of our stream; at the end, enter draining mode.
    for (;;) {
      r = av_read_frame(format_, packet_);
      if (r < 0) {
        inputEnded_ = true;
        avcodec_send_packet(codec_, nullptr);
        break;
      }
      if (packet_->stream_index != streamIndex_) {
        av_packet_unref(packet_);
        continue;
      }
      if (packet_->flags & AV_PKT_FLAG_KEY) {
        lastFedKeyPts_ = packet_->pts != AV_NOPTS_VALUE ? packet_->pts : packet_->dts;
        fedKey_ = true;
      }
      // A damaged packet is reported and skipped; the decoder conceals what it can.
      avcodec_send_packet(codec_, packet_);
      av_packet_unref(packet_);
      break;
    }
  }
}

std::int64_t VideoDecoder::frameTimestamp() const {
  if (frame_->best_effort_timestamp != AV_NOPTS_VALUE) return frame_->best_effort_timestamp;
  if (frame_->pts != AV_NOPTS_VALUE) return frame_->pts;
  if (frame_->pkt_dts != AV_NOPTS_VALUE) return frame_->pkt_dts;
  return haveLastOutput_ ? lastOutputTs_ + 1 : 0;
}

bool VideoDecoder::isCheapNext(int index) const {
  if (!positioned_ || !haveLastOutput_ || index < 0 || index >= static_cast<int>(pts_.size())) return false;
  if (lastOutputTs_ >= pts_[index]) return false;
  const int done = static_cast<int>(std::upper_bound(pts_.begin(), pts_.end(), lastOutputTs_) - pts_.begin());
  const int k = keyframeFor(pts_[index]);
  if (k < 0) return true;
  const int keyIndex = static_cast<int>(std::lower_bound(pts_.begin(), pts_.end(), keyframes_[k].pts) - pts_.begin());
  return done + kSeekSlackFrames >= keyIndex;
}

QImage VideoDecoder::decode(int index, const DecodeHooks& hooks) {
  const std::int64_t target = pts_[index];
  int key = keyframeFor(target);
  bool mustSeek = !isCheapNext(index);
  for (;;) {
    if (mustSeek) seekToKeyframe(key);
    bool firstAfterSeek = mustSeek;
    mustSeek = false;
    for (;;) {
      if (hooks.shouldStop && hooks.shouldStop()) return {};
      if (nextFrame() == Next::End)
        throw MediaError(QStringLiteral("'%1': frame %2 could not be decoded (the stream ends before it)")
                             .arg(path_).arg(index));
      const std::int64_t ts = lastOutputTs_;
      if (ts == target) return convertFrame();
      if (ts > target) {
        if (firstAfterSeek && key >= 0) {  // the demuxer landed after the keyframe: go further back
          --key;
          mustSeek = true;
          break;
        }
        // The decoder never outputs this frame (damaged data); show the next one rather than fail.
        qWarning("media: %s: frame %d was not output by the decoder; using the next frame",
                 qPrintable(path_), index);
        return convertFrame();
      }
      firstAfterSeek = false;
      const int passed = indexOfTimestamp(ts);
      if (passed >= 0 && hooks.keep && hooks.sink && hooks.keep(passed)) hooks.sink(passed, convertFrame());
    }
  }
}

QImage VideoDecoder::convertFrame() {
  const AVCodecParameters* par = format_->streams[streamIndex_]->codecpar;
  const int outW = par->width, outH = par->height;  // every frame is delivered at the stream's size
  // One scaler per (size, pixel format, colour matrix, range); rebuilt only when these change.
  const int colorspace = frame_->colorspace;
  const int fullRange = frame_->color_range == AVCOL_RANGE_JPEG ? 1 : 0;
  const ScalerKey key{frame_->width, frame_->height, frame_->format, colorspace, fullRange};
  if (!sws_ || !(key == scalerKey_)) {
    sws_freeContext(sws_);
    sws_ = sws_getContext(frame_->width, frame_->height, static_cast<AVPixelFormat>(frame_->format), outW, outH,
                          AV_PIX_FMT_RGB24, SWS_BICUBIC, nullptr, nullptr, nullptr);
    if (!sws_)
      throw MediaError(QStringLiteral("'%1': cannot convert pixel format '%2' to RGB")
                           .arg(path_, QString::fromUtf8(av_get_pix_fmt_name(static_cast<AVPixelFormat>(frame_->format)))));
    // Honour the stream's colour matrix and range (unspecified: BT.601, as FFmpeg does).
    int* invTable = nullptr;
    int* table = nullptr;
    int srcRange = 0, dstRange = 0, brightness = 0, contrast = 0, saturation = 0;
    if (sws_getColorspaceDetails(sws_, &invTable, &srcRange, &table, &dstRange, &brightness, &contrast, &saturation) >= 0)
      sws_setColorspaceDetails(sws_, sws_getCoefficients(colorspace), fullRange || srcRange, table, dstRange,
                               brightness, contrast, saturation);
    scalerKey_ = key;
  }
  QImage image(outW, outH, QImage::Format_RGB888);
  if (image.isNull()) throw MediaError(QStringLiteral("out of memory decoding '%1'").arg(path_));
  uint8_t* dst[4] = {image.bits(), nullptr, nullptr, nullptr};
  int dstStride[4] = {static_cast<int>(image.bytesPerLine()), 0, 0, 0};
  sws_scale(sws_, frame_->data, frame_->linesize, 0, frame_->height, dst, dstStride);
  if (info_.rotationDegrees != 0) {
    image = image.transformed(QTransform().rotate(info_.rotationDegrees));
    if (image.format() != QImage::Format_RGB888) image = image.convertToFormat(QImage::Format_RGB888);
  }
  return image;
}

}  // namespace s2s::detail
