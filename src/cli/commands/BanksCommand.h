#pragma once

#include <CLI/App.hpp>

namespace certdrill::cli {
class CliContext;

/// `certdrill banks [--json]`: the installed banks.
void addBanksCommand(CLI::App& app, CliContext& context, int& exitCode);

} // namespace certdrill::cli
