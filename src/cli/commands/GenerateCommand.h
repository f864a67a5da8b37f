#pragma once

#include <CLI/App.hpp>

namespace certdrill::cli {
class CliContext;

/// `certdrill generate`: the question a generator entry (`--bank B --question ID`) or a family
/// (`--family F --params JSON`) gives for `--seed S`, with its answer and explanation, so that
/// any generated question answered before can be shown again exactly; `--families` lists them.
void addGenerateCommand(CLI::App& app, CliContext& context, int& exitCode);

} // namespace certdrill::cli
