#include "cli/commands/SessionCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/terminal/JsonLinesDriver.h"
#include "core/common/Time.h"
#include "core/session/ExamSession.h"
#include "core/session/PracticeSession.h"

#include <nlohmann/json.hpp>

#include <type_traits>

namespace certdrill::cli {

void addSessionOptions(CLI::App& cmd, SessionOptions& o, bool withMode)
{
    if (withMode)
        cmd.add_option("--mode", o.mode, "study, exam, review, quiz or drill")
            ->check(CLI::IsMember({"study", "exam", "review", "quiz", "drill"}));
    cmd.add_option("--count", o.count, "Number of questions (default: the mode's)");
    cmd.add_option("--seed", o.seed, "Seed for the questions and their order (default: from the clock)");
    cmd.add_option("--minutes", o.minutes, "Time limit in minutes (exam, quiz; 0: untimed)")->check(CLI::Range(0, 1440));
    cmd.add_flag("--practice", o.practice, "A practice exam: pausing allowed (and reported)");
    cmd.add_flag("--prefer-unseen", o.preferUnseen, "Draw the questions seen least (the seed alone no longer "
                                                     "reproduces the exam)");
    cmd.add_flag("--resume", o.resume, "Continue the unfinished session of this profile, bank and mode");
    cmd.add_option("--multiple-scoring", o.multipleScoring, "all-or-nothing (default) or per-choice")
        ->check(CLI::IsMember({"all-or-nothing", "per-choice"}));
    cmd.add_option("--order-scoring", o.orderScoring, "exact (default) or per-position")
        ->check(CLI::IsMember({"exact", "per-position"}));
    cmd.add_option("--match-scoring", o.matchScoring, "per-pair (default) or exact")
        ->check(CLI::IsMember({"per-pair", "exact"}));
    auto& f = o.filter;
    cmd.add_option("--domain", f.domains, "Only questions of this domain (repeatable; study, drill)");
    cmd.add_option("--objective", f.objectives, "Only questions of this objective (repeatable; study, drill)");
    cmd.add_option("--tag", f.tags, "Only questions with this tag (repeatable; study, drill)");
    cmd.add_option("--difficulty", f.difficulties, "Only questions of this difficulty, 1-3 (repeatable; study, drill)")
        ->check(CLI::Range(1, 3));
    cmd.add_flag("--missed", f.missedBefore, "Only questions answered wrong before (study, drill)");
    cmd.add_flag("--flagged", f.flagged, "Only questions flagged in an earlier session (study, drill)");
    cmd.add_flag("--never-seen", f.neverSeen, "Only questions never answered (study, drill)");
    cmd.add_flag("--lowest-retrievability", f.lowestRetrievability,
                 "Studied questions, least likely to be recalled first (study, drill)");
}

core::Result<core::SessionRequest> sessionRequest(const SessionOptions& o, core::StudyMode mode, const core::Clock& clock)
{
    core::SessionRequest r;
    r.mode = mode;
    r.seed = o.seed.value_or(static_cast<std::uint64_t>(clock.now().time_since_epoch().count()));
    r.count = o.count;
    r.minutes = o.minutes;
    r.practice = o.practice;
    r.preferUnseen = o.preferUnseen;
    r.filter = o.filter;
    auto scoring = core::scoringOptionsFromJson(
        {{"multiple", o.multipleScoring}, {"order", o.orderScoring}, {"match", o.matchScoring}});
    if (!scoring)
        return tl::unexpected{scoring.error()};
    r.scoring = *scoring;
    const bool filtered = o.filter != core::DrillFilter{};
    if (filtered && mode != core::StudyMode::Study && mode != core::StudyMode::Drill)
        return core::fail("usage", "filters apply to study and drill sessions only");
    if (o.practice && mode != core::StudyMode::Exam)
        return core::fail("usage", "--practice applies to exams (quizzes may always be paused)");
    return r;
}

std::string resumeCommand(const std::string& mode, const std::string& profile, const std::string& bank)
{
    return "certdrill " + std::string{mode == "exam" ? "exam" : "quiz --mode " + mode} + " --profile '" + profile +
           "' --bank " + bank + " --resume";
}

core::Result<std::unique_ptr<storage::SessionEnvironment>> openSessionEnvironment(CliContext& context,
                                                                           const std::string& profileName,
                                                                           const std::string& bankId)
{
    auto found = context.profile(profileName);
    if (!found)
        return tl::unexpected{found.error()};
    auto bank = context.bank(bankId);
    if (!bank)
        return tl::unexpected{bank.error()};
    return storage::SessionEnvironment::open(found->database, std::move(found->profile), std::move(*bank),
                                             context.clock());
}

int runSession(CliContext& context, const SessionOptions& o, const SessionDrivers& drivers)
{
    context.initialise();
    const auto mode = core::studyModeFromString(o.mode);
    if (!mode)
        return reportError({"usage", "unknown mode \"" + o.mode + "\""});
    auto env = openSessionEnvironment(context, o.profile, o.bank);
    if (!env)
        return reportError(env.error());
    auto& e = **env;
    const auto services = e.services();
    const auto open = e.sessions.findOpen(e.profile.id, o.bank, *mode);
    if (!open)
        return reportError(open.error());
    const auto drive = [&](auto session) {
        if (!session)
            return reportError(session.error());
        if constexpr (std::is_same_v<std::decay_t<decltype(*session)>, core::ExamSession>)
            return drivers.exam(*session);
        else
            return drivers.practice(*session);
    };
    if (o.resume) {
        if (!*open)
            return reportError({"nothing-to-resume", "there is no unfinished " + o.mode + " session of \"" +
                                                         e.profile.name + "\" in " + o.bank});
        if (*mode == core::StudyMode::Exam)
            return drive(core::ExamSession::resume(e.bank, **open, services));
        return drive(core::PracticeSession::resume(e.bank, **open, services));
    }
    const auto request = sessionRequest(o, *mode, context.clock());
    if (!request)
        return reportError(request.error());
    auto plan = e.plan(*request);
    if (!plan)
        return reportError(plan.error());
    if (drivers.starting)
        drivers.starting(*open ? &**open : nullptr, *plan);
    if (*mode == core::StudyMode::Exam)
        return drive(core::ExamSession::start(e.bank, e.profile.id, std::move(*plan), services));
    return drive(core::PracticeSession::start(e.bank, e.profile.id, std::move(*plan), services));
}

namespace {

int run(CliContext& context, const SessionOptions& o)
{
    LineReader input;
    return runSession(context, o,
                      {[&](core::ExamSession& exam) { return driveJsonLines(exam, input); },
                       [&](core::PracticeSession& session) { return driveJsonLines(session, input); },
                       {}});
}

} // namespace

void addSessionCommand(CLI::App& app, CliContext& context, int& exitCode)
{
    auto o = std::make_shared<SessionOptions>();
    auto* cmd = app.add_subcommand("session", "Sessions for scripts and tests: run one as JSON lines, or abandon "
                                              "an unfinished one");
    cmd->require_subcommand(1);
    auto* runCmd = cmd->add_subcommand("run", "Run a session: questions and events out, answers and commands in, "
                                              "one JSON object per line (docs/sessions.md)");
    runCmd->add_option("--profile", o->profile, "Profile name")->required();
    runCmd->add_option("--bank", o->bank, "Bank id")->required();
    addSessionOptions(*runCmd, *o, true);
    runCmd->callback([&context, &exitCode, o] { exitCode = run(context, *o); });
}

} // namespace certdrill::cli
