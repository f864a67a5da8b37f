#include "core/session/SessionPlanner.h"

#include "core/common/Random.h"

#include <algorithm>
#include <map>

namespace certdrill::core {

std::vector<std::string> planSession(const Bank& bank, StudyMode mode, std::size_t count, std::uint64_t seed)
{
    // Units: a lone question, or all questions of one scenario (a testlet stays together).
    std::vector<std::vector<std::string>> units;
    std::map<std::string, std::size_t> scenarioUnit;
    for (const auto& q : bank.questions) {
        if (q.scenario.empty()) {
            units.push_back({q.id});
            continue;
        }
        const auto [it, inserted] = scenarioUnit.emplace(q.scenario, units.size());
        if (inserted)
            units.emplace_back();
        units[it->second].push_back(q.id);
    }
    Random random{seed};
    random.shuffle(units);

    if (count == 0)
        count = mode == StudyMode::Exam ? static_cast<std::size_t>(bank.exam.questionCount) : bank.questions.size();
    std::vector<std::string> order;
    for (const auto& unit : units) {
        if (order.size() >= count)
            break;
        if (order.size() + unit.size() > count && !order.empty())
            continue; // a testlet that does not fit whole is left out
        order.insert(order.end(), unit.begin(), unit.end());
    }
    if (order.size() > count)
        order.resize(count);
    return order;
}

} // namespace certdrill::core
