#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace certdrill::core {

/// One line of an exam's review screen.
struct ReviewEntry {
    std::size_t index = 0;
    std::string questionId;
    std::string scenario; ///< empty for a lone question
    bool answered = false;
    bool flagged = false;
    bool current = false;

    bool operator==(const ReviewEntry&) const = default;
};

/// The review screen of a `free` exam: every question with its state; the candidate may jump to
/// any of them. (Forward-only exams have none.)
struct ReviewScreen {
    std::vector<ReviewEntry> entries;
    std::size_t answered = 0;
    std::size_t unanswered = 0;
    std::size_t flagged = 0;
};

} // namespace certdrill::core
