#include "core/srs/GradingPolicy.h"

#include <algorithm>
#include <cmath>

namespace certdrill::core {

Rating GradingPolicy::grade(const AnswerFacts& answer) const
{
    if (!answer.correct)
        return wrong;
    if (answer.confidence == Confidence::Guessed)
        return guessed;
    const bool sureEnough = !fastNeedsSure || answer.confidence == Confidence::Sure;
    if (sureEnough && answer.medianTime && answer.medianTime->count() > 0) {
        const double limit = fastFactor * static_cast<double>(answer.medianTime->count());
        if (static_cast<double>(answer.responseTime.count()) < limit)
            return fast;
    }
    return correct;
}

std::vector<SrsError> GradingPolicy::validate() const
{
    std::vector<SrsError> errors;
    if (!(std::isfinite(fastFactor) && fastFactor > 0.0 && fastFactor <= 10.0))
        errors.push_back({"srs.grading.fast-factor", "fast_factor", "the fast factor must be in (0, 10]"});
    return errors;
}

std::optional<std::chrono::milliseconds> medianDuration(std::span<const std::chrono::milliseconds> times)
{
    if (times.empty())
        return std::nullopt;
    std::vector<std::chrono::milliseconds> sorted(times.begin(), times.end());
    const auto middle = sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2);
    std::nth_element(sorted.begin(), middle, sorted.end());
    if (sorted.size() % 2 == 1)
        return *middle;
    const auto lower = *std::max_element(sorted.begin(), middle);
    return lower + (*middle - lower) / 2;
}

} // namespace certdrill::core
