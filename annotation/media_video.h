#pragma once
// Video files through libavformat / libavcodec / libswscale, with frame-exact random access.
//
// Opening indexes every packet's timestamp in one pass without decoding; sorted, the N-th
// timestamp is frame N. Frame N is reached by seeking back to the keyframe whose presentation
// time is at or before it, flushing, and decoding forward until a frame's best-effort timestamp
// equals the N-th timestamp. So a seek and a decode from the start give the same pixels. The
// head and tail of the index are checked by decoding, so frames the decoder never outputs (open
// GOP leading frames, a truncated last packet) are not counted.
//
// Decoding runs on the CPU with FFmpeg's frame and slice threads. Hardware decoding (VAAPI, NVDEC)
// would slot in at openStream() (codec_->hw_device_ctx) and convertFrame() (av_hwframe_transfer_data
// before the RGB conversion); it is left for later because the frames must stay bit-exact with the
// software path that the tests pin down.
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

#include "annotation/media_decoder.h"

struct AVFormatContext;
struct AVCodecContext;
struct AVFrame;
struct AVPacket;
struct SwsContext;

namespace s2s::detail {

class VideoDecoder final : public FrameDecoder {
 public:
  // Throws MediaError when the file cannot be opened as a video.
  explicit VideoDecoder(const QString& path);
  ~VideoDecoder() override;

  const MediaInfo& info() const override { return info_; }
  QImage decode(int index, const DecodeHooks& hooks) override;
  bool isCheapNext(int index) const override;

 private:
  struct Keyframe {
    std::int64_t pts;   // presentation time (stream time base)
    std::int64_t dts;   // decode time, or pts when the container has none
  };
  enum class Next { Frame, End };

  struct ScalerKey {
    int width = 0, height = 0, format = -1, colorspace = -1, fullRange = -1;
    bool operator==(const ScalerKey&) const = default;
  };

  void release();
  void openStream();
  void buildIndex();
  void checkHead();
  bool looksComplete() const;
  void checkTail();
  void fillInfo();
  void dropTimestamps(const std::vector<std::int64_t>& missing);

  // Repositions the demuxer at keyframe `k` (-1: the very start) and resets the decoder.
  void seekToKeyframe(int k);
  // Decodes the next frame in presentation order into frame_.
  Next nextFrame();
  std::int64_t frameTimestamp() const;
  int indexOfTimestamp(std::int64_t ts) const;   // -1 when not a frame of the index
  int keyframeFor(std::int64_t pts) const;       // last keyframe with pts <= given, -1 if none
  QImage convertFrame();

  QString path_;
  MediaInfo info_;
  AVFormatContext* format_ = nullptr;
  AVCodecContext* codec_ = nullptr;
  AVFrame* frame_ = nullptr;
  AVPacket* packet_ = nullptr;
  SwsContext* sws_ = nullptr;
  ScalerKey scalerKey_;
  int streamIndex_ = -1;
  double timeBase_ = 0.0;          // seconds per tick

  std::vector<std::int64_t> pts_;   // sorted presentation timestamps: frame i is pts_[i]
  std::vector<Keyframe> keyframes_; // sorted by pts

  // Decoder position.
  bool positioned_ = false;        // a seek happened and the stream was not drained since
  bool inputEnded_ = false;        // the demuxer hit the end; the decoder is being drained
  std::int64_t lastOutputTs_ = 0;  // timestamp of the last frame out of the decoder
  bool haveLastOutput_ = false;
  std::int64_t lastFedKeyPts_ = 0; // presentation time of the last keyframe packet sent
  bool fedKey_ = false;
};

}  // namespace s2s::detail
