#pragma once
// The one exception type of annotation/: its message is meant for a person (what failed, which
// file or mask, what to do), so callers can show e.what() as is.
#include <stdexcept>
#include <string>

namespace s2s {

class AnnotationError : public std::runtime_error {
public:
    explicit AnnotationError(const std::string& message) : std::runtime_error(message) {}
};

} // namespace s2s
