#pragma once
// Undo/redo: one QUndoCommand per kind of edit. Push them on Project::undoStack():
//     project->undoStack()->push(new s2s::SetMaskCommand(project, media, frame, obj, ann));
// Constructors check ids and throw s2s::AnnotationError on bad input (before anything is pushed).
// The state before the edit is captured on the first redo(), i.e. when pushed. Masks are RLE, so
// even a whole propagation kept in history costs little memory.
#include <optional>
#include <vector>

#include <QUndoCommand>

#include "annotation/project.h"

namespace s2s {

// Ids for QUndoCommand::id() (merging).
enum class CommandId { EditObject = 1001, EditClass, UpdateMedia, MaskGroup };

class AddMediaCommand : public QUndoCommand {
public:
    AddMediaCommand(Project* project, MediaItem item, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int mediaId() const { return item_.id; }  // valid after the first redo (push)
private:
    Project* project_;
    MediaItem item_;
};

class RemoveMediaCommand : public QUndoCommand {
public:
    RemoveMediaCommand(Project* project, int mediaId, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
private:
    Project* project_;
    int mediaId_;
    MediaSnapshot snapshot_;
};

// Any change of a media item's fields (rename, relink a moved file, metadata). Consecutive
// renames of the same item merge into one step.
class UpdateMediaCommand : public QUndoCommand {
public:
    UpdateMediaCommand(Project* project, MediaItem after, QUndoCommand* parent = nullptr);
    static UpdateMediaCommand* rename(Project* project, int mediaId, const QString& name);
    void redo() override;
    void undo() override;
    int id() const override { return static_cast<int>(CommandId::UpdateMedia); }
    bool mergeWith(const QUndoCommand* other) override;
private:
    Project* project_;
    MediaItem before_, after_;
};

class AddClassCommand : public QUndoCommand {
public:
    AddClassCommand(Project* project, ObjectClass cls, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int classId() const { return cls_.id; }  // valid after the first redo
private:
    Project* project_;
    ObjectClass cls_;
    int index_ = -1;
};

// Rename / recolour a class; consecutive edits of the same field of one class merge.
class EditClassCommand : public QUndoCommand {
public:
    EditClassCommand(Project* project, ObjectClass after, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return static_cast<int>(CommandId::EditClass); }
    bool mergeWith(const QUndoCommand* other) override;
private:
    Project* project_;
    ObjectClass before_, after_;
};

// Removes a class; undo restores it and the class of every object that used it.
class RemoveClassCommand : public QUndoCommand {
public:
    RemoveClassCommand(Project* project, int classId, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
private:
    Project* project_;
    ObjectClass cls_;
    int index_ = -1;
    std::vector<std::pair<int, int>> users_;  // (mediaId, objectId)
};

class AddObjectCommand : public QUndoCommand {
public:
    AddObjectCommand(Project* project, int mediaId, AnnotatedObject obj,
                     QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int objectId() const { return obj_.id; }  // valid after the first redo
private:
    Project* project_;
    int mediaId_;
    AnnotatedObject obj_;
};

// Any change of an object's fields (name, class, colour, hidden, attributes). Consecutive edits
// that change the same single field of the same object merge (typing a name, dragging a colour).
class EditObjectCommand : public QUndoCommand {
public:
    EditObjectCommand(Project* project, int mediaId, AnnotatedObject after,
                      QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return static_cast<int>(CommandId::EditObject); }
    bool mergeWith(const QUndoCommand* other) override;
private:
    unsigned changedFields() const;
    Project* project_;
    int mediaId_;
    AnnotatedObject before_, after_;
};

// Deletes an object everywhere (the object and its masks on all frames).
class RemoveObjectCommand : public QUndoCommand {
public:
    RemoveObjectCommand(Project* project, int mediaId, int objectId,
                        QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
private:
    Project* project_;
    int mediaId_, objectId_;
    ObjectSnapshot snapshot_;
};

// Sets (or with nullopt removes) one object's annotation on one frame: a click's result, a brush
// stroke, an eraser.
class SetMaskCommand : public QUndoCommand {
public:
    SetMaskCommand(Project* project, int mediaId, int frame, int objectId,
                   std::optional<FrameAnnotation> after, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
private:
    Project* project_;
    int mediaId_, frame_, objectId_;
    std::optional<FrameAnnotation> before_, after_;
    bool captured_ = false;
};

// Many masks at once as one undo step (one propagation run, an import).
class SetMasksCommand : public QUndoCommand {
public:
    struct Entry {
        int frame = 0;
        int objectId = -1;
        std::optional<FrameAnnotation> annotation;  // nullopt removes
    };
    SetMasksCommand(Project* project, int mediaId, std::vector<Entry> entries,
                    QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    std::size_t size() const { return after_.size(); }
    // Commands with the same non-zero group merge into one undo step when pushed one after the
    // other (a video correction and the re-tracking it starts). The merged text is the last one's.
    void setMergeGroup(quint64 group) { group_ = group; }
    quint64 mergeGroup() const { return group_; }
    int id() const override { return group_ ? static_cast<int>(CommandId::MaskGroup) : -1; }
    bool mergeWith(const QUndoCommand* other) override;
private:
    Project* project_;
    int mediaId_;
    std::vector<Entry> before_, after_;
    bool captured_ = false;
    quint64 group_ = 0;
};

// Removes an object's masks on frames [fromFrame, toFrame] (e.g. "clear from here on" before
// re-tracking). toFrame < 0 means to the last frame.
class ClearMasksCommand : public QUndoCommand {
public:
    ClearMasksCommand(Project* project, int mediaId, int objectId, int fromFrame, int toFrame = -1,
                      QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
private:
    Project* project_;
    int mediaId_, objectId_, fromFrame_, toFrame_;
    std::vector<std::pair<int, FrameAnnotation>> removed_;
};

// Review verdicts on many masks as one undo step (accept a frame, flag an object, accept a whole
// masklet). Entries without a mask are skipped. The masks themselves are untouched.
class SetReviewCommand : public QUndoCommand {
public:
    struct Entry {
        int frame = 0;
        int objectId = -1;
    };
    SetReviewCommand(Project* project, int mediaId, std::vector<Entry> entries, Review review,
                     QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    // Entries that have a mask (known after the first redo).
    std::size_t size() const { return before_.size(); }
private:
    Project* project_;
    int mediaId_;
    std::vector<Entry> entries_;
    Review review_;
    std::vector<std::pair<Entry, Review>> before_;
    bool captured_ = false;
};

} // namespace s2s
