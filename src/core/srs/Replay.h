#pragma once

#include "core/common/Clock.h"
#include "core/srs/MemoryState.h"
#include "core/srs/Rating.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace certdrill::core {
class Scheduler;

/// One entry of a card's answer log, as the scheduler needs it.
struct ReviewEvent {
    Timestamp at;
    Rating rating = Rating::Good;
};

/// The index of the first review that is earlier than the one before it, or none when the log is
/// in time order (equal times are in order).
[[nodiscard]] std::optional<std::size_t> firstOutOfOrder(std::span<const ReviewEvent> reviews);

/// Folds a log in time order through any scheduler (a `Scheduler`, `Fsrs` or `Sm2`), calling
/// `onReview(index, outcome)` after each review. Returns the final memory; a new card for an
/// empty log. Allocates nothing.
template <class AnyScheduler, class OnReview>
MemoryState replayEach(const AnyScheduler& scheduler, std::span<const ReviewEvent> reviews, OnReview&& onReview)
{
    MemoryState card;
    for (std::size_t i = 0; i < reviews.size(); ++i) {
        const auto outcome = scheduler.review(card, reviews[i].at, reviews[i].rating);
        onReview(i, outcome);
        card = outcome.card;
    }
    return card;
}

/// The memory state of a card: the fold of its review log (in time order) through the scheduler.
template <class AnyScheduler>
[[nodiscard]] MemoryState replay(const AnyScheduler& scheduler, std::span<const ReviewEvent> reviews)
{
    MemoryState card;
    for (const auto& review : reviews)
        card = scheduler.review(card, review.at, review.rating).card;
    return card;
}

/// One card's log, as storage reads it for a profile.
struct CardLog {
    std::string cardId;
    std::vector<ReviewEvent> reviews;
};

/// One card's rebuilt memory.
struct CardMemory {
    std::string cardId;
    MemoryState state;
};

/// Rebuilds every card of a profile from its log (e.g. after a parameter change): one state per
/// log, in input order. A log that is not in time order is replayed in time order (a stable sort
/// of a copy; equal times keep their order).
[[nodiscard]] std::vector<CardMemory> rebuildStates(const Scheduler& scheduler, std::span<const CardLog> logs);

} // namespace certdrill::core
