#pragma once

#include "core/bank/Bank.h"
#include "core/session/QuestionLayout.h"
#include "core/session/ReviewScreen.h"
#include "core/session/SessionTimer.h"

#include <nlohmann/json.hpp>

namespace certdrill::cli {

/// A question as `session run` shows it: everything needed to answer, nothing that gives the
/// answer away (no `correct` marks, no explanations, no sequence). Choices, order items and both
/// sides of a match appear in `layout`'s order (the session's shuffle).
[[nodiscard]] nlohmann::json questionToJson(const core::Bank& bank, const core::Question& question,
                                            std::size_t index, std::size_t total,
                                            const core::QuestionLayout& layout);

/// `{"limit_ms", "elapsed_ms", "remaining_ms", "paused", "warning_minutes"}` (limit and remaining
/// null when untimed).
[[nodiscard]] nlohmann::json timerToJson(const core::TimerStatus& timer);

/// `{"answered", "unanswered", "flagged", "questions": [{"index", "id", "answered", "flagged", "current"}]}`.
[[nodiscard]] nlohmann::json reviewScreenToJson(const core::ReviewScreen& screen);

} // namespace certdrill::cli
