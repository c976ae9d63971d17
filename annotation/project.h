#pragma once
// The annotation project: media items, object classes, per-media objects and per-frame masks
// (RLE only), plus the undo stack and the modified flag.
//
// Editing: views and tools push the QUndoCommands of commands.h onto undoStack(); the mutators
// below are what those commands call (they are public so that importers and tests can build a
// project directly, without history). Every mutator validates ids and sizes and throws
// s2s::AnnotationError on bad input, emits the matching change signal, and marks the project
// modified. Reading and saving: project_io.h (Project::save/load are conveniences over it).
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <QObject>
#include <QString>
#include <QStringList>

#include "annotation/errors.h"
#include "annotation/types.h"

class QUndoStack;

namespace s2s {

class Project : public QObject {
    Q_OBJECT
public:
    explicit Project(QObject* parent = nullptr);
    ~Project() override;

    // ---- file state -------------------------------------------------------------------------
    // Absolute path of the project file; empty for a project never saved.
    QString filePath() const { return filePath_; }
    void setFilePath(const QString& path);
    // True when there are changes not written by save(). Undoing back to the saved state clears it.
    bool isModified() const { return modified_; }
    void setModified(bool modified);
    // Grows by one on every change (also on undo/redo); autosave compares it to skip idle writes.
    uint64_t revision() const { return revision_; }
    QUndoStack* undoStack() const { return undoStack_; }

    // Writes the project atomically to `path` (media paths relative to it where possible), then
    // sets filePath, marks the undo stack clean and clears the modified flag. Throws AnnotationError
    // with the old file left intact on any failure (read-only place, disk full, ...).
    void save(const QString& path);
    // Reads a project file. Missing media do not fail the load: they come back with
    // MediaItem::missing set and a sentence in *warnings. Throws AnnotationError when the file is
    // unreadable, not valid JSON, malformed, or written by a newer schema version.
    static std::unique_ptr<Project> load(const QString& path, QStringList* warnings = nullptr);

    // Drops everything (media, classes, objects, masks, undo history, file path).
    void clear();

    // ---- media ------------------------------------------------------------------------------
    std::vector<MediaItem> mediaItems() const;  // in list order
    int mediaCount() const { return static_cast<int>(media_.size()); }
    const MediaItem* media(int mediaId) const;        // nullptr if unknown
    int mediaIndex(int mediaId) const;                // -1 if unknown
    // Adds at `index` (-1 = end). item.id < 0 assigns a fresh id; an id >= 0 must be unused
    // (used when undo restores an item). Returns the id.
    int addMedia(MediaItem item, int index = -1);
    // Replaces the fields of the item with the same id (kind, path, name, size, ...).
    void updateMedia(const MediaItem& item);
    // Removes the item with its objects and masks and returns them; restoreMedia puts them back.
    MediaSnapshot removeMedia(int mediaId);
    void restoreMedia(const MediaSnapshot& snapshot);

    // ---- classes ----------------------------------------------------------------------------
    const std::vector<ObjectClass>& classes() const { return classes_; }
    const ObjectClass* objectClass(int classId) const;  // nullptr if unknown
    int addClass(ObjectClass cls, int index = -1);       // id < 0 assigns a fresh id
    void updateClass(const ObjectClass& cls);
    // Removes the class; objects that used it get classId -1. Returns their (mediaId, objectId).
    std::vector<std::pair<int, int>> removeClass(int classId);

    // ---- objects (per media item) -----------------------------------------------------------
    const std::vector<AnnotatedObject>& objects(int mediaId) const;  // throws on unknown media
    const AnnotatedObject* object(int mediaId, int objectId) const;  // nullptr if unknown
    // Adds at `index` (-1 = end); obj.id < 0 takes the media's next id (ids are never reused).
    int addObject(int mediaId, AnnotatedObject obj, int index = -1);
    void updateObject(int mediaId, const AnnotatedObject& obj);
    // Deletes the object and all its masks on every frame; restoreObject undoes it.
    ObjectSnapshot removeObject(int mediaId, int objectId);
    void restoreObject(const ObjectSnapshot& snapshot);
    int nextObjectId(int mediaId) const;

    // ---- masks ------------------------------------------------------------------------------
    // nullptr when that object has no mask on that frame. Valid until the next change.
    const FrameAnnotation* annotation(int mediaId, int frame, int objectId) const;
    std::optional<Rle> mask(int mediaId, int frame, int objectId) const;
    // Sets (or with nullopt removes) the annotation. Checks the frame range, the object and that
    // the mask size equals the media size (when the media size is known).
    void setAnnotation(int mediaId, int frame, int objectId, std::optional<FrameAnnotation> ann);
    void setMask(int mediaId, int frame, int objectId, const Rle& mask,
                 MaskSource source = MaskSource::Manual);
    // Frames on which the object has a mask, ascending. (This and the two below throw
    // AnnotationError for an unknown media id; the pointer getters above return nullptr.)
    std::vector<int> framesWithMasks(int mediaId, int objectId) const;
    // Objects with a mask on that frame (objectId -> annotation); empty map if none.
    const std::map<int, FrameAnnotation>& frameAnnotations(int mediaId, int frame) const;
    // Every annotated frame of the media: frame -> (objectId -> annotation).
    const std::map<int, std::map<int, FrameAnnotation>>& allAnnotations(int mediaId) const;
    // ---- review -----------------------------------------------------------------------------
    // Sets the review of an existing mask (false when there is none) and emits reviewChanged,
    // not maskChanged: a verdict is no edit of the mask (nothing to re-track).
    bool setReview(int mediaId, int frame, int objectId, const Review& review);
    // Masks per review state of one object (objectId < 0: of every object of the media).
    ReviewCounts reviewCounts(int mediaId, int objectId = -1) const;
    // The masklet's state: NeedsFix when any mask needs a fix, Accepted when every mask is
    // accepted (and there is one), else NotReviewed.
    ReviewState maskletReview(int mediaId, int objectId) const;

    // ---- tracking confidence ----------------------------------------------------------------
    // What the tracker said of an object on a frame (types.h). Saved in the project and kept
    // with its object through removal and undo, but not an edit of its own: no undo step, and
    // the undo stack's clean state is left alone (it follows the masks it came with).
    void setTrackConfidence(int mediaId, int objectId, int frame, TrackConfidence confidence);
    std::optional<TrackConfidence> trackConfidence(int mediaId, int objectId, int frame) const;
    // frame -> confidence of one object; empty for an unknown media item or object.
    const std::map<int, TrackConfidence>& trackConfidences(int mediaId, int objectId) const;

    std::size_t maskCount() const;           // all media
    std::size_t maskMemoryBytes() const;     // RLE memory of all masks

    // Undo commands run their redo()/undo() inside a HistoryScope. A change made outside one (a
    // direct mutator call, e.g. by an importer) is not in the history, so from then on undoing can
    // no longer reach the saved state: the undo stack's clean state is reset until the next save.
    class HistoryScope {
    public:
        explicit HistoryScope(Project* project) : project_(project) { ++project_->historyDepth_; }
        ~HistoryScope() { --project_->historyDepth_; }
        HistoryScope(const HistoryScope&) = delete;
        HistoryScope& operator=(const HistoryScope&) = delete;
    private:
        Project* project_;
    };

Q_SIGNALS:
    void mediaListChanged();                      // added, removed or reordered
    void mediaChanged(int mediaId);               // fields of one item changed
    void classesChanged();
    void objectsChanged(int mediaId);             // added, removed or edited objects
    void maskChanged(int mediaId, int frame, int objectId);
    void reviewChanged(int mediaId, int frame, int objectId);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    struct MediaEntry {
        MediaItem item;
        int nextObjectId = 1;
        std::vector<AnnotatedObject> objects;
        std::map<int, std::map<int, FrameAnnotation>> frames;  // frame -> objectId -> annotation
        std::map<int, std::map<int, TrackConfidence>> confidence;  // objectId -> frame -> confidence
    };
    MediaEntry& entry(int mediaId);
    const MediaEntry& entry(int mediaId) const;
    MediaEntry* findEntry(int mediaId);
    const MediaEntry* findEntry(int mediaId) const;
    void touch();  // a change happened: revision++, modified = true
    friend class ProjectIO;

    std::vector<MediaEntry> media_;
    std::vector<ObjectClass> classes_;
    int nextMediaId_ = 1;
    int nextClassId_ = 1;
    QString filePath_;
    bool modified_ = false;
    uint64_t revision_ = 0;
    int historyDepth_ = 0;
    QUndoStack* undoStack_ = nullptr;
};

} // namespace s2s
