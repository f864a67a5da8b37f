#pragma once

#include <CLI/App.hpp>

namespace certdrill::cli {
class CliContext;

/// `certdrill validate PATH... [--strict] [--json]`: check bank files.
void addValidateCommand(CLI::App& app, CliContext& context, int& exitCode);

} // namespace certdrill::cli
