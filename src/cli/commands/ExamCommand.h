#pragma once

#include <CLI/App.hpp>

namespace certdrill::cli {
class CliContext;

/// `certdrill exam --bank B [--seed S] --dry-run [--json]`: the exam a seed draws, without starting
/// it; without `--dry-run` (and with `--profile`), the exam itself in the terminal.
void addExamCommand(CLI::App& app, CliContext& context, int& exitCode);

} // namespace certdrill::cli
