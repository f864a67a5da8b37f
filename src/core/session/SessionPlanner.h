#pragma once

#include "core/bank/Bank.h"
#include "core/common/Error.h"
#include "core/history/MemoryStateStore.h"
#include "core/history/StudyMode.h"
#include "core/session/ExamDraw.h"
#include "core/session/HistorySummary.h"
#include "core/session/QuestionLayout.h"
#include "core/session/SessionSettings.h"
#include "core/srs/DayRule.h"
#include "core/srs/Scheduler.h"

#include <chrono>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace certdrill::core {

/// What the candidate asks for.
struct SessionRequest {
    StudyMode mode = StudyMode::Study;
    std::uint64_t seed = 0;
    std::size_t count = 0;            ///< 0: the mode's default (exam: the bank's; quiz: 10; others: all)
    std::optional<int> minutes;       ///< overrides the time limit (exam, quiz); 0 removes it
    bool practice = false;            ///< exam: allow pausing (a practice exam; quizzes always may)
    bool preferUnseen = false;        ///< exam, quiz: prefer the questions seen least
    ScoringOptions scoring;
    DrillFilter filter;               ///< study, drill
    /// study, drill: exactly these questions in this order (e.g. retaking an exam's missed ones),
    /// instead of the filter; ids the bank no longer has, and repeats, are left out.
    std::vector<std::string> questions;
};

/// What the planner may know about the profile (all optional except for review).
struct PlanningContext {
    const HistorySummary* history = nullptr;
    const std::vector<CardMemoryState>* states = nullptr;
    const Scheduler* scheduler = nullptr;
    Timestamp now{};
    std::size_t dailyNewLimit = 20;               ///< review: the profile's new questions per day
    std::optional<std::chrono::sys_days> examDate; ///< review: the profile's exam date for the bank
    DayRule dayRule = DayRule::utcCalendar();     ///< review: how the profile's days are counted
};

/// A session ready to be stored: its questions in order, their layout and its settings.
struct SessionPlan {
    StudyMode mode = StudyMode::Study;
    std::uint64_t seed = 0;
    std::vector<std::string> questions;
    SessionLayout layout;
    SessionSettings settings;
    std::vector<DomainDraw> domains; ///< exam, quiz: the draw per domain (not stored)
};

inline constexpr std::size_t kDefaultQuizQuestions = 10;

/// Plans a session; the same request and context give the same plan everywhere.
/// - exam: the blueprint draw (drawExam) of `count` (default the bank's `question_count`); the time
///   limit is the bank's duration, scaled to the count when it differs (rounded up to a minute);
///   the bank's navigation rules.
/// - quiz: a blueprint draw of `count` (default 10) questions in as many minutes; pausing allowed.
/// - study, drill: the questions the filter lets through (selectDrill), or the request's own
///   list of questions when it has one; untimed.
/// - review: the selector's plan at the start of the session (core/selector/Selector.h): due
///   questions, lowest retrievability first, then new ones along the blueprint up to the daily
///   limit (less those begun today); `count` caps it. Needs `states` and `scheduler`.
/// Choices are shuffled from the seed in every mode. Error `empty-session` when nothing is left
/// to practise, `bad-filter` for a filter the bank cannot meet.
[[nodiscard]] Result<SessionPlan> planSession(const Bank& bank, const SessionRequest& request,
                                              const PlanningContext& context = {});

} // namespace certdrill::core
