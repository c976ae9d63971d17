#pragma once
// A small, defensive reader for the pickles torch.save writes (protocol 2, some of 4), no ATen.
//
// It builds a plain value tree and never calls anything: a GLOBAL is kept as a name, and
// REDUCE / NEWOBJ of it become a `Call` node (callable + arguments + BUILD state) that the
// caller interprets (checkpoint.cpp turns torch._utils._rebuild_tensor_v2 calls into tensors).
// The one exception is collections.OrderedDict, which becomes a plain `Dict`, so that
// SETITEM(S) and BUILD (the state dict's `_metadata`) apply to it as they would in Python.
// Persistent ids (BINPERSID) become `PersistentId` nodes holding the id tuple.
//
// Every malformed input (unknown opcode, truncated data, stack underflow, bad memo index,
// oversized lengths) throws Sam2Error; nothing is trusted.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace sam2::pickle {

struct Value;
using ValuePtr = std::shared_ptr<Value>;

struct Value {
  Value();
  Value(const Value&) = delete;
  Value& operator=(const Value&) = delete;
  // Frees nested values iteratively: a hostile pickle nesting a million tuples must not
  // overflow the stack when its tree is destroyed.
  ~Value();

  enum class Kind { None, Bool, Int, Float, String, Bytes, Tuple, List, Dict, Global, Call, PersistentId };

  Kind kind = Kind::None;
  bool boolean = false;
  int64_t integer = 0;
  double real = 0.0;
  std::string text;                                     // String, Bytes; Global: "module.name"
  std::vector<ValuePtr> items;                          // Tuple, List; Call: its arguments;
                                                        // PersistentId: the id tuple's items
  std::vector<std::pair<ValuePtr, ValuePtr>> entries;   // Dict, in insertion order
  ValuePtr callable;                                    // Call: the Global called
  ValuePtr state;                                       // Call / Dict: what BUILD set

  bool isString() const { return kind == Kind::String; }
  bool isInt() const { return kind == Kind::Int; }
  bool isCallOf(const std::string& global) const {
    return kind == Kind::Call && callable && callable->text == global;
  }
  // Dict lookup by string key; nullptr when absent (or when this is not a Dict).
  ValuePtr get(const std::string& key) const;
  // A short description for error messages ("dict with 3 entries", "global torch.FloatStorage").
  std::string describe() const;
  // Values alive in the process (tests: a hostile pickle must leave none behind).
  static long liveCount();
};

// Parses a complete pickle. Throws Sam2Error (message prefixed by `what`) on malformed input.
ValuePtr parsePickle(const uint8_t* data, size_t size, const std::string& what = "pickle");

}  // namespace sam2::pickle
