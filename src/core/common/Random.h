#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace certdrill::core {

/// A small seeded generator (SplitMix64) whose output is the same on every platform and compiler,
/// unlike the standard distributions: one seed gives one exam everywhere.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31U);
    }

    /// Uniform in [0, bound), without modulo bias (bound > 0).
    std::uint64_t below(std::uint64_t bound)
    {
        const std::uint64_t threshold = (0 - bound) % bound;
        while (true) {
            const std::uint64_t r = next();
            if (r >= threshold)
                return r % bound;
        }
    }

    /// Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11U) * 0x1.0p-53; }

    /// Fisher-Yates, the same permutation everywhere for the same seed.
    template <typename T>
    void shuffle(std::vector<T>& items)
    {
        for (std::size_t i = items.size(); i > 1; --i) {
            const auto j = static_cast<std::size_t>(below(i));
            using std::swap;
            swap(items[i - 1], items[j]);
        }
    }

private:
    std::uint64_t m_state;
};

} // namespace certdrill::core
