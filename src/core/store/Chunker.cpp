#include "store/Chunker.h"

#include <array>

namespace poddeck {

namespace {

// splitmix64: a fixed, well-mixed gear table without shipping 256 constants.
constexpr std::array<uint64_t, 256> makeGear()
{
    std::array<uint64_t, 256> t{};
    uint64_t x = 0x9E3779B97F4A7C15ull ^ 0x506f644465636bull; // "PodDeck"
    for (auto &v : t) {
        x += 0x9E3779B97F4A7C15ull;
        uint64_t z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        v = z ^ (z >> 31);
    }
    return t;
}
constexpr std::array<uint64_t, 256> Gear = makeGear();

// Normalized chunking level 2 around a 64 KiB average: 18 bits before the average, 14 after.
constexpr uint64_t MaskS = 0xa494929252490000ull; // 18 one-bits spread over the top 48 bits
constexpr uint64_t MaskL = 0x9122244889110000ull; // 14 one-bits

} // namespace

qsizetype Chunker::cut(const uchar *data, qsizetype size)
{
    if (size <= MinSize)
        return size;
    const qsizetype end = qMin(size, MaxSize);
    const qsizetype normal = qMin(end, AvgSize);
    uint64_t fp = 0;
    qsizetype i = MinSize;
    for (; i < normal; ++i) {
        fp = (fp << 1) + Gear[data[i]];
        if (!(fp & MaskS))
            return i + 1;
    }
    for (; i < end; ++i) {
        fp = (fp << 1) + Gear[data[i]];
        if (!(fp & MaskL))
            return i + 1;
    }
    return end;
}

} // namespace poddeck
