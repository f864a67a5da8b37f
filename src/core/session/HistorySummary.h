#pragma once

#include "core/bank/Bank.h"
#include "core/common/Clock.h"
#include "core/history/Review.h"
#include "core/session/ExamDraw.h"

#include <string>
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

/// A profile's history in one bank, by position in that bank (the planners work by position, so
/// no question id is looked up again when a session is planned).
struct HistorySummary {
    std::vector<QuestionHistory> questions; ///< one per question of the bank; empty: no history at all
    SeenCounts seen;                        ///< answers logged per question (what a draw preferring the unseen reads)
    std::vector<bool> flagged;              ///< flagged in any session, per question

    /// The question's history, or null when it was never answered.
    [[nodiscard]] const QuestionHistory* at(std::size_t position) const;
    [[nodiscard]] bool isFlagged(std::size_t position) const { return position < flagged.size() && flagged[position]; }
    /// How often each question of `bank` was answered, by position (zeros without history).
    [[nodiscard]] SeenCounts seenCounts(const Bank& bank) const;
    /// Questions answered for the first time in [from, to).
    [[nodiscard]] std::size_t firstSeenBetween(Timestamp from, Timestamp to) const;
};

/// Folds the answer log (any order; reviews of other banks, and of questions no longer in the
/// bank, are left out) and the flagged question ids into the bank's positions.
[[nodiscard]] HistorySummary summariseHistory(const Bank& bank, const std::vector<Review>& reviews,
                                              const std::vector<std::string>& flagged = {});

} // namespace certdrill::core
