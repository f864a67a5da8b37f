#include "cli/commands/QuizCommand.h"

#include "cli/CliContext.h"
#include "cli/commands/SessionCommand.h"
#include "cli/terminal/TerminalQuiz.h"
#include "core/common/Time.h"

#include <iostream>

namespace certdrill::cli {

int runInteractive(CliContext& context, const SessionOptions& o)
{
    const auto terminal = Terminal::detect();
    LineReader input;
    const std::string hint = resumeCommand(o.mode, o.profile, o.bank);
    return runSession(
        context, o,
        {[&](core::ExamSession& exam) { return runTerminalExam(exam, terminal, input, hint); },
         [&](core::PracticeSession& session) { return runTerminalPractice(session, terminal, input, hint); },
         [&](const core::SessionRecord* unfinished, const core::SessionPlan& plan) {
             if (unfinished)
                 std::cout << terminal.dim("(The unfinished " + o.mode + " from " +
                                           core::formatIso8601(unfinished->startedAt) +
                                           " is abandoned; its answers are kept.)")
                           << "\n";
             for (const auto& warning : plan.settings.warnings)
                 std::cout << terminal.yellow("Note: " + warning) << "\n";
         }});
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
