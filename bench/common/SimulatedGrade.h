#pragma once
// A made-up learner's grades for the answer logs the benchmarks write.

#include "core/common/Random.h"
#include "core/history/Review.h"

#include <cstdint>

namespace certdrill::bench {

/// Grades `review` as a learner might: Again, Hard and Easy one time in ten each, else Good;
/// right unless Again; 2 to 32 seconds spent.
inline void gradeAtRandom(core::Review& review, core::Random& random)
{
    const auto roll = random.below(10);
    review.rating = roll == 0 ? 1 : roll == 1 ? 2 : roll == 9 ? 4 : 3;
    review.correct = review.rating > 1;
    review.timeMs = static_cast<std::int64_t>(2000 + random.below(30'000));
}

} // namespace certdrill::bench
