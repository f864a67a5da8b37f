#pragma once

#include "core/srs/DayRule.h"
#include "core/srs/Rating.h"
#include "core/srs/ReviewOutcome.h"

#include <cstdint>

namespace certdrill::core {

/// Settings of the SM-2 scheduler; the defaults are SuperMemo-2's own.
struct Sm2Parameters {
    double initialEase = 2.5;              ///< E-factor of a new item
    double minimumEase = 1.3;              ///< E-factor floor
    std::int32_t firstInterval = 1;        ///< I(1), days
    std::int32_t secondInterval = 6;       ///< I(2), days
    std::int32_t maximumInterval = 36500;  ///< days
};

/// Classic SuperMemo-2 (P. Woźniak, 1990), the algorithm Anki's old scheduler descends from; kept
/// as an alternative for users who know it and as a baseline for benchmarks.
///
/// Ratings map to SM-2 qualities Again = 2, Hard = 3, Good = 4, Easy = 5. A quality below 3
/// restarts the repetitions (interval I(1)) and keeps the E-factor as updated; otherwise the n-th
/// successful repetition in a row gets I(1) = 1, I(2) = 6, I(n) = ceil(I(n-1) · EF), with EF the
/// E-factor before this answer updates it (EF' = EF + 0.1 - (5-q)(0.08 + (5-q) 0.02), at least
/// 1.3). SM-2's "repeat items graded below 4 the same day" is left to the session, not modelled.
class Sm2 {
public:
    explicit Sm2(Sm2Parameters parameters = {}, DayRule dayRule = DayRule::utcCalendar());

    [[nodiscard]] ReviewOutcome review(const MemoryState& card, Timestamp now, Rating rating) const;

    /// SM-2 has no memory model; this estimates recall as 0.9^(elapsed / interval), i.e. as if the
    /// interval were the FSRS stability under an exponential curve. 0 for a new card.
    [[nodiscard]] double retrievability(const MemoryState& card, Timestamp now) const;

    /// The SM-2 quality (0-5) a rating stands for.
    [[nodiscard]] static int quality(Rating rating) { return static_cast<int>(rating) + 1; }

    [[nodiscard]] const Sm2Parameters& parameters() const { return m_parameters; }

private:
    Sm2Parameters m_parameters;
    DayRule m_dayRule;
};

} // namespace certdrill::core
