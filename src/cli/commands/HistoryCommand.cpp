#include "cli/commands/HistoryCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/JsonOutput.h"
#include "core/bank/ContentHash.h"
#include "core/common/Time.h"
#include "storage/SqliteReviewLog.h"

#include <cstdio>
#include <iostream>
#include <memory>

namespace certdrill::cli {
namespace {

struct Options {
    std::string profile;
    std::string bank;
    bool json = false;
};

int run(CliContext& context, const Options& o)
{
    context.initialise();
    const auto found = context.profile(o.profile);
    if (!found)
        return reportError(found.error());
    const auto& profile = found->profile;
    storage::SqliteReviewLog log{found->database};
    const auto reviews = log.reviewsOf(profile.id, o.bank);
    if (!reviews)
        return reportError(reviews.error());
    if (o.json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& r : *reviews)
            out.push_back({{"id", r.uid},
                           {"bank", r.bankId},
                           {"question", r.questionId},
                           {"content_hash", core::hashToHex(r.contentHash)},
                           {"at", core::formatIso8601(r.at)},
                           {"response", nlohmann::json::parse(r.response)},
                           {"correct", r.correct},
                           {"rating", r.rating},
                           {"guessed", r.guessed},
                           {"ms", r.timeMs},
                           {"mode", core::toString(r.mode)},
                           {"session", r.sessionId ? nlohmann::json(*r.sessionId) : nlohmann::json()},
                           {"instance_seed", r.instanceSeed ? nlohmann::json(*r.instanceSeed) : nlohmann::json()}});
        printJson(std::cout, {{"profile", profile.name}, {"reviews", out}});
        return ExitCode::Ok;
    }
    if (reviews->empty()) {
        std::cout << "No answers yet for \"" << profile.name << "\".\n";
        return ExitCode::Ok;
    }
    std::size_t correct = 0;
    for (const auto& r : *reviews) {
        correct += r.correct ? 1 : 0;
        // A generated question: its seed shows it again (`certdrill generate --bank B --question Q --seed S`).
        const auto seed = r.instanceSeed ? "  seed " + std::to_string(*r.instanceSeed) : std::string{};
        std::printf("%s  %-7s  %-34s %-14s %s  rating %d  %5.1fs%s\n", core::formatIso8601(r.at).c_str(),
                    std::string{core::toString(r.mode)}.c_str(), r.bankId.c_str(), r.questionId.c_str(),
                    r.correct ? "right" : "wrong", r.rating, static_cast<double>(r.timeMs) / 1000.0, seed.c_str());
    }
    std::printf("%zu answers, %zu right (%.0f%%)\n", reviews->size(), correct,
                100.0 * static_cast<double>(correct) / static_cast<double>(reviews->size()));
    return ExitCode::Ok;
}

} // namespace

void addHistoryCommand(CLI::App& app, CliContext& context, int& exitCode)
{
    auto o = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("history", "Show a profile's answer log");
    cmd->add_option("--profile", o->profile, "Profile name")->required();
    cmd->add_option("--bank", o->bank, "Only this bank (id)");
    cmd->add_flag("--json", o->json, "Print JSON");
    cmd->callback([&context, &exitCode, o] { exitCode = run(context, *o); });
}

} // namespace certdrill::cli
