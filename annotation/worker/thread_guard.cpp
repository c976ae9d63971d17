#include "annotation/worker/thread_guard.h"

#include <QCoreApplication>
#include <QThread>
#include <QtGlobal>

namespace s2s {

std::atomic<int> ThreadGuard::violations_{0};

bool ThreadGuard::checkWorkerThread(const char* where) {
    const QCoreApplication* app = QCoreApplication::instance();
    if (app == nullptr || QThread::currentThread() != app->thread())
        return true;
    violations_.fetch_add(1);
    qCritical("sam2studio: %s called on the GUI thread; refused (the model only runs on the "
              "inference worker's thread)", where);
    return false;
}

int ThreadGuard::violations() { return violations_.load(); }

void ThreadGuard::resetViolations() { violations_.store(0); }

} // namespace s2s
