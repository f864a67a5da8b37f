#pragma once

#include <CLI/App.hpp>

namespace certdrill::cli {
class CliContext;

/// `certdrill srs replay [--params JSON-ARRAY] [--retention R] [--short-term|--no-short-term]`:
/// replays review histories (JSON on stdin) through FSRS-6 in reference-parity mode and prints
/// every state (JSON on stdout). Returns the `srs` command, so further `srs` subcommands can join it.
CLI::App* addSrsCommand(CLI::App& app, CliContext& context, int& exitCode);

} // namespace certdrill::cli
