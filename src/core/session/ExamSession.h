#pragma once

#include "core/session/ExamNavigator.h"
#include "core/session/ReviewScreen.h"
#include "core/session/SessionBase.h"

#include <nlohmann/json_fwd.hpp>

namespace certdrill::core {

/// What submitting an exam did.
struct ExamOutcome {
    SessionReport report;
    std::vector<std::string> reviewUids; ///< one per answered question, logged at submission
    bool timedOut = false;
};

/// A timed exam simulation. The candidate moves between questions under the bank's navigation
/// rules (see ExamNavigator), answers (and changes answers), flags questions and looks at the
/// review screen where the rules allow it. Every step is saved to the session at once, so it
/// resumes exactly; nothing enters the answer log before submission, when each answered question
/// is logged once with its final answer. When time runs out the exam is submitted as it stands.
class ExamSession : public SessionBase {
public:
    /// Stores a planned exam (`plan.mode` is Exam) and starts its clock.
    [[nodiscard]] static Result<ExamSession> start(BankPtr bank, std::int64_t profileId, SessionPlan plan,
                                                   const SessionServices& services);
    /// Continues a stored exam with the time it had left (counted as a resumption). Error
    /// `bank-changed` when some of its questions are no longer in the bank.
    [[nodiscard]] static Result<ExamSession> resume(BankPtr bank, SessionRecord record, const SessionServices& services);

    [[nodiscard]] std::size_t total() const { return m_answers.size(); }
    [[nodiscard]] std::size_t position() const { return m_position; }
    [[nodiscard]] const Question& current() const { return questionAt(m_position); }
    /// The question shown at `index`: for a generator entry, the question its seed gives.
    [[nodiscard]] const Question& questionAt(std::size_t index) const;
    /// The saved state of a question (its response is JSON, unset while unanswered).
    [[nodiscard]] const SessionAnswer& answerAt(std::size_t index) const { return m_answers.at(index); }
    [[nodiscard]] const ExamNavigator& navigator() const { return m_navigator; }
    [[nodiscard]] bool canGoTo(std::size_t index) const { return m_navigator.canGo(m_position, index); }
    [[nodiscard]] bool canGoBack() const { return m_position > 0 && canGoTo(m_position - 1); }
    /// Whether `next()` leaves a scenario (or question) for good with something unanswered in it
    /// (forward-only): the moment to ask "are you sure?".
    [[nodiscard]] bool nextLeavesUnanswered() const;

    /// Saves an answer to the question on screen (replacing any earlier one); does not move.
    /// `timeMs` states the time spent since the last step instead of measuring it. Error
    /// `bad-answer` leaves everything as it was.
    [[nodiscard]] Result<void> answer(const nlohmann::json& response, std::optional<std::int64_t> timeMs = std::nullopt);
    /// Removes the answer to the question on screen.
    [[nodiscard]] Result<void> clearAnswer();
    /// Errors `not-allowed` (the navigation rules forbid it), `no-such-question`.
    [[nodiscard]] Result<void> goTo(std::size_t index, std::optional<std::int64_t> timeMs = std::nullopt);
    /// Error `at-end` on the last question (submit instead).
    [[nodiscard]] Result<void> next(std::optional<std::int64_t> timeMs = std::nullopt);
    [[nodiscard]] Result<void> previous();
    /// Error `not-allowed` in a forward-only exam.
    [[nodiscard]] Result<void> setFlag(bool flagged);
    /// Error `not-allowed` in a forward-only exam.
    [[nodiscard]] Result<ReviewScreen> reviewScreen() const;

    /// Reports the timer's warnings; submits the exam when time is up (see report()).
    [[nodiscard]] std::vector<TimerEvent> poll() { return pollTimer(); }
    /// Scores the exam, logs every answered question once with its memory state, and stores the
    /// report, all in one transaction.
    [[nodiscard]] Result<ExamOutcome> submit();

private:
    ExamSession(BankPtr bank, SessionRecord record, SessionSettings settings, const SessionServices& services);
    void creditTime(std::int64_t spentMs) override;
    Result<void> closeOnTimeUp() override;
    [[nodiscard]] Result<ExamOutcome> submitNow(bool timedOut);
    /// Stores the question on screen and the position; `to` becomes the question on screen.
    [[nodiscard]] Result<void> save(std::size_t to);

    std::vector<SessionAnswer> m_answers; ///< one per question, in order
    std::size_t m_position = 0;
    ExamNavigator m_navigator;
};

} // namespace certdrill::core
