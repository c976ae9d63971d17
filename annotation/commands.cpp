#include "annotation/commands.h"

#include <QCoreApplication>

namespace s2s {

// The undo commands are no QObjects, so their texts share one translation context,
// "s2s::Commands". Calls are written `Commands::tr(...)`: lupdate files them under the context
// that Q_DECLARE_TR_FUNCTIONS names, which is the one looked up at run time (a bare tr() helper
// would be filed under each command class by lupdate and never found).
class Commands {
    Q_DECLARE_TR_FUNCTIONS(s2s::Commands)
};

namespace {

void requireMedia(const Project* p, int mediaId) {
    if (!p->media(mediaId)) throw AnnotationError("The project has no media item " + std::to_string(mediaId) + ".");
}

void requireObject(const Project* p, int mediaId, int objectId) {
    requireMedia(p, mediaId);
    if (!p->object(mediaId, objectId))
        throw AnnotationError("Media item " + std::to_string(mediaId) + " has no object " +
                              std::to_string(objectId) + ".");
}

enum ObjectField : unsigned { Name = 1, Class = 2, Color = 4, Hidden = 8, Attributes = 16 };

bool singleField(unsigned fields) { return fields != 0 && (fields & (fields - 1)) == 0; }

} // namespace

// ---- media --------------------------------------------------------------------------------------

AddMediaCommand::AddMediaCommand(Project* project, MediaItem item, QUndoCommand* parent)
    : QUndoCommand(parent), project_(project), item_(std::move(item)) {
    setText(Commands::tr("Add %1").arg(item_.displayName()));
}

void AddMediaCommand::redo() {
    const Project::HistoryScope scope(project_);
    // The first redo assigns the id; later redos restore the item under the same id.
    item_.id = project_->addMedia(item_);
}

void AddMediaCommand::undo() {
    const Project::HistoryScope scope(project_);
    project_->removeMedia(item_.id);
}

RemoveMediaCommand::RemoveMediaCommand(Project* project, int mediaId, QUndoCommand* parent)
    : QUndoCommand(parent), project_(project), mediaId_(mediaId) {
    requireMedia(project, mediaId);
    setText(Commands::tr("Remove %1").arg(project->media(mediaId)->displayName()));
}

void RemoveMediaCommand::redo() {
    const Project::HistoryScope scope(project_);
    snapshot_ = project_->removeMedia(mediaId_);
}

void RemoveMediaCommand::undo() {
    const Project::HistoryScope scope(project_);
    project_->restoreMedia(snapshot_);
    snapshot_ = MediaSnapshot();  // the project owns the masks again
}

UpdateMediaCommand::UpdateMediaCommand(Project* project, MediaItem after, QUndoCommand* parent)
    : QUndoCommand(parent), project_(project), after_(std::move(after)) {
    requireMedia(project, after_.id);
    before_ = *project->media(after_.id);
    setText(before_.displayName() != after_.displayName()
                ? Commands::tr("Rename %1 to %2").arg(before_.displayName(), after_.displayName())
                : Commands::tr("Change %1").arg(after_.displayName()));
    setObsolete(before_ == after_);
}

UpdateMediaCommand* UpdateMediaCommand::rename(Project* project, int mediaId, const QString& name) {
    requireMedia(project, mediaId);
    MediaItem item = *project->media(mediaId);
    item.name = name;
    return new UpdateMediaCommand(project, std::move(item));
}

void UpdateMediaCommand::redo() {
    const Project::HistoryScope scope(project_);
    project_->updateMedia(after_);
}
void UpdateMediaCommand::undo() {
    const Project::HistoryScope scope(project_);
    project_->updateMedia(before_);
}

bool UpdateMediaCommand::mergeWith(const QUndoCommand* other) {
    const auto* o = static_cast<const UpdateMediaCommand*>(other);
    if (o->after_.id != after_.id) return false;
    // Only consecutive renames merge (typing a name); other changes stay separate steps.
    MediaItem a = after_, b = o->after_;
    a.name = b.name;
    if (!(a == b) || after_.name == before_.name) return false;
    after_ = o->after_;
    setText(o->text());
    return true;
}

// ---- classes ------------------------------------------------------------------------------------

AddClassCommand::AddClassCommand(Project* project, ObjectClass cls, QUndoCommand* parent)
    : QUndoCommand(parent), project_(project), cls_(std::move(cls)) {
    setText(Commands::tr("Add class %1").arg(cls_.name));
}

void AddClassCommand::redo() {
    const Project::HistoryScope scope(project_);
    cls_.id = project_->addClass(cls_, index_);
}

void AddClassCommand::undo() {
    const Project::HistoryScope scope(project_);
    for (std::size_t i = 0; i < project_->classes().size(); ++i)
        if (project_->classes()[i].id == cls_.id) index_ = int(i);
    project_->removeClass(cls_.id);
}

EditClassCommand::EditClassCommand(Project* project, ObjectClass after, QUndoCommand* parent)
    : QUndoCommand(parent), project_(project), after_(std::move(after)) {
    const ObjectClass* cls = project->objectClass(after_.id);
    if (!cls) throw AnnotationError("The project has no class with id " + std::to_string(after_.id) + ".");
    before_ = *cls;
    setText(Commands::tr("Edit class %1").arg(after_.name));
    setObsolete(before_ == after_);
}

void EditClassCommand::redo() {
    const Project::HistoryScope scope(project_);
    project_->updateClass(after_);
}
void EditClassCommand::undo() {
    const Project::HistoryScope scope(project_);
    project_->updateClass(before_);
}

bool EditClassCommand::mergeWith(const QUndoCommand* other) {
    const auto* o = static_cast<const EditClassCommand*>(other);
    if (o->after_.id != after_.id) return false;
    const bool sameField = (before_.name != after_.name && o->before_.color == o->after_.color &&
                            before_.color == after_.color) ||
                           (before_.color != after_.color && o->before_.name == o->after_.name &&
                            before_.name == after_.name);
    if (!sameField) return false;
    after_ = o->after_;
    return true;
}

RemoveClassCommand::RemoveClassCommand(Project* project, int classId, QUndoCommand* parent)
    : QUndoCommand(parent), project_(project) {
    const ObjectClass* cls = project->objectClass(classId);
    if (!cls) throw AnnotationError("The project has no class with id " + std::to_string(classId) + ".");
    cls_ = *cls;
    setText(Commands::tr("Remove class %1").arg(cls_.name));
}

void RemoveClassCommand::redo() {
    const Project::HistoryScope scope(project_);
    for (std::size_t i = 0; i < project_->classes().size(); ++i)
        if (project_->classes()[i].id == cls_.id) index_ = int(i);
    users_ = project_->removeClass(cls_.id);
}

void RemoveClassCommand::undo() {
    const Project::HistoryScope scope(project_);
    project_->addClass(cls_, index_);
    for (const auto& [mediaId, objectId] : users_) {
        AnnotatedObject obj = *project_->object(mediaId, objectId);
        obj.classId = cls_.id;
        project_->updateObject(mediaId, obj);
    }
}

// ---- objects ------------------------------------------------------------------------------------

AddObjectCommand::AddObjectCommand(Project* project, int mediaId, AnnotatedObject obj, QUndoCommand* parent)
    : QUndoCommand(parent), project_(project), mediaId_(mediaId), obj_(std::move(obj)) {
    requireMedia(project, mediaId);
    setText(obj_.name.isEmpty() ? Commands::tr("Add object") : Commands::tr("Add object %1").arg(obj_.name));
}

void AddObjectCommand::redo() {
    const Project::HistoryScope scope(project_);
    obj_.id = project_->addObject(mediaId_, obj_);
}
void AddObjectCommand::undo() {
    const Project::HistoryScope scope(project_);
    project_->removeObject(mediaId_, obj_.id);
}

EditObjectCommand::EditObjectCommand(Project* project, int mediaId, AnnotatedObject after, QUndoCommand* parent)
    : QUndoCommand(parent), project_(project), mediaId_(mediaId), after_(std::move(after)) {
    requireObject(project, mediaId, after_.id);
    before_ = *project->object(mediaId, after_.id);
    const unsigned f = changedFields();
    const QString who = after_.name.isEmpty() ? QString::number(after_.id) : after_.name;
    if (f == Name) setText(Commands::tr("Rename object to %1").arg(after_.name));
    else if (f == Class) setText(Commands::tr("Change class of %1").arg(who));
    else if (f == Color) setText(Commands::tr("Change colour of %1").arg(who));
    else if (f == Hidden) setText(after_.hidden ? Commands::tr("Hide %1").arg(who) : Commands::tr("Show %1").arg(who));
    else if (f == Attributes) setText(Commands::tr("Edit attributes of %1").arg(who));
    else setText(Commands::tr("Edit %1").arg(who));
    setObsolete(f == 0);  // nothing changes: the stack drops it instead of keeping an empty step
}

unsigned EditObjectCommand::changedFields() const {
    unsigned f = 0;
    if (before_.name != after_.name) f |= Name;
    if (before_.classId != after_.classId) f |= Class;
    if (before_.color != after_.color) f |= Color;
    if (before_.hidden != after_.hidden) f |= Hidden;
    if (before_.attributes != after_.attributes) f |= Attributes;
    return f;
}

void EditObjectCommand::redo() {
    const Project::HistoryScope scope(project_);
    project_->updateObject(mediaId_, after_);
}
void EditObjectCommand::undo() {
    const Project::HistoryScope scope(project_);
    project_->updateObject(mediaId_, before_);
}

bool EditObjectCommand::mergeWith(const QUndoCommand* other) {
    const auto* o = static_cast<const EditObjectCommand*>(other);
    if (o->mediaId_ != mediaId_ || o->after_.id != after_.id) return false;
    const unsigned mine = changedFields(), theirs = o->changedFields();
    // Typing a name or dragging a colour: one step. Hide/show toggles stay separate steps.
    if (mine != theirs || !singleField(mine) || mine == Hidden) return false;
    after_ = o->after_;
    setText(o->text());
    return true;
}

RemoveObjectCommand::RemoveObjectCommand(Project* project, int mediaId, int objectId, QUndoCommand* parent)
    : QUndoCommand(parent), project_(project), mediaId_(mediaId), objectId_(objectId) {
    requireObject(project, mediaId, objectId);
    const QString name = project->object(mediaId, objectId)->name;
    setText(Commands::tr("Delete object %1").arg(name.isEmpty() ? QString::number(objectId) : name));
}

void RemoveObjectCommand::redo() {
    const Project::HistoryScope scope(project_);
    snapshot_ = project_->removeObject(mediaId_, objectId_);
}

void RemoveObjectCommand::undo() {
    const Project::HistoryScope scope(project_);
    project_->restoreObject(snapshot_);
    snapshot_ = ObjectSnapshot();
}

// ---- masks --------------------------------------------------------------------------------------

SetMaskCommand::SetMaskCommand(Project* project, int mediaId, int frame, int objectId,
                               std::optional<FrameAnnotation> after, QUndoCommand* parent)
    : QUndoCommand(parent), project_(project), mediaId_(mediaId), frame_(frame), objectId_(objectId),
      after_(std::move(after)) {
    requireObject(project, mediaId, objectId);
    setText(after_ ? Commands::tr("Set mask on frame %1").arg(frame + 1) : Commands::tr("Erase mask on frame %1").arg(frame + 1));
}

void SetMaskCommand::redo() {
    const Project::HistoryScope scope(project_);
    if (!captured_) {
        if (const FrameAnnotation* a = project_->annotation(mediaId_, frame_, objectId_)) before_ = *a;
        captured_ = true;
    }
    project_->setAnnotation(mediaId_, frame_, objectId_, after_);
}

void SetMaskCommand::undo() {
    const Project::HistoryScope scope(project_);
    project_->setAnnotation(mediaId_, frame_, objectId_, before_);
}

SetMasksCommand::SetMasksCommand(Project* project, int mediaId, std::vector<Entry> entries, QUndoCommand* parent)
    : QUndoCommand(parent), project_(project), mediaId_(mediaId), after_(std::move(entries)) {
    requireMedia(project, mediaId);
    for (const auto& e : after_) requireObject(project, mediaId, e.objectId);
    setText(Commands::tr("Set %n mask(s)", nullptr, int(after_.size())));
}

void SetMasksCommand::redo() {
    const Project::HistoryScope scope(project_);
    if (!captured_) {
        before_.reserve(after_.size());
        for (const auto& e : after_) {
            Entry b{e.frame, e.objectId, std::nullopt};
            if (const FrameAnnotation* a = project_->annotation(mediaId_, e.frame, e.objectId)) b.annotation = *a;
            before_.push_back(std::move(b));
        }
        captured_ = true;
    }
    for (const auto& e : after_) project_->setAnnotation(mediaId_, e.frame, e.objectId, e.annotation);
}

void SetMasksCommand::undo() {
    const Project::HistoryScope scope(project_);
    // Reverse order, so an entry listed twice ends at its first "before".
    for (auto it = before_.rbegin(); it != before_.rend(); ++it)
        project_->setAnnotation(mediaId_, it->frame, it->objectId, it->annotation);
}

bool SetMasksCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const SetMasksCommand*>(other);
    if (!next || group_ == 0 || next->group_ != group_ || next->mediaId_ != mediaId_ || next->project_ != project_)
        return false;
    // Redo applies `after_` in order (the later entry wins); undo walks `before_` backwards (the
    // first "before" of an entry wins): appending keeps both right.
    after_.insert(after_.end(), next->after_.begin(), next->after_.end());
    before_.insert(before_.end(), next->before_.begin(), next->before_.end());
    setText(next->text());
    return true;
}

ClearMasksCommand::ClearMasksCommand(Project* project, int mediaId, int objectId, int fromFrame, int toFrame,
                                     QUndoCommand* parent)
    : QUndoCommand(parent), project_(project), mediaId_(mediaId), objectId_(objectId), fromFrame_(fromFrame),
      toFrame_(toFrame) {
    requireObject(project, mediaId, objectId);
    setText(toFrame < 0 ? Commands::tr("Clear masks from frame %1 on").arg(fromFrame + 1)
                        : Commands::tr("Clear masks of frames %1-%2").arg(fromFrame + 1).arg(toFrame + 1));
}

void ClearMasksCommand::redo() {
    const Project::HistoryScope scope(project_);
    removed_.clear();
    for (int frame : project_->framesWithMasks(mediaId_, objectId_)) {
        if (frame < fromFrame_ || (toFrame_ >= 0 && frame > toFrame_)) continue;
        removed_.emplace_back(frame, *project_->annotation(mediaId_, frame, objectId_));
        project_->setAnnotation(mediaId_, frame, objectId_, std::nullopt);
    }
}

void ClearMasksCommand::undo() {
    const Project::HistoryScope scope(project_);
    for (const auto& [frame, ann] : removed_) project_->setAnnotation(mediaId_, frame, objectId_, ann);
    removed_.clear();
}

SetReviewCommand::SetReviewCommand(Project* project, int mediaId, std::vector<Entry> entries, Review review,
                                   QUndoCommand* parent)
    : QUndoCommand(parent), project_(project), mediaId_(mediaId), entries_(std::move(entries)),
      review_(std::move(review)) {
    requireMedia(project, mediaId);
    for (const auto& e : entries_) requireObject(project, mediaId, e.objectId);
    const int n = static_cast<int>(entries_.size());
    switch (review_.state) {
    case ReviewState::Accepted: setText(Commands::tr("Accept %n mask(s)", nullptr, n)); break;
    case ReviewState::NeedsFix: setText(Commands::tr("Flag %n mask(s) for a fix", nullptr, n)); break;
    case ReviewState::NotReviewed: setText(Commands::tr("Clear the review of %n mask(s)", nullptr, n)); break;
    }
}

void SetReviewCommand::redo() {
    const Project::HistoryScope scope(project_);
    if (!captured_) {
        for (const Entry& e : entries_)
            if (const FrameAnnotation* a = project_->annotation(mediaId_, e.frame, e.objectId))
                before_.push_back({e, a->review});
        captured_ = true;
    }
    for (const auto& [e, old] : before_) project_->setReview(mediaId_, e.frame, e.objectId, review_);
}

void SetReviewCommand::undo() {
    const Project::HistoryScope scope(project_);
    for (auto it = before_.rbegin(); it != before_.rend(); ++it)
        project_->setReview(mediaId_, it->first.frame, it->first.objectId, it->second);
}

} // namespace s2s
