#pragma once

#include <CLI/App.hpp>

namespace certdrill::cli {
class CliContext;

/// `certdrill srs next --profile P --bank B [--count N] [--at TIMESTAMP] [--exam-date DATE] [--seed S] [--json]`:
/// the next questions the selector would give, why each was chosen, and what is due. Joins the
/// `srs` command that `addSrsCommand` returns.
void addSrsNextCommand(CLI::App& srs, CliContext& context, int& exitCode);

} // namespace certdrill::cli
