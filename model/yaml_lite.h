#pragma once
// The subset of YAML the official SAM 2 configs use (no LibTorch, no external YAML library):
// block maps by indentation, scalars (plain, 'single' or "double" quoted), flow lists like
// [1, 2] (nested allowed), block lists of scalars ("- x"), comments, `null` / `~`, and the
// `# @package _global_` header (a comment). Anchors, tags, multi-line strings, flow maps and
// `${...}` interpolations are rejected with a clear message, never misread. Nesting deeper than
// 64 levels (block or flow) is refused, so a hostile file cannot overflow the parser's stack.
#include <string>
#include <utility>
#include <vector>

namespace sam2::yaml {

struct Node {
  struct Entry;  // a key and its value (a struct, not std::pair: clang will not instantiate
                 // std::pair<std::string, Node> while Node is still incomplete)
  enum class Kind { Null, Scalar, List, Map };
  Kind kind = Kind::Null;
  std::string scalar;                              // Scalar: the text (quotes removed)
  bool quoted = false;                             // Scalar: it was quoted (always a string)
  std::vector<Node> list;                          // List
  std::vector<Entry> map;                          // Map, in file order
  int line = 0;                                    // 1-based line where the node starts

  const Node* find(const std::string& key) const;
};

struct Node::Entry {
  std::string first;
  Node second;
};

// Parses a document. Throws Sam2Error("<source>:<line>: <reason>") on anything outside the subset.
Node parse(const std::string& text, const std::string& source = "yaml");

}  // namespace sam2::yaml
