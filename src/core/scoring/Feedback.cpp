#include "core/scoring/Feedback.h"

#include "core/scoring/AnswerText.h"
#include "core/scoring/Credit.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace certdrill::core {

Feedback feedbackFor(const Question& q, const std::optional<Response>& response, const ScoringOptions& options,
                     const std::vector<std::string>& shownOrder)
{
    Feedback f;
    f.answered = response.has_value();
    f.credit = response ? creditFor(q, *response, options) : 0.0;
    f.correctAnswer = describeCorrectAnswer(q);
    if (response)
        f.yourAnswer = describeResponse(q, *response);
    f.explanation = q.explanation;
    f.references = q.references;
    const auto chosen = [&](const std::string& id) {
        return response && std::find(response->ids.begin(), response->ids.end(), id) != response->ids.end();
    };
    const auto add = [&](const Choice& c) { f.choices.push_back({c.id, c.text, c.correct, chosen(c.id), c.why}); };
    if (q.type == QuestionType::Single || q.type == QuestionType::Multiple) {
        for (const auto& id : shownOrder)
            if (const auto it = std::find_if(q.choices.begin(), q.choices.end(), [&](const Choice& c) { return c.id == id; });
                it != q.choices.end())
                add(*it);
        if (f.choices.size() != q.choices.size()) { // no (or a stale) order: the bank's
            f.choices.clear();
            std::for_each(q.choices.begin(), q.choices.end(), add);
        }
    }
    return f;
}

nlohmann::json toJson(const Feedback& f)
{
    nlohmann::json choices = nlohmann::json::array();
    for (const auto& c : f.choices)
        choices.push_back({{"id", c.id}, {"text", c.text}, {"correct", c.correct}, {"chosen", c.chosen}, {"why", c.why}});
    return {{"credit", f.credit},
            {"correct", f.correct()},
            {"answered", f.answered},
            {"correct_answer", f.correctAnswer},
            {"your_answer", f.yourAnswer},
            {"explanation", f.explanation},
            {"choices", choices},
            {"references", f.references}};
}

Feedback feedbackFromJson(const nlohmann::json& json)
{
    Feedback f;
    f.credit = json.value("credit", 0.0);
    f.answered = json.value("answered", false);
    f.correctAnswer = json.value("correct_answer", std::vector<std::string>{});
    f.yourAnswer = json.value("your_answer", std::vector<std::string>{});
    f.explanation = json.value("explanation", std::string{});
    f.references = json.value("references", std::vector<std::string>{});
    for (const auto& c : json.value("choices", nlohmann::json::array()))
        f.choices.push_back({c.value("id", std::string{}), c.value("text", std::string{}), c.value("correct", false),
                             c.value("chosen", false), c.value("why", std::string{})});
    return f;
}

} // namespace certdrill::core
