// run_store: the slabs that the masks' run lengths live in, away from the model's heap
// (test_long_video measures what it is for; here, that it is a correct allocator).
#include <QTest>

#include <atomic>
#include <cstdint>
#include <cstring>
#include <random>
#include <thread>
#include <vector>

#include "annotation/rle.h"
#include "annotation/run_store.h"

namespace rs = s2s::run_store;

namespace {

void fill(void* block, std::size_t bytes, uint8_t seed) {
    auto* p = static_cast<uint8_t*>(block);
    for (std::size_t i = 0; i < bytes; ++i) p[i] = uint8_t(seed + i * 7);
}

bool holds(const void* block, std::size_t bytes, uint8_t seed) {
    const auto* p = static_cast<const uint8_t*>(block);
    for (std::size_t i = 0; i < bytes; ++i)
        if (p[i] != uint8_t(seed + i * 7)) return false;
    return true;
}

} // namespace

class TestRunStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void blocksAreSeparateAlignedAndCounted() {
        // Both sides of every class boundary, the pooled limit and beyond it.
        const std::vector<std::size_t> sizes = {1,     4,     63,    64,    65,    1000,  4095,   6000,  16383,
                                                16384, 16385, 17408, 17409, 65535, 65536, 65537, 200000, 64, 16384};
        const rs::Usage before = rs::usage();
        std::vector<void*> blocks;
        for (std::size_t i = 0; i < sizes.size(); ++i) {
            void* block = rs::allocate(sizes[i]);
            QVERIFY(block != nullptr);
            QCOMPARE(reinterpret_cast<std::uintptr_t>(block) % alignof(std::max_align_t), std::uintptr_t(0));
            fill(block, sizes[i], uint8_t(i * 31));
            blocks.push_back(block);
        }
        // No block overlaps another: every one still holds what was written into it.
        for (std::size_t i = 0; i < sizes.size(); ++i)
            QVERIFY2(holds(blocks[i], sizes[i], uint8_t(i * 31)), qPrintable(QString::number(sizes[i])));
        const rs::Usage during = rs::usage();
        std::size_t asked = 0, large = 0;
        for (std::size_t s : sizes) (s > 65536 ? large : asked) += s;
        const std::size_t pooled = during.pooledBytes - before.pooledBytes;
        // A class rounds up by less than its step: 64 bytes to 16 KB, 1 KB above.
        QVERIFY2(pooled >= asked && pooled < asked + 1024 * sizes.size(), qPrintable(QString::number(pooled)));
        QCOMPARE(during.largeBytes - before.largeBytes, large);
        for (std::size_t i = 0; i < sizes.size(); ++i) rs::deallocate(blocks[i], sizes[i]);
        const rs::Usage after = rs::usage();
        QCOMPARE(after.pooledBytes, before.pooledBytes);
        QCOMPARE(after.largeBytes, before.largeBytes);
    }

    void aFreedBlockIsReusedByItsClass() {
        void* first = rs::allocate(6000);
        rs::deallocate(first, 6000);
        // 5,990 and 6,000 bytes are both in the 6,016-byte class; 6,100 is in another.
        void* same = rs::allocate(5990);
        QCOMPARE(same, first);
        void* other = rs::allocate(6100);
        QVERIFY(other != first);
        const rs::Usage before = rs::usage();
        rs::deallocate(other, 6100);
        void* again = rs::allocate(6100);
        QCOMPARE(again, other);
        QCOMPARE(rs::usage().slabBytes, before.slabBytes);  // reuse takes no new slab
        rs::deallocate(again, 6100);
        rs::deallocate(same, 5990);
    }

    void slabsHoldLittleBesidesTheBlocks() {
        // 2,000 masks of the size test_long_video's speckled masks have.
        const rs::Usage before = rs::usage();
        std::vector<void*> blocks;
        for (int i = 0; i < 2000; ++i) blocks.push_back(rs::allocate(6000));
        const rs::Usage during = rs::usage();
        const double pooled = double(during.pooledBytes - before.pooledBytes);
        const double slabs = double(during.slabBytes - before.slabBytes);
        qInfo("2,000 blocks of 6,000 bytes: %.2f MB handed out, %.2f MB of new slabs", pooled / 1048576,
              slabs / 1048576);
        // At most one slab's dropped tail per slab (6 %) and the one slab partly used.
        QVERIFY2(slabs <= pooled * 1.07 + (1 << 20), qPrintable(QString::number(slabs)));
        for (void* b : blocks) rs::deallocate(b, 6000);
    }

    void threadsShareTheStore() {
        constexpr int kThreads = 4, kRounds = 20000;
        std::atomic<int> damaged{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([t, &damaged] {
                std::mt19937 random(1234u + unsigned(t));
                std::vector<std::pair<void*, std::size_t>> live;
                for (int round = 0; round < kRounds; ++round) {
                    if (!live.empty() && random() % 2 == 0) {
                        const std::size_t i = random() % live.size();
                        const auto [block, bytes] = live[i];
                        if (!holds(block, bytes, uint8_t(t * 50 + bytes))) ++damaged;
                        rs::deallocate(block, bytes);
                        live[i] = live.back();
                        live.pop_back();
                    } else {
                        const std::size_t bytes = 1 + random() % 9000;
                        void* block = rs::allocate(bytes);
                        fill(block, bytes, uint8_t(t * 50 + bytes));
                        live.emplace_back(block, bytes);
                    }
                }
                for (const auto& [block, bytes] : live) {
                    if (!holds(block, bytes, uint8_t(t * 50 + bytes))) ++damaged;
                    rs::deallocate(block, bytes);
                }
            });
        for (std::thread& t : threads) t.join();
        QCOMPARE(damaged.load(), 0);
    }

    void masksKeepTheirRunsInTheStore() {
        std::vector<uint8_t> stripes(60 * 80);
        for (std::size_t i = 0; i < stripes.size(); ++i) stripes[i] = (i / 3) % 2;  // many runs
        const s2s::Rle none;  // the 0x0 mask's runs, made once for the process: not counted below
        const rs::Usage before = rs::usage();
        {
            const s2s::Rle mask = s2s::Rle::encode(stripes.data(), 60, 80);
            QVERIFY(mask.counts().size() > 1000);
            const std::size_t held = rs::usage().pooledBytes - before.pooledBytes;
            // The runs at their exact size (encode's working vector over-reserves; about 6 KB here,
            // where classes step by 64 bytes) and the shared count.
            QVERIFY2(held >= mask.counts().size() * sizeof(uint32_t), qPrintable(QString::number(held)));
            QVERIFY2(held < mask.counts().size() * sizeof(uint32_t) + 64 + 128, qPrintable(QString::number(held)));
            const s2s::Rle copy = mask;  // copies share the runs
            QCOMPARE(rs::usage().pooledBytes - before.pooledBytes, held);
            QCOMPARE(copy.decode(), stripes);
        }
        QCOMPARE(rs::usage().pooledBytes, before.pooledBytes);
    }
};

QTEST_GUILESS_MAIN(TestRunStore)
#include "test_run_store.moc"
