#pragma once

#include <CLI/App.hpp>

namespace certdrill::cli {
class CliContext;

/// `certdrill results --profile P [--bank B] [--all] [--json]`: finished exams, oldest first, with
/// the change from the previous one; `certdrill results show ID [--json]`: one full report.
void addResultsCommand(CLI::App& app, CliContext& context, int& exitCode);

} // namespace certdrill::cli
