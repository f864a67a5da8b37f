#include "core/session/SessionPlanner.h"

#include "core/session/ExamDraw.h"
#include "core/selector/Selector.h"
#include "core/srs/DayRule.h"

#include <algorithm>

namespace certdrill::core {
namespace {

constexpr std::int64_t kMinute = 60'000;

std::optional<std::int64_t> limitFrom(std::optional<int> minutes, std::int64_t fallbackMs)
{
    if (minutes)
        return *minutes > 0 ? std::optional<std::int64_t>{*minutes * kMinute} : std::nullopt;
    return fallbackMs;
}

Result<SessionPlan> emptyPlan(StudyMode mode)
{
    switch (mode) {
    case StudyMode::Review: return fail("empty-session", "nothing is due and no new questions are left for today");
    case StudyMode::Drill:
    case StudyMode::Study: return fail("empty-session", "no question matches the filter");
    case StudyMode::Exam:
    case StudyMode::Quiz: break;
    }
    return fail("empty-session", "the bank has no questions to practise");
}

/// The selector's picks at the start of the session, as a fixed list (a session resumes exactly).
std::vector<std::string> reviewQuestions(const Bank& bank, const SessionRequest& request,
                                         const PlanningContext& context, const HistorySummary& history)
{
    SelectorSettings settings;
    settings.dailyNewLimit = context.dailyNewLimit;
    settings.examDate = context.examDate;
    settings.dayRule = context.dayRule;
    settings.seed = request.seed;
    const auto today = startOfDay(context.dayRule, context.dayRule.dayNumber(context.now));
    settings.newIntroducedToday = history.firstSeenBetween(today, context.now + std::chrono::milliseconds{1});
    const BankIndex index{BankPtr{BankPtr{}, &bank}, request.seed}; // not owning: the bank outlives the plan
    Selector selector{index, *context.scheduler, *context.states, settings, context.now};
    const auto& counts = selector.counts();
    const auto wanted = request.count > 0 ? request.count : std::min(counts.dueNow(), settings.dueCap) + counts.newAllowed;
    std::vector<std::string> questions;
    for (const auto& pick : selector.plan(wanted))
        questions.push_back(bank.questions[pick.question].id);
    return questions;
}

/// The listed questions the bank has, without repeats, `count` at most (0: all).
std::vector<std::string> listedQuestions(const Bank& bank, const std::vector<std::string>& listed, std::size_t count)
{
    std::vector<std::string> questions;
    for (const auto& id : listed)
        if (bank.findQuestion(id) && std::find(questions.begin(), questions.end(), id) == questions.end())
            questions.push_back(id);
    if (count > 0 && questions.size() > count)
        questions.resize(count);
    return questions;
}

} // namespace

Result<SessionPlan> planSession(const Bank& bank, const SessionRequest& request, const PlanningContext& context)
{
    SessionPlan plan;
    plan.mode = request.mode;
    plan.seed = request.seed;
    auto& s = plan.settings;
    s.count = request.count;
    s.scoring = request.scoring;
    s.filter = request.filter;
    if (auto checked = checkFilter(bank, request.filter); !checked)
        return tl::unexpected{checked.error()};

    const HistorySummary noHistory;
    const HistorySummary& history = context.history ? *context.history : noHistory;
    DrawOptions draw;
    draw.seed = request.seed;
    SeenCounts seen;
    if (request.preferUnseen && context.history) {
        seen = history.seenCounts(bank);
        draw.seen = &seen;
        s.preferUnseen = true;
    }

    std::vector<std::size_t> positions; // of the drawn questions in the bank (exam, quiz)
    switch (request.mode) {
    case StudyMode::Exam: {
        const auto official = static_cast<std::size_t>(std::max(1, bank.exam.questionCount));
        draw.count = request.count > 0 ? request.count : official;
        auto drawn = drawExam(bank, draw);
        plan.questions = std::move(drawn.questions);
        positions = std::move(drawn.positions);
        plan.domains = std::move(drawn.domains);
        s.warnings = std::move(drawn.warnings);
        // A shorter or longer exam gets a proportional time, rounded up to a whole minute.
        const auto minutes = (static_cast<std::int64_t>(bank.exam.durationMinutes) *
                                  static_cast<std::int64_t>(plan.questions.size()) +
                              static_cast<std::int64_t>(official) - 1) /
                             static_cast<std::int64_t>(official);
        s.timeLimitMs = limitFrom(request.minutes, std::max<std::int64_t>(1, minutes) * kMinute);
        s.practice = request.practice;
        s.navigation = bank.exam.navigation;
        break;
    }
    case StudyMode::Quiz: {
        draw.count = request.count > 0 ? request.count : kDefaultQuizQuestions;
        auto drawn = drawExam(bank, draw);
        plan.questions = std::move(drawn.questions);
        positions = std::move(drawn.positions);
        plan.domains = std::move(drawn.domains);
        s.warnings = std::move(drawn.warnings);
        s.timeLimitMs = limitFrom(request.minutes, static_cast<std::int64_t>(std::max<std::size_t>(1, plan.questions.size())) * kMinute);
        s.practice = true;
        break;
    }
    case StudyMode::Study:
    case StudyMode::Drill: {
        if (!request.questions.empty()) {
            plan.questions = listedQuestions(bank, request.questions, request.count);
            break;
        }
        RetrievabilityMap recall;
        if (context.states && context.scheduler)
            recall = retrievabilities(*context.states, *context.scheduler, context.now);
        auto selected = selectDrill(bank, request.filter, history, recall, request.count, request.seed);
        plan.questions = std::move(selected.questions);
        s.warnings = std::move(selected.warnings);
        break;
    }
    case StudyMode::Review: {
        if (!context.states || !context.scheduler)
            return fail("no-memory", "a review needs the profile's memory states and scheduler");
        plan.questions = reviewQuestions(bank, request, context, history);
        break;
    }
    }
    if (plan.questions.empty())
        return emptyPlan(request.mode);
    // An exam or quiz draw knows where its questions are in the bank; the other modes are looked up.
    plan.layout = positions.empty() ? shuffleLayout(bank, plan.questions, request.seed)
                                    : shuffleLayout(bank, positions, request.seed);
    return plan;
}

} // namespace certdrill::core
