#pragma once

#include "core/common/Clock.h"
#include "core/history/StudyMode.h"
#include "core/session/QuestionLayout.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace certdrill::core {

/// Stored as these numbers: only ever add at the end. An abandoned session keeps its saved
/// answers but is neither resumed nor counted as a result.
enum class SessionStatus : std::uint8_t { InProgress = 0, Finished = 1, Abandoned = 2 };

/// What the candidate has done with one question of a session so far.
struct SessionAnswer {
    std::string questionId;
    std::optional<std::string> response; ///< JSON; unset while unanswered
    bool flagged = false;
    std::int64_t timeMs = 0;
    std::optional<std::uint64_t> instanceSeed = std::nullopt; ///< the generated question shown, for a generator entry
};

/// How a session's clock was interrupted, for the report ("paused twice", "resumed once").
struct TimerCounts {
    int pauses = 0;
    std::int64_t pausedMs = 0;
    int resumes = 0; ///< times the session was closed and continued later

    bool operator==(const TimerCounts&) const = default;
};

/// Everything needed to resume a session exactly where it was.
struct SessionRecord {
    std::int64_t id = 0;
    std::string uid;
    std::int64_t profileId = 0;
    std::string bankId;
    StudyMode mode = StudyMode::Study;
    std::uint64_t seed = 0;
    std::string config = "{}";               ///< JSON: the mode's settings (see SessionSettings)
    std::vector<std::string> questionOrder;  ///< question ids in the order shown
    SessionLayout layout;                    ///< each question's choices in the order shown
    std::size_t position = 0;                ///< index of the question on screen
    std::int64_t elapsedMs = 0;              ///< time used so far (a resumed timer continues from here)
    TimerCounts timer;
    SessionStatus status = SessionStatus::InProgress;
    Timestamp startedAt{};
    Timestamp updatedAt{};
    std::optional<Timestamp> finishedAt;     ///< when it was finished or abandoned
    std::vector<SessionAnswer> answers;      ///< saved answers, in question order
    std::string result;                      ///< JSON report once finished (see SessionReport)
};

} // namespace certdrill::core
