#include "cli/commands/RebuildStateCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "core/profile/ProfileScheduler.h"
#include "storage/SqliteMemoryStateStore.h"

#include <chrono>
#include <iostream>
#include <memory>

namespace certdrill::cli {

void addRebuildStateCommand(CLI::App& app, CliContext& context, int& exitCode)
{
    auto profileName = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("rebuild-state", "Recompute a profile's memory states from its answer log");
    cmd->add_option("--profile", *profileName, "Profile name")->required();
    cmd->callback([&context, &exitCode, profileName] {
        context.initialise();
        const auto found = context.profile(*profileName);
        if (!found) {
            exitCode = reportError(found.error());
            return;
        }
        const auto& profile = found->profile;
        const auto scheduler = core::schedulerFor(profile);
        if (!scheduler) {
            exitCode = reportError(scheduler.error());
            return;
        }
        const auto started = std::chrono::steady_clock::now();
        storage::SqliteMemoryStateStore memories{found->database};
        const auto cards = memories.rebuild(profile.id, *scheduler);
        if (!cards) {
            exitCode = reportError(cards.error());
            return;
        }
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
        std::cout << "Rebuilt " << *cards << " memory states for \"" << profile.name << "\" in " << ms.count()
                  << " ms.\n";
        exitCode = ExitCode::Ok;
    });
}

} // namespace certdrill::cli
