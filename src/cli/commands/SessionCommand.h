#pragma once

#include <CLI/App.hpp>

namespace certdrill::cli {
class CliContext;

/// `certdrill session run`: a session driven by JSON lines on stdin/stdout, for tests and scripts.
void addSessionCommand(CLI::App& app, CliContext& context, int& exitCode);

} // namespace certdrill::cli
