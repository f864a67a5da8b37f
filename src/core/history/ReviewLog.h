#pragma once

#include "core/common/Error.h"
#include "core/history/Review.h"

#include <functional>
#include <vector>

namespace certdrill::core {

/// The answer log, append-only. `append` returns only after the review is durable: the caller may
/// acknowledge the answer to the candidate then, and not before.
class ReviewLog {
public:
    virtual ~ReviewLog() = default;

    /// Stores the review and returns its uid.
    [[nodiscard]] virtual Result<std::string> append(Review review) = 0;

    /// Every review of a profile in time order (then insertion order), optionally of one bank.
    [[nodiscard]] virtual Result<std::vector<Review>> reviewsOf(std::int64_t profileId,
                                                                std::string_view bankId = {}) const = 0;

    /// Streams a profile's reviews ordered by bank, question, time: one card after another.
    virtual Result<void> forEachByCard(std::int64_t profileId, const std::function<void(const Review&)>& visit) const = 0;

    [[nodiscard]] virtual Result<std::int64_t> count(std::int64_t profileId) const = 0;

    /// The time spent on each earlier answer to one question (for "faster than usual").
    [[nodiscard]] virtual Result<std::vector<std::chrono::milliseconds>>
    responseTimes(std::int64_t profileId, std::string_view bankId, std::string_view questionId) const = 0;
};

} // namespace certdrill::core
