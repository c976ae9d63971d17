#include "ui/annotator.h"

#include <QFileInfo>
#include <QPainter>
#include <QUndoStack>

#include "annotation/commands.h"
#include "annotation/worker/inference_client.h"
#include "annotation/worker/video_editor.h"
#include "ui/canvas_view.h"
#include "ui/media_probe.h"

namespace s2s::ui {

QColor objectColor(int n) {
    const double hue = std::fmod(0.08 + n * 0.618033988749895, 1.0);
    return QColor::fromHsvF(static_cast<float>(hue), 0.75f, 0.95f);
}

Annotator::Annotator(CanvasView* canvas, InferenceClient* inference, QObject* parent)
    : QObject(parent), canvas_(canvas), inference_(inference), frames_(new FramePipeline(this)) {
    connect(frames_, &FramePipeline::frameReady, this, &Annotator::onFrameReady);
    connect(frames_, &FramePipeline::frameFailed, this, [this](int mediaId, const QString& path, int, const QString& error) {
        const MediaItem* item = project_ ? project_->media(mediaId) : nullptr;
        if (item != nullptr && item->path == path)
            Q_EMIT message(tr("Cannot show %1: %2").arg(item->displayName(), error));
    });
    connect(canvas, &CanvasView::pointClicked, this, &Annotator::onPointClicked);
    connect(canvas, &CanvasView::boxDrawn, this, &Annotator::onBoxDrawn);
    connect(canvas, &CanvasView::hoverMoved, this, &Annotator::onHoverMoved);
    connect(canvas, &CanvasView::hoverLeft, this, &Annotator::onHoverLeft);
    connect(canvas, &CanvasView::strokeFinished, this, &Annotator::onStrokeFinished);
    connect(canvas, &CanvasView::polygonFinished, this, &Annotator::onPolygonFinished);
    connect(canvas, &CanvasView::polygonEditChanged, this, [this] {
        showVertexPreview();
        Q_EMIT vertexEditChanged();
    });
    connect(canvas, &CanvasView::polygonEditApply, this, &Annotator::applyVertexEdit);
    connect(canvas, &CanvasView::polygonEditCancel, this, &Annotator::cancelVertexEdit);
    connect(inference, &InferenceClient::segmented, this, &Annotator::onSegmented);
    connect(inference, &InferenceClient::segmentFailed, this, &Annotator::onSegmentFailed);
    connect(inference, &InferenceClient::embeddingReady, this, &Annotator::onEmbeddingReady);
    connect(inference, &InferenceClient::modelLoaded, this, [this] {
        encoded_.clear();
        logits_.clear();
        if (mediaId_ >= 0)
            inference_->encode(currentFrameRef());
        prefetchNext();
    });
}

Annotator::~Annotator() = default;

void Annotator::setProject(Project* project) {
    if (project_)
        disconnect(project_, nullptr, this, nullptr);
    project_ = project;
    inflight_.clear();
    pendingPrompts_.clear();
    logits_.clear();
    candidateKey_.reset();
    pendingNewObject_ = -1;
    clearView();
    if (project_) {
        connect(project_, &Project::maskChanged, this, &Annotator::onMaskChanged);
        connect(project_, &Project::objectsChanged, this, &Annotator::onObjectsChanged);
        connect(project_, &Project::mediaListChanged, this, &Annotator::onMediaListChanged);
        connect(project_, &Project::mediaChanged, this, [this](int id) {
            if (id == mediaId_)
                refreshOverlays();
        });
    }
}

FrameRef Annotator::currentFrameRef() const {
    FrameRef ref;
    ref.mediaId = mediaId_;
    ref.mediaPath = mediaPath_;
    ref.frame = frame_;
    return ref;
}

void Annotator::clearView() {
    mediaId_ = -1;
    frame_ = 0;
    mediaPath_.clear();
    image_ = QImage();
    selected_ = -1;
    frames_->forget();  // a frame still decoding is not shown any more
    if (canvas_) {
        canvas_->setImage(QImage());
        canvas_->clearObjectMasks();
        canvas_->setPrompts({}, std::nullopt);
    }
}

bool Annotator::showFrame(int mediaId, int frame) {
    if (!project_ || !canvas_)
        return false;
    const MediaItem* item = project_->media(mediaId);
    if (item == nullptr)
        return false;
    if (item->kind != MediaKind::Image) {
        const auto& wish = frames_->wanted();
        if (wish && wish->mediaId == mediaId && wish->frame == frame && wish->path == item->path)
            return true;  // already on its way
        if (!wish && mediaId == mediaId_ && frame == frame_ && item->path == mediaPath_ && !image_.isNull()) {
            display(mediaId, item->path, frame, image_);  // shown already: redraw without decoding
            return true;
        }
        frames_->want(mediaId, item->path, frame);
        return true;
    }
    QString error;
    const QImage image = frames_->stillImage(item->path, &error);
    if (image.isNull()) {
        Q_EMIT message(tr("Cannot show %1: %2").arg(item->displayName(), error));
        return false;
    }
    display(mediaId, item->path, frame, image);
    return true;
}

void Annotator::onFrameReady(int mediaId, const QString& path, int frame, const QImage& image) {
    const MediaItem* item = project_ ? project_->media(mediaId) : nullptr;
    if (item == nullptr || item->path != path || !canvas_)
        return;  // removed or replaced while decoding
    display(mediaId, path, frame, image);
}

void Annotator::setReadAhead(int direction, int fromFrame) {
    if (!project_)
        return;
    const MediaItem* item = project_->media(requestedMediaId());
    if (item == nullptr || item->kind == MediaKind::Image)
        return;
    frames_->setReadAhead(item->path, direction, fromFrame);
}

void Annotator::display(int mediaId, const QString& path, int frame, const QImage& image) {
    const bool otherMedia = mediaId != mediaId_;
    mediaId_ = mediaId;
    frame_ = frame;
    mediaPath_ = path;
    image_ = image;
    canvas_->setImage(image);
    canvas_->clearObjectMasks();
    if (otherMedia) {
        selected_ = -1;
        Q_EMIT selectedObjectChanged(-1);
    }
    previewWaiting_.reset();
    refreshOverlays();
    if (inference_->isModelLoaded())
        inference_->encode(currentFrameRef());
    prefetchNext();
    if (tool() == Tool::Vertices)
        restartVertexEdit();
    Q_EMIT frameShown(mediaId_, frame_);
}

void Annotator::prefetchNext() {
    if (!project_ || mediaId_ < 0)
        return;
    std::vector<FrameRef> next;
    const std::vector<MediaItem> items = project_->mediaItems();
    const int index = project_->mediaIndex(mediaId_);
    for (int i = index + 1; i < static_cast<int>(items.size()) &&
                            static_cast<int>(next.size()) < prefetchCount_; ++i) {
        if (items[i].missing || items[i].kind != MediaKind::Image)
            continue;
        FrameRef ref;
        ref.mediaId = items[i].id;
        ref.mediaPath = items[i].path;
        next.push_back(ref);
    }
    if (!next.empty())
        frames_->decodeAhead(next.front().mediaPath);
    if (inference_->isModelLoaded())
        inference_->prefetch(next);
}

void Annotator::selectObject(int objectId) {
    if (project_ && objectId >= 0 && mediaId_ >= 0 && project_->object(mediaId_, objectId) == nullptr)
        objectId = -1;
    if (selected_ == objectId)
        return;
    selected_ = objectId;
    candidateKey_.reset();
    refreshOverlays();
    if (tool() == Tool::Vertices)
        restartVertexEdit();
    Q_EMIT selectedObjectChanged(selected_);
}

void Annotator::selectAdjacentObject(int step) {
    if (project_ == nullptr || mediaId_ < 0)
        return;
    const std::vector<AnnotatedObject>& objects = project_->objects(mediaId_);
    if (objects.empty())
        return;
    const int n = static_cast<int>(objects.size());
    int index = -1;
    for (int i = 0; i < n; ++i)
        if (objects[static_cast<std::size_t>(i)].id == selected_)
            index = i;
    index = index < 0 ? (step > 0 ? 0 : n - 1) : ((index + step) % n + n) % n;
    selectObject(objects[static_cast<std::size_t>(index)].id);
}

bool Annotator::assignClassNumber(int number) {
    if (project_ == nullptr)
        return false;
    const AnnotatedObject* obj = project_->object(mediaId_, selected_);
    if (obj == nullptr) {
        Q_EMIT message(tr("Select an object first, then press a class number."));
        return false;
    }
    const std::vector<ObjectClass>& classes = project_->classes();
    if (number < 1 || number > static_cast<int>(classes.size())) {
        Q_EMIT message(tr("There is no class %1: the project has %n class(es).", nullptr,
                          static_cast<int>(classes.size())).arg(number));
        return false;
    }
    const ObjectClass& cls = classes[static_cast<std::size_t>(number - 1)];
    AnnotatedObject after = *obj;
    after.classId = cls.id;
    if (cls.color.isValid())
        after.color = cls.color;
    if (!(after == *obj))
        project_->undoStack()->push(new EditObjectCommand(project_, mediaId_, after));
    return true;
}

void Annotator::startNewObject() {
    pendingNewObject_ = -1;  // the next prompt starts another object, even if one is on its way
    selectObject(-1);
}

Tool Annotator::tool() const { return canvas_ ? canvas_->tool() : Tool::Click; }

void Annotator::setTool(Tool tool) {
    if (canvas_)
        canvas_->setTool(tool);
    restartVertexEdit();
}

void Annotator::setVertexTolerance(double pixels) {
    vertexTolerance_ = std::clamp(pixels, 0.0, 50.0);
    if (vertexEditor_.isActive()) {
        vertexEditor_.setTolerance(vertexTolerance_);
        if (canvas_)
            canvas_->refreshPolygonEdit();
        showVertexPreview();
        Q_EMIT vertexEditChanged();
    }
}

void Annotator::restartVertexEdit() {
    const FrameAnnotation* ann = project_ && tool() == Tool::Vertices && selected_ >= 0
                                     ? project_->annotation(mediaId_, frame_, selected_)
                                     : nullptr;
    if (ann != nullptr)
        vertexEditor_.start(ann->mask, vertexTolerance_);
    else
        vertexEditor_.clear();
    if (canvas_) {
        canvas_->setPolygonEditor(vertexEditor_.isActive() ? &vertexEditor_ : nullptr);
        if (vertexEditor_.isActive())
            showVertexPreview();
        else if (tool() == Tool::Vertices)
            canvas_->clearPreview();
    }
    Q_EMIT vertexEditChanged();
}

void Annotator::showVertexPreview() {
    // The mask the rings give, over the object's own: what Enter would store.
    const AnnotatedObject* obj = project_ ? project_->object(mediaId_, selected_) : nullptr;
    if (canvas_ && obj != nullptr && vertexEditor_.isActive())
        canvas_->setPreview(vertexEditor_.mask(), obj->color.lighter(150));
}

bool Annotator::applyVertexEdit() {
    if (!vertexEditor_.isActive())
        return false;
    const Rle mask = vertexEditor_.mask();
    if (mask == vertexEditor_.startMask())
        return false;  // nothing changed (tolerance 0 and no edit)
    if (mask.isEmpty()) {
        Q_EMIT message(tr("The polygons cover no pixel; delete the object instead."));
        return false;
    }
    return commitHandMask(mask, tr("Edit vertices"));  // restarts the editor through maskChanged
}

void Annotator::cancelVertexEdit() { restartVertexEdit(); }

void Annotator::setHoverPreviewEnabled(bool enabled) {
    hoverPreview_ = enabled;
    if (!enabled && canvas_)
        canvas_->clearPreview();
}

bool Annotator::modelReady() {
    if (inference_->isModelLoaded())
        return true;
    Q_EMIT message(inference_->isModelLoading()
                       ? tr("The model is still loading; try again in a moment.")
                       : tr("No SAM 2 model is loaded: choose a checkpoint in Model ▸ Choose "
                            "checkpoint. Brush, eraser and polygon work without one."));
    return false;
}

Annotator::Prompts Annotator::currentPrompts(int objectId) const {
    if (auto it = pendingPrompts_.find(objectId); it != pendingPrompts_.end())
        return it->second;
    Prompts prompts;
    if (project_ && objectId >= 0) {
        if (const FrameAnnotation* ann = project_->annotation(mediaId_, frame_, objectId)) {
            prompts.points = ann->points;
            prompts.box = ann->box;
        }
    }
    return prompts;
}

int Annotator::targetObject(bool* isNew) {
    *isNew = false;
    if (selected_ >= 0 && project_->object(mediaId_, selected_) != nullptr)
        return selected_;
    if (pendingNewObject_ >= 0) {
        *isNew = true;
        return pendingNewObject_;
    }
    // Reserve an id for the object, so later clicks reach the same one. Skip ids reserved by
    // new objects whose first answer is still on its way (N was pressed in between).
    int id = project_->nextObjectId(mediaId_);
    for (bool taken = true; taken; ) {
        taken = false;
        for (const auto& [requestId, request] : inflight_)
            if (request.newObject && request.mediaId == mediaId_ && request.objectId == id)
                taken = true;
        if (taken)
            ++id;
    }
    pendingNewObject_ = id;
    *isNew = true;
    return pendingNewObject_;
}

void Annotator::onPointClicked(QPointF pos, bool positive) {
    if (!project_ || mediaId_ < 0 || !modelReady())
        return;
    bool isNew = false;
    const int objectId = targetObject(&isNew);
    Prompts prompts = isNew ? pendingPrompts_[objectId] : currentPrompts(objectId);
    prompts.points.push_back(PointPrompt{pos.x(), pos.y(), positive});
    sendSegment(objectId, isNew, prompts);
}

void Annotator::onBoxDrawn(QRectF rect) {
    if (!project_ || mediaId_ < 0 || !modelReady())
        return;
    bool isNew = false;
    const int objectId = targetObject(&isNew);
    Prompts prompts = isNew ? pendingPrompts_[objectId] : currentPrompts(objectId);
    prompts.box = BoxPrompt{rect.left(), rect.top(), rect.right(), rect.bottom()};
    sendSegment(objectId, isNew, prompts);
}

void Annotator::setVideoEditor(VideoEditor* editor) {
    if (videoEditor_)
        disconnect(videoEditor_, nullptr, this, nullptr);
    videoEditor_ = editor;
    if (editor)
        connect(editor, &VideoEditor::promptApplied, this, &Annotator::onVideoPromptApplied);
}

bool Annotator::promptsGoToVideo() const {
    const MediaItem* item = project_ && mediaId_ >= 0 ? project_->media(mediaId_) : nullptr;
    return videoEditor_ && item && item->kind != MediaKind::Image;
}

void Annotator::setFramePrompts(const std::vector<PointPrompt>& points, const std::optional<BoxPrompt>& box) {
    if (!project_ || mediaId_ < 0 || !modelReady() || (points.empty() && !box))
        return;
    bool isNew = false;
    const int objectId = targetObject(&isNew);
    sendSegment(objectId, isNew, Prompts{points, box});
}

void Annotator::sendSegment(int objectId, bool isNew, const Prompts& prompts) {
    if (promptsGoToVideo()) {
        // The image worker's exact spec: the tracker shares its weights (a no-op when loaded).
        videoEditor_->loadModel(inference_->modelStatus().spec);
        std::optional<AnnotatedObject> newObject;
        if (isNew)
            newObject = makeNewObject(objectId);
        const quint64 id = videoEditor_->prompt(mediaId_, frame_, objectId, prompts.points, prompts.box, newObject);
        if (id == 0) {
            if (isNew && pendingNewObject_ == objectId)
                pendingNewObject_ = -1;
            return;
        }
        inflight_[kVideoRequest | id] = Inflight{mediaId_, frame_, objectId, isNew};
        pendingPrompts_[objectId] = prompts;
        if (canvas_ && objectId == selected_)
            canvas_->setPrompts(prompts.points, prompts.box);
        return;
    }
    SegmentRequest request;
    request.frame = currentFrameRef();
    request.objectId = objectId;
    request.points = prompts.points;
    request.box = prompts.box;
    // A lone click is ambiguous: ask for three candidates (the best is shown, M cycles).
    request.multimask = prompts.points.size() == 1 && !prompts.box;
    // Refine from the previous prediction when it came from exactly the prompts before this one.
    const auto known = logits_.find({mediaId_, frame_, objectId});
    if (known != logits_.end() && !request.multimask) {
        Prompts before = prompts;
        if (!before.points.empty() && before.box == known->second.prompts.box)
            before.points.pop_back();
        if (before == known->second.prompts)
            request.maskInput = known->second.logits;
    }
    const quint64 id = inference_->segment(request);
    inflight_[id] = Inflight{mediaId_, frame_, objectId, isNew};
    pendingPrompts_[objectId] = prompts;
    if (canvas_ && objectId == selected_)
        canvas_->setPrompts(prompts.points, prompts.box);
}

void Annotator::onSegmented(const SegmentResult& result) {
    if (result.preview) {
        previewInFlight_ = false;
        if (canvas_ && hovering_ && hoverPreview_ && result.frame.mediaId == mediaId_ &&
            result.frame.frame == frame_ && !result.masks.empty() && inflight_.empty()) {
            const int objectId = selected_ >= 0 ? selected_ : project_->nextObjectId(mediaId_);
            const AnnotatedObject* obj = project_->object(mediaId_, objectId);
            canvas_->setPreview(result.masks[result.bestIndex],
                                obj ? obj->color : objectColor(objectId));
        }
        if (previewWaiting_) {
            const QPointF next = *previewWaiting_;
            previewWaiting_.reset();
            sendPreview(next);
        }
        return;
    }
    const auto it = inflight_.find(result.id);
    if (it == inflight_.end())
        return;
    const Inflight request = it->second;
    inflight_.erase(it);
    const Prompts answered{result.points, result.box};
    if (auto p = pendingPrompts_.find(request.objectId);
        p != pendingPrompts_.end() && p->second == answered)
        pendingPrompts_.erase(p);
    if (!project_ || project_->media(request.mediaId) == nullptr || result.masks.empty()) {
        if (inflight_.empty())
            Q_EMIT idle();
        return;
    }
    const int best = std::clamp(result.bestIndex, 0, static_cast<int>(result.masks.size()) - 1);
    FrameAnnotation annotation;
    annotation.mask = result.masks[best];
    annotation.source = MaskSource::Model;
    annotation.points = result.points;
    annotation.box = result.box;
    if (best < static_cast<int>(result.scores.size()))
        annotation.score = result.scores[best];

    const Key key{request.mediaId, request.frame, request.objectId};
    try {
        QUndoStack* stack = project_->undoStack();
        if (project_->object(request.mediaId, request.objectId) == nullptr) {
            stack->beginMacro(tr("Add object"));
            AnnotatedObject obj = makeNewObject(request.objectId);
            stack->push(new AddObjectCommand(project_, request.mediaId, obj));
            stack->push(new SetMaskCommand(project_, request.mediaId, request.frame,
                                           request.objectId, annotation));
            stack->endMacro();
            // Select the new object only while the person is still on it: after N (new object)
            // the pending id has moved on, and selecting this one would send the next click to it.
            const bool stillCurrent = pendingNewObject_ == request.objectId;
            if (stillCurrent)
                pendingNewObject_ = -1;
            if (stillCurrent && request.mediaId == mediaId_ && selected_ < 0)
                selectObject(request.objectId);
        } else {
            auto* command = new SetMaskCommand(project_, request.mediaId, request.frame,
                                               request.objectId, annotation);
            command->setText(result.box && result.points.empty() ? tr("Box prompt")
                                                                  : tr("Click prompt"));
            stack->push(command);
        }
    } catch (const std::exception& e) {
        Q_EMIT message(tr("Could not apply the mask: %1").arg(QString::fromStdString(e.what())));
    }
    if (best < static_cast<int>(result.logits.size()))
        logits_[key] = KnownLogits{answered, result.logits[best]};
    if (result.masks.size() > 1) {
        candidateKey_ = key;
        candidates_ = result;
        candidateIndex_ = best;
    } else if (candidateKey_ == key) {
        candidateKey_.reset();
    }
    if (inflight_.empty())
        Q_EMIT idle();
}

void Annotator::onVideoPromptApplied(quint64 requestId, int mediaId, int frame, int objectId,
                                     const QString& error) {
    const auto it = inflight_.find(kVideoRequest | requestId);
    if (it == inflight_.end())
        return;
    const Inflight request = it->second;
    inflight_.erase(it);
    const bool moreForObject = std::any_of(inflight_.begin(), inflight_.end(), [&](const auto& kv) {
        return kv.second.objectId == objectId && kv.second.mediaId == mediaId;
    });
    if (!moreForObject)
        pendingPrompts_.erase(objectId);
    if (!error.isEmpty()) {
        if (request.newObject && pendingNewObject_ == objectId)
            pendingNewObject_ = -1;
        refreshPrompts();
    } else if (request.newObject) {
        // As for images: select the new object only while the person is still on it.
        const bool stillCurrent = pendingNewObject_ == objectId;
        if (stillCurrent)
            pendingNewObject_ = -1;
        if (stillCurrent && mediaId == mediaId_ && selected_ < 0)
            selectObject(objectId);
    }
    logits_.erase({mediaId, frame, objectId});  // the image path's refinement does not apply here
    if (candidateKey_ == Key{mediaId, frame, objectId})
        candidateKey_.reset();
    if (inflight_.empty())
        Q_EMIT idle();
}

void Annotator::onSegmentFailed(quint64 id, const QString& text) {
    const auto it = inflight_.find(id);
    if (it == inflight_.end()) {
        previewInFlight_ = false;
        return;
    }
    pendingPrompts_.erase(it->second.objectId);
    if (it->second.newObject && pendingNewObject_ == it->second.objectId)
        pendingNewObject_ = -1;
    inflight_.erase(it);
    refreshPrompts();
    Q_EMIT message(tr("Segmentation failed: %1").arg(text));
    if (inflight_.empty())
        Q_EMIT idle();
}

AnnotatedObject Annotator::makeNewObject(int objectId) const {
    AnnotatedObject obj;
    obj.id = objectId;
    obj.classId = project_->objectClass(defaultClass_) ? defaultClass_ : -1;
    const ObjectClass* cls = project_->objectClass(obj.classId);
    obj.name = cls ? QStringLiteral("%1 %2").arg(cls->name).arg(objectId)
                   : tr("Object %1").arg(objectId);
    obj.color = objectColor(objectId);
    return obj;
}

void Annotator::onHoverMoved(QPointF pos) {
    hovering_ = true;
    if (!hoverPreview_ || !project_ || mediaId_ < 0 || !inference_->isModelLoaded() ||
        !encoded_.count({mediaId_, frame_}) || !inflight_.empty())
        return;
    if (previewInFlight_) {
        previewWaiting_ = pos;  // sent when the answer in flight comes back
        return;
    }
    sendPreview(pos);
}

void Annotator::sendPreview(QPointF pos) {
    if (!hovering_ || mediaId_ < 0)
        return;
    SegmentRequest request;
    request.frame = currentFrameRef();
    request.preview = true;
    const int objectId = selected_;
    Prompts prompts = objectId >= 0 ? currentPrompts(objectId) : Prompts();
    request.objectId = objectId;
    request.points = prompts.points;
    request.box = prompts.box;
    request.points.push_back(PointPrompt{pos.x(), pos.y(), true});
    request.multimask = request.points.size() == 1 && !request.box;
    const auto known = logits_.find({mediaId_, frame_, objectId});
    if (known != logits_.end() && !request.multimask && known->second.prompts == prompts)
        request.maskInput = known->second.logits;
    previewInFlight_ = true;
    inference_->segment(request);
}

void Annotator::onHoverLeft() {
    hovering_ = false;
    previewWaiting_.reset();
    if (canvas_)
        canvas_->clearPreview();
}

void Annotator::onEmbeddingReady(const FrameRef& frame) {
    encoded_.insert({frame.mediaId, frame.frame});
    if (frame.mediaId == mediaId_ && frame.frame == frame_)
        Q_EMIT message(tr("Ready: click to segment."));
}

void Annotator::editMaskByImage(const QImage& paint, bool erase, const QString& text) {
    if (!project_ || mediaId_ < 0 || paint.isNull())
        return;
    int objectId = selected_;
    const bool isNew = objectId < 0 || project_->object(mediaId_, objectId) == nullptr;
    if (isNew && erase)
        return;  // nothing to erase from
    QImage mask(image_.size(), QImage::Format_Grayscale8);
    mask.fill(0);
    std::optional<FrameAnnotation> before;
    if (!isNew) {
        if (const FrameAnnotation* ann = project_->annotation(mediaId_, frame_, objectId)) {
            before = *ann;
            if (ann->mask.width() == mask.width() && ann->mask.height() == mask.height())
                ann->mask.decode(mask.bits(), mask.bytesPerLine());
        }
    }
    const QImage gray = paint.format() == QImage::Format_Grayscale8
                            ? paint
                            : paint.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < mask.height() && y < gray.height(); ++y) {
        uchar* dst = mask.scanLine(y);
        const uchar* src = gray.constScanLine(y);
        for (int x = 0; x < mask.width() && x < gray.width(); ++x) {
            if (src[x])
                dst[x] = erase ? 0 : 1;
        }
    }
    const Rle rle = Rle::encode(mask.constBits(), mask.height(), mask.width(), mask.bytesPerLine());
    std::optional<FrameAnnotation> after;
    if (!rle.isEmpty()) {
        FrameAnnotation ann = before.value_or(FrameAnnotation());
        ann.mask = rle;
        ann.source = MaskSource::Manual;
        ann.score.reset();
        after = ann;
    }
    if (before == after)
        return;
    // A hand edit makes the model's last logits stale: the next click starts from the prompts.
    logits_.erase({mediaId_, frame_, objectId});
    try {
        QUndoStack* stack = project_->undoStack();
        if (isNew) {
            objectId = project_->nextObjectId(mediaId_);
            stack->beginMacro(tr("Add object"));
            stack->push(new AddObjectCommand(project_, mediaId_, makeNewObject(objectId)));
            stack->push(new SetMaskCommand(project_, mediaId_, frame_, objectId, after));
            stack->endMacro();
            selectObject(objectId);
        } else {
            auto* command = new SetMaskCommand(project_, mediaId_, frame_, objectId, after);
            command->setText(text);
            stack->push(command);
        }
    } catch (const std::exception& e) {
        Q_EMIT message(tr("Could not edit the mask: %1").arg(QString::fromStdString(e.what())));
    }
}

void Annotator::onStrokeFinished(const QImage& stroke, bool erase) {
    editMaskByImage(stroke, erase, erase ? tr("Erase") : tr("Brush"));
}

bool Annotator::commitHandMask(const Rle& mask, const QString& text) {
    const FrameAnnotation* ann = project_ ? project_->annotation(mediaId_, frame_, selected_) : nullptr;
    if (ann == nullptr)
        return false;
    FrameAnnotation after = *ann;
    after.mask = mask;
    after.source = MaskSource::Manual;
    after.score.reset();
    logits_.erase({mediaId_, frame_, selected_});  // as after a brush stroke
    try {
        auto* command = new SetMaskCommand(project_, mediaId_, frame_, selected_, after);
        command->setText(text);
        project_->undoStack()->push(command);
    } catch (const std::exception& e) {
        Q_EMIT message(tr("Could not edit the mask: %1").arg(QString::fromStdString(e.what())));
        return false;
    }
    return true;
}

void Annotator::onPolygonFinished(const QPolygonF& polygon) {
    QImage paint(image_.size(), QImage::Format_Grayscale8);
    paint.fill(0);
    QPainter painter(&paint);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawPolygon(polygon);
    painter.end();
    editMaskByImage(paint, false, tr("Polygon"));
}

int Annotator::candidateCount() const {
    if (!candidateKey_ || *candidateKey_ != Key{mediaId_, frame_, selected_})
        return 0;
    return static_cast<int>(candidates_.masks.size());
}

void Annotator::cycleCandidate() {
    const int count = candidateCount();
    if (count < 2 || !project_) {
        Q_EMIT message(tr("No alternative masks: a single click gives three candidates."));
        return;
    }
    const FrameAnnotation* ann = project_->annotation(mediaId_, frame_, selected_);
    if (ann == nullptr || ann->points != candidates_.points || ann->box != candidates_.box) {
        candidateKey_.reset();  // prompts changed since: the candidates no longer apply
        return;
    }
    candidateIndex_ = (candidateIndex_ + 1) % count;
    FrameAnnotation next = *ann;
    next.mask = candidates_.masks[candidateIndex_];
    next.source = MaskSource::Model;
    if (candidateIndex_ < static_cast<int>(candidates_.scores.size()))
        next.score = candidates_.scores[candidateIndex_];
    if (candidateIndex_ < static_cast<int>(candidates_.logits.size()))
        logits_[*candidateKey_] = KnownLogits{{ann->points, ann->box},
                                              candidates_.logits[candidateIndex_]};
    auto* command = new SetMaskCommand(project_, mediaId_, frame_, selected_, next);
    command->setText(tr("Choose mask candidate %1").arg(candidateIndex_ + 1));
    project_->undoStack()->push(command);
    Q_EMIT message(tr("Mask candidate %1 of %2 (score %3)")
                       .arg(candidateIndex_ + 1)
                       .arg(count)
                       .arg(next.score.value_or(0.f), 0, 'f', 2));
}

void Annotator::undoLastPrompt() {
    if (!project_ || selected_ < 0 || mediaId_ < 0)
        return;
    Prompts prompts = currentPrompts(selected_);
    if (!prompts.points.empty())
        prompts.points.pop_back();
    else if (prompts.box)
        prompts.box.reset();
    else
        return;
    if (prompts.points.empty() && !prompts.box) {
        auto* command = new SetMaskCommand(project_, mediaId_, frame_, selected_, std::nullopt);
        command->setText(tr("Remove last prompt"));
        project_->undoStack()->push(command);
        return;
    }
    if (modelReady())
        sendSegment(selected_, false, prompts);
}

void Annotator::deleteSelectedObject() {
    if (!project_ || selected_ < 0 || project_->object(mediaId_, selected_) == nullptr)
        return;
    const int id = selected_;
    selectObject(-1);
    project_->undoStack()->push(new RemoveObjectCommand(project_, mediaId_, id));
}

void Annotator::onMaskChanged(int mediaId, int frame, int objectId) {
    if (mediaId != mediaId_ || frame != frame_)
        return;
    refreshObject(objectId);
    if (objectId == selected_) {
        refreshPrompts();
        if (tool() == Tool::Vertices)
            restartVertexEdit();
    }
}

void Annotator::onObjectsChanged(int mediaId) {
    if (mediaId != mediaId_)
        return;
    if (selected_ >= 0 && project_->object(mediaId_, selected_) == nullptr) {
        selected_ = -1;
        Q_EMIT selectedObjectChanged(-1);
    }
    refreshOverlays();
}

void Annotator::onMediaListChanged() {
    if (mediaId_ >= 0 && project_->media(mediaId_) == nullptr)
        clearView();
}

void Annotator::refreshObject(int objectId) {
    if (!canvas_ || !project_)
        return;
    const AnnotatedObject* obj = project_->object(mediaId_, objectId);
    const FrameAnnotation* ann = project_->annotation(mediaId_, frame_, objectId);
    if (obj == nullptr || ann == nullptr || obj->hidden || ann->mask.isEmpty()) {
        canvas_->removeObjectMask(objectId);
        return;
    }
    canvas_->setObjectMask(objectId, ann->mask, obj->color, objectId == selected_);
}

void Annotator::refreshOverlays() {
    if (!canvas_ || !project_ || mediaId_ < 0)
        return;
    // Keep the overlays of objects still there (the canvas skips unchanged ones).
    std::set<int> present;
    for (const AnnotatedObject& obj : project_->objects(mediaId_))
        present.insert(obj.id);
    for (int id : canvas_->shownObjects())
        if (!present.count(id))
            canvas_->removeObjectMask(id);
    for (int id : present)
        refreshObject(id);
    refreshPrompts();
}

void Annotator::refreshPrompts() {
    if (!canvas_)
        return;
    const Prompts prompts = selected_ >= 0 ? currentPrompts(selected_) : Prompts();
    canvas_->setPrompts(prompts.points, prompts.box);
}

} // namespace s2s::ui
