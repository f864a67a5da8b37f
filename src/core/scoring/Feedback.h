#pragma once

#include "core/bank/Question.h"
#include "core/scoring/Response.h"
#include "core/scoring/ScoringOptions.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace certdrill::core {

/// One option of a `single` or `multiple` question after answering.
struct ChoiceFeedback {
    std::string id;
    std::string text;
    bool correct = false;
    bool chosen = false;
    std::string why;

    bool operator==(const ChoiceFeedback&) const = default;
};

/// What the candidate sees after answering (study, review and drill modes) and for every missed
/// question in a report: the verdict, the correct answer, theirs, the explanation and every
/// choice's `why`. Texts are the bank's Markdown.
struct Feedback {
    double credit = 0.0;                   ///< 0-1 under the session's scoring rules
    bool answered = false;
    std::vector<std::string> correctAnswer; ///< see describeCorrectAnswer
    std::vector<std::string> yourAnswer;    ///< empty when unanswered
    std::string explanation;
    std::vector<ChoiceFeedback> choices;    ///< single and multiple, in the order shown
    std::vector<std::string> references;

    [[nodiscard]] bool correct() const { return credit >= 1.0; }
    bool operator==(const Feedback&) const = default;
};

/// Feedback on a response (none: unanswered). `shownOrder` lists choice ids in the order the
/// candidate saw them; empty keeps the bank's order.
[[nodiscard]] Feedback feedbackFor(const Question& question, const std::optional<Response>& response,
                                   const ScoringOptions& options, const std::vector<std::string>& shownOrder = {});

[[nodiscard]] nlohmann::json toJson(const Feedback& feedback);
[[nodiscard]] Feedback feedbackFromJson(const nlohmann::json& json);

} // namespace certdrill::core
