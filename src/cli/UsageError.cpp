#include "cli/UsageError.h"

#include "cli/ExitCode.h"

#include <iostream>
#include <string>

namespace certdrill::cli {
namespace {

/// The deepest command the command line got to.
const CLI::App& deepestCommand(const CLI::App& app)
{
    const CLI::App* command = &app;
    for (auto given = command->get_subcommands(); !given.empty(); given = command->get_subcommands())
        command = given.front();
    return *command;
}

/// `certdrill` and the commands given, as typed (`certdrill session abandon`).
std::string commandLine(const CLI::App& command)
{
    const auto* parent = command.get_parent();
    return parent ? commandLine(*parent) + " " + command.get_name() : command.get_name();
}

/// The names of `command`'s own commands, "run, abandon".
std::string commandNames(const CLI::App& command)
{
    std::string names;
    for (const auto* sub : command.get_subcommands([](const CLI::App* s) { return !s->get_name().empty(); }))
        names += (names.empty() ? "" : ", ") + sub->get_name();
    return names;
}

/// What is wrong with `word`, a word of the command line that `command` did not know.
std::string unknownWord(const CLI::App& command, const std::string& word)
{
    const auto name = "'" + commandLine(command) + "'";
    if (word.rfind('-', 0) == 0)
        return name + " has no option \"" + word + "\"";
    if (const auto names = commandNames(command); !names.empty())
        return name + " has no command \"" + word + "\" (its commands: " + names + ")";
    return name + " takes no argument \"" + word + "\"";
}

/// What to say about `error`, met in `command`.
std::string problem(const CLI::App& app, const CLI::App& command, const CLI::ParseError& error)
{
    // CLI11 reports a missing option or command before a word it did not know, so `certdrill
    // frob` would say "A subcommand is required": name the word instead.
    if (const auto unknown = app.remaining(true); !unknown.empty())
        return unknownWord(command, unknown.front());
    if (command.get_require_subcommand_min() > 0 && command.get_subcommands().empty())
        return "'" + commandLine(command) + "' needs a command: " + commandNames(command);
    return error.what();
}

} // namespace

int reportUsageError(const CLI::App& app, const CLI::ParseError& error)
{
    const auto& command = deepestCommand(app);
    std::cerr << "certdrill: " << problem(app, command, error) << "\nRun '" << commandLine(command)
              << " --help' for usage.\n";
    return ExitCode::Usage;
}

} // namespace certdrill::cli
