#pragma once

#include "core/bank/Bank.h"
#include "core/common/Error.h"
#include "core/profile/Profile.h"
#include "core/session/ExamSession.h"
#include "core/session/PracticeSession.h"
#include "core/session/SessionPlanner.h"
#include "core/session/SessionServices.h"
#include "storage/SessionEnvironment.h"

#include <CLI/App.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace certdrill::cli {
class CliContext;

/// `certdrill session run`: a session driven by JSON lines on stdin/stdout, for tests and scripts.
void addSessionCommand(CLI::App& app, CliContext& context, int& exitCode);

/// The options `session run`, `quiz` and `exam` share.
struct SessionOptions {
    std::string profile;
    std::string bank;
    std::string mode = "study";
    std::size_t count = 0;
    std::optional<std::uint64_t> seed;
    std::optional<int> minutes;
    bool practice = false;
    bool preferUnseen = false;
    bool resume = false;
    std::string multipleScoring = "all-or-nothing";
    std::string orderScoring = "exact";
    std::string matchScoring = "per-pair";
    core::DrillFilter filter;
};

/// Adds the options above to `command` (`--mode` only when `withMode`).
void addSessionOptions(CLI::App& command, SessionOptions& options, bool withMode);

/// The request the options describe (the seed defaults to the clock).
[[nodiscard]] core::Result<core::SessionRequest> sessionRequest(const SessionOptions& options, core::StudyMode mode,
                                                                const core::Clock& clock);

/// What runs a session once it is started or resumed.
struct SessionDrivers {
    std::function<int(core::ExamSession&)> exam;
    std::function<int(core::PracticeSession&)> practice;
    /// Told before a new session starts: an unfinished one of the same mode (starting abandons it),
    /// and the plan.
    std::function<void(const core::SessionRecord* unfinished, const core::SessionPlan& plan)> starting;
};

/// Starts the session the options describe (or, with `--resume`, continues the unfinished one)
/// and hands it to the matching driver. Returns the exit code.
int runSession(CliContext& context, const SessionOptions& options, const SessionDrivers& drivers);

/// The command that continues the unfinished session of this profile, bank and mode in the terminal.
[[nodiscard]] std::string resumeCommand(const std::string& mode, const std::string& profile, const std::string& bank);

/// The session environment of a profile (by name) and an installed bank (by id).
[[nodiscard]] core::Result<std::unique_ptr<storage::SessionEnvironment>> openSessionEnvironment(
    CliContext& context, const std::string& profile, const std::string& bankId);

} // namespace certdrill::cli
