#include "core/scoring/Credit.h"

#include <algorithm>

namespace certdrill::core {
namespace {

double share(std::size_t hits, std::size_t of) { return of == 0 ? 0.0 : static_cast<double>(hits) / static_cast<double>(of); }

bool isCorrectChoice(const Question& q, const std::string& id)
{
    return std::any_of(q.choices.begin(), q.choices.end(), [&](const Choice& c) { return c.id == id && c.correct; });
}

} // namespace

double creditFor(const Question& q, const Response& r, const ScoringOptions& options)
{
    switch (q.type) {
    case QuestionType::Multiple:
        if (options.multiple == MultipleScoring::PerChoice) {
            const auto hits = std::count_if(r.ids.begin(), r.ids.end(), [&](const auto& id) { return isCorrectChoice(q, id); });
            return share(static_cast<std::size_t>(hits), q.correctChoiceCount());
        }
        break;
    case QuestionType::Order:
        if (options.order == OrderScoring::PerPosition) {
            std::size_t hits = 0;
            for (std::size_t i = 0; i < r.ids.size() && i < q.sequence.size(); ++i)
                hits += r.ids[i] == q.sequence[i] ? 1U : 0U;
            return share(hits, q.sequence.size());
        }
        break;
    case QuestionType::Match:
        if (options.match == MatchScoring::PerPair) {
            const auto hits = std::count_if(q.pairs.begin(), q.pairs.end(), [&](const auto& expected) {
                return std::find(r.pairs.begin(), r.pairs.end(), expected) != r.pairs.end();
            });
            return share(static_cast<std::size_t>(hits), q.pairs.size());
        }
        break;
    case QuestionType::Single:
    case QuestionType::Numeric:
    case QuestionType::Text:
    case QuestionType::Generator: break;
    }
    return isCorrect(q, r) ? 1.0 : 0.0;
}

} // namespace certdrill::core
