#include "storage/StudyOverview.h"

#include "core/common/Time.h"
#include "core/profile/ProfileScheduler.h"
#include "core/progress/DueForecast.h"
#include "core/scoring/SessionReport.h"
#include "core/selector/ExamForecast.h"
#include "core/selector/Selector.h"
#include "storage/SqliteMemoryStateStore.h"
#include "storage/SqliteReviewLog.h"
#include "storage/SqliteSessionStore.h"
#include "storage/SqliteStudyStats.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace certdrill::storage {
namespace {

core::DayRule dayRuleOf(const core::Scheduler& scheduler)
{
    return scheduler.fsrs() ? scheduler.fsrs()->dayRule() : *core::DayRule::rollover();
}

std::optional<std::chrono::sys_days> examDateOf(const core::Profile& profile, const std::string& bankId)
{
    const auto stored = profile.examDates.find(bankId);
    if (stored == profile.examDates.end())
        return std::nullopt;
    return core::parseDate(stored->second);
}

/// The newest finished exam (not a practice session) with a readable report.
core::Result<std::optional<ExamOutcome>> lastExam(Database& db, const core::Profile& profile, const core::Bank& bank,
                                                  const core::Clock& clock)
{
    const SqliteSessionStore sessions{db, clock};
    const auto finished = sessions.listFinished(profile.id, bank.id);
    if (!finished)
        return tl::unexpected{finished.error()};
    std::optional<ExamOutcome> newest;
    for (const auto& s : *finished) {
        if (s.mode != core::StudyMode::Exam || !s.finishedAt || s.result.empty())
            continue;
        if (newest && newest->finishedAt >= *s.finishedAt)
            continue;
        const auto json = nlohmann::json::parse(s.result, nullptr, false);
        if (json.is_discarded())
            continue;
        const auto report = core::reportFromJson(json);
        if (!report)
            continue;
        newest = ExamOutcome{report->scaled.value, report->scaled.passingScore, report->scaled.highest,
                             report->scaled.passed, *s.finishedAt};
    }
    return newest;
}

} // namespace

core::Result<BankOverview> bankOverview(Database& db, const core::Profile& profile, const core::BankPtr& bankPtr,
                                        core::Timestamp now)
{
    const auto& bank = *bankPtr;
    const auto scheduler = core::schedulerFor(profile);
    if (!scheduler)
        return tl::unexpected{scheduler.error()};
    core::SelectorSettings settings;
    settings.dayRule = dayRuleOf(*scheduler);
    settings.dailyNewLimit = static_cast<std::size_t>(std::max(0, profile.dailyNewLimit));
    settings.seed = static_cast<std::uint64_t>(profile.id);
    settings.examDate = examDateOf(profile, bank.id);
    const auto todayDay = settings.dayRule.dayNumber(now);
    const auto today = core::startOfDay(settings.dayRule, todayDay);
    const SqliteStudyStats stats{db};
    const auto newToday = stats.newQuestionsSince(profile.id, bank.id, today);
    if (!newToday)
        return tl::unexpected{newToday.error()};
    settings.newIntroducedToday = *newToday;
    const SqliteMemoryStateStore memories{db};
    const auto states = memories.ofBank(profile.id, bank.id);
    if (!states)
        return tl::unexpected{states.error()};

    BankOverview out;
    if (!bank.questions.empty()) {
        const core::BankIndex index{bankPtr, settings.seed};
        const core::Selector selector{index, *scheduler, *states, settings, now};
        const auto& counts = selector.counts();
        out.dueNow = counts.dueNow();
        out.newLeftToday = counts.newAllowed;
        out.studied = counts.studied;
        out.unseen = counts.unseen;
    }
    const auto days = stats.answersPerDay(profile.id, bank.id, settings.dayRule, core::Timestamp{});
    if (!days)
        return tl::unexpected{days.error()};
    for (const auto& d : *days)
        out.answers += d.answers;
    out.streak = core::studyStreak(*days, todayDay);
    const core::FixedClock clock{now};
    auto exam = lastExam(db, profile, bank, clock);
    if (!exam)
        return tl::unexpected{exam.error()};
    out.lastExam = *exam;
    if (settings.examDate)
        out.daysToExam = core::daysUntil(*settings.examDate, settings.dayRule, now);
    return out;
}

core::Result<ProgressReport> progressReport(Database& db, const core::Profile& profile, const core::Bank& bank,
                                            core::Timestamp now, std::size_t days)
{
    const auto scheduler = core::schedulerFor(profile);
    if (!scheduler)
        return tl::unexpected{scheduler.error()};
    const auto rule = dayRuleOf(*scheduler);
    const auto todayDay = rule.dayNumber(now);
    const auto firstDay = todayDay - static_cast<std::int64_t>(days) + 1;
    const SqliteStudyStats stats{db};
    const auto answered = stats.answersPerDay(profile.id, bank.id, rule, core::startOfDay(rule, firstDay));
    if (!answered)
        return tl::unexpected{answered.error()};
    const SqliteMemoryStateStore memories{db};
    const auto states = memories.ofBank(profile.id, bank.id);
    if (!states)
        return tl::unexpected{states.error()};
    ProgressReport out;
    out.days = core::everyDay(*answered, firstDay, todayDay);
    out.forecast = core::dueForecast(*states, rule, now, days);
    out.domains = core::domainMastery(bank, *states, *scheduler, now);
    return out;
}

} // namespace certdrill::storage
