#include "cli/commands/ResultsCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/JsonOutput.h"
#include "cli/commands/SessionCommand.h"
#include "cli/terminal/ReportView.h"
#include "core/common/Time.h"
#include "core/scoring/SessionReport.h"
#include "storage/SqliteProfileRepository.h"
#include "storage/SqliteSessionStore.h"

#include <cstdio>
#include <iostream>
#include <map>
#include <optional>

namespace certdrill::cli {
namespace {

struct Options {
    std::string profile;
    std::string bank;
    bool all = false;
    bool json = false;
    std::int64_t id = 0;
};

struct Stored {
    core::SessionRecord record;
    core::SessionReport report;
};

core::Result<core::SessionReport> reportOf(const core::SessionRecord& s)
{
    const auto parsed = nlohmann::json::parse(s.result, nullptr, false);
    if (parsed.is_discarded())
        return core::fail("bad-report", "session " + std::to_string(s.id) + " has no report");
    return core::reportFromJson(parsed);
}

/// The name of the profile with this id, if it is still there.
std::optional<std::string> profileName(const storage::SqliteProfileRepository& profiles, std::int64_t id)
{
    if (const auto all = profiles.list())
        for (const auto& p : *all)
            if (p.id == id)
                return p.name;
    return std::nullopt;
}

/// Why session `s`, not finished, has no report: it was abandoned, or it is still unfinished (and
/// how to resume it).
core::Error notFinished(const core::SessionRecord& s, const storage::SqliteProfileRepository& profiles)
{
    const auto session = "session " + std::to_string(s.id);
    if (s.status == core::SessionStatus::Abandoned)
        return {"abandoned", session + " was abandoned before it was finished: abandoned sessions have no result "
                                       "and cannot be resumed"};
    const auto profile = profileName(profiles, s.profileId);
    if (!profile)
        return {"not-finished", session + " is unfinished, so it has no result yet"};
    return {"not-finished", session + " is unfinished, so it has no result yet: resume it with `" +
                                resumeCommand(std::string{core::toString(s.mode)}, *profile, s.bankId) + "`"};
}

nlohmann::json summary(const Stored& s, const Stored* previous)
{
    const auto& r = s.report;
    nlohmann::json domains = nlohmann::json::array();
    for (const auto& d : r.domains)
        domains.push_back({{"id", d.id}, {"name", d.name}, {"percent", d.percent()}});
    return {{"id", s.record.id},
            {"uid", s.record.uid},
            {"bank", r.bankId},
            {"exam_code", r.examCode},
            {"mode", core::toString(r.facts.mode)},
            {"practice", r.facts.practice},
            {"seed", r.facts.seed},
            {"finished_at", core::formatIso8601(r.facts.finishedAt)},
            {"questions", r.questionCount},
            {"answered", r.answered},
            {"correct", r.correct},
            {"raw", r.raw},
            {"percent", r.percent()},
            {"scaled", {{"value", r.scaled.value},
                        {"highest", r.scaled.highest},
                        {"passing_score", r.scaled.passingScore},
                        {"estimate", true}}},
            {"passed", r.passed()},
            {"elapsed_ms", r.facts.elapsedMs},
            {"time_limit_ms", r.facts.timeLimitMs ? nlohmann::json(*r.facts.timeLimitMs) : nlohmann::json()},
            {"timed_out", r.facts.timedOut},
            {"change_percent", previous ? nlohmann::json(r.percent() - previous->report.percent()) : nlohmann::json()},
            {"domains", domains}};
}

int list(CliContext& context, const Options& o)
{
    const auto found = context.profile(o.profile);
    if (!found)
        return reportError(found.error());
    const auto& profile = found->profile;
    storage::SqliteSessionStore store{found->database, context.clock()};
    const auto finished = store.listFinished(profile.id, o.bank);
    if (!finished)
        return reportError(finished.error());
    std::vector<Stored> results;
    for (const auto& s : *finished) {
        if (!o.all && s.mode != core::StudyMode::Exam)
            continue;
        if (auto report = reportOf(s))
            results.push_back({s, std::move(*report)});
    }
    // Each result is compared with the one before it in the same bank and mode.
    std::map<std::pair<std::string, int>, const Stored*> last;
    std::vector<const Stored*> previous;
    for (const auto& r : results) {
        auto& slot = last[{r.report.bankId, static_cast<int>(r.report.facts.mode)}];
        previous.push_back(slot);
        slot = &r;
    }
    if (o.json) {
        nlohmann::json out = nlohmann::json::array();
        for (std::size_t i = 0; i < results.size(); ++i)
            out.push_back(summary(results[i], previous[i]));
        printJson(std::cout, {{"profile", profile.name}, {"results", out}, {"scaled_score_note", core::kScaledScoreNote}});
        return ExitCode::Ok;
    }
    if (results.empty()) {
        std::cout << "No finished " << (o.all ? "sessions" : "exams") << " for \"" << profile.name << "\""
                  << (o.bank.empty() ? "" : " in " + o.bank) << ".\n";
        return ExitCode::Ok;
    }
    std::printf("%5s  %-16s  %-9s %-8s %7s %7s  %-18s %-4s  %s\n", "id", "finished (UTC)", "exam", "mode", "score",
                "change", "scaled (estimate)", "", "time");
    for (std::size_t i = 0; i < results.size(); ++i) {
        const auto& r = results[i].report;
        char change[16] = "";
        if (previous[i])
            std::snprintf(change, sizeof change, "%+.1f", r.percent() - previous[i]->report.percent());
        const auto mode = std::string{core::toString(r.facts.mode)} + (r.facts.practice ? "*" : "");
        auto finishedAt = core::formatIso8601(r.facts.finishedAt).substr(0, 16);
        finishedAt[10] = ' ';
        const auto scaled = std::to_string(r.scaled.value) + "/" + std::to_string(r.scaled.highest) + " (pass " +
                            std::to_string(r.scaled.passingScore) + ")";
        std::printf("%5lld  %-16s  %-9s %-8s %6.1f%% %7s  %-18s %-4s  %s%s\n", static_cast<long long>(results[i].record.id),
                    finishedAt.c_str(), r.examCode.c_str(), mode.c_str(), r.percent(), change, scaled.c_str(),
                    r.passed() ? "PASS" : "FAIL", formatDuration(r.facts.elapsedMs).c_str(),
                    r.facts.timedOut ? " (time ran out)" : "");
    }
    std::printf("\n%s\n* a practice exam (pausing allowed).  `certdrill results show ID` prints a full report.\n",
                core::kScaledScoreNote);
    return ExitCode::Ok;
}

int show(CliContext& context, const Options& o)
{
    auto db = context.database();
    if (!db)
        return reportError(db.error());
    storage::SqliteSessionStore store{**db, context.clock()};
    const auto session = store.load(o.id);
    if (!session) {
        auto error = session.error();
        if (error.code == "no-such-session")
            error.message += " (`certdrill results --profile NAME --all` lists the finished sessions and their ids)";
        return reportError(error);
    }
    if (session->status != core::SessionStatus::Finished)
        return reportError(notFinished(*session, storage::SqliteProfileRepository{**db, context.clock()}));
    auto report = reportOf(*session);
    if (!report)
        return reportError(report.error());
    if (o.json) {
        auto stored = core::toJson(*report);
        stored["id"] = session->id;
        stored["uid"] = session->uid;
        printJson(std::cout, stored);
        return ExitCode::Ok;
    }
    std::cout << renderReport(Terminal::detect(), *report);
    return ExitCode::Ok;
}

/// The check of `results show ID`: a session id is a number (empty when `text` is one).
std::string checkSessionId(const std::string& text)
{
    if (!text.empty() && text.find_first_not_of("0123456789") == std::string::npos)
        return {};
    return "\"" + text + "\" is not a session id: ids are numbers, the first column of `certdrill results`";
}

} // namespace

void addResultsCommand(CLI::App& app, CliContext& context, int& exitCode)
{
    auto o = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("results", "Finished exams and their reports (the scaled score is an estimate)");
    cmd->require_subcommand(0, 1);
    cmd->add_option("--profile", o->profile, "Profile name");
    cmd->add_option("--bank", o->bank, "Only this bank (id)");
    cmd->add_flag("--all", o->all, "Every finished session with a report, not only exams");
    cmd->add_flag("--json", o->json, "Print JSON");
    auto* showCmd = cmd->add_subcommand("show", "One session's full report");
    showCmd->add_option("id", o->id, "Session id (the first column of `certdrill results`)")
        ->required()
        ->check(CLI::Validator{checkSessionId, ""});
    showCmd->add_flag("--json", o->json, "Print the stored report as JSON");
    showCmd->callback([&context, &exitCode, o] {
        context.initialise();
        exitCode = show(context, *o);
    });
    cmd->callback([&context, &exitCode, cmd, o] {
        if (cmd->got_subcommand("show"))
            return;
        if (o->profile.empty()) {
            exitCode = reportError({"usage", "results needs --profile (or: results show ID)"});
            return;
        }
        context.initialise();
        exitCode = list(context, *o);
    });
}

} // namespace certdrill::cli
