#pragma once
// The one exception type model/ throws. Messages are written for a person: they say what was
// wrong and, where possible, what to do about it.
#include <stdexcept>
#include <string>

namespace sam2 {

class Sam2Error : public std::runtime_error {
 public:
  explicit Sam2Error(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace sam2
