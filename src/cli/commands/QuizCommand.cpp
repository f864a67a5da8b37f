#include "cli/commands/QuizCommand.h"

#include "cli/CliContext.h"
#include "cli/commands/SessionCommand.h"
#include "cli/terminal/TerminalQuiz.h"
#include "core/common/Time.h"

#include <iostream>

namespace certdrill::cli {

int runInteractive(CliContext& context, const SessionOptions& o)
{
    context.initialise();
    const auto mode = core::studyModeFromString(o.mode);
    if (!mode)
        return reportError({"usage", "unknown mode \"" + o.mode + "\""});
    auto env = SessionEnvironment::open(context, o.profile, o.bank);
    if (!env)
        return reportError(env.error());
    auto& e = **env;
    const auto services = e.services();
    const auto terminal = Terminal::detect();
    LineReader input;
    const std::string hint = "certdrill " + std::string{*mode == core::StudyMode::Exam ? "exam" : "quiz --mode " + o.mode} +
                             " --profile '" + e.profile.name + "' --bank " + o.bank + " --resume";
    const auto open = e.sessions.findOpen(e.profile.id, o.bank, *mode);
    if (!open)
        return reportError(open.error());
    if (o.resume) {
        if (!*open)
            return reportError({"nothing-to-resume", "there is no unfinished " + o.mode + " session of \"" +
                                                         e.profile.name + "\" in " + o.bank});
        if (*mode == core::StudyMode::Exam) {
            auto exam = core::ExamSession::resume(e.bank, **open, services);
            return exam ? runTerminalExam(*exam, terminal, input, hint) : reportError(exam.error());
        }
        auto session = core::PracticeSession::resume(e.bank, **open, services);
        return session ? runTerminalPractice(*session, terminal, input, hint) : reportError(session.error());
    }
    if (*open)
        std::cout << terminal.dim("(An unfinished " + o.mode + " from " + core::formatIso8601((*open)->startedAt) +
                                  " is kept; --resume continues it.)")
                  << "\n";
    const auto request = sessionRequest(o, *mode, context.clock());
    if (!request)
        return reportError(request.error());
    auto plan = e.plan(*request);
    if (!plan)
        return reportError(plan.error());
    for (const auto& warning : plan->settings.warnings)
        std::cout << terminal.yellow("Note: " + warning) << "\n";
    if (*mode == core::StudyMode::Exam) {
        auto exam = core::ExamSession::start(e.bank, e.profile.id, std::move(*plan), services);
        return exam ? runTerminalExam(*exam, terminal, input, hint) : reportError(exam.error());
    }
    auto session = core::PracticeSession::start(e.bank, e.profile.id, std::move(*plan), services);
    return session ? runTerminalPractice(*session, terminal, input, hint) : reportError(session.error());
}

void addQuizCommand(CLI::App& app, CliContext& context, int& exitCode)
{
    auto o = std::make_shared<SessionOptions>();
    o->mode = "quiz";
    auto* cmd = app.add_subcommand("quiz", "Practise in the terminal: quick quiz (default), study, review, drill or exam");
    cmd->add_option("--profile", o->profile, "Profile name")->required();
    cmd->add_option("--bank", o->bank, "Bank id")->required();
    addSessionOptions(*cmd, *o, true);
    cmd->callback([&context, &exitCode, o] { exitCode = runInteractive(context, *o); });
}

} // namespace certdrill::cli
