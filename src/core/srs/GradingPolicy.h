#pragma once

#include "core/srs/Rating.h"
#include "core/srs/SrsError.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace certdrill::core {

/// What the candidate said about an answer. Persisted: the numbers never change.
enum class Confidence : std::uint8_t { Normal = 0, Guessed = 1, Sure = 2 };

/// The facts about one quiz answer that decide its rating.
struct AnswerFacts {
    bool correct = false;
    Confidence confidence = Confidence::Normal;
    std::chrono::milliseconds responseTime{0};
    /// The user's median response time for this question over earlier answers; none when unknown
    /// (a first answer can never be "faster than usual").
    std::optional<std::chrono::milliseconds> medianTime;
};

/// How a quiz answer becomes an FSRS rating. The default:
/// - wrong → Again;
/// - correct but marked "I guessed" → Hard;
/// - correct → Good;
/// - correct, marked sure, and faster than the user's median time for that question → Easy.
/// Each outcome's rating, whether Easy needs "sure", and how much faster than the median counts
/// as fast are settings.
struct GradingPolicy {
    Rating wrong = Rating::Again;
    Rating guessed = Rating::Hard;
    Rating correct = Rating::Good;
    Rating fast = Rating::Easy;
    bool fastNeedsSure = true; ///< Easy only when the candidate marked the answer sure
    double fastFactor = 1.0;   ///< fast means responseTime < fastFactor × median (in (0, 10])

    [[nodiscard]] Rating grade(const AnswerFacts& answer) const;

    /// Problems with the settings (empty when usable): `fastFactor` must be in (0, 10].
    [[nodiscard]] std::vector<SrsError> validate() const;
};

/// The median of some durations (the mean of the two middle ones for an even count); none when
/// empty.
[[nodiscard]] std::optional<std::chrono::milliseconds> medianDuration(std::span<const std::chrono::milliseconds> times);

} // namespace certdrill::core
