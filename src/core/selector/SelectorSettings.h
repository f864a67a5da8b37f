#pragma once

#include "core/srs/DayRule.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>

namespace certdrill::core {

/// What the selector is told besides the bank, the memory states and the time.
struct SelectorSettings {
    /// New questions per day (the profile's setting).
    std::size_t dailyNewLimit = 20;
    /// New questions already introduced today (their first answer fell on today, under `dayRule`).
    std::size_t newIntroducedToday = 0;
    /// At most this many reviews of due questions per session; questions in a (re)learning step
    /// are not counted (a lapse must be relearned the same day).
    std::size_t dueCap = 200;
    /// The exam date (a calendar day, as the profile stores it), if one is set.
    std::optional<std::chrono::sys_days> examDate;
    /// Recall probability assumed for a question never studied (prior knowledge and guessing),
    /// used by the expected exam score.
    double priorRecall = 0.25;
    /// Estimated time to answer and read the feedback of a question already studied, and of a new one.
    std::chrono::seconds reviewTime{45};
    std::chrono::seconds newTime{90};
    /// How days are counted ("due today", "introduced today", the exam eve): the profile's rule.
    DayRule dayRule = DayRule::utcCalendar();
    /// Breaks ties between equally urgent questions; the bank index has its own seed for the
    /// order of new questions.
    std::uint64_t seed = 0;
};

} // namespace certdrill::core
