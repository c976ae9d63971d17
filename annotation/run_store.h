#pragma once
// Where the masks' run lengths live (Rle's storage): slabs that hold nothing else, apart from the
// heap that the model's forward passes churn through.
//
// Why: tracking adds a mask per object per frame, kept for as long as the project, and the
// tracker thread makes it between one frame's tensors and the next. From the common heap each
// mask was cut out of a hole a freed tensor had left, so the next frame's tensors no longer fit
// there and the heap grew past the masks: over 9,000 frames of test_long_video the tracker's
// malloc arena grew from 46 to 128 MB with 53 MB of it free in 20,000 pieces, and peak RSS grew
// 38 to 127 MB besides the masks' own 49 MB (glibc keeps freed heap: cpu_tuning.cpp).
//
// Blocks come in size classes (64-byte steps up to 16 KB, 1 KB steps up to 64 KB) carved from
// 1 MB slabs; a freed block goes on its class's free list and the next mask of that class takes
// it. Slabs are kept for the process's life: a project that drops masks leaves their blocks to
// the next ones, as the heap did. Blocks over 64 KB (a mask of more than 16,384 runs) come from
// operator new. Thread-safe: masks are made on the tracker's, the image model's and the UI thread.
#include <cstddef>
#include <limits>
#include <new>

namespace s2s::run_store {

void* allocate(std::size_t bytes);
void deallocate(void* block, std::size_t bytes) noexcept;

struct Usage {
    std::size_t slabBytes = 0;    // slabs obtained so far (they are never given back)
    std::size_t pooledBytes = 0;  // blocks handed out from the slabs, by their class's size
    std::size_t largeBytes = 0;   // live blocks over 64 KB, from operator new
};
Usage usage();

// A standard allocator over the store, for std::vector and std::allocate_shared.
template <typename T>
struct Allocator {
    static_assert(alignof(T) <= alignof(std::max_align_t), "the store aligns blocks as operator new does");
    using value_type = T;
    Allocator() = default;
    template <typename U>
    Allocator(const Allocator<U>&) noexcept {}
    T* allocate(std::size_t n) {
        if (n > std::numeric_limits<std::size_t>::max() / sizeof(T)) throw std::bad_array_new_length();
        return static_cast<T*>(run_store::allocate(n * sizeof(T)));
    }
    void deallocate(T* p, std::size_t n) noexcept { run_store::deallocate(p, n * sizeof(T)); }
    template <typename U>
    bool operator==(const Allocator<U>&) const noexcept { return true; }
};

} // namespace s2s::run_store
