#include "storage/SessionEnvironment.h"

#include "core/common/Time.h"
#include "core/profile/ProfileScheduler.h"
#include "core/srs/DayRule.h"

#include <algorithm>

namespace certdrill::storage {

SessionEnvironment::SessionEnvironment(core::Profile p, core::BankPtr b, Database& db, core::Scheduler s,
                                       const core::Clock& c)
    : profile(std::move(p))
    , bank(std::move(b))
    , database(db)
    , sessions(db, c)
    , memories(db)
    , log(db)
    , scheduler(std::move(s))
    , clock(c)
{
}

core::Result<std::unique_ptr<SessionEnvironment>> SessionEnvironment::open(Database& database, core::Profile profile,
                                                                          core::BankPtr bank, const core::Clock& clock)
{
    auto scheduler = core::schedulerFor(profile);
    if (!scheduler)
        return tl::unexpected{scheduler.error()};
    return std::make_unique<SessionEnvironment>(std::move(profile), std::move(bank), database, std::move(*scheduler),
                                                clock);
}

core::SessionServices SessionEnvironment::services()
{
    return {sessions, memories, log, scheduler, profile.grading, clock};
}

core::Result<core::HistorySummary> SessionEnvironment::history() const
{
    auto reviews = log.reviewsOf(profile.id, bank->id);
    if (!reviews)
        return tl::unexpected{reviews.error()};
    auto flagged = sessions.flaggedQuestions(profile.id, bank->id);
    if (!flagged)
        return tl::unexpected{flagged.error()};
    return core::summariseHistory(*bank, *reviews, *flagged);
}

core::Result<core::SessionPlan> SessionEnvironment::plan(const core::SessionRequest& request)
{
    auto summary = history();
    if (!summary)
        return tl::unexpected{summary.error()};
    auto states = memories.ofBank(profile.id, bank->id);
    if (!states)
        return tl::unexpected{states.error()};
    core::PlanningContext context;
    context.history = &*summary;
    context.states = &*states;
    context.scheduler = &scheduler;
    context.now = clock.now();
    context.dailyNewLimit = static_cast<std::size_t>(std::max(0, profile.dailyNewLimit));
    context.dayRule = scheduler.fsrs() ? scheduler.fsrs()->dayRule() : *core::DayRule::rollover();
    if (const auto date = profile.examDates.find(bank->id); date != profile.examDates.end())
        context.examDate = core::parseDate(date->second);
    return core::planSession(*bank, request, context);
}

} // namespace certdrill::storage
