#pragma once

#include "core/common/Clock.h"
#include "core/history/MemoryStateStore.h"
#include "core/srs/DayRule.h"

#include <cstddef>
#include <span>
#include <vector>

namespace certdrill::core {

/// How many studied questions come due on each of the next `days` days (today first). Today's
/// count includes everything already overdue; questions due after the last day are not counted.
[[nodiscard]] std::vector<std::size_t> dueForecast(std::span<const CardMemoryState> states, const DayRule& rule,
                                                   Timestamp now, std::size_t days);

/// Whole days from today to the exam day under the rule (0 on the exam day, negative after it).
[[nodiscard]] std::int64_t daysUntil(std::chrono::sys_days examDate, const DayRule& rule, Timestamp now);

} // namespace certdrill::core
