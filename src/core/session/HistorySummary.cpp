#include "core/session/HistorySummary.h"

namespace certdrill::core {

const QuestionHistory* HistorySummary::find(const std::string& questionId) const
{
    const auto it = questions.find(questionId);
    return it == questions.end() ? nullptr : &it->second;
}

SeenCounts HistorySummary::seenCounts(const Bank& bank) const
{
    SeenCounts counts(bank.questions.size(), 0);
    if (questions.empty())
        return counts;
    for (std::size_t i = 0; i < bank.questions.size(); ++i)
        if (const auto* h = find(bank.questions[i].id))
            counts[i] = h->seen;
    return counts;
}

std::size_t HistorySummary::firstSeenBetween(Timestamp from, Timestamp to) const
{
    std::size_t n = 0;
    for (const auto& [id, h] : questions)
        n += h.seen > 0 && h.firstSeen >= from && h.firstSeen < to ? 1U : 0U;
    return n;
}

HistorySummary summariseHistory(std::string_view bankId, const std::vector<Review>& reviews,
                                const std::vector<std::string>& flagged)
{
    HistorySummary s;
    for (const auto& r : reviews) {
        if (r.bankId != bankId)
            continue;
        auto& h = s.questions[r.questionId];
        if (h.seen == 0 || r.at < h.firstSeen)
            h.firstSeen = r.at;
        if (h.seen == 0 || r.at >= h.lastSeen) {
            h.lastSeen = r.at;
            h.lastCorrect = r.correct;
        }
        ++h.seen;
        h.wrong += r.correct ? 0U : 1U;
    }
    s.flagged.insert(flagged.begin(), flagged.end());
    return s;
}

} // namespace certdrill::core
