#include "core/bank/Bank.h"

#include <algorithm>
#include <array>

namespace certdrill::core {
namespace {

constexpr std::array<std::string_view, 7> kTypeNames{"single", "multiple", "order", "match", "numeric", "text",
                                                     "generator"};

template <typename T>
const T* findById(const std::vector<T>& items, std::string_view id)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

std::string_view toString(QuestionType type) { return kTypeNames.at(static_cast<std::size_t>(type)); }

std::optional<QuestionType> questionTypeFromString(std::string_view text)
{
    for (std::size_t i = 0; i < kTypeNames.size(); ++i)
        if (kTypeNames[i] == text)
            return static_cast<QuestionType>(i);
    return std::nullopt;
}

std::size_t Question::correctChoiceCount() const
{
    return static_cast<std::size_t>(
        std::count_if(choices.begin(), choices.end(), [](const Choice& c) { return c.correct; }));
}

const Question* Bank::findQuestion(std::string_view questionId) const { return findById(questions, questionId); }
const Domain* Bank::findDomain(std::string_view domainId) const { return findById(domains, domainId); }
const Scenario* Bank::findScenario(std::string_view scenarioId) const { return findById(scenarios, scenarioId); }

std::size_t Bank::objectiveCount() const
{
    std::size_t n = 0;
    for (const auto& d : domains)
        n += d.objectives.size();
    return n;
}

} // namespace certdrill::core
