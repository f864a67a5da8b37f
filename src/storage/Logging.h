#pragma once

#include <filesystem>

namespace certdrill::storage {

enum class LogEcho : std::uint8_t { None, StderrWarnings };

/// Sends spdlog's default logger to `stateDir/certdrill.log` (rotating, 5 files of 1 MiB), at the
/// level named by `CERTDRILL_LOG_LEVEL` (trace, debug, info, warn, error, off; default info).
/// With `StderrWarnings`, warnings and errors also go to stderr (the CLI). If the folder cannot be
/// written, logging goes to stderr only: logging never stops the program.
void setupLogging(const std::filesystem::path& stateDir, LogEcho echo);

} // namespace certdrill::storage
