#pragma once

#include <CLI/App.hpp>

namespace certdrill::cli {
class CliContext;

/// `certdrill backup [--to FILE]` and `certdrill restore FILE`.
void addBackupCommands(CLI::App& app, CliContext& context, int& exitCode);

} // namespace certdrill::cli
