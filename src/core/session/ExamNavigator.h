#pragma once

#include "core/bank/Bank.h"

#include <cstddef>
#include <string>
#include <vector>

namespace certdrill::core {

/// The navigation rules of an exam, enforced here rather than in a UI:
/// - `free`: any question at any time, flags and a review screen (CompTIA);
/// - `forward_only`: no going back, no flags, no review screen (Cisco). Consecutive questions of
///   one scenario form a block the candidate moves through freely until leaving it; after that
///   none of them can be seen again.
class ExamNavigator {
public:
    /// `scenarioOf[i]` is the scenario id of the i-th question shown (empty for a lone question).
    ExamNavigator(Navigation navigation, std::vector<std::string> scenarioOf);

    [[nodiscard]] Navigation navigation() const { return m_navigation; }
    [[nodiscard]] std::size_t size() const { return m_blockStart.size(); }
    [[nodiscard]] bool canFlag() const { return m_navigation == Navigation::Free; }
    [[nodiscard]] bool hasReviewScreen() const { return m_navigation == Navigation::Free; }

    /// Whether the candidate at `from` may go to `to`.
    [[nodiscard]] bool canGo(std::size_t from, std::size_t to) const;
    /// First and one-past-last index of the block holding `index`.
    [[nodiscard]] std::size_t blockBegin(std::size_t index) const { return m_blockStart.at(index); }
    [[nodiscard]] std::size_t blockEnd(std::size_t index) const;
    /// Whether going from `from` to `to` leaves `from`'s block for good (forward-only only).
    [[nodiscard]] bool locksBlock(std::size_t from, std::size_t to) const;

private:
    Navigation m_navigation;
    std::vector<std::size_t> m_blockStart;
};

} // namespace certdrill::core
