#include "model/pickle_reader.h"

#include <atomic>
#include <cstdio>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "model/error.h"

namespace sam2::pickle {

namespace {

// Limits that no checkpoint comes near but that stop a hostile file from exhausting memory.
constexpr size_t kMaxMemo = 1u << 24;
// Every opcode of one byte can create a value of ~200 bytes: without a cap a pickle's tree grew
// about 100 times faster than its input. An official checkpoint's pickle creates a few ten
// thousand values.
constexpr size_t kMaxValues = 1'000'000;

// Children of a value, for walking the tree.
template <typename Fn>
void forEachChild(const Value& v, Fn&& fn) {
  for (const auto& item : v.items) fn(item.get());
  for (const auto& [k, val] : v.entries) {
    fn(k.get());
    fn(val.get());
  }
  fn(v.callable.get());
  fn(v.state.get());
}

class Parser {
 public:
  Parser(const uint8_t* data, size_t size, std::string what) : data_(data), size_(size), what_(std::move(what)) {}
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  // Memo GETs and APPENDs can make a value contain itself, and shared_ptr cycles never free:
  // whatever the result does not reach (on an error: everything) has its children dropped here.
  ~Parser() {
    const std::unordered_set<const Value*> keep = reachableFrom(result_.get());
    for (const auto& weak : created_) {
      const ValuePtr v = weak.lock();
      if (!v || keep.count(v.get())) continue;
      v->items.clear();
      v->entries.clear();
      v->callable.reset();
      v->state.reset();
    }
  }

  ValuePtr run() {
    while (true) {
      if (pos_ >= size_) fail("ends without STOP (truncated?)");
      const size_t opPos = pos_;
      const uint8_t op = data_[pos_++];
      if (op == '.') break;  // STOP
      dispatch(op, opPos);
    }
    if (stack_.size() != 1) fail("STOP with " + std::to_string(stack_.size()) + " values on the stack");
    if (containsCycle(stack_.back().get())) fail("a value contains itself (a cycle through the memo)");
    result_ = stack_.back();
    return result_;
  }

 private:
  ValuePtr make(Value::Kind kind) {
    if (created_.size() >= kMaxValues)
      fail("more than " + std::to_string(kMaxValues) + " values (far more than any checkpoint)");
    auto v = std::make_shared<Value>();
    v->kind = kind;
    created_.push_back(v);
    return v;
  }

  static std::unordered_set<const Value*> reachableFrom(const Value* root) {
    std::unordered_set<const Value*> seen;
    std::vector<const Value*> todo;
    if (root) todo.push_back(root);
    while (!todo.empty()) {
      const Value* v = todo.back();
      todo.pop_back();
      if (!v || !seen.insert(v).second) continue;
      forEachChild(*v, [&](const Value* c) {
        if (c) todo.push_back(c);
      });
    }
    return seen;
  }

  // Iterative depth-first search with colours: a child on the current path is a cycle.
  static bool containsCycle(const Value* root) {
    enum { kOpen = 1, kDone = 2 };
    std::unordered_map<const Value*, int> colour;
    std::vector<std::pair<const Value*, bool>> todo{{root, false}};  // (value, children pushed)
    while (!todo.empty()) {
      auto [v, expanded] = todo.back();
      todo.pop_back();
      if (!v) continue;
      if (expanded) {
        colour[v] = kDone;
        continue;
      }
      const int c = colour[v];
      if (c == kDone) continue;
      if (c == kOpen) return true;
      colour[v] = kOpen;
      todo.emplace_back(v, true);
      bool cycle = false;
      forEachChild(*v, [&](const Value* child) {
        if (!child) return;
        const auto it = colour.find(child);
        if (it != colour.end() && it->second == kOpen) cycle = true;
        else if (it == colour.end() || it->second != kDone) todo.emplace_back(child, false);
      });
      if (cycle) return true;
    }
    return false;
  }

  [[noreturn]] void fail(const std::string& why) const {
    throw Sam2Error(what_ + ": malformed pickle at byte " + std::to_string(pos_) + ": " + why);
  }

  const uint8_t* take(size_t n) {
    if (n > size_ - pos_) fail("truncated (needs " + std::to_string(n) + " more bytes)");
    const uint8_t* p = data_ + pos_;
    pos_ += n;
    return p;
  }
  uint64_t readLE(size_t n) {
    const uint8_t* p = take(n);
    uint64_t v = 0;
    for (size_t i = 0; i < n; ++i) v |= uint64_t(p[i]) << (8 * i);
    return v;
  }
  std::string readBytes(uint64_t n) {
    if (n > size_ - pos_) fail("string of " + std::to_string(n) + " bytes runs past the end");
    const uint8_t* p = take(size_t(n));
    return std::string(reinterpret_cast<const char*>(p), size_t(n));
  }
  std::string readLine() {
    const size_t start = pos_;
    while (pos_ < size_ && data_[pos_] != '\n') ++pos_;
    if (pos_ >= size_) fail("unterminated text line");
    std::string line(reinterpret_cast<const char*>(data_ + start), pos_ - start);
    ++pos_;
    return line;
  }

  void push(ValuePtr v) { stack_.push_back(std::move(v)); }
  ValuePtr pop() {
    if (stack_.empty() || (!marks_.empty() && stack_.size() <= marks_.back())) fail("stack underflow");
    ValuePtr v = std::move(stack_.back());
    stack_.pop_back();
    return v;
  }
  ValuePtr& top() {
    if (stack_.empty() || (!marks_.empty() && stack_.size() <= marks_.back())) fail("stack underflow");
    return stack_.back();
  }
  // Pops everything above the last MARK (and the mark).
  std::vector<ValuePtr> popToMark() {
    if (marks_.empty()) fail("no MARK");
    const size_t m = marks_.back();
    marks_.pop_back();
    if (m > stack_.size()) fail("MARK above the stack");
    std::vector<ValuePtr> items(std::make_move_iterator(stack_.begin() + long(m)),
                                std::make_move_iterator(stack_.end()));
    stack_.resize(m);
    return items;
  }

  void memoPut(uint64_t index) {
    if (index >= kMaxMemo) fail("memo index " + std::to_string(index) + " too large");
    if (stack_.empty()) fail("memoize with an empty stack");
    memo_[index] = stack_.back();
  }
  void memoGet(uint64_t index) {
    auto it = memo_.find(index);
    if (it == memo_.end()) fail("memo index " + std::to_string(index) + " not set");
    push(it->second);
  }

  ValuePtr tuple(std::vector<ValuePtr> items) {
    auto t = make(Value::Kind::Tuple);
    t->items = std::move(items);
    return t;
  }
  ValuePtr integer(int64_t i) {
    auto v = make(Value::Kind::Int);
    v->integer = i;
    return v;
  }
  ValuePtr string(std::string s, Value::Kind kind = Value::Kind::String) {
    auto v = make(kind);
    v->text = std::move(s);
    return v;
  }
  ValuePtr global(const std::string& module, const std::string& name) {
    return string(module + "." + name, Value::Kind::Global);
  }

  // REDUCE / NEWOBJ: OrderedDict becomes a Dict, everything else a Call node.
  ValuePtr call(const ValuePtr& callable, const ValuePtr& args) {
    if (callable->kind != Value::Kind::Global) fail("call of a non-global (" + callable->describe() + ")");
    if (args->kind != Value::Kind::Tuple) fail("call arguments are not a tuple");
    if (callable->text == "collections.OrderedDict") {
      auto d = make(Value::Kind::Dict);
      // OrderedDict([(k, v), ...]) — torch uses SETITEMS instead, but accept the list form.
      if (!args->items.empty()) {
        const ValuePtr& pairs = args->items[0];
        if (pairs->kind != Value::Kind::List && pairs->kind != Value::Kind::Tuple) fail("bad OrderedDict argument");
        for (const auto& p : pairs->items) {
          if (p->kind != Value::Kind::Tuple || p->items.size() != 2) fail("bad OrderedDict item");
          d->entries.emplace_back(p->items[0], p->items[1]);
        }
      }
      return d;
    }
    auto c = make(Value::Kind::Call);
    c->callable = callable;
    c->items = args->items;
    return c;
  }

  void setItems(std::vector<ValuePtr> kv) {
    if (kv.size() % 2 != 0) fail("SETITEMS with an odd number of values");
    ValuePtr& d = top();
    if (d->kind != Value::Kind::Dict) fail("SETITEM(S) on " + d->describe());
    for (size_t i = 0; i < kv.size(); i += 2) d->entries.emplace_back(std::move(kv[i]), std::move(kv[i + 1]));
  }

  void dispatch(uint8_t op, size_t opPos) {
    switch (op) {
      case 0x80: readLE(1); break;           // PROTO
      case 0x95: readLE(8); break;           // FRAME (protocol 4): only a hint for buffered reading
      case '(': marks_.push_back(stack_.size()); break;   // MARK
      case '}': push(make(Value::Kind::Dict)); break;     // EMPTY_DICT
      case ']': push(make(Value::Kind::List)); break;     // EMPTY_LIST
      case ')': push(tuple({})); break;                   // EMPTY_TUPLE
      case 't': push(tuple(popToMark())); break;          // TUPLE
      case 0x85: { auto a = pop(); push(tuple({a})); break; }                           // TUPLE1
      case 0x86: { auto b = pop(); auto a = pop(); push(tuple({a, b})); break; }        // TUPLE2
      case 0x87: { auto c = pop(); auto b = pop(); auto a = pop(); push(tuple({a, b, c})); break; }  // TUPLE3
      case 'l': { auto l = make(Value::Kind::List); l->items = popToMark(); push(l); break; }   // LIST
      case 'd': {                                                                        // DICT
        auto kv = popToMark();
        push(make(Value::Kind::Dict));
        setItems(std::move(kv));
        break;
      }
      case 'N': push(make(Value::Kind::None)); break;     // NONE
      case 0x88:                                           // NEWTRUE
      case 0x89: {                                         // NEWFALSE
        auto v = make(Value::Kind::Bool);
        v->boolean = op == 0x88;
        push(v);
        break;
      }
      case 'J': push(integer(int32_t(uint32_t(readLE(4))))); break;  // BININT
      case 'K': push(integer(int64_t(readLE(1)))); break;            // BININT1
      case 'M': push(integer(int64_t(readLE(2)))); break;            // BININT2
      case 0x8a: {                                                    // LONG1
        const size_t n = size_t(readLE(1));
        if (n > 8) fail("integer of " + std::to_string(n) + " bytes does not fit 64 bits");
        if (n == 0) {
          push(integer(0));
          break;
        }
        uint64_t v = readLE(n);
        if (n < 8 && (v >> (8 * n - 1)) & 1) v |= ~uint64_t(0) << (8 * n);  // sign-extend
        push(integer(int64_t(v)));
        break;
      }
      case 'G': {                                                     // BINFLOAT (big-endian)
        const uint8_t* p = take(8);
        uint64_t bits = 0;
        for (int i = 0; i < 8; ++i) bits = (bits << 8) | p[i];
        auto v = make(Value::Kind::Float);
        std::memcpy(&v->real, &bits, sizeof bits);
        push(v);
        break;
      }
      case 'X': push(string(readBytes(readLE(4)))); break;            // BINUNICODE
      case 0x8c: push(string(readBytes(readLE(1)))); break;           // SHORT_BINUNICODE
      case 0x8d: push(string(readBytes(readLE(8)))); break;           // BINUNICODE8
      case 'T': push(string(readBytes(readLE(4)))); break;            // BINSTRING
      case 'U': push(string(readBytes(readLE(1)))); break;            // SHORT_BINSTRING
      case 'B': push(string(readBytes(readLE(4)), Value::Kind::Bytes)); break;   // BINBYTES
      case 'C': push(string(readBytes(readLE(1)), Value::Kind::Bytes)); break;   // SHORT_BINBYTES
      case 'c': {                                                     // GLOBAL
        const std::string module = readLine();
        const std::string name = readLine();
        push(global(module, name));
        break;
      }
      case 0x93: {                                                    // STACK_GLOBAL
        auto name = pop();
        auto module = pop();
        if (!module->isString() || !name->isString()) fail("STACK_GLOBAL needs two strings");
        push(global(module->text, name->text));
        break;
      }
      case 'q': memoPut(readLE(1)); break;        // BINPUT
      case 'r': memoPut(readLE(4)); break;        // LONG_BINPUT
      case 0x94: memoPut(memo_.size()); break;    // MEMOIZE
      case 'h': memoGet(readLE(1)); break;        // BINGET
      case 'j': memoGet(readLE(4)); break;        // LONG_BINGET
      case 'R':                                   // REDUCE
      case 0x81: {                                // NEWOBJ
        auto args = pop();
        auto callable = pop();
        push(call(callable, args));
        break;
      }
      case 'b': {                                 // BUILD
        auto state = pop();
        ValuePtr& obj = top();
        if (obj->kind != Value::Kind::Call && obj->kind != Value::Kind::Dict) fail("BUILD on " + obj->describe());
        obj->state = std::move(state);
        break;
      }
      case 's': {                                 // SETITEM
        auto v = pop();
        auto k = pop();
        setItems({k, v});
        break;
      }
      case 'u': setItems(popToMark()); break;     // SETITEMS
      case 'a': {                                 // APPEND
        auto v = pop();
        ValuePtr& l = top();
        if (l->kind != Value::Kind::List) fail("APPEND on " + l->describe());
        l->items.push_back(std::move(v));
        break;
      }
      case 'e': {                                 // APPENDS
        auto vs = popToMark();
        ValuePtr& l = top();
        if (l->kind != Value::Kind::List) fail("APPENDS on " + l->describe());
        for (auto& v : vs) l->items.push_back(std::move(v));
        break;
      }
      case 'Q': {                                 // BINPERSID
        auto id = pop();
        if (id->kind != Value::Kind::Tuple) fail("persistent id is not a tuple");
        auto p = make(Value::Kind::PersistentId);
        p->items = id->items;
        push(p);
        break;
      }
      case '0': pop(); break;                     // POP
      case '1': popToMark(); break;               // POP_MARK
      case '2': push(top()); break;               // DUP
      default: {
        pos_ = opPos;
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02x", op);
        fail(std::string("unsupported opcode ") + hex);
      }
    }
  }

  const uint8_t* data_;
  size_t size_;
  std::string what_;
  size_t pos_ = 0;
  std::vector<ValuePtr> stack_;
  std::vector<size_t> marks_;
  std::unordered_map<uint64_t, ValuePtr> memo_;
  std::vector<std::weak_ptr<Value>> created_;  // every value made, to break cycles at the end
  ValuePtr result_;
};

}  // namespace

namespace {

// Moves a value's children out, so that destroying it recurses no further.
void detachChildren(Value& v, std::vector<ValuePtr>& out) {
  for (auto& item : v.items) out.push_back(std::move(item));
  for (auto& [k, val] : v.entries) {
    out.push_back(std::move(k));
    out.push_back(std::move(val));
  }
  if (v.callable) out.push_back(std::move(v.callable));
  if (v.state) out.push_back(std::move(v.state));
  v.items.clear();
  v.entries.clear();
}

}  // namespace

namespace {
std::atomic<long> liveValues{0};
}  // namespace

Value::Value() { liveValues.fetch_add(1, std::memory_order_relaxed); }

long Value::liveCount() { return liveValues.load(); }

Value::~Value() {
  liveValues.fetch_sub(1, std::memory_order_relaxed);
  std::vector<ValuePtr> pending;
  detachChildren(*this, pending);
  while (!pending.empty()) {
    ValuePtr v = std::move(pending.back());
    pending.pop_back();
    // Only the last owner takes the children apart; shared values die with their last owner.
    if (v && v.use_count() == 1) detachChildren(*v, pending);
  }
}

ValuePtr Value::get(const std::string& key) const {
  if (kind != Kind::Dict) return nullptr;
  for (const auto& [k, v] : entries)
    if (k && k->kind == Kind::String && k->text == key) return v;
  return nullptr;
}

std::string Value::describe() const {
  switch (kind) {
    case Kind::None: return "None";
    case Kind::Bool: return boolean ? "True" : "False";
    case Kind::Int: return "int " + std::to_string(integer);
    case Kind::Float: return "float " + std::to_string(real);
    case Kind::String: return "string '" + text.substr(0, 60) + "'";
    case Kind::Bytes: return "bytes (" + std::to_string(text.size()) + ")";
    case Kind::Tuple: return "tuple of " + std::to_string(items.size());
    case Kind::List: return "list of " + std::to_string(items.size());
    case Kind::Dict: return "dict with " + std::to_string(entries.size()) + " entries";
    case Kind::Global: return "global " + text;
    case Kind::Call: return "call of " + (callable ? callable->text : std::string("?"));
    case Kind::PersistentId: return "persistent id";
  }
  return "?";
}

ValuePtr parsePickle(const uint8_t* data, size_t size, const std::string& what) {
  if (data == nullptr || size == 0) throw Sam2Error(what + ": empty pickle");
  return Parser(data, size, what).run();
}

}  // namespace sam2::pickle
