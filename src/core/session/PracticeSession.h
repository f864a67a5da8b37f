#pragma once

#include "core/scoring/Feedback.h"
#include "core/session/SessionBase.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>

namespace certdrill::core {

/// What answering one question did.
struct AnswerOutcome {
    std::string questionId;
    std::string reviewUid;
    bool correct = false;
    double credit = 0.0;                ///< under the session's scoring rules
    Rating rating = Rating::Again;
    MemoryState memory;                 ///< the question's memory after the answer
    std::optional<Feedback> feedback;   ///< study, review and drill: shown at once (a quiz shows it at the end)
};

/// What closing a session did.
struct FinishOutcome {
    std::size_t answered = 0;
    std::size_t correct = 0;
    SessionReport report;
    bool timedOut = false;
};

/// A practice session in one direction, one question at a time: study (feedback after each
/// answer, untimed), quick quiz (timed, feedback in the report), review and drill. Each answer is
/// appended to the answer log with the question's new memory state and the move to the next
/// question, in one transaction, so it resumes exactly where it was.
class PracticeSession : public SessionBase {
public:
    /// Stores a planned session (any mode but exam) and starts it.
    [[nodiscard]] static Result<PracticeSession> start(BankPtr bank, std::int64_t profileId, SessionPlan plan,
                                                       const SessionServices& services);
    /// Continues a stored, unfinished session (counted as a resumption).
    [[nodiscard]] static Result<PracticeSession> resume(BankPtr bank, SessionRecord record,
                                                        const SessionServices& services);

    [[nodiscard]] bool done() const { return closed() || m_record.position >= m_record.questionOrder.size(); }
    /// The question on screen (for a generator entry, the question its seed gives); only while not done.
    [[nodiscard]] const Question& current() const;
    [[nodiscard]] std::size_t position() const { return m_record.position; }
    [[nodiscard]] std::size_t total() const { return m_record.questionOrder.size(); }

    /// Checks an answer to the question on screen, logs it and moves on. `timeMs` states the time
    /// spent instead of measuring it. Error `bad-answer` leaves everything as it was; `time-up`
    /// when a quiz ran out of time (it is closed then, see report()).
    [[nodiscard]] Result<AnswerOutcome> answer(const nlohmann::json& response, Confidence confidence,
                                               std::optional<std::int64_t> timeMs = std::nullopt);
    /// Moves past the question on screen without answering it.
    [[nodiscard]] Result<void> skip(std::optional<std::int64_t> timeMs = std::nullopt);
    /// Reports the timer's warnings; closes a quiz when time is up.
    [[nodiscard]] std::vector<TimerEvent> poll() { return pollTimer(); }
    /// Closes the session with its report (any time: the questions not reached are left out, but
    /// a quiz counts every question).
    [[nodiscard]] Result<FinishOutcome> finish();

private:
    PracticeSession(BankPtr bank, SessionRecord record, SessionSettings settings, const SessionServices& services);
    void creditTime(std::int64_t spentMs) override;
    Result<void> closeOnTimeUp() override;
    [[nodiscard]] Result<FinishOutcome> finishNow(bool timedOut);
    void skipVanished(); ///< passes over questions no longer in the bank (it was updated)
    [[nodiscard]] SessionAnswer& row(const std::string& questionId);

    std::int64_t m_currentMs = 0; ///< time booked to the question on screen
};

} // namespace certdrill::core
