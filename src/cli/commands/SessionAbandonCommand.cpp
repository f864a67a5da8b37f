#include "cli/commands/SessionAbandonCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "core/common/Time.h"
#include "storage/SqliteSessionStore.h"

#include <algorithm>
#include <iostream>
#include <memory>
#include <string>

namespace certdrill::cli {
namespace {

struct Options {
    std::string profile;
    std::string bank;
    std::string mode;
};

std::size_t answered(const core::SessionRecord& s)
{
    return static_cast<std::size_t>(
        std::count_if(s.answers.begin(), s.answers.end(), [](const auto& a) { return a.response.has_value(); }));
}

int abandon(CliContext& context, const Options& o)
{
    const auto mode = core::studyModeFromString(o.mode);
    if (!mode)
        return reportError({"usage", "unknown mode \"" + o.mode + "\""});
    const auto found = context.profile(o.profile);
    if (!found)
        return reportError(found.error());
    const auto& profile = found->profile;
    storage::SqliteSessionStore store{found->database, context.clock()};
    const auto abandoned = store.abandonOpen(profile.id, o.bank, *mode);
    if (!abandoned)
        return reportError(abandoned.error());
    if (abandoned->empty())
        return reportError({"nothing-to-abandon", "there is no unfinished " + o.mode + " session of \"" +
                                                      profile.name + "\" in " + o.bank});
    for (const auto& s : *abandoned)
        std::cout << "Abandoned the unfinished " << o.mode << " session " << s.id << " of \"" << profile.name
                  << "\" in " << o.bank << ", started " << core::formatIso8601(s.startedAt) << ": " << answered(s)
                  << " of " << s.questionOrder.size() << " questions answered.\n";
    std::cout << (abandoned->size() == 1 ? "Its saved answers are kept, but it" : "Their saved answers are kept, but they")
              << " can no longer be resumed and will not count as a result.\n";
    return ExitCode::Ok;
}

} // namespace

void addSessionAbandonCommand(CLI::App& session, CliContext& context, int& exitCode)
{
    auto o = std::make_shared<Options>();
    auto* cmd = session.add_subcommand("abandon", "Give up the unfinished session of a bank and mode without "
                                                  "starting a new one (its answers are kept; it cannot be resumed)");
    cmd->add_option("--profile", o->profile, "Profile name")->required();
    cmd->add_option("--bank", o->bank, "Bank id")->required();
    cmd->add_option("--mode", o->mode, "The mode of the session to give up")
        ->required()
        ->check(CLI::IsMember({"study", "exam", "review", "quiz", "drill"}));
    cmd->callback([&context, &exitCode, o] {
        context.initialise();
        exitCode = abandon(context, *o);
    });
}

} // namespace certdrill::cli
