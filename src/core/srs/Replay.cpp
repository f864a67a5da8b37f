#include "core/srs/Replay.h"

#include "core/srs/Scheduler.h"

#include <algorithm>

namespace certdrill::core {

std::optional<std::size_t> firstOutOfOrder(std::span<const ReviewEvent> reviews)
{
    for (std::size_t i = 1; i < reviews.size(); ++i)
        if (reviews[i].at < reviews[i - 1].at)
            return i;
    return std::nullopt;
}

std::vector<CardMemory> rebuildStates(const Scheduler& scheduler, std::span<const CardLog> logs)
{
    std::vector<CardMemory> states;
    states.reserve(logs.size());
    std::vector<ReviewEvent> sorted;
    for (const auto& log : logs) {
        std::span<const ReviewEvent> reviews = log.reviews;
        if (firstOutOfOrder(reviews)) {
            sorted.assign(reviews.begin(), reviews.end());
            std::stable_sort(sorted.begin(), sorted.end(),
                             [](const ReviewEvent& a, const ReviewEvent& b) { return a.at < b.at; });
            reviews = sorted;
        }
        states.push_back({log.cardId, replay(scheduler, reviews)});
    }
    return states;
}

} // namespace certdrill::core
