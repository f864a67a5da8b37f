#pragma once

#include "core/common/Clock.h"
#include "core/history/StudyMode.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace certdrill::core {

/// Stored as these numbers: only ever add at the end.
enum class SessionStatus : std::uint8_t { InProgress = 0, Finished = 1, Abandoned = 2 };

/// What the candidate has done with one question of a session so far.
struct SessionAnswer {
    std::string questionId;
    std::optional<std::string> response; ///< JSON; unset while unanswered
    bool flagged = false;
    std::int64_t timeMs = 0;
};

/// Everything needed to resume a session exactly where it was.
struct SessionRecord {
    std::int64_t id = 0;
    std::string uid;
    std::int64_t profileId = 0;
    std::string bankId;
    StudyMode mode = StudyMode::Study;
    std::uint64_t seed = 0;
    std::string config = "{}";               ///< JSON: count, options of the mode
    std::vector<std::string> questionOrder;  ///< question ids in the order shown
    std::size_t position = 0;                ///< index of the question on screen
    std::int64_t elapsedMs = 0;              ///< time used so far (a resumed timer continues from here)
    SessionStatus status = SessionStatus::InProgress;
    Timestamp startedAt{};
    Timestamp updatedAt{};
    std::optional<Timestamp> finishedAt;
    std::vector<SessionAnswer> answers;      ///< saved answers, in question order
    std::string result;                      ///< JSON report once finished
};

} // namespace certdrill::core
