// Renders the application icon's SVG into the PNG sizes of the hicolor icon theme.
//
// Debian 12 without qt6-svg has no SVG rasteriser that a build may count on, so this tool draws
// the small SVG subset the icon is written in with QPainter. Anything outside that subset is an
// error, never skipped: the PNGs must show exactly what the SVG shows.
//
// Usage: sam2studio-render-icon <icon.svg> <output root> <icon name> <size>...
// writes <output root>/<size>x<size>/apps/<icon name>.png for every size.
#include <QColor>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QRectF>
#include <QSet>
#include <QXmlStreamReader>

#include <cstdio>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct RenderError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const QString& message) { throw RenderError(message.toStdString()); }

double parseNumber(const QString& text, const char* what) {
  bool ok = false;
  QString trimmed = text.trimmed();
  if (trimmed.endsWith(QLatin1String("px"))) trimmed.chop(2);
  const double value = trimmed.toDouble(&ok);
  if (!ok) fail(QStringLiteral("'%1' is not a number (%2)").arg(text, QLatin1String(what)));
  return value;
}

QColor parseColor(const QString& text) {
  const QColor color = QColor::fromString(text.trimmed());
  if (!text.trimmed().startsWith(QLatin1Char('#')) || !color.isValid())
    fail(QStringLiteral("colour '%1' is not #rgb or #rrggbb").arg(text));
  return color;
}

// A shape's geometry in the SVG's user units, and how to paint it.
struct Shape {
  QPainterPath path;
  std::optional<QBrush> fill;
  std::optional<QPen> stroke;
};

// Parses SVG path data: M L H V C S Q T Z, absolute and relative (arcs are not supported).
class PathDataParser {
 public:
  explicit PathDataParser(const QString& data) : data_(data) {}

  QPainterPath parse() {
    QChar command;
    while (skipSeparators(), pos_ < data_.size()) {
      if (data_.at(pos_).isLetter()) {
        command = data_.at(pos_++);
      } else if (command.isNull()) {
        fail(QStringLiteral("path data must start with a command: '%1'").arg(data_));
      }
      apply(command);
      // After a moveto, further coordinate pairs are implicit linetos.
      if (command == QLatin1Char('M')) command = QLatin1Char('L');
      if (command == QLatin1Char('m')) command = QLatin1Char('l');
    }
    return path_;
  }

 private:
  void skipSeparators() {
    while (pos_ < data_.size() && (data_.at(pos_).isSpace() || data_.at(pos_) == QLatin1Char(','))) ++pos_;
  }

  double number() {
    skipSeparators();
    const qsizetype start = pos_;
    if (pos_ < data_.size() && (data_.at(pos_) == QLatin1Char('-') || data_.at(pos_) == QLatin1Char('+'))) ++pos_;
    bool seenExponent = false;
    while (pos_ < data_.size()) {
      const QChar c = data_.at(pos_);
      if (c.isDigit() || c == QLatin1Char('.')) {
        ++pos_;
      } else if (!seenExponent && (c == QLatin1Char('e') || c == QLatin1Char('E'))) {
        seenExponent = true;
        ++pos_;
        if (pos_ < data_.size() && (data_.at(pos_) == QLatin1Char('-') || data_.at(pos_) == QLatin1Char('+'))) ++pos_;
      } else {
        break;
      }
    }
    return parseNumber(data_.mid(start, pos_ - start), "path coordinate");
  }

  // Relative coordinates count from the current point, which stays put until the segment is added.
  QPointF point(bool relative) {
    const double x = number();  // two statements: the x must be read before the y
    const double y = number();
    return relative ? path_.currentPosition() + QPointF(x, y) : QPointF(x, y);
  }

  void apply(QChar command) {
    const bool relative = command.isLower();
    const QPointF current = path_.currentPosition();
    switch (command.toUpper().toLatin1()) {
      case 'M':
        path_.moveTo(point(relative));
        lastControl_.reset();
        break;
      case 'L':
        path_.lineTo(point(relative));
        lastControl_.reset();
        break;
      case 'H': {
        const double x = number();
        path_.lineTo(relative ? current.x() + x : x, current.y());
        lastControl_.reset();
        break;
      }
      case 'V': {
        const double y = number();
        path_.lineTo(current.x(), relative ? current.y() + y : y);
        lastControl_.reset();
        break;
      }
      case 'C': {
        const QPointF c1 = point(relative);
        const QPointF c2 = point(relative);
        const QPointF end = point(relative);
        path_.cubicTo(c1, c2, end);
        lastControl_ = c2;
        break;
      }
      case 'S': {
        const QPointF c1 = lastControl_ ? 2 * current - *lastControl_ : current;
        const QPointF c2 = point(relative);
        const QPointF end = point(relative);
        path_.cubicTo(c1, c2, end);
        lastControl_ = c2;
        break;
      }
      case 'Q': {
        const QPointF c = point(relative);
        const QPointF end = point(relative);
        path_.quadTo(c, end);
        lastControl_ = c;
        break;
      }
      case 'T': {
        const QPointF c = lastControl_ ? 2 * current - *lastControl_ : current;
        path_.quadTo(c, point(relative));
        lastControl_ = c;
        break;
      }
      case 'Z':
        path_.closeSubpath();
        lastControl_.reset();
        break;
      default:
        fail(QStringLiteral("path command '%1' is not supported").arg(command));
    }
  }

  QString data_;
  qsizetype pos_ = 0;
  QPainterPath path_;
  std::optional<QPointF> lastControl_;  // for the smooth S/T commands
};

class IconDocument {
 public:
  explicit IconDocument(const QString& fileName) {
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) fail(QStringLiteral("cannot read %1: %2").arg(fileName, file.errorString()));
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
      if (xml.readNext() != QXmlStreamReader::StartElement) continue;
      readElement(xml);
    }
    if (xml.hasError()) fail(QStringLiteral("%1:%2: %3").arg(fileName).arg(xml.lineNumber()).arg(xml.errorString()));
    if (viewBox_.isEmpty()) fail(QStringLiteral("the <svg> element needs a viewBox"));
  }

  QImage render(int size) const {
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / viewBox_.width(), size / viewBox_.height());
    painter.translate(-viewBox_.topLeft());
    for (const Shape& shape : shapes_) {
      if (shape.fill) painter.fillPath(shape.path, *shape.fill);
      if (shape.stroke) painter.strokePath(shape.path, *shape.stroke);
    }
    painter.end();
    return image;
  }

 private:
  using Attributes = QXmlStreamAttributes;

  static void requireOnly(const QXmlStreamReader& xml, const QSet<QString>& allowed) {
    for (const auto& attribute : xml.attributes()) {
      const QString name = attribute.qualifiedName().toString();
      if (!attribute.namespaceUri().isEmpty() && !attribute.prefix().isEmpty()) continue;  // xmlns:*, xml:*
      if (!allowed.contains(name))
        fail(QStringLiteral("line %1: attribute '%2' of <%3> is not supported")
                 .arg(xml.lineNumber())
                 .arg(name, xml.name().toString()));
    }
  }

  static double attr(const Attributes& a, const char* name, std::optional<double> fallback = std::nullopt) {
    const QString key = QLatin1String(name);
    if (!a.hasAttribute(key)) {
      if (fallback) return *fallback;
      fail(QStringLiteral("missing attribute '%1'").arg(key));
    }
    return parseNumber(a.value(key).toString(), name);
  }

  static double opacity(const Attributes& a, const char* name) {
    const double value = attr(a, name, 1.0);
    if (value < 0 || value > 1) fail(QStringLiteral("%1 must lie in [0, 1]").arg(QLatin1String(name)));
    return value;
  }

  void readElement(QXmlStreamReader& xml) {
    static const QSet<QString> kPaint = {QStringLiteral("fill"),           QStringLiteral("fill-opacity"),
                                         QStringLiteral("stroke"),         QStringLiteral("stroke-width"),
                                         QStringLiteral("stroke-opacity"), QStringLiteral("stroke-linejoin"),
                                         QStringLiteral("stroke-linecap"), QStringLiteral("id")};
    const QString name = xml.name().toString();
    const Attributes a = xml.attributes();
    if (name == QLatin1String("svg")) {
      requireOnly(xml, {QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("viewBox"),
                        QStringLiteral("version")});
      const QStringList box = a.value(QLatin1String("viewBox")).toString().simplified().split(QLatin1Char(' '));
      if (box.size() != 4) fail(QStringLiteral("viewBox needs four numbers"));
      viewBox_ = QRectF(parseNumber(box[0], "viewBox"), parseNumber(box[1], "viewBox"), parseNumber(box[2], "viewBox"),
                        parseNumber(box[3], "viewBox"));
    } else if (name == QLatin1String("title") || name == QLatin1String("desc") ||
               name == QLatin1String("metadata")) {
      xml.skipCurrentElement();
    } else if (name == QLatin1String("defs")) {
      requireOnly(xml, {});
    } else if (name == QLatin1String("linearGradient")) {
      readGradient(xml);
    } else if (name == QLatin1String("rect")) {
      QSet<QString> allowed = kPaint;
      allowed.unite({QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("width"), QStringLiteral("height"),
                     QStringLiteral("rx"), QStringLiteral("ry")});
      requireOnly(xml, allowed);
      Shape shape;
      const QRectF rect(attr(a, "x", 0.0), attr(a, "y", 0.0), attr(a, "width"), attr(a, "height"));
      // SVG: a missing rx or ry takes the other's value.
      const double rx = attr(a, "rx", a.hasAttribute(QLatin1String("ry")) ? attr(a, "ry") : 0.0);
      const double ry = attr(a, "ry", rx);
      shape.path.addRoundedRect(rect, rx, ry);
      addShape(std::move(shape), a);
    } else if (name == QLatin1String("circle")) {
      QSet<QString> allowed = kPaint;
      allowed.unite({QStringLiteral("cx"), QStringLiteral("cy"), QStringLiteral("r")});
      requireOnly(xml, allowed);
      Shape shape;
      const double r = attr(a, "r");
      shape.path.addEllipse(QPointF(attr(a, "cx", 0.0), attr(a, "cy", 0.0)), r, r);
      addShape(std::move(shape), a);
    } else if (name == QLatin1String("path")) {
      QSet<QString> allowed = kPaint;
      allowed.insert(QStringLiteral("d"));
      requireOnly(xml, allowed);
      Shape shape;
      shape.path = PathDataParser(a.value(QLatin1String("d")).toString()).parse();
      addShape(std::move(shape), a);
    } else {
      fail(QStringLiteral("line %1: element <%2> is not supported").arg(xml.lineNumber()).arg(name));
    }
  }

  void readGradient(QXmlStreamReader& xml) {
    requireOnly(xml, {QStringLiteral("id"), QStringLiteral("gradientUnits"), QStringLiteral("x1"), QStringLiteral("y1"),
                      QStringLiteral("x2"), QStringLiteral("y2")});
    const Attributes a = xml.attributes();
    if (a.value(QLatin1String("gradientUnits")) != QLatin1String("userSpaceOnUse"))
      fail(QStringLiteral("only gradientUnits=\"userSpaceOnUse\" is supported"));
    QLinearGradient gradient(attr(a, "x1"), attr(a, "y1"), attr(a, "x2"), attr(a, "y2"));
    while (xml.readNextStartElement()) {
      if (xml.name() != QLatin1String("stop")) fail(QStringLiteral("<linearGradient> may hold only <stop>"));
      requireOnly(xml, {QStringLiteral("offset"), QStringLiteral("stop-color"), QStringLiteral("stop-opacity")});
      const Attributes s = xml.attributes();
      QColor color = parseColor(s.value(QLatin1String("stop-color")).toString());
      color.setAlphaF(static_cast<float>(opacity(s, "stop-opacity")));
      gradient.setColorAt(attr(s, "offset"), color);
      xml.skipCurrentElement();
    }
    gradients_.insert(a.value(QLatin1String("id")).toString(), gradient);
  }

  std::optional<QBrush> paint(const Attributes& a, const char* which, const char* opacityName,
                              const char* fallback) const {
    const QString value = a.hasAttribute(QLatin1String(which)) ? a.value(QLatin1String(which)).toString()
                                                                : QLatin1String(fallback);
    if (value == QLatin1String("none")) return std::nullopt;
    const double alpha = opacity(a, opacityName);
    if (value.startsWith(QLatin1String("url(#")) && value.endsWith(QLatin1Char(')'))) {
      const QString id = value.mid(5, value.size() - 6);
      if (!gradients_.contains(id)) fail(QStringLiteral("unknown gradient '%1' (define it before use)").arg(id));
      if (alpha != 1.0) fail(QStringLiteral("opacity on a gradient paint is not supported"));
      return QBrush(gradients_.value(id));
    }
    QColor color = parseColor(value);
    color.setAlphaF(static_cast<float>(alpha));
    return QBrush(color);
  }

  void addShape(Shape shape, const Attributes& a) {
    shape.fill = paint(a, "fill", "fill-opacity", "#000000");
    if (auto strokeBrush = paint(a, "stroke", "stroke-opacity", "none")) {
      QPen pen(*strokeBrush, attr(a, "stroke-width", 1.0));
      const QString join = a.value(QLatin1String("stroke-linejoin")).toString();
      pen.setJoinStyle(join == QLatin1String("round")   ? Qt::RoundJoin
                       : join == QLatin1String("bevel") ? Qt::BevelJoin
                                                        : Qt::SvgMiterJoin);
      pen.setMiterLimit(4);  // the SVG default
      const QString cap = a.value(QLatin1String("stroke-linecap")).toString();
      pen.setCapStyle(cap == QLatin1String("round")    ? Qt::RoundCap
                      : cap == QLatin1String("square") ? Qt::SquareCap
                                                       : Qt::FlatCap);
      shape.stroke = pen;
    }
    shapes_.push_back(std::move(shape));
  }

  QRectF viewBox_;
  QHash<QString, QLinearGradient> gradients_;
  std::vector<Shape> shapes_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: %s <icon.svg> <output root> <icon name> <size>...\n", argv[0]);
    return 2;
  }
  try {
    const IconDocument icon(QString::fromLocal8Bit(argv[1]));
    const QString root = QString::fromLocal8Bit(argv[2]);
    const QString iconName = QString::fromLocal8Bit(argv[3]);
    for (int i = 4; i < argc; ++i) {
      const int size = static_cast<int>(parseNumber(QString::fromLocal8Bit(argv[i]), "icon size"));
      if (size < 1 || size > 4096) fail(QStringLiteral("icon size %1 is out of range").arg(size));
      const QString dir = QStringLiteral("%1/%2x%2/apps").arg(root).arg(size);
      if (!QDir().mkpath(dir)) fail(QStringLiteral("cannot create %1").arg(dir));
      const QString out = QStringLiteral("%1/%2.png").arg(dir, iconName);
      if (!icon.render(size).save(out, "PNG")) fail(QStringLiteral("cannot write %1").arg(out));
    }
  } catch (const RenderError& e) {
    std::fprintf(stderr, "sam2studio-render-icon: %s\n", e.what());
    return 1;
  }
  return 0;
}
