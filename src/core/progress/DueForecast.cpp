#include "core/progress/DueForecast.h"

namespace certdrill::core {

std::vector<std::size_t> dueForecast(std::span<const CardMemoryState> states, const DayRule& rule, Timestamp now,
                                     std::size_t days)
{
    std::vector<std::size_t> counts(days, 0);
    if (days == 0)
        return counts;
    const auto today = rule.dayNumber(now);
    for (const auto& card : states) {
        if (card.memory.state == CardState::New)
            continue;
        const auto offset = rule.dayNumber(card.memory.due) - today;
        if (offset < 0)
            ++counts[0];
        else if (static_cast<std::size_t>(offset) < days)
            ++counts[static_cast<std::size_t>(offset)];
    }
    return counts;
}

std::int64_t daysUntil(std::chrono::sys_days examDate, const DayRule& rule, Timestamp now)
{
    return examDate.time_since_epoch().count() - rule.dayNumber(now);
}

} // namespace certdrill::core
