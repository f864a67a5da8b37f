#include "core/session/HistorySummary.h"

#include <string_view>
#include <unordered_map>

namespace certdrill::core {

const QuestionHistory* HistorySummary::at(std::size_t position) const
{
    if (position >= questions.size() || questions[position].seen == 0)
        return nullptr;
    return &questions[position];
}

SeenCounts HistorySummary::seenCounts(const Bank& bank) const
{
    if (seen.size() == bank.questions.size())
        return seen;
    return SeenCounts(bank.questions.size(), 0);
}

std::size_t HistorySummary::firstSeenBetween(Timestamp from, Timestamp to) const
{
    std::size_t n = 0;
    for (const auto& h : questions)
        n += h.seen > 0 && h.firstSeen >= from && h.firstSeen < to ? 1U : 0U;
    return n;
}

HistorySummary summariseHistory(const Bank& bank, const std::vector<Review>& reviews,
                                const std::vector<std::string>& flagged)
{
    const auto n = bank.questions.size();
    std::unordered_map<std::string_view, std::size_t> position;
    position.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        position.emplace(bank.questions[i].id, i);

    HistorySummary s;
    s.questions.resize(n);
    s.seen.assign(n, 0);
    s.flagged.assign(n, false);
    for (const auto& r : reviews) {
        if (r.bankId != bank.id)
            continue;
        const auto found = position.find(r.questionId);
        if (found == position.end())
            continue;
        auto& h = s.questions[found->second];
        if (h.seen == 0 || r.at < h.firstSeen)
            h.firstSeen = r.at;
        if (h.seen == 0 || r.at >= h.lastSeen) {
            h.lastSeen = r.at;
            h.lastCorrect = r.correct;
        }
        ++h.seen;
        h.wrong += r.correct ? 0U : 1U;
        s.seen[found->second] = h.seen;
    }
    for (const auto& id : flagged)
        if (const auto found = position.find(id); found != position.end())
            s.flagged[found->second] = true;
    return s;
}

} // namespace certdrill::core
