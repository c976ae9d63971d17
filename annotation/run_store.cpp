#include "annotation/run_store.h"

#include <array>
#include <mutex>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define S2S_RUN_STORE_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define S2S_RUN_STORE_ASAN 1
#endif
#if defined(S2S_RUN_STORE_ASAN)
#include <sanitizer/asan_interface.h>
// A freed block stays poisoned until the store hands it out again, so AddressSanitizer still
// reports a mask read after its last holder let go (apart from the free list's link word).
#define S2S_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define S2S_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define S2S_POISON(p, n) ((void)(p), (void)(n))
#define S2S_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

namespace s2s::run_store {
namespace {

constexpr std::size_t kSlabBytes = std::size_t(1) << 20;
// Fine steps where masks are (a few hundred bytes to several KB): a block wastes under 64 bytes.
constexpr std::size_t kSmallStep = 64, kSmallLimit = 16384;     // classes 0..255
constexpr std::size_t kLargeStep = 1024, kPooledLimit = 65536;  // classes 256..303
constexpr std::size_t kSmallClasses = kSmallLimit / kSmallStep;
constexpr std::size_t kClasses = kSmallClasses + (kPooledLimit - kSmallLimit) / kLargeStep;
static_assert(kSmallStep % alignof(std::max_align_t) == 0 && kLargeStep % kSmallStep == 0);

std::size_t classOf(std::size_t bytes) {
    if (bytes <= kSmallLimit) return bytes == 0 ? 0 : (bytes - 1) / kSmallStep;
    return kSmallClasses + (bytes - kSmallLimit - 1) / kLargeStep;
}

std::size_t classBytes(std::size_t c) {
    return c < kSmallClasses ? (c + 1) * kSmallStep : kSmallLimit + (c - kSmallClasses + 1) * kLargeStep;
}

struct FreeBlock {
    FreeBlock* next;
};

// Straight from the kernel where there is mmap: a slab cut from malloc's heap would itself be
// placed between the tracker's tensors. Not under AddressSanitizer: LeakSanitizer looks for
// pointers in the heap it knows, and a mask over 64 KB is reached only from its slab.
void* mapSlab() {
#if defined(__linux__) && !defined(S2S_RUN_STORE_ASAN)
    void* slab = mmap(nullptr, kSlabBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (slab == MAP_FAILED) throw std::bad_alloc();
    return slab;
#else
    return ::operator new(kSlabBytes);
#endif
}

class Store {
public:
    void* allocate(std::size_t bytes) {
        if (bytes > kPooledLimit) {
            void* block = ::operator new(bytes);
            std::lock_guard lock(mutex_);
            usage_.largeBytes += bytes;
            return block;
        }
        const std::size_t c = classOf(bytes), size = classBytes(c);
        std::lock_guard lock(mutex_);
        usage_.pooledBytes += size;
        if (FreeBlock* block = free_[c]) {
            S2S_UNPOISON(block, size);
            free_[c] = block->next;
            return block;
        }
        if (slabLeft_ < size) newSlab();
        char* block = slabNext_;
        slabNext_ += size;
        slabLeft_ -= size;
        S2S_UNPOISON(block, size);
        return block;
    }

    void deallocate(void* p, std::size_t bytes) noexcept {
        if (p == nullptr) return;
        if (bytes > kPooledLimit) {
            ::operator delete(p);
            std::lock_guard lock(mutex_);
            usage_.largeBytes -= bytes;
            return;
        }
        const std::size_t c = classOf(bytes), size = classBytes(c);
        std::lock_guard lock(mutex_);
        usage_.pooledBytes -= size;
        auto* block = static_cast<FreeBlock*>(p);
        block->next = free_[c];
        free_[c] = block;
        S2S_POISON(reinterpret_cast<char*>(p) + sizeof(FreeBlock), size - sizeof(FreeBlock));
    }

    Usage usage() {
        std::lock_guard lock(mutex_);
        return usage_;
    }

private:
    // The slab's unused tail, smaller than the block asked for, is dropped: at most 64 KB of a
    // 1 MB slab, and less than one mask's block where masks are a few KB.
    void newSlab() {
        slabNext_ = static_cast<char*>(mapSlab());
        slabLeft_ = kSlabBytes;
        slabs_.push_back(slabNext_);
        usage_.slabBytes += kSlabBytes;
        S2S_POISON(slabNext_, kSlabBytes);
    }

    std::mutex mutex_;
    std::array<FreeBlock*, kClasses> free_{};
    char* slabNext_ = nullptr;
    std::size_t slabLeft_ = 0;
    std::vector<void*> slabs_;  // reachable for LeakSanitizer: kept, not leaked
    Usage usage_;
};

// Never destroyed: masks held by static objects (the 0x0 mask's runs) outlive any destruction
// order, and the process gives the slabs back when it ends.
Store& store() {
    static Store* const instance = new Store;
    return *instance;
}

} // namespace

void* allocate(std::size_t bytes) { return store().allocate(bytes); }
void deallocate(void* block, std::size_t bytes) noexcept { store().deallocate(block, bytes); }
Usage usage() { return store().usage(); }

} // namespace s2s::run_store
