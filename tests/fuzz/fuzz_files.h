#pragma once
// For harnesses of readers that take a path: the input is written to a file in a private
// temporary folder (one per fuzzing process, removed at exit), named as the reader expects.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace fuzz {

inline const std::filesystem::path& scratchFolder() {
  static const std::filesystem::path folder = [] {
    const char* shm = "/dev/shm";  // RAM-backed where it exists: millions of small writes
    std::string pattern = std::string(std::filesystem::is_directory(shm) ? shm : "/tmp") + "/s2s-fuzz-XXXXXX";
    if (!mkdtemp(pattern.data())) std::abort();
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(scratchFolder(), ec);
    });
    return std::filesystem::path(pattern);
  }();
  return folder;
}

// Writes the input to scratchFolder()/relative (folders created) and returns the full path.
inline std::string writeInput(const std::string& relative, const uint8_t* data, size_t size) {
  const std::filesystem::path path = scratchFolder() / relative;
  std::filesystem::create_directories(path.parent_path());
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) std::abort();
  if (size && std::fwrite(data, 1, size, f) != size) std::abort();
  std::fclose(f);
  return path.string();
}

}  // namespace fuzz
