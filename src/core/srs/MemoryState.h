#pragma once

#include "core/common/Clock.h"

#include <cstdint>
#include <string_view>

namespace certdrill::core {

/// Where a card is in its life, as FSRS (and ts-fsrs, and Anki) name it. Persisted: the numbers
/// never change.
enum class CardState : std::uint8_t { New = 0, Learning = 1, Review = 2, Relearning = 3 };

[[nodiscard]] constexpr std::string_view cardStateName(CardState state)
{
    switch (state) {
    case CardState::New:
        return "New";
    case CardState::Learning:
        return "Learning";
    case CardState::Review:
        return "Review";
    case CardState::Relearning:
        return "Relearning";
    }
    return "New";
}

/// The memory of one card (one question) after its last review: a small value that a scheduler
/// maps to the next one. It is a fold of the card's review log (see Replay.h), so it can always
/// be rebuilt. A default-constructed state is a new card.
struct MemoryState {
    CardState state = CardState::New;
    double stability = 0.0;  ///< FSRS: days until recall probability falls to 90%. SM-2: the interval.
    double difficulty = 0.0; ///< FSRS: 1 (easy) to 10 (hard). SM-2: unused (0).
    Timestamp due{};         ///< when the next review is due
    Timestamp lastReview{};  ///< when the last review happened (any state)
    std::int32_t scheduledDays = 0; ///< the interval just scheduled, in days (0 in a learning step)
    std::int32_t learningStep = 0;  ///< FSRS: index into the (re)learning steps
    std::int32_t reps = 0;          ///< reviews so far
    std::int32_t lapses = 0;        ///< times forgotten after being learned
    double ease = 0.0;              ///< SM-2 only: the E-factor
    std::int32_t streak = 0;        ///< SM-2 only: successful repetitions in a row (SM-2's n)
};

} // namespace certdrill::core
