#include "annotation/masklet_history.h"

#include <QCoreApplication>

#include <set>

#include "annotation/commands.h"

namespace s2s {

std::map<int, FrameAnnotation> MaskletHistory::masklet(const Project& project, int mediaId, int objectId) {
    std::map<int, FrameAnnotation> out;
    if (project.media(mediaId) == nullptr || project.object(mediaId, objectId) == nullptr)
        return out;
    for (int f : project.framesWithMasks(mediaId, objectId))
        out[f] = *project.annotation(mediaId, f, objectId);
    return out;
}

void MaskletHistory::record(const Project& project, int mediaId, int objectId, const QString& label) {
    if (project.object(mediaId, objectId) == nullptr)
        return;
    MaskletVersion version{QDateTime::currentDateTime(), label, masklet(project, mediaId, objectId)};
    auto& list = versions_[{mediaId, objectId}];
    if (!list.empty() && list.back().frames == version.frames)
        return;  // nothing changed since the last version
    list.push_back(std::move(version));
    while (static_cast<int>(list.size()) > kVersionsKept)
        list.pop_front();
}

const std::deque<MaskletVersion>& MaskletHistory::versions(int mediaId, int objectId) const {
    static const std::deque<MaskletVersion> none;
    const auto it = versions_.find({mediaId, objectId});
    return it == versions_.end() ? none : it->second;
}

void MaskletHistory::forgetMedia(int mediaId) {
    for (auto it = versions_.begin(); it != versions_.end();)
        it = it->first.first == mediaId ? versions_.erase(it) : std::next(it);
}

MaskletComparison MaskletHistory::compare(const Project& project, int mediaId, int objectId,
                                          const MaskletVersion& version) {
    const std::map<int, FrameAnnotation> now = masklet(project, mediaId, objectId);
    MaskletComparison c;
    c.framesInVersion = static_cast<int>(version.frames.size());
    c.framesNow = static_cast<int>(now.size());
    std::set<int> frames;
    for (const auto& kv : now)
        frames.insert(kv.first);
    for (const auto& kv : version.frames)
        frames.insert(kv.first);
    double iouSum = 0.0;
    int both = 0;
    for (int f : frames) {
        const auto a = version.frames.find(f), b = now.find(f);
        bool differs = true;
        if (a != version.frames.end() && b != now.end()) {
            const double iou = Rle::iou(a->second.mask, b->second.mask);
            iouSum += iou;
            ++both;
            differs = !(a->second.mask == b->second.mask);
        }
        if (differs) {
            ++c.framesDiffering;
            c.firstDiffering = c.firstDiffering < 0 ? f : c.firstDiffering;
            c.lastDiffering = f;
        }
    }
    c.meanIou = both ? iouSum / both : (frames.empty() ? 1.0 : 0.0);
    return c;
}

QUndoCommand* MaskletHistory::restoreCommand(Project* project, int mediaId, int objectId,
                                             const MaskletVersion& version) {
    const std::map<int, FrameAnnotation> now = masklet(*project, mediaId, objectId);
    std::vector<SetMasksCommand::Entry> entries;
    for (const auto& [f, ann] : now)
        if (!version.frames.count(f))
            entries.push_back({f, objectId, std::nullopt});
    for (const auto& [f, ann] : version.frames) {
        const auto it = now.find(f);
        if (it == now.end() || !(it->second == ann))
            entries.push_back({f, objectId, ann});
    }
    if (entries.empty())
        return nullptr;
    auto* command = new SetMasksCommand(project, mediaId, std::move(entries));
    command->setText(QCoreApplication::translate("MaskletHistory", "Restore masklet version (%1)").arg(version.label));
    return command;
}

} // namespace s2s
