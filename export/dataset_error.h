#pragma once
// The exception of export/: a message a person can act on (which file, which frame, what to do).
#include <stdexcept>
#include <string>

#include <QString>

namespace s2s {

class DatasetError : public std::runtime_error {
public:
    explicit DatasetError(const std::string& message) : std::runtime_error(message) {}
    explicit DatasetError(const QString& message) : std::runtime_error(message.toStdString()) {}
};

// Thrown when the progress callback asked to stop; nothing was written.
class DatasetCancelled : public DatasetError {
public:
    DatasetCancelled() : DatasetError(std::string("cancelled; nothing was written")) {}
};

} // namespace s2s
