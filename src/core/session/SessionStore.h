#pragma once

#include "core/common/Error.h"
#include "core/history/Review.h"
#include "core/session/SessionRecord.h"
#include "core/srs/MemoryState.h"

#include <optional>
#include <vector>

namespace certdrill::core {

/// An answer entering the log, with the question's memory after it.
struct LoggedAnswer {
    Review review;
    MemoryState memory;
};

/// Persistent sessions. Every method is one atomic step: after a crash a session is exactly as
/// it was after the last step that returned.
class SessionStore {
public:
    virtual ~SessionStore() = default;

    /// Stores a new session; returns it with `id` and `uid` set. In the same step every older
    /// unfinished session of the same profile, bank and mode is abandoned (see abandonOpen), so
    /// there is never more than one to resume.
    [[nodiscard]] virtual Result<SessionRecord> create(SessionRecord session) = 0;
    [[nodiscard]] virtual Result<SessionRecord> load(std::int64_t sessionId) const = 0;
    /// The newest unfinished session of a profile in a bank and mode, if any.
    [[nodiscard]] virtual Result<std::optional<SessionRecord>> findOpen(std::int64_t profileId, std::string_view bankId,
                                                                        StudyMode mode) const = 0;
    /// Marks every unfinished session of a profile in a bank and mode `Abandoned`: their saved
    /// answers stay, but they can no longer be resumed and are no result. Returns them as they are
    /// now, oldest first; empty when there was none.
    [[nodiscard]] virtual Result<std::vector<SessionRecord>> abandonOpen(std::int64_t profileId, std::string_view bankId,
                                                                        StudyMode mode) = 0;

    /// Saves an answer (or a flag) without logging it, and moves to `position` (exam mode).
    [[nodiscard]] virtual Result<void> saveAnswer(std::int64_t sessionId, const SessionAnswer& answer,
                                                  std::size_t position, std::int64_t elapsedMs) = 0;

    /// Saves an answer, appends its review to the answer log, updates the question's memory state
    /// and moves to `position`, all in one transaction (study, quiz, review and drill modes).
    /// Returns the review's uid.
    [[nodiscard]] virtual Result<std::string> commitAnswer(std::int64_t sessionId, const SessionAnswer& answer,
                                                           LoggedAnswer logged, std::size_t position,
                                                           std::int64_t elapsedMs) = 0;

    /// Moves to `position` (skipping a question, navigating) and records the time used.
    [[nodiscard]] virtual Result<void> move(std::int64_t sessionId, std::size_t position, std::int64_t elapsedMs) = 0;

    /// Records the clock: time used, pauses and resumptions.
    [[nodiscard]] virtual Result<void> saveTimer(std::int64_t sessionId, std::int64_t elapsedMs,
                                                 const TimerCounts& timer) = 0;

    /// Closes the session with its report, appending `answers` (an exam's) to the log and updating
    /// their memory states in the same transaction. Returns the uids of the appended reviews.
    [[nodiscard]] virtual Result<std::vector<std::string>> finish(std::int64_t sessionId, SessionStatus status,
                                                                  std::string resultJson,
                                                                  std::vector<LoggedAnswer> answers,
                                                                  std::int64_t elapsedMs) = 0;

    /// Finished sessions, oldest first, optionally of one bank.
    [[nodiscard]] virtual Result<std::vector<SessionRecord>> listFinished(std::int64_t profileId,
                                                                          std::string_view bankId = {}) const = 0;

    /// Ids of the questions the profile flagged in any session of the bank.
    [[nodiscard]] virtual Result<std::vector<std::string>> flaggedQuestions(std::int64_t profileId,
                                                                            std::string_view bankId) const = 0;
};

} // namespace certdrill::core
