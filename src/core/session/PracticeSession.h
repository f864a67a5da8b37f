#pragma once

#include "core/bank/Bank.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/history/MemoryStateStore.h"
#include "core/history/ReviewLog.h"
#include "core/session/SessionStore.h"
#include "core/srs/GradingPolicy.h"
#include "core/srs/Scheduler.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>

namespace certdrill::core {

/// What a session needs from the rest of the program.
struct PracticeServices {
    SessionStore& sessions;
    MemoryStateStore& memories;
    const ReviewLog& log; ///< earlier response times, for the grading policy's "faster than usual"
    const Scheduler& scheduler;
    GradingPolicy grading;
    const Clock& clock;
};

/// What answering one question did.
struct AnswerOutcome {
    std::string questionId;
    std::string reviewUid; ///< empty in exam mode: exam answers are logged at submission
    bool correct = false;
    Rating rating = Rating::Again;
    std::optional<MemoryState> memory; ///< the question's memory after the answer (not in exam mode)
};

/// What closing a session did.
struct FinishOutcome {
    std::size_t answered = 0;
    std::size_t correct = 0;
    std::vector<std::string> reviewUids; ///< the reviews logged at the end (exam mode)
};

/// A session being taken, one question at a time, saved after every step so that it resumes
/// exactly where it was. Study, quiz, review and drill modes log each answer as it is given, with
/// the question's new memory state, in one transaction; exam mode saves answers to the session and
/// logs them when the exam is finished.
class PracticeSession {
public:
    /// Plans and stores a new session.
    [[nodiscard]] static Result<PracticeSession> start(BankPtr bank, std::int64_t profileId, StudyMode mode,
                                                       std::size_t count, std::uint64_t seed,
                                                       const PracticeServices& services);
    /// Continues a stored, unfinished session.
    [[nodiscard]] static Result<PracticeSession> resume(BankPtr bank, SessionRecord record,
                                                        const PracticeServices& services);

    [[nodiscard]] bool done() const { return m_record.position >= m_record.questionOrder.size(); }
    /// The question on screen; only while not done.
    [[nodiscard]] const Question& current() const;
    [[nodiscard]] std::size_t position() const { return m_record.position; }
    [[nodiscard]] std::size_t total() const { return m_record.questionOrder.size(); }
    [[nodiscard]] const SessionRecord& record() const { return m_record; }
    [[nodiscard]] const Bank& bank() const { return *m_bank; }

    /// Checks and saves an answer to the current question and moves on. `timeMs` overrides the
    /// time measured since the question was shown. Error `bad-answer` leaves everything as it was.
    [[nodiscard]] Result<AnswerOutcome> answer(const nlohmann::json& response, Confidence confidence,
                                               std::optional<std::int64_t> timeMs = std::nullopt);
    /// Moves past the current question without answering it.
    [[nodiscard]] Result<void> skip();
    /// Closes the session (an exam is submitted: its answers are logged now).
    [[nodiscard]] Result<FinishOutcome> finish();

private:
    PracticeSession(BankPtr bank, SessionRecord record, const PracticeServices& services);
    void skipVanished(); ///< passes over questions no longer in the bank (it was updated)
    [[nodiscard]] std::int64_t elapsedOnQuestion() const;
    [[nodiscard]] Result<LoggedAnswer> logAnswer(const Question& q, std::string response, bool correct,
                                                 Confidence confidence, std::int64_t timeMs) const;

    BankPtr m_bank;
    SessionRecord m_record;
    PracticeServices m_services;
    MonotonicTime m_shownAt;
};

} // namespace certdrill::core
