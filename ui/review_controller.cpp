#include "ui/review_controller.h"

#include <QDateTime>
#include <QSettings>
#include <QUndoStack>

#include "annotation/commands.h"
#include "ui/annotator.h"

namespace s2s::ui {

namespace {

bool needsReview(const std::map<int, FrameAnnotation>& masks) {
    for (const auto& [id, ann] : masks)
        if (ann.review.state == ReviewState::NotReviewed)
            return true;
    return false;
}

bool isProblem(const std::map<int, FrameAnnotation>& masks) {
    for (const auto& [id, ann] : masks) {
        if (ann.review.state == ReviewState::NeedsFix)
            return true;
        if (ann.review.state == ReviewState::NotReviewed && ann.score && *ann.score < ReviewController::kLowScore)
            return true;
    }
    return false;
}

// A verdict given now by this reviewer.
Review verdict(ReviewState state) {
    return {state, ReviewController::reviewerName(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
}

} // namespace

ReviewController::ReviewController(Annotator* annotator, QObject* parent) : QObject(parent), annotator_(annotator) {}

void ReviewController::setProject(Project* project) { project_ = project; }

QString ReviewController::reviewerName() {
    const QString configured = QSettings().value(QStringLiteral("review/name")).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

void ReviewController::setActive(bool active) {
    if (active_ == active)
        return;
    active_ = active;
    Q_EMIT activeChanged(active_);
    if (active_ && project_)
        Q_EMIT message(tr("Review mode: %n frame(s) to review. Y accepts, X flags for a fix, U goes to the next.",
                          nullptr, framesToReview()));
}

int ReviewController::framesToReview() const {
    if (!project_)
        return 0;
    int n = 0;
    for (const MediaItem& item : project_->mediaItems())
        for (const auto& [frame, masks] : project_->allAnnotations(item.id))
            n += needsReview(masks) ? 1 : 0;
    return n;
}

bool ReviewController::judge(ReviewState state) {
    const int media = annotator_->mediaId();
    if (!project_ || project_->media(media) == nullptr)
        return false;
    const int frame = annotator_->frame();
    std::vector<SetReviewCommand::Entry> entries;
    const int selected = annotator_->selectedObject();
    if (selected >= 0) {
        if (project_->annotation(media, frame, selected) != nullptr)
            entries.push_back({frame, selected});
    } else {
        for (const auto& [id, ann] : project_->frameAnnotations(media, frame))
            entries.push_back({frame, id});
    }
    if (entries.empty()) {
        Q_EMIT message(selected >= 0 ? tr("The selected object has no mask on this frame.")
                                     : tr("This frame has no masks to review."));
        return false;
    }
    project_->undoStack()->push(new SetReviewCommand(project_, media, std::move(entries), verdict(state)));
    if (active_)
        next();
    return true;
}

bool ReviewController::accept() { return judge(ReviewState::Accepted); }

bool ReviewController::flag() { return judge(ReviewState::NeedsFix); }

bool ReviewController::acceptMasklet() {
    const int media = annotator_->mediaId();
    const int object = annotator_->selectedObject();
    if (!project_ || project_->object(media, object) == nullptr) {
        Q_EMIT message(tr("Select an object first."));
        return false;
    }
    std::vector<SetReviewCommand::Entry> entries;
    for (int frame : project_->framesWithMasks(media, object))
        entries.push_back({frame, object});
    if (entries.empty())
        return false;
    project_->undoStack()->push(new SetReviewCommand(project_, media, std::move(entries), verdict(ReviewState::Accepted)));
    return true;
}

template <typename Wanted>
bool ReviewController::go(int direction, Wanted wanted, const QString& noneLeft) {
    if (!project_)
        return false;
    const std::vector<MediaItem> media = project_->mediaItems();
    const int n = static_cast<int>(media.size());
    const int current = std::max(0, project_->mediaIndex(annotator_->requestedMediaId()));
    const int frame = project_->media(annotator_->requestedMediaId()) ? annotator_->requestedFrame() : -1;
    // Walk the media list from the current item (its frames after / before the shown one
    // first), around to the current item again (its frames on the other side last).
    for (int step = 0; step <= n; ++step) {
        const int index = ((current + direction * step) % n + n) % n;
        const auto& frames = project_->allAnnotations(media[static_cast<std::size_t>(index)].id);
        const bool first = step == 0, last = step == n;
        auto consider = [&](int f, const std::map<int, FrameAnnotation>& masks) {
            if (first && (direction > 0 ? f <= frame : f >= frame))
                return false;
            if (last && (direction > 0 ? f > frame : f < frame))
                return false;
            return wanted(masks);
        };
        if (direction > 0) {
            for (const auto& [f, masks] : frames)
                if (consider(f, masks))
                    return annotator_->showFrame(media[static_cast<std::size_t>(index)].id, f);
        } else {
            for (auto it = frames.rbegin(); it != frames.rend(); ++it)
                if (consider(it->first, it->second))
                    return annotator_->showFrame(media[static_cast<std::size_t>(index)].id, it->first);
        }
    }
    Q_EMIT message(noneLeft);
    return false;
}

bool ReviewController::next() { return go(1, needsReview, tr("Every mask has been reviewed.")); }

bool ReviewController::previous() { return go(-1, needsReview, tr("Every mask has been reviewed.")); }

bool ReviewController::nextProblem() {
    return go(1, isProblem, tr("No mask is flagged for a fix or has a low score."));
}

} // namespace s2s::ui
