#include "core/selector/BankIndex.h"

#include "core/common/Random.h"

#include <numeric>

namespace certdrill::core {

BankIndex::BankIndex(BankPtr bank, std::uint64_t seed)
    : m_bank(std::move(bank))
{
    for (const auto& domain : m_bank->domains) {
        const auto d = domainSlot(domain.id);
        m_domains[d].name = domain.name;
        m_domains[d].weight = domain.weight;
        for (const auto& objective : domain.objectives)
            objectiveSlot(d, objective.id);
    }
    const auto& questions = m_bank->questions;
    m_questionDomain.reserve(questions.size());
    m_questionObjective.reserve(questions.size());
    for (std::uint32_t i = 0; i < questions.size(); ++i) {
        const auto& q = questions[i];
        const auto d = domainSlot(q.domain);
        const auto o = objectiveSlot(d, q.objective);
        m_questionDomain.push_back(d);
        m_questionObjective.push_back(o);
        m_objectives[o].questions.push_back(i);
        ++m_domains[d].questionCount;
        m_ids += q.id;
        m_idEnd.push_back(static_cast<std::uint32_t>(m_ids.size()));
    }
    std::size_t size = 16;
    while (size < 2 * questions.size())
        size *= 2;
    m_slots.assign(size, 0);
    for (std::uint32_t i = 0; i < questions.size(); ++i) {
        auto slot = std::hash<std::string_view>{}(idOf(i)) & (size - 1);
        while (m_slots[slot] != 0 && idOf(m_slots[slot] - 1) != idOf(i))
            slot = (slot + 1) & (size - 1);
        if (m_slots[slot] == 0) // a repeated id keeps its first question (banks have unique ids)
            m_slots[slot] = i + 1;
    }

    // Weights as a distribution; a bank whose weights do not sum to a positive number counts
    // every domain that has questions equally.
    const double total = std::accumulate(m_domains.begin(), m_domains.end(), 0.0,
                                         [](double sum, const DomainEntry& d) { return sum + std::max(d.weight, 0.0); });
    std::size_t withQuestions = 0;
    for (const auto& d : m_domains)
        withQuestions += d.questionCount > 0 ? 1 : 0;
    for (auto& d : m_domains) {
        if (total > 0.0)
            d.weight = std::max(d.weight, 0.0) / total;
        else
            d.weight = d.questionCount > 0 ? 1.0 / static_cast<double>(withQuestions) : 0.0;
    }

    Random random{seed};
    for (auto& objective : m_objectives)
        random.shuffle(objective.questions);

    m_questionValue.reserve(questions.size());
    for (std::uint32_t i = 0; i < questions.size(); ++i) {
        const auto& d = m_domains[m_questionDomain[i]];
        m_questionValue.push_back(d.weight / static_cast<double>(d.questionCount));
    }
}

std::string_view BankIndex::idOf(std::uint32_t question) const
{
    const std::uint32_t begin = question == 0 ? 0 : m_idEnd[question - 1];
    return std::string_view{m_ids}.substr(begin, m_idEnd[question] - begin);
}

std::optional<std::uint32_t> BankIndex::find(std::string_view questionId) const
{
    const auto mask = m_slots.size() - 1;
    for (auto slot = std::hash<std::string_view>{}(questionId) & mask; m_slots[slot] != 0; slot = (slot + 1) & mask)
        if (idOf(m_slots[slot] - 1) == questionId)
            return m_slots[slot] - 1;
    return std::nullopt;
}

std::uint32_t BankIndex::domainSlot(std::string_view domainId)
{
    for (std::uint32_t d = 0; d < m_domains.size(); ++d)
        if (m_domains[d].id == domainId)
            return d;
    m_domains.push_back({domainId, domainId, 0.0, {}, 0});
    return static_cast<std::uint32_t>(m_domains.size() - 1);
}

std::uint32_t BankIndex::objectiveSlot(std::uint32_t domain, std::string_view objectiveId)
{
    for (const auto o : m_domains[domain].objectives)
        if (m_objectives[o].id == objectiveId)
            return o;
    const auto o = static_cast<std::uint32_t>(m_objectives.size());
    m_objectives.push_back({objectiveId, domain, {}});
    m_domains[domain].objectives.push_back(o);
    return o;
}

} // namespace certdrill::core
