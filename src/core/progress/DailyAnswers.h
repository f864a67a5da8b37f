#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace certdrill::core {

/// The answers given on one study day (a day number under the profile's DayRule).
struct DailyAnswers {
    std::int64_t day = 0;
    std::size_t answers = 0;
    std::size_t correct = 0;

    /// The share answered right, none on a day without answers.
    [[nodiscard]] std::optional<double> accuracy() const;
    bool operator==(const DailyAnswers&) const = default;
};

/// Days in a row with at least one answer, ending today, or yesterday while nothing was answered
/// today yet (a streak is not lost before the day is over). `days` in any order, one entry per day.
[[nodiscard]] std::size_t studyStreak(std::span<const DailyAnswers> days, std::int64_t today);

/// Every day from `first` to `last` (inclusive), with zeros where `days` has no entry: the series
/// a chart draws.
[[nodiscard]] std::vector<DailyAnswers> everyDay(std::span<const DailyAnswers> days, std::int64_t first,
                                                 std::int64_t last);

} // namespace certdrill::core
