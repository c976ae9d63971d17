#include "annotation/project_io.h"

#include "annotation/limits.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUndoStack>

namespace s2s {
namespace {

using nlohmann::json;

std::string text(const QString& s) { return s.toStdString(); }
QString qtext(const std::string& s) { return QString::fromStdString(s); }

json colorToJson(const QColor& c) {
    if (!c.isValid()) return nullptr;
    return text(c.alpha() == 255 ? c.name(QColor::HexRgb) : c.name(QColor::HexArgb));
}

QColor colorFromJson(const json& j, const std::string& where) {
    if (j.is_null()) return QColor();
    if (!j.is_string()) throw AnnotationError(where + ": a colour must be a string like \"#ff8800\".");
    const QColor c(qtext(j.get<std::string>()));
    if (!c.isValid())
        throw AnnotationError(where + ": \"" + j.get<std::string>() + "\" is not a colour.");
    return c;
}

// Required member of a given JSON type; the message names where it was expected.
const json& member(const json& obj, const char* key, json::value_t type, const std::string& where) {
    auto it = obj.find(key);
    if (it == obj.end()) throw AnnotationError(where + " has no \"" + key + "\".");
    const bool ok = it->type() == type ||
                    (type == json::value_t::number_float && it->is_number()) ||
                    (type == json::value_t::number_integer && it->is_number_integer());
    if (!ok) throw AnnotationError(where + ": \"" + key + "\" has the wrong type (" + it->type_name() + ").");
    return *it;
}

int intMember(const json& obj, const char* key, const std::string& where) {
    const int64_t v = member(obj, key, json::value_t::number_integer, where).get<int64_t>();
    if (v < INT32_MIN || v > INT32_MAX) throw AnnotationError(where + ": \"" + key + "\" is out of range.");
    return int(v);
}

int intMemberOr(const json& obj, const char* key, int fallback, const std::string& where) {
    return obj.contains(key) ? intMember(obj, key, where) : fallback;
}

QString stringMemberOr(const json& obj, const char* key, const std::string& where) {
    if (!obj.contains(key) || obj.at(key).is_null()) return QString();
    return qtext(member(obj, key, json::value_t::string, where).get<std::string>());
}

const json& arrayMemberOrEmpty(const json& obj, const char* key, const std::string& where) {
    static const json kEmpty = json::array();
    if (!obj.contains(key)) return kEmpty;
    return member(obj, key, json::value_t::array, where);
}

// Free-form members (metadata, attributes): absent or null reads as an empty object.
json objectMemberOr(const json& obj, const char* key, const std::string& where) {
    if (!obj.contains(key) || obj.at(key).is_null()) return json::object();
    return member(obj, key, json::value_t::object, where);
}

json freeObject(const json& j) { return j.is_null() ? json::object() : j; }

json annotationToJson(int frame, int objectId, const FrameAnnotation& ann) {
    json a = ann.mask.toJson();
    a["frame"] = frame;
    a["object"] = objectId;
    a["source"] = text(maskSourceName(ann.source));
    if (!ann.points.empty()) {
        json pts = json::array();
        for (const auto& p : ann.points) pts.push_back({p.x, p.y, p.positive ? 1 : 0});
        a["points"] = std::move(pts);
    }
    if (ann.box) a["box"] = {ann.box->x0, ann.box->y0, ann.box->x1, ann.box->y1};
    if (ann.score) a["score"] = *ann.score;
    if (ann.review.state != ReviewState::NotReviewed) {
        json r = {{"state", text(reviewStateName(ann.review.state))}};
        if (!ann.review.by.isEmpty()) r["by"] = text(ann.review.by);
        if (!ann.review.at.isEmpty()) r["at"] = text(ann.review.at);
        a["review"] = std::move(r);
    }
    return a;
}

FrameAnnotation annotationFromJson(const json& a, const std::string& where) {
    FrameAnnotation ann;
    try {
        ann.mask = Rle::fromJson(a);
    } catch (const AnnotationError& e) {
        throw AnnotationError(where + ": " + e.what());
    }
    const QString source = stringMemberOr(a, "source", where);
    if (!source.isEmpty()) {
        auto s = maskSourceFromName(source);
        if (!s) throw AnnotationError(where + ": unknown mask source \"" + text(source) + "\".");
        ann.source = *s;
    }
    for (const auto& p : arrayMemberOrEmpty(a, "points", where)) {
        if (!p.is_array() || p.size() != 3 || !p[0].is_number() || !p[1].is_number() || !p[2].is_number())
            throw AnnotationError(where + ": a point prompt must be [x, y, 1 or 0].");
        ann.points.push_back({p[0].get<double>(), p[1].get<double>(), p[2].get<double>() != 0});
    }
    if (a.contains("box") && !a.at("box").is_null()) {
        const json& b = a.at("box");
        if (!b.is_array() || b.size() != 4 || !b[0].is_number() || !b[1].is_number() ||
            !b[2].is_number() || !b[3].is_number())
            throw AnnotationError(where + ": a box prompt must be [x0, y0, x1, y1].");
        ann.box = BoxPrompt{b[0].get<double>(), b[1].get<double>(), b[2].get<double>(), b[3].get<double>()};
    }
    if (a.contains("score") && !a.at("score").is_null())
        ann.score = member(a, "score", json::value_t::number_float, where).get<float>();
    if (a.contains("review") && !a.at("review").is_null()) {
        const json& r = member(a, "review", json::value_t::object, where);
        const QString state = stringMemberOr(r, "state", where);
        const auto parsed = reviewStateFromName(state);
        if (!parsed) throw AnnotationError(where + ": unknown review state \"" + text(state) + "\".");
        ann.review.state = *parsed;
        ann.review.by = stringMemberOr(r, "by", where);
        ann.review.at = stringMemberOr(r, "at", where);
    }
    return ann;
}

} // namespace

json ProjectIO::toJson(const Project& project, const QDir& baseDir) {
    json root;
    root["format"] = kFormatName;
    root["schemaVersion"] = kSchemaVersion;
    root["nextMediaId"] = project.nextMediaId_;
    root["nextClassId"] = project.nextClassId_;

    json classes = json::array();
    for (const auto& c : project.classes_)
        classes.push_back({{"id", c.id}, {"name", text(c.name)}, {"color", colorToJson(c.color)}});
    root["classes"] = std::move(classes);

    json media = json::array();
    for (const auto& e : project.media_) {
        const MediaItem& m = e.item;
        json jm;
        jm["id"] = m.id;
        jm["kind"] = text(mediaKindName(m.kind));
        const QString absolute = m.path.isEmpty() ? QString() : QFileInfo(m.path).absoluteFilePath();
        const QString relative = absolute.isEmpty() ? QString() : baseDir.relativeFilePath(absolute);
        // Relative when the media can be reached that way (same drive); absolute as a fallback.
        jm["path"] = text(!relative.isEmpty() && QDir::isRelativePath(relative) ? relative : absolute);
        jm["absolutePath"] = text(absolute);
        jm["name"] = text(m.name);
        jm["width"] = m.width;
        jm["height"] = m.height;
        jm["frameCount"] = m.frameCount;
        jm["fps"] = m.fps;
        jm["metadata"] = freeObject(m.metadata);
        jm["nextObjectId"] = e.nextObjectId;

        json objects = json::array();
        for (const auto& o : e.objects) {
            objects.push_back({{"id", o.id}, {"classId", o.classId}, {"name", text(o.name)},
                               {"color", colorToJson(o.color)}, {"attributes", freeObject(o.attributes)},
                               {"hidden", o.hidden}});
        }
        jm["objects"] = std::move(objects);

        json annotations = json::array();
        for (const auto& [frame, objs] : e.frames)
            for (const auto& [objectId, ann] : objs) annotations.push_back(annotationToJson(frame, objectId, ann));
        jm["annotations"] = std::move(annotations);
        if (!e.confidence.empty()) {
            json tracks = json::array();
            for (const auto& [objectId, frames] : e.confidence) {
                json rows = json::array();
                for (const auto& [frame, c] : frames) rows.push_back({frame, c.presence, c.iou});
                tracks.push_back({{"object", objectId}, {"frames", std::move(rows)}});
            }
            jm["trackConfidence"] = std::move(tracks);
        }
        media.push_back(std::move(jm));
    }
    root["media"] = std::move(media);
    return root;
}

void ProjectIO::fromJson(Project& project, const json& root, const QDir& baseDir,
                         QStringList* warnings, const QString& source) {
    const std::string file = source.isEmpty() ? std::string("The project") : "\"" + text(source) + "\"";
    if (!root.is_object() || root.value("format", json()) != json(kFormatName))
        throw AnnotationError(file + " is not a SAM 2 Studio project file.");
    const auto version = root.find("schemaVersion");
    if (version == root.end() || !version->is_number_integer() || version->get<int64_t>() < 1)
        throw AnnotationError(file + " has no valid \"schemaVersion\"; the file is damaged.");
    if (version->get<int64_t>() > kSchemaVersion)
        throw AnnotationError(file + " was written by a newer version of SAM 2 Studio (project schema " +
                              std::to_string(version->get<int64_t>()) + "; this version reads up to " +
                              std::to_string(kSchemaVersion) + "). Update SAM 2 Studio to open it.");
    if (project.mediaCount() != 0 || !project.classes().empty())
        throw AnnotationError("Internal error: a project file can only be read into an empty project.");

    try {
        for (const auto& c : arrayMemberOrEmpty(root, "classes", "the project")) {
            const std::string where = "a class";
            if (!c.is_object()) throw AnnotationError("a class entry is not an object.");
            ObjectClass cls;
            cls.id = intMember(c, "id", where);
            if (cls.id < 0) throw AnnotationError("class id " + std::to_string(cls.id) + " is negative.");
            cls.name = stringMemberOr(c, "name", where);
            cls.color = colorFromJson(c.value("color", json()), "class " + std::to_string(cls.id));
            project.addClass(std::move(cls));
        }
        for (const auto& jm : arrayMemberOrEmpty(root, "media", "the project")) {
            if (!jm.is_object()) throw AnnotationError("a media entry is not an object.");
            MediaItem m;
            m.id = intMember(jm, "id", "a media item");
            if (m.id < 0) throw AnnotationError("media id " + std::to_string(m.id) + " is negative.");
            const std::string where = "media item " + std::to_string(m.id);
            const QString kindName = qtext(member(jm, "kind", json::value_t::string, where).get<std::string>());
            const auto kind = mediaKindFromName(kindName);
            if (!kind) throw AnnotationError(where + ": unknown kind \"" + text(kindName) + "\".");
            m.kind = *kind;
            m.name = stringMemberOr(jm, "name", where);
            m.width = intMemberOr(jm, "width", 0, where);
            m.height = intMemberOr(jm, "height", 0, where);
            m.frameCount = intMemberOr(jm, "frameCount", 1, where);
            // A claimed size is trusted by every view and export of the item: bound it here.
            if (m.width < 0 || m.height < 0 || m.width > limits::kMaxMediaSide || m.height > limits::kMaxMediaSide)
                throw AnnotationError(where + " claims " + std::to_string(m.width) + "x" + std::to_string(m.height) +
                                      " pixels; the limit is " + std::to_string(limits::kMaxMediaSide) +
                                      " pixels a side.");
            if (m.frameCount < 0 || m.frameCount > limits::kMaxFramesPerVideo)  // 0: not known yet
                throw AnnotationError(where + " claims " + std::to_string(m.frameCount) +
                                      " frames; a video may have up to " + std::to_string(limits::kMaxFramesPerVideo) +
                                      " frames.");
            m.fps = jm.contains("fps") ? member(jm, "fps", json::value_t::number_float, where).get<double>() : 0.0;
            m.metadata = objectMemberOr(jm, "metadata", where);

            // Where is the file? The relative path first (project and media moved together), then
            // the absolute one (only the project moved); otherwise report the expected place.
            const QString stored = stringMemberOr(jm, "path", where);
            const QString absoluteHint = stringMemberOr(jm, "absolutePath", where);
            const QString expected = stored.isEmpty() ? absoluteHint
                                     : QDir::cleanPath(baseDir.absoluteFilePath(stored));
            if (!expected.isEmpty() && QFileInfo::exists(expected)) {
                m.path = expected;
            } else if (!absoluteHint.isEmpty() && QFileInfo::exists(absoluteHint)) {
                m.path = QDir::cleanPath(absoluteHint);
            } else {
                m.path = expected;
                m.missing = true;
                if (warnings)
                    warnings->append(QStringLiteral("Media \"%1\" was not found at its expected path %2. "
                                                    "Its annotations are kept; relink the file to see it.")
                                         .arg(m.displayName(), expected));
            }
            const int mediaId = project.addMedia(m);

            const json& objectList = arrayMemberOrEmpty(jm, "objects", where);
            if (objectList.size() > static_cast<std::size_t>(limits::kMaxObjectsPerMedia))
                throw AnnotationError(where + " has " + std::to_string(objectList.size()) +
                                      " objects; an image or video may have up to " +
                                      std::to_string(limits::kMaxObjectsPerMedia) + ".");
            for (const auto& jo : objectList) {
                if (!jo.is_object()) throw AnnotationError(where + ": an object entry is not an object.");
                AnnotatedObject o;
                o.id = intMember(jo, "id", where + ", an object");
                if (o.id < 0) throw AnnotationError(where + ": object id " + std::to_string(o.id) + " is negative.");
                const std::string owhere = "object " + std::to_string(o.id) + " of " + where;
                o.classId = intMemberOr(jo, "classId", -1, owhere);
                o.name = stringMemberOr(jo, "name", owhere);
                o.color = colorFromJson(jo.value("color", json()), owhere);
                o.attributes = objectMemberOr(jo, "attributes", owhere);
                if (jo.contains("hidden")) o.hidden = member(jo, "hidden", json::value_t::boolean, owhere).get<bool>();
                project.addObject(mediaId, std::move(o));
            }
            for (const auto& ja : arrayMemberOrEmpty(jm, "annotations", where)) {
                if (!ja.is_object()) throw AnnotationError(where + ": an annotation entry is not an object.");
                const int frame = intMember(ja, "frame", where + ", an annotation");
                const int objectId = intMember(ja, "object", where + ", an annotation");
                const std::string awhere = "the mask of object " + std::to_string(objectId) + " on frame " +
                                           std::to_string(frame) + " of " + where;
                project.setAnnotation(mediaId, frame, objectId, annotationFromJson(ja, awhere));
            }
            for (const auto& jt : arrayMemberOrEmpty(jm, "trackConfidence", where)) {
                if (!jt.is_object()) throw AnnotationError(where + ": a trackConfidence entry is not an object.");
                const int objectId = intMember(jt, "object", where + ", trackConfidence");
                const std::string twhere = "the tracking confidence of object " + std::to_string(objectId) + " of " + where;
                for (const auto& row : arrayMemberOrEmpty(jt, "frames", twhere)) {
                    if (!row.is_array() || row.size() != 3 || !row[0].is_number_integer() || !row[1].is_number() ||
                        !row[2].is_number())
                        throw AnnotationError(twhere + ": each entry must be [frame, presence, iou].");
                    project.setTrackConfidence(mediaId, objectId, row[0].get<int>(),
                                               {row[1].get<float>(), row[2].get<float>()});
                }
            }
            Project::MediaEntry& e = project.entry(mediaId);
            e.nextObjectId = std::max(e.nextObjectId, intMemberOr(jm, "nextObjectId", 1, where));
        }
        project.nextMediaId_ = std::max(project.nextMediaId_, intMemberOr(root, "nextMediaId", 1, "the project"));
        project.nextClassId_ = std::max(project.nextClassId_, intMemberOr(root, "nextClassId", 1, "the project"));
    } catch (const AnnotationError& e) {
        throw AnnotationError(file + " is damaged: " + e.what());
    } catch (const json::exception& e) {
        throw AnnotationError(file + " is damaged: " + e.what());
    }
    project.undoStack()->clear();
    project.setModified(false);
}

void ProjectIO::write(const Project& project, const QString& path, const json& extra) {
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.isDir())
        throw AnnotationError("Cannot save the project as \"" + text(absolute) + "\": it is a folder.");
    if (info.exists() && !info.isWritable())
        throw AnnotationError("Cannot save the project: \"" + text(absolute) + "\" is read-only.");

    json root = toJson(project, info.absoluteDir());
    for (auto it = extra.begin(); it != extra.end(); ++it) root[it.key()] = it.value();
    const std::string bytes = root.dump(1);

    // QSaveFile writes a temporary file next to the target and renames it over the target only
    // when everything was written, so a failure at any point leaves the old file as it was.
    QSaveFile out(absolute);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly))
        throw AnnotationError("Cannot save the project to \"" + text(absolute) + "\": " +
                              text(out.errorString()) + ". Choose another place.");
    if (out.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size())) {
        const QString why = out.errorString();
        out.cancelWriting();
        throw AnnotationError("Writing the project to \"" + text(absolute) + "\" failed (" + text(why) +
                              "; is the disk full?). The previous file is unchanged.");
    }
    if (!out.commit())
        throw AnnotationError("Writing the project to \"" + text(absolute) + "\" failed (" +
                              text(out.errorString()) + "; is the disk full?). The previous file is unchanged.");
}

json ProjectIO::readJson(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QFile in(absolute);
    if (!in.open(QIODevice::ReadOnly))
        throw AnnotationError("Cannot open the project \"" + text(absolute) + "\": " + text(in.errorString()) + ".");
    if (in.size() > limits::kMaxJsonFileBytes)
        throw AnnotationError("The project \"" + text(absolute) + "\" is " + std::to_string(in.size() >> 20) +
                              " MB; project files may have up to " + std::to_string(limits::kMaxJsonFileBytes >> 20) +
                              " MB. Nothing was loaded.");
    const QByteArray bytes = in.readAll();
    if (in.error() != QFileDevice::NoError)
        throw AnnotationError("Cannot read the project \"" + text(absolute) + "\": " + text(in.errorString()) + ".");
    if (bytes.trimmed().isEmpty())
        throw AnnotationError("The project \"" + text(absolute) + "\" is empty (an interrupted save?).");
    try {
        return json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const json::parse_error& e) {
        throw AnnotationError("The project \"" + text(absolute) +
                              "\" is not valid JSON (truncated or damaged) near byte " +
                              std::to_string(e.byte) + ". Nothing was loaded.");
    }
}

std::unique_ptr<Project> ProjectIO::read(const QString& path, QStringList* warnings) {
    const QFileInfo info(path);
    const json root = readJson(path);
    auto project = std::make_unique<Project>();
    QStringList found;
    fromJson(*project, root, info.absoluteDir(), &found, info.absoluteFilePath());
    project->setFilePath(info.absoluteFilePath());
    project->setModified(false);
    if (warnings) *warnings += found;
    return project;
}

} // namespace s2s
