#pragma once

#include "core/bank/Bank.h"
#include "core/common/Clock.h"
#include "core/history/Review.h"
#include "core/session/ExamDraw.h"

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace certdrill::core {

/// What a profile has done with one question.
struct QuestionHistory {
    std::uint32_t seen = 0;   ///< answers logged
    std::uint32_t wrong = 0;  ///< of which not fully right
    bool lastCorrect = false;
    Timestamp firstSeen{};
    Timestamp lastSeen{};
};

/// A profile's history in one bank, as the planners need it.
struct HistorySummary {
    std::unordered_map<std::string, QuestionHistory> questions;
    std::set<std::string> flagged; ///< flagged in any session

    [[nodiscard]] const QuestionHistory* find(const std::string& questionId) const;
    /// How often each question of `bank` was answered, by position in the bank (for a draw that
    /// prefers the least seen).
    [[nodiscard]] SeenCounts seenCounts(const Bank& bank) const;
    /// Questions answered for the first time in [from, to).
    [[nodiscard]] std::size_t firstSeenBetween(Timestamp from, Timestamp to) const;
};

/// Folds the answer log (any order; reviews of other banks are ignored) and the flagged questions.
[[nodiscard]] HistorySummary summariseHistory(std::string_view bankId, const std::vector<Review>& reviews,
                                              const std::vector<std::string>& flagged = {});

} // namespace certdrill::core
