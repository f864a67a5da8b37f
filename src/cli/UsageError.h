#pragma once

#include <CLI/App.hpp>
#include <CLI/Error.hpp>

namespace certdrill::cli {

/// Prints a command-line mistake to stderr, naming an unknown command or option as such, and
/// points to the `--help` of the deepest command given (`certdrill session abandon --help`).
/// Returns the usage exit code.
int reportUsageError(const CLI::App& app, const CLI::ParseError& error);

} // namespace certdrill::cli
