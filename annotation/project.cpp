#include "annotation/project.h"

#include <algorithm>
#include <string>

#include <QFileInfo>
#include <QUndoStack>

#include "annotation/project_io.h"

namespace s2s {

// ---- names of enums in project files ------------------------------------------------------------

QString mediaKindName(MediaKind kind) {
    switch (kind) {
    case MediaKind::Image: return QStringLiteral("image");
    case MediaKind::Video: return QStringLiteral("video");
    case MediaKind::FrameFolder: return QStringLiteral("frames");
    }
    return QString();
}

std::optional<MediaKind> mediaKindFromName(const QString& name) {
    if (name == QLatin1String("image")) return MediaKind::Image;
    if (name == QLatin1String("video")) return MediaKind::Video;
    if (name == QLatin1String("frames")) return MediaKind::FrameFolder;
    return std::nullopt;
}

QString maskSourceName(MaskSource source) {
    switch (source) {
    case MaskSource::Model: return QStringLiteral("model");
    case MaskSource::Propagation: return QStringLiteral("propagation");
    case MaskSource::Manual: return QStringLiteral("manual");
    case MaskSource::Imported: return QStringLiteral("imported");
    }
    return QString();
}

std::optional<MaskSource> maskSourceFromName(const QString& name) {
    if (name == QLatin1String("model")) return MaskSource::Model;
    if (name == QLatin1String("propagation")) return MaskSource::Propagation;
    if (name == QLatin1String("manual")) return MaskSource::Manual;
    if (name == QLatin1String("imported")) return MaskSource::Imported;
    return std::nullopt;
}

QString reviewStateName(ReviewState state) {
    switch (state) {
    case ReviewState::NotReviewed: return QStringLiteral("none");
    case ReviewState::Accepted: return QStringLiteral("accepted");
    case ReviewState::NeedsFix: return QStringLiteral("needs-fix");
    }
    return QString();
}

std::optional<ReviewState> reviewStateFromName(const QString& name) {
    if (name == QLatin1String("none")) return ReviewState::NotReviewed;
    if (name == QLatin1String("accepted")) return ReviewState::Accepted;
    if (name == QLatin1String("needs-fix")) return ReviewState::NeedsFix;
    return std::nullopt;
}

QString MediaItem::displayName() const {
    if (!name.isEmpty()) return name;
    return QFileInfo(path).fileName();
}

namespace {

std::string text(const QString& s) { return s.toStdString(); }

std::string mediaLabel(int mediaId) { return "media item " + std::to_string(mediaId); }

std::string objectLabel(int mediaId, int objectId) {
    return "object " + std::to_string(objectId) + " of " + mediaLabel(mediaId);
}

template <typename T>
int indexOfId(const std::vector<T>& list, int id) {
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i].id == id) return int(i);
    return -1;
}

int clampIndex(int index, std::size_t size) {
    return (index < 0 || index > int(size)) ? int(size) : index;
}

} // namespace

// ---- file state ---------------------------------------------------------------------------------

Project::Project(QObject* parent) : QObject(parent), undoStack_(new QUndoStack(this)) {
    // Undoing back to the saved state means nothing is unsaved any more.
    connect(undoStack_, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean) setModified(false);
    });
}

Project::~Project() = default;

void Project::setFilePath(const QString& path) {
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (absolute == filePath_) return;
    filePath_ = absolute;
    Q_EMIT filePathChanged(filePath_);
}

void Project::setModified(bool modified) {
    if (modified == modified_) return;
    modified_ = modified;
    Q_EMIT modifiedChanged(modified_);
}

void Project::touch() {
    ++revision_;
    if (historyDepth_ == 0) undoStack_->resetClean();
    setModified(true);
}

void Project::save(const QString& path) {
    ProjectIO::write(*this, path);
    setFilePath(path);
    undoStack_->setClean();
    setModified(false);
}

std::unique_ptr<Project> Project::load(const QString& path, QStringList* warnings) {
    return ProjectIO::read(path, warnings);
}

void Project::clear() {
    undoStack_->clear();
    media_.clear();
    classes_.clear();
    nextMediaId_ = 1;
    nextClassId_ = 1;
    ++revision_;
    setFilePath(QString());
    setModified(false);
    Q_EMIT mediaListChanged();
    Q_EMIT classesChanged();
}

// ---- media --------------------------------------------------------------------------------------

Project::MediaEntry* Project::findEntry(int mediaId) {
    for (auto& e : media_)
        if (e.item.id == mediaId) return &e;
    return nullptr;
}

const Project::MediaEntry* Project::findEntry(int mediaId) const {
    for (const auto& e : media_)
        if (e.item.id == mediaId) return &e;
    return nullptr;
}

Project::MediaEntry& Project::entry(int mediaId) {
    if (MediaEntry* e = findEntry(mediaId)) return *e;
    throw AnnotationError("The project has no " + mediaLabel(mediaId) + ".");
}

const Project::MediaEntry& Project::entry(int mediaId) const {
    if (const MediaEntry* e = findEntry(mediaId)) return *e;
    throw AnnotationError("The project has no " + mediaLabel(mediaId) + ".");
}

std::vector<MediaItem> Project::mediaItems() const {
    std::vector<MediaItem> items;
    items.reserve(media_.size());
    for (const auto& e : media_) items.push_back(e.item);
    return items;
}

const MediaItem* Project::media(int mediaId) const {
    const MediaEntry* e = findEntry(mediaId);
    return e ? &e->item : nullptr;
}

int Project::mediaIndex(int mediaId) const {
    for (std::size_t i = 0; i < media_.size(); ++i)
        if (media_[i].item.id == mediaId) return int(i);
    return -1;
}

static void checkMediaFields(const MediaItem& item) {
    if (item.width < 0 || item.height < 0)
        throw AnnotationError("Media size " + std::to_string(item.width) + "x" +
                              std::to_string(item.height) + " is negative.");
    if (item.frameCount < 1)
        throw AnnotationError("Media \"" + text(item.displayName()) + "\" must have at least one frame.");
    if (item.kind == MediaKind::Image && item.frameCount != 1)
        throw AnnotationError("Image \"" + text(item.displayName()) + "\" must have exactly one frame.");
}

int Project::addMedia(MediaItem item, int index) {
    checkMediaFields(item);
    if (item.metadata.is_null()) item.metadata = nlohmann::json::object();
    if (item.id < 0) {
        item.id = nextMediaId_;
    } else if (findEntry(item.id)) {
        throw AnnotationError("The project already has a " + mediaLabel(item.id) + ".");
    }
    nextMediaId_ = std::max(nextMediaId_, item.id + 1);
    MediaEntry e;
    e.item = std::move(item);
    const int id = e.item.id;
    media_.insert(media_.begin() + clampIndex(index, media_.size()), std::move(e));
    touch();
    Q_EMIT mediaListChanged();
    return id;
}

void Project::updateMedia(const MediaItem& item) {
    MediaEntry& e = entry(item.id);
    checkMediaFields(item);
    if (!e.frames.empty() && e.frames.rbegin()->first >= item.frameCount)
        throw AnnotationError(mediaLabel(item.id) + " has masks on frame " +
                              std::to_string(e.frames.rbegin()->first) +
                              ", beyond the new frame count " + std::to_string(item.frameCount) + ".");
    if (item.width > 0 && item.height > 0) {
        for (const auto& [frame, objs] : e.frames)
            for (const auto& [obj, ann] : objs)
                if (ann.mask.width() != item.width || ann.mask.height() != item.height)
                    throw AnnotationError(mediaLabel(item.id) + " has masks of another size than " +
                                          std::to_string(item.width) + "x" +
                                          std::to_string(item.height) + ".");
    }
    e.item = item;
    if (e.item.metadata.is_null()) e.item.metadata = nlohmann::json::object();
    touch();
    Q_EMIT mediaChanged(item.id);
}

MediaSnapshot Project::removeMedia(int mediaId) {
    const int index = mediaIndex(mediaId);
    if (index < 0) throw AnnotationError("The project has no " + mediaLabel(mediaId) + ".");
    MediaEntry e = std::move(media_[index]);
    media_.erase(media_.begin() + index);

    MediaSnapshot snap;
    snap.index = index;
    snap.item = std::move(e.item);
    snap.nextObjectId = e.nextObjectId;
    for (std::size_t i = 0; i < e.objects.size(); ++i) {
        ObjectSnapshot os;
        os.mediaId = mediaId;
        os.index = int(i);
        os.object = e.objects[i];
        for (auto& [frame, objs] : e.frames) {
            auto it = objs.find(os.object.id);
            if (it != objs.end()) os.frames.emplace_back(frame, std::move(it->second));
        }
        if (auto c = e.confidence.find(os.object.id); c != e.confidence.end()) os.confidence = std::move(c->second);
        snap.objects.push_back(std::move(os));
    }
    touch();
    Q_EMIT mediaListChanged();
    return snap;
}

void Project::restoreMedia(const MediaSnapshot& snap) {
    if (findEntry(snap.item.id))
        throw AnnotationError("The project already has a " + mediaLabel(snap.item.id) + ".");
    checkMediaFields(snap.item);
    MediaEntry e;
    e.item = snap.item;
    e.nextObjectId = snap.nextObjectId;
    for (const auto& os : snap.objects) {
        e.objects.push_back(os.object);
        e.nextObjectId = std::max(e.nextObjectId, os.object.id + 1);
        for (const auto& [frame, ann] : os.frames) e.frames[frame][os.object.id] = ann;
        if (!os.confidence.empty()) e.confidence[os.object.id] = os.confidence;
    }
    nextMediaId_ = std::max(nextMediaId_, snap.item.id + 1);
    media_.insert(media_.begin() + clampIndex(snap.index, media_.size()), std::move(e));
    touch();
    Q_EMIT mediaListChanged();
}

// ---- classes ------------------------------------------------------------------------------------

const ObjectClass* Project::objectClass(int classId) const {
    const int i = indexOfId(classes_, classId);
    return i < 0 ? nullptr : &classes_[i];
}

int Project::addClass(ObjectClass cls, int index) {
    if (cls.id < 0) {
        cls.id = nextClassId_;
    } else if (objectClass(cls.id)) {
        throw AnnotationError("The project already has a class with id " + std::to_string(cls.id) + ".");
    }
    nextClassId_ = std::max(nextClassId_, cls.id + 1);
    const int id = cls.id;
    classes_.insert(classes_.begin() + clampIndex(index, classes_.size()), std::move(cls));
    touch();
    Q_EMIT classesChanged();
    return id;
}

void Project::updateClass(const ObjectClass& cls) {
    const int i = indexOfId(classes_, cls.id);
    if (i < 0) throw AnnotationError("The project has no class with id " + std::to_string(cls.id) + ".");
    classes_[i] = cls;
    touch();
    Q_EMIT classesChanged();
}

std::vector<std::pair<int, int>> Project::removeClass(int classId) {
    const int i = indexOfId(classes_, classId);
    if (i < 0) throw AnnotationError("The project has no class with id " + std::to_string(classId) + ".");
    classes_.erase(classes_.begin() + i);
    std::vector<std::pair<int, int>> users;
    std::vector<int> touchedMedia;
    for (auto& e : media_) {
        bool any = false;
        for (auto& obj : e.objects) {
            if (obj.classId == classId) {
                obj.classId = -1;
                users.emplace_back(e.item.id, obj.id);
                any = true;
            }
        }
        if (any) touchedMedia.push_back(e.item.id);
    }
    touch();
    Q_EMIT classesChanged();
    for (int id : touchedMedia) Q_EMIT objectsChanged(id);
    return users;
}

// ---- objects ------------------------------------------------------------------------------------

const std::vector<AnnotatedObject>& Project::objects(int mediaId) const {
    return entry(mediaId).objects;
}

const AnnotatedObject* Project::object(int mediaId, int objectId) const {
    const MediaEntry* e = findEntry(mediaId);
    if (!e) return nullptr;
    const int i = indexOfId(e->objects, objectId);
    return i < 0 ? nullptr : &e->objects[i];
}

int Project::nextObjectId(int mediaId) const { return entry(mediaId).nextObjectId; }

static void checkClassRef(const Project& p, int classId) {
    if (classId != -1 && !p.objectClass(classId))
        throw AnnotationError("The project has no class with id " + std::to_string(classId) + ".");
}

int Project::addObject(int mediaId, AnnotatedObject obj, int index) {
    MediaEntry& e = entry(mediaId);
    checkClassRef(*this, obj.classId);
    if (obj.id < 0) {
        obj.id = e.nextObjectId;
    } else if (indexOfId(e.objects, obj.id) >= 0) {
        throw AnnotationError(mediaLabel(mediaId) + " already has an object with id " +
                              std::to_string(obj.id) + ".");
    }
    e.nextObjectId = std::max(e.nextObjectId, obj.id + 1);
    if (obj.attributes.is_null()) obj.attributes = nlohmann::json::object();
    const int id = obj.id;
    e.objects.insert(e.objects.begin() + clampIndex(index, e.objects.size()), std::move(obj));
    touch();
    Q_EMIT objectsChanged(mediaId);
    return id;
}

void Project::updateObject(int mediaId, const AnnotatedObject& obj) {
    MediaEntry& e = entry(mediaId);
    const int i = indexOfId(e.objects, obj.id);
    if (i < 0) throw AnnotationError("There is no " + objectLabel(mediaId, obj.id) + ".");
    checkClassRef(*this, obj.classId);
    e.objects[i] = obj;
    if (e.objects[i].attributes.is_null()) e.objects[i].attributes = nlohmann::json::object();
    touch();
    Q_EMIT objectsChanged(mediaId);
}

ObjectSnapshot Project::removeObject(int mediaId, int objectId) {
    MediaEntry& e = entry(mediaId);
    const int i = indexOfId(e.objects, objectId);
    if (i < 0) throw AnnotationError("There is no " + objectLabel(mediaId, objectId) + ".");
    ObjectSnapshot snap;
    snap.mediaId = mediaId;
    snap.index = i;
    snap.object = e.objects[i];
    e.objects.erase(e.objects.begin() + i);
    for (auto it = e.frames.begin(); it != e.frames.end();) {
        auto found = it->second.find(objectId);
        if (found != it->second.end()) {
            snap.frames.emplace_back(it->first, std::move(found->second));
            it->second.erase(found);
        }
        it = it->second.empty() ? e.frames.erase(it) : std::next(it);
    }
    if (auto c = e.confidence.find(objectId); c != e.confidence.end()) {
        snap.confidence = std::move(c->second);
        e.confidence.erase(c);
    }
    touch();
    Q_EMIT objectsChanged(mediaId);
    for (const auto& [frame, ann] : snap.frames) Q_EMIT maskChanged(mediaId, frame, objectId);
    return snap;
}

void Project::restoreObject(const ObjectSnapshot& snap) {
    MediaEntry& e = entry(snap.mediaId);
    if (indexOfId(e.objects, snap.object.id) >= 0)
        throw AnnotationError(mediaLabel(snap.mediaId) + " already has an object with id " +
                              std::to_string(snap.object.id) + ".");
    checkClassRef(*this, snap.object.classId);
    e.objects.insert(e.objects.begin() + clampIndex(snap.index, e.objects.size()), snap.object);
    e.nextObjectId = std::max(e.nextObjectId, snap.object.id + 1);
    for (const auto& [frame, ann] : snap.frames) e.frames[frame][snap.object.id] = ann;
    if (!snap.confidence.empty()) e.confidence[snap.object.id] = snap.confidence;
    touch();
    Q_EMIT objectsChanged(snap.mediaId);
    for (const auto& [frame, ann] : snap.frames) Q_EMIT maskChanged(snap.mediaId, frame, snap.object.id);
}

// ---- masks --------------------------------------------------------------------------------------

const FrameAnnotation* Project::annotation(int mediaId, int frame, int objectId) const {
    const MediaEntry* e = findEntry(mediaId);
    if (!e) return nullptr;
    auto f = e->frames.find(frame);
    if (f == e->frames.end()) return nullptr;
    auto o = f->second.find(objectId);
    return o == f->second.end() ? nullptr : &o->second;
}

std::optional<Rle> Project::mask(int mediaId, int frame, int objectId) const {
    const FrameAnnotation* a = annotation(mediaId, frame, objectId);
    if (!a) return std::nullopt;
    return a->mask;
}

void Project::setAnnotation(int mediaId, int frame, int objectId, std::optional<FrameAnnotation> ann) {
    MediaEntry& e = entry(mediaId);
    if (indexOfId(e.objects, objectId) < 0)
        throw AnnotationError("There is no " + objectLabel(mediaId, objectId) + ".");
    if (frame < 0 || frame >= e.item.frameCount)
        throw AnnotationError("Frame " + std::to_string(frame) + " is outside " + mediaLabel(mediaId) +
                              " (" + std::to_string(e.item.frameCount) + " frames).");
    if (!ann) {
        auto f = e.frames.find(frame);
        if (f == e.frames.end() || f->second.erase(objectId) == 0) return;  // nothing to remove
        if (f->second.empty()) e.frames.erase(f);
    } else {
        const Rle& m = ann->mask;
        if (e.item.width > 0 && e.item.height > 0 &&
            (m.width() != e.item.width || m.height() != e.item.height))
            throw AnnotationError("The mask of " + objectLabel(mediaId, objectId) + " on frame " +
                                  std::to_string(frame) + " is " + std::to_string(m.width()) + "x" +
                                  std::to_string(m.height()) + " but the media is " +
                                  std::to_string(e.item.width) + "x" +
                                  std::to_string(e.item.height) + ".");
        FrameAnnotation& slot = e.frames[frame][objectId];
        // A changed mask needs a new review. Callers that edit a mask start from the old
        // annotation, so its review comes along unchanged: that is what is dropped here. Undo
        // puts back an annotation whose review differs from the current one, and keeps it.
        const bool carriedOver = ann->review.state != ReviewState::NotReviewed && ann->review == slot.review &&
                                 !(ann->mask == slot.mask);
        slot = std::move(*ann);
        if (carriedOver)
            slot.review = Review();
    }
    touch();
    Q_EMIT maskChanged(mediaId, frame, objectId);
}

void Project::setTrackConfidence(int mediaId, int objectId, int frame, TrackConfidence confidence) {
    MediaEntry& e = entry(mediaId);
    if (indexOfId(e.objects, objectId) < 0)
        throw AnnotationError("There is no " + objectLabel(mediaId, objectId) + ".");
    if (frame < 0 || frame >= e.item.frameCount)
        throw AnnotationError("Frame " + std::to_string(frame) + " is outside " + mediaLabel(mediaId) + ".");
    auto& frames = e.confidence[objectId];
    if (const auto it = frames.find(frame); it != frames.end() && it->second == confidence)
        return;
    frames[frame] = confidence;
    ++revision_;
    setModified(true);
}

std::optional<TrackConfidence> Project::trackConfidence(int mediaId, int objectId, int frame) const {
    const std::map<int, TrackConfidence>& frames = trackConfidences(mediaId, objectId);
    const auto it = frames.find(frame);
    return it == frames.end() ? std::nullopt : std::optional(it->second);
}

const std::map<int, TrackConfidence>& Project::trackConfidences(int mediaId, int objectId) const {
    static const std::map<int, TrackConfidence> kNone;
    const MediaEntry* e = findEntry(mediaId);
    if (e == nullptr)
        return kNone;
    const auto it = e->confidence.find(objectId);
    return it == e->confidence.end() ? kNone : it->second;
}

bool Project::setReview(int mediaId, int frame, int objectId, const Review& review) {
    MediaEntry& e = entry(mediaId);
    auto f = e.frames.find(frame);
    if (f == e.frames.end())
        return false;
    auto o = f->second.find(objectId);
    if (o == f->second.end())
        return false;
    if (o->second.review == review)
        return true;
    o->second.review = review;
    touch();
    Q_EMIT reviewChanged(mediaId, frame, objectId);
    return true;
}

ReviewCounts Project::reviewCounts(int mediaId, int objectId) const {
    ReviewCounts counts;
    for (const auto& [frame, objects] : entry(mediaId).frames) {
        for (const auto& [id, ann] : objects) {
            if (objectId >= 0 && id != objectId)
                continue;
            switch (ann.review.state) {
            case ReviewState::NotReviewed: ++counts.notReviewed; break;
            case ReviewState::Accepted: ++counts.accepted; break;
            case ReviewState::NeedsFix: ++counts.needsFix; break;
            }
        }
    }
    return counts;
}

ReviewState Project::maskletReview(int mediaId, int objectId) const {
    return reviewCounts(mediaId, objectId).masklet();
}

void Project::setMask(int mediaId, int frame, int objectId, const Rle& mask, MaskSource source) {
    FrameAnnotation ann;
    ann.mask = mask;
    ann.source = source;
    setAnnotation(mediaId, frame, objectId, std::move(ann));
}

std::vector<int> Project::framesWithMasks(int mediaId, int objectId) const {
    std::vector<int> frames;
    for (const auto& [frame, objs] : entry(mediaId).frames)
        if (objs.count(objectId)) frames.push_back(frame);
    return frames;
}

const std::map<int, FrameAnnotation>& Project::frameAnnotations(int mediaId, int frame) const {
    static const std::map<int, FrameAnnotation> kNone;
    const MediaEntry& e = entry(mediaId);
    auto f = e.frames.find(frame);
    return f == e.frames.end() ? kNone : f->second;
}

const std::map<int, std::map<int, FrameAnnotation>>& Project::allAnnotations(int mediaId) const {
    return entry(mediaId).frames;
}

std::size_t Project::maskCount() const {
    std::size_t n = 0;
    for (const auto& e : media_)
        for (const auto& [frame, objs] : e.frames) n += objs.size();
    return n;
}

std::size_t Project::maskMemoryBytes() const {
    std::size_t n = 0;
    for (const auto& e : media_)
        for (const auto& [frame, objs] : e.frames)
            for (const auto& [obj, ann] : objs) n += ann.mask.memoryBytes();
    return n;
}

} // namespace s2s
