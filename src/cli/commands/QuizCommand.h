#pragma once

#include <CLI/App.hpp>

namespace certdrill::cli {
class CliContext;

/// `certdrill quiz --profile P --bank B [--mode ...]`: an interactive quiz in the terminal.
void addQuizCommand(CLI::App& app, CliContext& context, int& exitCode);

struct SessionOptions;
/// Starts (or resumes) the session the options describe in the interactive terminal quiz.
int runInteractive(CliContext& context, const SessionOptions& options);

} // namespace certdrill::cli
