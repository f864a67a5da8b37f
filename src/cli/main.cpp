// certdrill: the command line. Wires the commands together; each command lives in commands/.
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/UsageError.h"
#include "cli/commands/BackupCommand.h"
#include "cli/commands/BanksCommand.h"
#include "cli/commands/ExamCommand.h"
#include "cli/commands/FeedbackCommand.h"
#include "cli/commands/GenerateCommand.h"
#include "cli/commands/HistoryCommand.h"
#include "cli/commands/ProfileCommand.h"
#include "cli/commands/QuizCommand.h"
#include "cli/commands/RebuildStateCommand.h"
#include "cli/commands/ResultsCommand.h"
#include "cli/commands/SessionAbandonCommand.h"
#include "cli/commands/SessionCommand.h"
#include "cli/commands/SrsCommand.h"
#include "cli/commands/SrsNextCommand.h"
#include "cli/commands/ValidateCommand.h"
#include "core/common/Time.h"

#include <CLI/CLI.hpp>

#include <iostream>

int main(int argc, char** argv)
{
    using namespace certdrill;
    cli::CliContext context;
    int exitCode = cli::ExitCode::Ok;

    CLI::App app{"CertDrill: practise for IT certification exams.", "certdrill"};
    app.set_version_flag("--version", std::string{"certdrill "} + CERTDRILL_VERSION);
    app.require_subcommand(1);
    app.fallthrough();
    app.add_option("--data-dir", context.dataDirOption, "Folder for the database and user data (default: XDG data dir)");
    app.add_option("--banks-dir", context.banksDirOption, "Search only these folders for banks (repeatable)");
    app.add_option_function<std::string>(
           "--now",
           [&context](const std::string& text) {
               context.nowOption = core::parseIso8601(text);
               if (!context.nowOption)
                   throw CLI::ValidationError("--now", "not an ISO-8601 timestamp: " + text);
           },
           "Pretend the time is TIMESTAMP (ISO-8601), for reproducible runs")
        ->type_name("TIMESTAMP");

    cli::addBanksCommand(app, context, exitCode);
    cli::addValidateCommand(app, context, exitCode);
    cli::addProfileCommand(app, context, exitCode);
    cli::addHistoryCommand(app, context, exitCode);
    cli::addSessionCommand(app, context, exitCode);
    cli::addSessionAbandonCommand(*app.get_subcommand("session"), context, exitCode);
    cli::addExamCommand(app, context, exitCode);
    cli::addQuizCommand(app, context, exitCode);
    cli::addResultsCommand(app, context, exitCode);
    cli::addBackupCommands(app, context, exitCode);
    cli::addRebuildStateCommand(app, context, exitCode);
    cli::addFeedbackCommand(app, context, exitCode);
    cli::addGenerateCommand(app, context, exitCode);
    cli::addSrsCommand(app, context, exitCode);
    cli::addSrsNextCommand(*app.get_subcommand("srs"), context, exitCode);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        return cli::reportUsageError(app, e);
    } catch (const std::exception& e) {
        std::cerr << "certdrill: error: " << e.what() << '\n';
        return cli::ExitCode::UserError;
    }
    return exitCode;
}
