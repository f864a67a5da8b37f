#pragma once

#include <CLI/App.hpp>

namespace certdrill::cli {
class CliContext;

/// `certdrill feedback add|list|export`: problem reports on questions, for the banks' authors.
void addFeedbackCommand(CLI::App& app, CliContext& context, int& exitCode);

} // namespace certdrill::cli
