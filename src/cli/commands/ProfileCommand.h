#pragma once

#include <CLI/App.hpp>

namespace certdrill::cli {
class CliContext;

/// `certdrill profile list|create|delete|rename`.
void addProfileCommand(CLI::App& app, CliContext& context, int& exitCode);

} // namespace certdrill::cli
