#pragma once

#include <CLI/App.hpp>

namespace certdrill::cli {
class CliContext;

/// `certdrill rebuild-state --profile NAME`: recompute every memory state from the answer log.
void addRebuildStateCommand(CLI::App& app, CliContext& context, int& exitCode);

} // namespace certdrill::cli
