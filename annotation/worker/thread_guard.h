#pragma once
// The model must never run on the GUI thread: a click that waited on an encoder would freeze the
// window. Every entry point of the worker that reaches the model calls
// ThreadGuard::checkWorkerThread(), which works in Release builds too: a call from the
// application's main thread is counted, logged, and refused (the entry point returns an error
// instead of running the model). Tests read violations() and expect 0.
#include <atomic>

namespace s2s {

class ThreadGuard {
public:
    // True when the caller is not on QCoreApplication's thread (or there is no application).
    // Otherwise counts a violation, logs `where` with qCritical and returns false.
    static bool checkWorkerThread(const char* where);
    static int violations();
    static void resetViolations();

private:
    static std::atomic<int> violations_;
};

} // namespace s2s
