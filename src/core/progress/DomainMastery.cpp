#include "core/progress/DomainMastery.h"

#include <unordered_map>

namespace certdrill::core {

std::vector<DomainMastery> domainMastery(const Bank& bank, std::span<const CardMemoryState> states,
                                         const Scheduler& scheduler, Timestamp now)
{
    std::vector<DomainMastery> out;
    std::unordered_map<std::string_view, std::size_t> domainIndex;
    for (const auto& d : bank.domains) {
        domainIndex.emplace(d.id, out.size());
        out.push_back({d.id, d.name, d.weight, 0, 0, 0.0});
    }
    std::unordered_map<std::string_view, std::size_t> questionDomain;
    for (const auto& q : bank.questions) {
        const auto found = domainIndex.find(q.domain);
        if (found == domainIndex.end())
            continue;
        questionDomain.emplace(q.id, found->second);
        ++out[found->second].questions;
    }
    std::vector<double> recallSum(out.size(), 0.0);
    for (const auto& card : states) {
        if (card.bankId != bank.id || card.memory.state == CardState::New)
            continue;
        const auto found = questionDomain.find(card.questionId);
        if (found == questionDomain.end())
            continue;
        ++out[found->second].studied;
        recallSum[found->second] += scheduler.retrievability(card.memory, now);
    }
    for (std::size_t i = 0; i < out.size(); ++i)
        if (out[i].questions > 0)
            out[i].mastery = recallSum[i] / static_cast<double>(out[i].questions);
    return out;
}

} // namespace certdrill::core
