#pragma once
// Plain data of a project: media items, classes, objects and per-frame annotations.
// The QObject that owns and edits them is s2s::Project (project.h).
#include <map>
#include <optional>
#include <vector>

#include <QColor>
#include <QString>
#include <nlohmann/json.hpp>

#include "annotation/rle.h"

namespace s2s {

enum class MediaKind { Image, Video, FrameFolder };

// Stable names used in project files ("image", "video", "frames").
QString mediaKindName(MediaKind kind);
std::optional<MediaKind> mediaKindFromName(const QString& name);

struct MediaItem {
    int id = -1;                  // unique in the project, never reused; -1 = not yet added
    MediaKind kind = MediaKind::Image;
    QString path;                 // absolute at run time (file, or folder for FrameFolder)
    QString name;                 // display name; empty = file name of path
    int width = 0;                // pixels; 0 = not known yet
    int height = 0;
    int frameCount = 1;           // 1 for images
    double fps = 0.0;             // 0 for images and unknown rates
    nlohmann::json metadata = nlohmann::json::object();  // free: codec, frame file names, EXIF...
                                                         // (null is stored as an empty object)
    bool missing = false;         // set by load: file not found at `path` (the expected place)

    QString displayName() const;
    bool operator==(const MediaItem&) const = default;
};

struct ObjectClass {
    int id = -1;                  // unique in the project, never reused
    QString name;
    QColor color;
    bool operator==(const ObjectClass&) const = default;
};

// One object tracked in one media item (a video's object persists over its frames).
struct AnnotatedObject {
    int id = -1;                  // stable; never reused within its media item (SA-V obj id)
    int classId = -1;             // -1 = no class
    QString name;
    QColor color;
    nlohmann::json attributes = nlohmann::json::object();  // free key/value attributes
    bool hidden = false;
    bool operator==(const AnnotatedObject&) const = default;
};

// Where a mask came from.
enum class MaskSource { Model, Propagation, Manual, Imported };
QString maskSourceName(MaskSource source);  // "model", "propagation", "manual", "imported"
std::optional<MaskSource> maskSourceFromName(const QString& name);

// Prompt coordinates are in image pixels (x right, y down), as given to SAM 2.
struct PointPrompt {
    double x = 0.0;
    double y = 0.0;
    bool positive = true;
    bool operator==(const PointPrompt&) const = default;
};

struct BoxPrompt {
    double x0 = 0.0, y0 = 0.0, x1 = 0.0, y1 = 0.0;
    bool operator==(const BoxPrompt&) const = default;
};

// A person's verdict on one mask (review mode): what, who and when. A mask that changes is not
// reviewed any more (Project::setAnnotation); the masklet's state follows from its masks'
// (Project::maskletReview).
enum class ReviewState { NotReviewed, Accepted, NeedsFix };
QString reviewStateName(ReviewState state);  // "none", "accepted", "needs-fix"
std::optional<ReviewState> reviewStateFromName(const QString& name);
struct Review {
    ReviewState state = ReviewState::NotReviewed;
    QString by;  // the reviewer (the settings' name, else the system user)
    QString at;  // when, ISO 8601 UTC
    bool operator==(const Review&) const = default;
};

struct ReviewCounts {
    int notReviewed = 0, accepted = 0, needsFix = 0;
    int total() const { return notReviewed + accepted + needsFix; }
    // The masklet's state these masks give: NeedsFix when any needs a fix, Accepted when every
    // one is accepted (and there is one), else NotReviewed.
    ReviewState masklet() const {
        if (needsFix > 0) return ReviewState::NeedsFix;
        return accepted > 0 && notReviewed == 0 ? ReviewState::Accepted : ReviewState::NotReviewed;
    }
    bool operator==(const ReviewCounts&) const = default;
};

// The mask of one object on one frame, with how it was obtained and its review.
struct FrameAnnotation {
    Rle mask;
    MaskSource source = MaskSource::Manual;
    std::vector<PointPrompt> points;   // prompts the person gave on this frame (may be empty)
    std::optional<BoxPrompt> box;
    std::optional<float> score;        // model confidence (predicted IoU / object score)
    Review review;
    bool operator==(const FrameAnnotation&) const = default;
};

// What SAM 2's tracker said of an object on a frame: the presence logit (<= 0: absent or
// occluded, so the frame has no mask) and the predicted IoU. Kept with or without a mask, so the
// timeline's confidence strip and "tracked as absent" survive a save.
struct TrackConfidence {
    float presence = 0.f;
    float iou = 0.f;
    bool operator==(const TrackConfidence&) const = default;
};

// An object with everything attached to it, as removed from a project (for undo).
struct ObjectSnapshot {
    int mediaId = -1;
    int index = -1;                                   // position in the media's object list
    AnnotatedObject object;
    std::vector<std::pair<int, FrameAnnotation>> frames;  // (frame, annotation), frame order
    std::map<int, TrackConfidence> confidence;        // frame -> what the tracker said
};

// A media item with its objects and masks, as removed from a project (for undo).
struct MediaSnapshot {
    int index = -1;                                   // position in the media list
    MediaItem item;
    int nextObjectId = 0;
    std::vector<ObjectSnapshot> objects;              // in list order
};

} // namespace s2s
