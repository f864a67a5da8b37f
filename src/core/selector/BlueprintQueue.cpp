#include "core/selector/BlueprintQueue.h"

#include <algorithm>

namespace certdrill::core {

BlueprintQueue::BlueprintQueue(const BankIndex& index)
    : m_index(index), m_studied(index.questionCount(), 0), m_studiedInDomain(index.domains().size(), 0),
      m_unseenInDomain(index.domains().size(), 0), m_studiedInObjective(index.objectives().size(), 0),
      m_unseenInObjective(index.objectives().size(), 0), m_cursor(index.objectives().size(), 0)
{
    const auto& domains = index.domains();
    m_lastObjective.reserve(domains.size());
    for (const auto& d : domains) // the rotation starts at the domain's first objective
        m_lastObjective.push_back(d.objectives.empty() ? 0U : static_cast<std::uint32_t>(d.objectives.size() - 1));
    for (std::uint32_t d = 0; d < domains.size(); ++d)
        m_unseenInDomain[d] = domains[d].questionCount;
    for (std::uint32_t o = 0; o < index.objectives().size(); ++o)
        m_unseenInObjective[o] = static_cast<std::uint32_t>(index.objectives()[o].questions.size());
}

void BlueprintQueue::markStudied(std::uint32_t question)
{
    if (m_studied[question] != 0)
        return;
    m_studied[question] = 1;
    const auto d = m_index.domainOf(question);
    const auto o = m_index.objectiveOf(question);
    ++m_studiedInDomain[d];
    ++m_studiedInObjective[o];
    --m_unseenInDomain[d];
    --m_unseenInObjective[o];
    ++m_studiedTotal;
}

void BlueprintQueue::take(std::uint32_t question)
{
    markStudied(question);
    const auto d = m_index.domainOf(question);
    const auto& list = m_index.domains()[d].objectives;
    const auto at = std::find(list.begin(), list.end(), m_index.objectiveOf(question));
    m_lastObjective[d] = static_cast<std::uint32_t>(at - list.begin());
}

std::optional<std::uint32_t> BlueprintQueue::nextDomain() const
{
    // Tijdeman's rule for the chairman assignment problem: among the domains at least
    // ε = 1/(2n − 2) of a question below w_d·(S + 1), the one whose deficit would reach a whole
    // question soonest. Every domain then stays within 1 − ε of w_d·S at every step (the plain
    // largest-deficit rule can drift past one question).
    const auto& domains = m_index.domains();
    const double next = static_cast<double>(m_studiedTotal) + 1.0;
    const double epsilon = domains.size() > 1 ? 1.0 / (2.0 * static_cast<double>(domains.size()) - 2.0) : 0.0;
    std::optional<std::uint32_t> domain;
    std::optional<std::uint32_t> furthest; // the fallback when none is eligible (others ran out)
    double soonest = 0.0;
    double largest = 0.0;
    for (std::uint32_t d = 0; d < domains.size(); ++d) {
        if (m_unseenInDomain[d] == 0)
            continue;
        const double weight = domains[d].weight;
        const double studied = static_cast<double>(m_studiedInDomain[d]);
        const double deficit = weight * next - studied;
        if (!furthest || deficit > largest) {
            furthest = d;
            largest = deficit;
        }
        if (weight <= 0.0 || deficit < epsilon)
            continue;
        const double deadline = (studied + 1.0 - epsilon) / weight;
        if (!domain || deadline < soonest) {
            domain = d;
            soonest = deadline;
        }
    }
    return domain ? domain : furthest;
}

std::optional<std::uint32_t> BlueprintQueue::peek()
{
    const auto domain = nextDomain();
    if (!domain)
        return std::nullopt;
    // The objective with the fewest studied questions, starting after the one taken last.
    const auto& list = m_index.domains()[*domain].objectives;
    std::optional<std::uint32_t> objective;
    for (std::size_t step = 1; step <= list.size(); ++step) {
        const auto o = list[(m_lastObjective[*domain] + step) % list.size()];
        if (m_unseenInObjective[o] == 0)
            continue;
        if (!objective || m_studiedInObjective[o] < m_studiedInObjective[*objective])
            objective = o;
    }
    const auto& questions = m_index.objectives()[*objective].questions;
    auto& cursor = m_cursor[*objective];
    while (m_studied[questions[cursor]] != 0)
        ++cursor;
    return questions[cursor];
}

} // namespace certdrill::core
