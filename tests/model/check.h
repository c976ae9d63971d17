#pragma once
// A tiny test harness for model/ tests. They are plain C++ (no Qt) so that model/ and its tests
// build alone against a CUDA LibTorch (SAM2_MODEL_ONLY).
//
//   TEST_CASE(name) { CHECK(x == 1); CHECK_MSG(ok, "detail " + std::to_string(v)); }
//   int main(int argc, char** argv) { return check::runAll(argc, argv); }
//
// A failed CHECK records the failure and continues the test case; an exception ends the case as
// failed. runAll() ends with the line "N passed, M failed" and returns non-zero on any failure.
// An optional argument selects the cases whose name contains it.
#include <cstdio>
#include <exception>
#include <functional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace check {

struct Case {
  std::string name;
  std::function<void()> body;
};

inline std::vector<Case>& registry() {
  static std::vector<Case> cases;
  return cases;
}

inline int& failuresInCase() {
  static int failures = 0;
  return failures;
}

struct Registrar {
  Registrar(const char* name, std::function<void()> body) { registry().push_back({name, std::move(body)}); }
};

inline void fail(const char* file, int line, const std::string& what) {
  ++failuresInCase();
  std::fprintf(stderr, "  FAILED %s:%d: %s\n", file, line, what.c_str());
}

inline int runAll(int argc, char** argv) {
  const std::string filter = argc > 1 ? argv[1] : "";
  int passed = 0, failed = 0;
  for (const auto& c : registry()) {
    if (!filter.empty() && c.name.find(filter) == std::string::npos) continue;
    failuresInCase() = 0;
    std::fprintf(stderr, "RUN  %s\n", c.name.c_str());
    try {
      c.body();
    } catch (const std::exception& e) {
      fail(__FILE__, __LINE__, std::string("exception: ") + e.what());
    }
    if (failuresInCase() == 0) {
      ++passed;
      std::fprintf(stderr, "PASS %s\n", c.name.c_str());
    } else {
      ++failed;
      std::fprintf(stderr, "FAIL %s (%d failed checks)\n", c.name.c_str(), failuresInCase());
    }
  }
  std::printf("%d passed, %d failed\n", passed, failed);
  if (passed + failed == 0) {
    std::fprintf(stderr, "no test case matched\n");
    return 1;
  }
  return failed == 0 ? 0 : 1;
}

}  // namespace check

#define CHECK_CONCAT_INNER(a, b) a##b
#define CHECK_CONCAT(a, b) CHECK_CONCAT_INNER(a, b)
#define TEST_CASE(name)                                                              \
  static void CHECK_CONCAT(test_body_, __LINE__)();                                  \
  static ::check::Registrar CHECK_CONCAT(test_registrar_, __LINE__)(                 \
      name, CHECK_CONCAT(test_body_, __LINE__));                                     \
  static void CHECK_CONCAT(test_body_, __LINE__)()

#define CHECK(cond)                                              \
  do {                                                           \
    if (!(cond)) ::check::fail(__FILE__, __LINE__, #cond);       \
  } while (0)

// Like CHECK, but a failure ends the test case (for preconditions of the checks that follow).
#define REQUIRE(cond)                                                            \
  do {                                                                           \
    if (!(cond)) throw std::runtime_error(std::string("requirement failed: ") + #cond); \
  } while (0)

#define CHECK_MSG(cond, msg)                                                            \
  do {                                                                                  \
    if (!(cond)) ::check::fail(__FILE__, __LINE__, std::string(#cond) + ": " + (msg));  \
  } while (0)

// Expects `expr` to throw an exception of type `type` (e.g. sam2::Sam2Error).
#define CHECK_THROWS(expr, type)                                                       \
  do {                                                                                 \
    bool thrown_ = false;                                                              \
    try {                                                                              \
      (void)(expr);                                                                    \
    } catch (const type&) {                                                            \
      thrown_ = true;                                                                  \
    } catch (const std::exception& e) {                                                \
      ::check::fail(__FILE__, __LINE__, std::string(#expr) + " threw another type: " + e.what()); \
      thrown_ = true;                                                                  \
    }                                                                                  \
    if (!thrown_) ::check::fail(__FILE__, __LINE__, std::string(#expr) + " did not throw"); \
  } while (0)
