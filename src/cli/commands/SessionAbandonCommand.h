#pragma once

#include <CLI/App.hpp>

namespace certdrill::cli {
class CliContext;

/// `certdrill session abandon --profile P --bank B --mode M`: gives up the unfinished session of
/// that profile, bank and mode without starting a new one. Its saved answers stay in the database,
/// but it can no longer be resumed and has no result. Joins the `session` command.
void addSessionAbandonCommand(CLI::App& session, CliContext& context, int& exitCode);

} // namespace certdrill::cli
