#pragma once
// Review mode: a person goes through what the model and the tracker made and gives each mask a
// verdict (accepted / needs fix), as X-AnyLabeling's checked flow does, with keys only.
//
// accept() and flag() act on the selected object's mask on the frame shown, or on every mask of
// that frame when no object is selected; each is one undo step (SetReviewCommand) recording who
// and when. While review mode is on they then move to the next frame that still has a mask
// nobody reviewed (next()), across the media list. nextProblem() goes to the next frame with a
// mask flagged for a fix or a low model score that nobody accepted. No widgets: MainWindow wires
// its actions to these slots and the timeline and object list read the project's states.
#include <QObject>
#include <QPointer>

#include "annotation/project.h"

namespace s2s::ui {

class Annotator;

class ReviewController : public QObject {
    Q_OBJECT
public:
    // A mask with a model score below this (and not accepted) is a problem for nextProblem().
    static constexpr float kLowScore = 0.5f;

    explicit ReviewController(Annotator* annotator, QObject* parent = nullptr);

    void setProject(Project* project);
    bool isActive() const { return active_; }
    // The name stored with each verdict: the setting "review/name", else the system user.
    static QString reviewerName();

    // Frames (of every media item) with at least one mask nobody reviewed yet.
    int framesToReview() const;

public Q_SLOTS:
    void setActive(bool active);
    bool accept();
    bool flag();
    // Every mask of the selected object (the whole masklet) accepted, one undo step.
    bool acceptMasklet();
    bool next();
    bool previous();
    bool nextProblem();

Q_SIGNALS:
    void activeChanged(bool active);
    void message(const QString& text);

private:
    bool judge(ReviewState state);
    // The nearest position after (direction +1) or before (-1) the frame shown whose masks
    // satisfy `wanted`, wrapping around the media list; false when there is none.
    template <typename Wanted>
    bool go(int direction, Wanted wanted, const QString& noneLeft);

    Annotator* annotator_;
    QPointer<Project> project_;
    bool active_ = false;
};

} // namespace s2s::ui
