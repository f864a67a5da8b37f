#pragma once

#include "core/bank/Bank.h"
#include "core/common/Error.h"
#include "core/scoring/SessionReport.h"
#include "core/session/SessionPlanner.h"
#include "core/session/SessionQuestions.h"
#include "core/session/SessionRecord.h"
#include "core/session/SessionServices.h"
#include "core/session/SessionSettings.h"
#include "core/session/SessionTimer.h"
#include "core/srs/GradingPolicy.h"

#include <optional>
#include <string>
#include <vector>

namespace certdrill::core {

/// What exam and practice sessions share: the stored record and settings, the timer (with pauses
/// in practice sessions only, counted in the report), logging answers with their new memory
/// state, and closing with a report.
class SessionBase {
public:
    virtual ~SessionBase() = default;
    [[nodiscard]] const SessionRecord& record() const { return m_record; }
    [[nodiscard]] const SessionSettings& settings() const { return m_settings; }
    [[nodiscard]] const Bank& bank() const { return *m_bank; }
    [[nodiscard]] StudyMode mode() const { return m_record.mode; }
    [[nodiscard]] bool closed() const { return m_report.has_value(); }
    /// The report, once the session is closed.
    [[nodiscard]] const std::optional<SessionReport>& report() const { return m_report; }
    /// The uids of the reviews logged when the session closed (an exam's answers).
    [[nodiscard]] const std::vector<std::string>& reviewsLoggedAtClose() const { return m_closingReviews; }

    /// The question's choices in the order this session shows them.
    [[nodiscard]] QuestionLayout layoutOf(const Question& question) const;
    /// The seed of the generated question this session shows for a generator entry (none for a
    /// question of the bank): `certdrill generate` shows it again from the entry and the seed.
    [[nodiscard]] std::optional<std::uint64_t> instanceSeedOf(std::string_view questionId) const
    {
        return m_questions.seedOf(questionId);
    }

    [[nodiscard]] TimerStatus timer() const;
    /// Whether pausing is allowed: timed practice sessions only, never a strict exam simulation.
    [[nodiscard]] bool canPause() const { return m_settings.practice && m_settings.timeLimitMs.has_value(); }
    /// Stops the clock. Errors `pause-not-allowed`, `paused` (already), `session-closed`.
    [[nodiscard]] Result<void> pause();
    /// Restarts the clock. Error `not-paused`.
    [[nodiscard]] Result<void> unpause();

protected:
    SessionBase(BankPtr bank, SessionRecord record, SessionSettings settings, const SessionServices& services);
    SessionBase(SessionBase&&) noexcept = default;
    SessionBase& operator=(SessionBase&&) = delete;
    SessionBase(const SessionBase&) = delete;
    SessionBase& operator=(const SessionBase&) = delete;

    /// Stores a planned session and returns its record. Error `empty-session` for an empty plan.
    [[nodiscard]] static Result<SessionRecord> store(const Bank& bank, std::int64_t profileId, SessionPlan plan,
                                                     const SessionServices& services);
    /// Checks a stored record can be continued and reads its settings.
    [[nodiscard]] static Result<SessionSettings> resumable(const Bank& bank, const SessionRecord& record);
    /// Counts a resumption (closing and continuing later) in the stored record.
    [[nodiscard]] Result<void> countResume();

    /// Errors `session-closed`, `paused`; and `time-up` after closing the session when its time has
    /// run out.
    [[nodiscard]] Result<void> guard();
    /// Books the time since the last step (or `stated`) to the question on screen.
    std::int64_t bookTime(std::optional<std::int64_t> stated = std::nullopt);
    /// The timer's new events; closes the session when time is up.
    [[nodiscard]] std::vector<TimerEvent> pollTimer();

    /// The question's review for the log, graded by the policy, with its next memory state.
    [[nodiscard]] Result<LoggedAnswer> logAnswer(const Question& question, std::string response, bool correct,
                                                 Confidence confidence, std::int64_t timeMs) const;
    /// Builds the report from `answers`, stores it with `logged` in one transaction and closes.
    [[nodiscard]] Result<std::vector<std::string>> close(const std::vector<ScoredAnswer>& answers,
                                                         std::vector<LoggedAnswer> logged, bool timedOut);
    [[nodiscard]] MonotonicTime monotonic() const { return m_services.clock.monotonic(); }
    /// The elapsed time to store: never more than the limit.
    [[nodiscard]] std::int64_t elapsedMs() const;

    /// Time spent on the question on screen (pausing books it first).
    virtual void creditTime(std::int64_t spentMs) = 0;
    /// Closes the session because time is up.
    virtual Result<void> closeOnTimeUp() = 0;

    BankPtr m_bank;
    SessionRecord m_record;
    SessionSettings m_settings;
    SessionServices m_services;
    SessionTimer m_timer;
    SessionQuestions m_questions; ///< what each id shows: the bank's question or a generated one
    std::optional<SessionReport> m_report;
    std::vector<std::string> m_closingReviews;
};

} // namespace certdrill::core
