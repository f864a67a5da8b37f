#pragma once

#include "cli/terminal/Terminal.h"
#include "core/bank/Bank.h"
#include "core/scoring/Feedback.h"
#include "core/session/QuestionLayout.h"
#include "core/session/ReviewScreen.h"
#include "core/session/SessionTimer.h"

#include <optional>
#include <string>

namespace certdrill::cli {

/// Bank Markdown (the subset in docs/bank-format.md) for the terminal.
[[nodiscard]] std::string renderMarkdown(const Terminal& terminal, std::string_view markdown, std::size_t indent = 0);

/// What the screen says about the question besides its content.
struct QuestionHeader {
    std::size_t index = 0;
    std::size_t total = 0;
    bool flagged = false;
    std::optional<std::string> savedAnswer; ///< the saved answer in words (exam)
};

/// A question as the candidate sees it: the scenario (when it has one), the stem, the exhibit and
/// the options numbered in the session's order (`how to answer` on the last line).
[[nodiscard]] std::string renderQuestion(const Terminal& terminal, const core::Bank& bank, const core::Question& question,
                                         const core::QuestionLayout& layout, const QuestionHeader& header);

/// The line above the prompt: time left (or used), position, flags.
[[nodiscard]] std::string renderTimerLine(const Terminal& terminal, const core::TimerStatus& timer, std::size_t index,
                                          std::size_t total, std::size_t answered, std::size_t flagged);

/// Right or wrong, the correct answer, the candidate's, the explanation and every choice's `why`.
[[nodiscard]] std::string renderFeedback(const Terminal& terminal, const core::Feedback& feedback);

/// The review screen: every question with answered, unanswered and flagged marks.
[[nodiscard]] std::string renderReviewScreen(const Terminal& terminal, const core::ReviewScreen& screen);

} // namespace certdrill::cli
