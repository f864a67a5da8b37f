#pragma once

#include "core/common/Clock.h"
#include "core/history/StudyMode.h"

#include <cstdint>
#include <optional>
#include <string>

namespace certdrill::core {

/// One answer in the append-only answer log: the source of truth from which memory states,
/// statistics and readiness are derived.
struct Review {
    std::string uid; ///< globally unique (for exchange between machines), set by the log
    std::int64_t profileId = 0;
    std::string bankId;
    std::string questionId;
    std::uint64_t contentHash = 0; ///< of the question as it was answered
    Timestamp at{};                ///< when the answer was given (UTC)
    std::string response;          ///< the answer given, as JSON (see core/scoring/Response.h)
    bool correct = false;
    int rating = 0;            ///< 1 Again, 2 Hard, 3 Good, 4 Easy
    std::int64_t timeMs = 0;   ///< time spent on the question
    bool guessed = false;      ///< the candidate said they guessed
    StudyMode mode = StudyMode::Study;
    std::optional<std::int64_t> sessionId;
    /// The seed of the question answered when the entry is a generator (core/generator): the
    /// same entry and seed show that question again. Unset for a question of the bank.
    std::optional<std::uint64_t> instanceSeed = std::nullopt;
};

} // namespace certdrill::core
