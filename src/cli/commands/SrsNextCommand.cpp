#include "cli/commands/SrsNextCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "core/common/Time.h"
#include "core/profile/ProfileScheduler.h"
#include "core/selector/Selector.h"
#include "storage/SqliteMemoryStateStore.h"
#include "storage/SqliteStudyStats.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

namespace certdrill::cli {
namespace {
using nlohmann::ordered_json;

struct Options {
    std::string profile;
    std::string bank;
    std::size_t count = 10;
    std::optional<core::Timestamp> at;
    std::optional<std::chrono::sys_days> examDate;
    std::optional<std::uint64_t> seed;
    bool json = false;
};

std::string percent(double fraction)
{
    return std::to_string(static_cast<int>(std::lround(fraction * 100.0))) + "%";
}

/// Three decimals.
std::string fixed(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", value);
    return text;
}

std::string formatDate(std::chrono::sys_days day)
{
    const std::chrono::year_month_day ymd{day};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return text;
}

/// Why the pick was made, in one line. `studied` is the studied count per domain before the pick.
std::string why(const core::Selector& selector, const core::Pick& pick, const std::vector<std::uint32_t>& studied)
{
    const auto& index = selector.index();
    std::string text;
    switch (pick.reason) {
    case core::PickReason::Learning:
        text = "learning step due";
        break;
    case core::PickReason::Overdue:
        text = "overdue by " + std::to_string(pick.daysOverdue) + (pick.daysOverdue == 1 ? " day" : " days");
        break;
    case core::PickReason::Due:
        text = "due today";
        break;
    case core::PickReason::BeforeExam:
        text = "pulled forward: its review fell after the exam";
        break;
    case core::PickReason::Ahead:
        text = "reviewed ahead: nothing else is due before the exam";
        break;
    case core::PickReason::New: {
        const auto d = index.domainOf(pick.question);
        const auto& domain = index.domains()[d];
        std::uint32_t total = 0;
        for (const auto s : studied)
            total += s;
        const double share = total == 0 ? 0.0 : static_cast<double>(studied[d]) / static_cast<double>(total);
        text = "new, for domain " + std::string{domain.id} + " " + std::string{domain.name} + " (" + percent(share) +
               " of studied questions, " + percent(domain.weight) + " of the exam), objective " +
               index.question(pick.question).objective;
        break;
    }
    }
    if (pick.retrievability)
        text += ", recall now " + percent(*pick.retrievability);
    if (pick.gainPerMinute)
        text += ", +" + fixed(*pick.gainPerMinute * 100.0) + " points of expected exam score per minute";
    return text;
}

ordered_json pickJson(const core::Selector& selector, const core::Pick& pick, const std::string& reason)
{
    const auto& q = selector.index().question(pick.question);
    ordered_json out{{"id", q.id},
                     {"domain", q.domain},
                     {"objective", q.objective},
                     {"reason", core::pickReasonName(pick.reason)},
                     {"why", reason}};
    out["retrievability"] = pick.retrievability ? ordered_json(*pick.retrievability) : ordered_json();
    out["due"] = pick.due ? ordered_json(core::formatIso8601(*pick.due)) : ordered_json();
    if (pick.reason == core::PickReason::Overdue)
        out["days_overdue"] = pick.daysOverdue;
    if (pick.gainPerMinute) {
        out["gain_per_minute"] = *pick.gainPerMinute;
        out["exam_recall"] = *pick.examRecall;
    }
    return out;
}

ordered_json countsJson(const core::SelectorCounts& c, std::size_t profileLimit)
{
    return {{"due_now", c.dueNow()},
            {"learning", c.learning},
            {"overdue", c.overdue},
            {"due_today", c.due},
            {"before_exam", c.beforeExam},
            {"not_due", c.notDue},
            {"studied", c.studied},
            {"unseen", c.unseen},
            {"new_today", c.newToday},
            {"daily_new_limit", c.dailyNewLimit},
            {"profile_daily_new_limit", profileLimit},
            {"new_left", c.newAllowed}};
}

int run(CliContext& context, const Options& o)
{
    context.initialise();
    const auto found = context.profile(o.profile);
    if (!found)
        return reportError(found.error());
    const auto& profile = found->profile;
    const auto bank = context.bank(o.bank);
    if (!bank)
        return reportError(bank.error());
    const auto scheduler = core::schedulerFor(profile);
    if (!scheduler)
        return reportError(scheduler.error());

    core::SelectorSettings settings;
    settings.dayRule = scheduler->fsrs() ? scheduler->fsrs()->dayRule() : *core::DayRule::rollover();
    settings.dailyNewLimit = static_cast<std::size_t>(std::max(0, profile.dailyNewLimit));
    settings.seed = o.seed.value_or(static_cast<std::uint64_t>(profile.id));
    settings.examDate = o.examDate;
    if (!settings.examDate) {
        const auto stored = profile.examDates.find(o.bank);
        if (stored != profile.examDates.end())
            settings.examDate = core::parseDate(stored->second);
    }
    const auto at = o.at.value_or(context.clock().now());
    const auto today = core::startOfDay(settings.dayRule, settings.dayRule.dayNumber(at));
    const storage::SqliteStudyStats stats{found->database};
    const auto newToday = stats.newQuestionsSince(profile.id, o.bank, today);
    if (!newToday)
        return reportError(newToday.error());
    settings.newIntroducedToday = *newToday;
    const storage::SqliteMemoryStateStore memories{found->database};
    const auto states = memories.ofBank(profile.id, o.bank);
    if (!states)
        return reportError(states.error());

    const core::BankIndex index{*bank, settings.seed};
    core::Selector selector{index, *scheduler, *states, settings, at};
    const auto counts = selector.counts();
    const auto score = selector.expectedExamScore();
    ordered_json questions = ordered_json::array();
    std::vector<std::string> lines;
    while (questions.size() < o.count) {
        const auto studied = selector.studiedPerDomain();
        const auto pick = selector.next(at);
        if (!pick)
            break;
        const auto reason = why(selector, *pick, studied);
        questions.push_back(pickJson(selector, *pick, reason));
        lines.push_back(index.question(pick->question).id + "  " + reason);
    }

    const auto examText = selector.forecast() ? ordered_json(formatDate(*settings.examDate)) : ordered_json();
    if (o.json) {
        const ordered_json document{{"profile", profile.name},
                                          {"bank", o.bank},
                                          {"at", core::formatIso8601(at)},
                                          {"exam_date", examText},
                                          {"expected_exam_score", score ? ordered_json(*score) : ordered_json()},
                                          {"counts", countsJson(counts, settings.dailyNewLimit)},
                                          {"questions", std::move(questions)}};
        std::cout << document.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
        return ExitCode::Ok;
    }
    std::cout << "Due now: " << counts.dueNow() << " (" << counts.learning << " learning, " << counts.overdue
              << " overdue, " << counts.due << " due today, " << counts.beforeExam << " before the exam); new today "
              << counts.newToday << " of " << counts.dailyNewLimit << "; " << counts.studied << " studied, "
              << counts.unseen << " unseen.\n";
    if (score)
        std::cout << "Exam on " << examText.get<std::string>() << ": expected score " << percent(*score) << ".\n";
    if (lines.empty())
        std::cout << "Nothing to study now.\n";
    for (std::size_t i = 0; i < lines.size(); ++i)
        std::cout << (i + 1) << ". " << lines[i] << '\n';
    return ExitCode::Ok;
}

/// An option whose text `parse` turns into `target`; text it refuses is a usage error.
template <class T, class Parse>
void parsedOption(CLI::App& command, const std::string& name, std::optional<T>& target, Parse parse,
                  const std::string& problem, const std::string& help, const std::string& typeName)
{
    command
        .add_option_function<std::string>(
            name,
            [&target, parse, name, problem](const std::string& text) {
                target = parse(text);
                if (!target)
                    throw CLI::ValidationError(name, problem + ": " + text);
            },
            help)
        ->type_name(typeName);
}

} // namespace

void addSrsNextCommand(CLI::App& srs, CliContext& context, int& exitCode)
{
    auto o = std::make_shared<Options>();
    auto* cmd = srs.add_subcommand("next", "The next questions to study, why each was chosen, and what is due");
    cmd->add_option("--profile", o->profile, "Profile name")->required();
    cmd->add_option("--bank", o->bank, "Bank id")->required();
    cmd->add_option("--count", o->count, "How many questions to list (default 10)")->check(CLI::Range(1, 100000));
    parsedOption(*cmd, "--at", o->at, core::parseIso8601, "not an ISO-8601 timestamp",
                 "Select as of TIMESTAMP (ISO-8601; default: now)", "TIMESTAMP");
    parsedOption(*cmd, "--exam-date", o->examDate, core::parseDate, "not a date YYYY-MM-DD",
                 "Plan for an exam on DATE (YYYY-MM-DD), instead of the profile's exam date for the bank", "DATE");
    cmd->add_option("--seed", o->seed, "Seed for the order of new questions and ties (default: the profile's)");
    cmd->add_flag("--json", o->json, "Print JSON");
    cmd->callback([&context, &exitCode, o] { exitCode = run(context, *o); });
}

} // namespace certdrill::cli
