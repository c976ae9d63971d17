#pragma once
// The last versions of each object's masklet (its masks on every frame of a video), so a person
// can compare what a correction or a re-track did and go back to an earlier version, beside the
// undo stack (which only walks back in order). The video engine records a version after every
// propagation, re-track and correction; restoring is one undoable command.
//
// Kept in memory for the open project (RLE masks: a version of a 10,000-frame masklet is a few
// megabytes at most); not written to the project file.
#include <QDateTime>
#include <QString>

#include <deque>
#include <map>
#include <vector>

#include "annotation/project.h"

class QUndoCommand;

namespace s2s {

struct MaskletVersion {
    QDateTime when;
    QString label;                         // what made it ("Re-track frames 7-9", ...)
    std::map<int, FrameAnnotation> frames;  // frame -> annotation of the object
};

// A version against the object's masks now.
struct MaskletComparison {
    int framesInVersion = 0, framesNow = 0;
    int framesDiffering = 0;               // frames whose mask (or presence) differs
    double meanIou = 1.0;                  // over frames where both have a mask
    int firstDiffering = -1, lastDiffering = -1;
};

class MaskletHistory {
public:
    static constexpr int kVersionsKept = 10;

    // Records the object's masklet as it is now in the project (skipped when equal to the last).
    void record(const Project& project, int mediaId, int objectId, const QString& label);
    // Oldest first.
    const std::deque<MaskletVersion>& versions(int mediaId, int objectId) const;
    void clear() { versions_.clear(); }
    void forgetMedia(int mediaId);

    static std::map<int, FrameAnnotation> masklet(const Project& project, int mediaId, int objectId);
    static MaskletComparison compare(const Project& project, int mediaId, int objectId, const MaskletVersion& version);
    // The command that puts the version back (one undo step); nullptr when nothing would change.
    static QUndoCommand* restoreCommand(Project* project, int mediaId, int objectId, const MaskletVersion& version);

private:
    std::map<std::pair<int, int>, std::deque<MaskletVersion>> versions_;
};

} // namespace s2s
