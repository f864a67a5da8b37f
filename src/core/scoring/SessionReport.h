#pragma once

#include "core/bank/Bank.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/history/StudyMode.h"
#include "core/scoring/Feedback.h"
#include "core/scoring/ScaledScore.h"
#include "core/scoring/ScoringOptions.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <vector>

namespace certdrill::core {

/// One question of a finished session as the candidate left it, in the order shown.
struct ScoredAnswer {
    std::string questionId;
    std::optional<std::string> response; ///< JSON (see Response.h); unset when unanswered
    bool flagged = false;
    std::int64_t timeMs = 0;             ///< time the question was on screen, over every visit
    std::vector<std::string> shownOrder; ///< choice ids as displayed (empty: the bank's order)
};

/// The circumstances of a session, reported alongside the score.
struct SessionFacts {
    StudyMode mode = StudyMode::Exam;
    std::uint64_t seed = 0;
    bool practice = false;                 ///< pausing was allowed (not a strict simulation)
    std::int64_t elapsedMs = 0;
    std::optional<std::int64_t> timeLimitMs;
    bool timedOut = false;                 ///< submitted by the timer
    int pauses = 0;
    std::int64_t pausedMs = 0;
    int resumes = 0;                       ///< times the session was closed and continued
    Timestamp startedAt{};
    Timestamp finishedAt{};

    bool operator==(const SessionFacts&) const = default;
};

/// Results of one domain or objective.
struct AreaResult {
    std::string id;
    std::string name;
    double weight = 0.0;       ///< the blueprint weight (domains only)
    std::size_t questions = 0;
    std::size_t answered = 0;
    double credit = 0.0;       ///< points earned
    [[nodiscard]] double percent() const;

    bool operator==(const AreaResult&) const = default;
};

struct QuestionResult {
    std::size_t index = 0;     ///< position in the session, from 0
    std::string questionId;
    std::string domain;
    std::string objective;
    QuestionType type = QuestionType::Single;
    bool answered = false;
    bool flagged = false;
    double credit = 0.0;
    std::int64_t timeMs = 0;

    bool operator==(const QuestionResult&) const = default;
};

/// A question not fully right, with what the candidate needs to learn from it.
struct MissedQuestion {
    std::size_t index = 0;
    std::string questionId;
    std::string stem;
    Feedback feedback;

    bool operator==(const MissedQuestion&) const = default;
};

/// The score report of a finished session: raw score, percentage, the scaled score on the exam's
/// scale (an estimate, see ScaledScore), pass or fail, results per domain and per objective, the
/// time on each question and the questions missed with their explanations. Stored whole with the
/// session, so it can be shown again even after the bank changes.
struct SessionReport {
    std::string bankId;
    std::string bankTitle;
    std::string examCode;
    std::string bankVersion;
    SessionFacts facts;
    ScoringOptions scoring;
    std::size_t questionCount = 0;
    std::size_t answered = 0;
    std::size_t correct = 0;   ///< full credit
    std::size_t partial = 0;   ///< some but not full credit
    std::size_t flagged = 0;
    double raw = 0.0;          ///< points earned, one per question at most
    ScaledScore scaled;
    std::vector<AreaResult> domains;
    std::vector<AreaResult> objectives;
    std::vector<QuestionResult> questions;
    std::vector<MissedQuestion> missed;
    std::vector<std::string> notes; ///< e.g. questions that left the bank since the session began

    [[nodiscard]] double percent() const;
    [[nodiscard]] bool passed() const { return scaled.passed; }
    bool operator==(const SessionReport&) const = default;
};

/// Scores every answer with `scoring` and builds the report. Answers whose question is no longer
/// in the bank are left out and mentioned in `notes`.
[[nodiscard]] SessionReport buildReport(const Bank& bank, const std::vector<ScoredAnswer>& answers,
                                        const ScoringOptions& scoring, const SessionFacts& facts);

/// The stored form (`"report": 1` marks the layout; the scaled score carries `"estimate": true`).
[[nodiscard]] nlohmann::json toJson(const SessionReport& report);
/// Error `bad-report` when the JSON is not a stored report.
[[nodiscard]] Result<SessionReport> reportFromJson(const nlohmann::json& json);

/// Words that go with every scaled score shown anywhere.
inline constexpr const char* kScaledScoreNote =
    "The scaled score is an estimate: vendors scale each exam form differently and do not publish the conversion.";

} // namespace certdrill::core
