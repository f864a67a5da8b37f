#pragma once

#include "core/srs/MemoryState.h"

#include <cstdint>
#include <optional>

namespace certdrill::core {

/// What one review did to a card.
struct ReviewOutcome {
    MemoryState card;                     ///< the memory after the review
    std::optional<double> retrievability; ///< recall probability the update used (none for a new card)
    std::int32_t elapsedDays = 0;         ///< days since the previous review, under the day rule
};

} // namespace certdrill::core
