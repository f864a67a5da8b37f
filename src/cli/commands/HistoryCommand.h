#pragma once

#include <CLI/App.hpp>

namespace certdrill::cli {
class CliContext;

/// `certdrill history --profile NAME [--bank ID] [--json]`: the answer log.
void addHistoryCommand(CLI::App& app, CliContext& context, int& exitCode);

} // namespace certdrill::cli
