#include "model/yaml_lite.h"

#include <sstream>

#include "model/error.h"

namespace sam2::yaml {

const Node* Node::find(const std::string& key) const {
  if (kind != Kind::Map) return nullptr;
  for (const auto& [k, v] : map)
    if (k == key) return &v;
  return nullptr;
}

namespace {

struct Line {
  int indent = 0;
  std::string text;  // without indentation, comment and trailing spaces
  int number = 0;
};

class Parser {
 public:
  Parser(const std::string& text, std::string source) : source_(std::move(source)) { split(text); }

  Node run() {
    if (lines_.empty()) return Node{};
    size_t i = 0;
    Node root = block(i, lines_[0].indent, 1);
    if (i != lines_.size()) fail(lines_[i].number, "unexpected indentation");
    return root;
  }

 private:
  [[noreturn]] void fail(int line, const std::string& why) const {
    throw Sam2Error(source_ + ":" + std::to_string(line) + ": " + why);
  }

  // Removes a comment (a '#' at the start or after a space, outside quotes).
  static std::string stripComment(const std::string& s) {
    char quote = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t')) {
        return s.substr(0, i);
      }
    }
    return s;
  }

  void split(const std::string& text) {
    std::istringstream in(text);
    std::string raw;
    int number = 0;
    std::vector<size_t> indents;  // the indentations of the open levels
    while (std::getline(in, raw)) {
      ++number;
      if (!raw.empty() && raw.back() == '\r') raw.pop_back();
      std::string s = stripComment(raw);
      while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
      size_t indent = 0;
      while (indent < s.size() && s[indent] == ' ') ++indent;
      if (indent == s.size()) continue;  // blank or comment-only
      if (s[indent] == '\t') fail(number, "tab used for indentation");
      const std::string body = s.substr(indent);
      if (body == "---" || body == "...") {
        if (!lines_.empty()) fail(number, "only one YAML document is supported");
        continue;
      }
      // Each deeper indentation opens a level: refuse deep nesting here already, before a
      // hostile file's lines are all kept.
      while (!indents.empty() && indents.back() > indent) indents.pop_back();
      if (indents.empty() || indents.back() < indent) indents.push_back(indent);
      checkDepth(static_cast<int>(indents.size()), number);
      lines_.push_back({int(indent), body, number});
    }
  }

  static bool isListItem(const std::string& t) { return t == "-" || t.rfind("- ", 0) == 0; }

  // Nesting is refused past kMaxDepth levels (maps by indentation and [lists] alike): the
  // official configs nest 5 deep, and a hostile file nested thousands of levels must not overflow
  // the stack of this recursive parser.
  void checkDepth(int depth, int line) const {
    if (depth > kMaxDepth)
      fail(line, "nested deeper than " + std::to_string(kMaxDepth) + " levels (a SAM 2 config nests about 5)");
  }

  // A block (map or list) whose lines sit exactly at `indent`, `depth` levels down.
  Node block(size_t& i, int indent, int depth) {
    checkDepth(depth, lines_[i].number);
    Node node;
    node.line = lines_[i].number;
    if (isListItem(lines_[i].text)) {
      node.kind = Node::Kind::List;
      while (i < lines_.size() && lines_[i].indent == indent && isListItem(lines_[i].text)) {
        const Line& l = lines_[i];
        const std::string rest = l.text.size() > 1 ? trim(l.text.substr(2)) : "";
        if (rest.empty() || splitKey(rest, l.number).first.size())
          fail(l.number, "only lists of plain values are supported (\"- value\")");
        node.list.push_back(inlineValue(rest, l.number, depth + 1));
        ++i;
      }
    } else {
      node.kind = Node::Kind::Map;
      while (i < lines_.size() && lines_[i].indent == indent) {
        const Line& l = lines_[i];
        if (isListItem(l.text)) fail(l.number, "a list item where a key was expected");
        auto [key, value] = splitKey(l.text, l.number);
        if (key.empty()) fail(l.number, "expected \"key: value\"");
        if (node.find(key)) fail(l.number, "duplicate key '" + key + "'");
        ++i;
        Node child;
        if (!value.empty()) {
          child = inlineValue(value, l.number, depth + 1);
        } else if (i < lines_.size() && lines_[i].indent > indent) {
          child = block(i, lines_[i].indent, depth + 1);
        } else if (i < lines_.size() && lines_[i].indent == indent && isListItem(lines_[i].text)) {
          child = block(i, indent, depth + 1);  // "key:\n- a\n- b" (list at the key's indentation)
        } else {
          child.kind = Node::Kind::Null;
          child.line = l.number;
        }
        node.map.push_back(Node::Entry{key, std::move(child)});
      }
    }
    if (i < lines_.size() && lines_[i].indent > indent) fail(lines_[i].number, "unexpected indentation");
    return node;
  }

  static std::string trim(const std::string& s) {
    size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
    return s.substr(b, e - b);
  }

  // "key: value" -> (key, value); ("", "") when the line has no key.
  std::pair<std::string, std::string> splitKey(const std::string& t, int line) const {
    if (t.empty() || t[0] == '[' || t[0] == '{' || t[0] == '\'' || t[0] == '"') return {"", ""};
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i] == ':' && (i + 1 == t.size() || t[i + 1] == ' ')) {
        std::string key = trim(t.substr(0, i));
        if (key.empty()) fail(line, "empty key");
        return {key, trim(t.substr(i + 1))};
      }
    }
    return {"", ""};
  }

  Node inlineValue(const std::string& text, int line, int depth) const {
    size_t pos = 0;
    Node n = flowItem(text, pos, line, /*inList=*/false, depth);
    while (pos < text.size() && text[pos] == ' ') ++pos;
    if (pos != text.size()) fail(line, "unexpected text after the value: '" + text.substr(pos) + "'");
    return n;
  }

  Node flowItem(const std::string& t, size_t& pos, int line, bool inList, int depth) const {
    checkDepth(depth, line);
    while (pos < t.size() && t[pos] == ' ') ++pos;
    Node n;
    n.line = line;
    if (pos >= t.size()) fail(line, "missing value");
    const char c = t[pos];
    if (c == '[') {
      n.kind = Node::Kind::List;
      ++pos;
      while (true) {
        while (pos < t.size() && t[pos] == ' ') ++pos;
        if (pos >= t.size()) fail(line, "unterminated [list] (lists must fit on one line)");
        if (t[pos] == ']') {
          ++pos;
          break;
        }
        n.list.push_back(flowItem(t, pos, line, true, depth + 1));
        while (pos < t.size() && t[pos] == ' ') ++pos;
        if (pos >= t.size()) fail(line, "unterminated [list] (lists must fit on one line)");
        if (t[pos] == ',') {
          ++pos;
        } else if (t[pos] != ']') {
          fail(line, "expected ',' or ']' in a list");
        }
      }
      return n;
    }
    if (c == '{') {
      if (t.compare(pos, 2, "{}") == 0) {
        pos += 2;
        n.kind = Node::Kind::Map;
        return n;
      }
      fail(line, "flow maps ({...}) are not supported; write the map as indented lines");
    }
    if (c == '\'' || c == '"') {
      const size_t end = t.find(c, pos + 1);
      if (end == std::string::npos) fail(line, "unterminated quoted string");
      n.kind = Node::Kind::Scalar;
      n.quoted = true;
      n.scalar = t.substr(pos + 1, end - pos - 1);
      pos = end + 1;
      return n;
    }
    if (c == '&' || c == '*' || c == '!' || c == '|' || c == '>')
      fail(line, std::string("YAML feature '") + c + "' (anchors, tags, block strings) is not supported");
    size_t end = pos;
    while (end < t.size() && !(inList && (t[end] == ',' || t[end] == ']'))) ++end;
    const std::string plain = trim(t.substr(pos, end - pos));
    pos = end;
    if (plain.find("${") != std::string::npos)
      fail(line, "interpolations (${...}) are not supported; write the value itself");
    if (plain == "null" || plain == "Null" || plain == "NULL" || plain == "~") {
      n.kind = Node::Kind::Null;
    } else {
      n.kind = Node::Kind::Scalar;
      n.scalar = plain;
    }
    return n;
  }

  static constexpr int kMaxDepth = 64;
  std::string source_;
  std::vector<Line> lines_;
};

}  // namespace

Node parse(const std::string& text, const std::string& source) { return Parser(text, source).run(); }

}  // namespace sam2::yaml
