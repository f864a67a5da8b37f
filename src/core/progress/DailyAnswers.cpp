#include "core/progress/DailyAnswers.h"

#include <unordered_map>
#include <unordered_set>

namespace certdrill::core {

std::optional<double> DailyAnswers::accuracy() const
{
    if (answers == 0)
        return std::nullopt;
    return static_cast<double>(correct) / static_cast<double>(answers);
}

std::size_t studyStreak(std::span<const DailyAnswers> days, std::int64_t today)
{
    std::unordered_set<std::int64_t> studied;
    for (const auto& d : days)
        if (d.answers > 0)
            studied.insert(d.day);
    std::int64_t day = studied.contains(today) ? today : today - 1;
    std::size_t streak = 0;
    while (studied.contains(day)) {
        ++streak;
        --day;
    }
    return streak;
}

std::vector<DailyAnswers> everyDay(std::span<const DailyAnswers> days, std::int64_t first, std::int64_t last)
{
    std::unordered_map<std::int64_t, DailyAnswers> byDay;
    for (const auto& d : days)
        byDay[d.day] = d;
    std::vector<DailyAnswers> out;
    for (std::int64_t day = first; day <= last; ++day) {
        const auto found = byDay.find(day);
        out.push_back(found != byDay.end() ? found->second : DailyAnswers{day, 0, 0});
    }
    return out;
}

} // namespace certdrill::core
