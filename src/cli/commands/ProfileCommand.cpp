#include "cli/commands/ProfileCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/JsonOutput.h"
#include "core/common/Time.h"
#include "storage/SqliteProfileRepository.h"
#include "storage/SqliteReviewLog.h"

#include <iostream>
#include <memory>

namespace certdrill::cli {
namespace {

struct Options {
    std::string name;
    std::string newName;
    bool json = false;
    bool yes = false;
};

template <typename Work>
int withProfiles(CliContext& context, Work&& work)
{
    context.initialise();
    auto db = context.database();
    if (!db)
        return reportError(db.error());
    storage::SqliteProfileRepository profiles{**db, context.clock()};
    storage::SqliteReviewLog log{**db};
    return work(profiles, log);
}

int list(CliContext& context, const Options& o)
{
    return withProfiles(context, [&](storage::SqliteProfileRepository& profiles, storage::SqliteReviewLog& log) {
        const auto all = profiles.list();
        if (!all)
            return reportError(all.error());
        if (o.json) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& p : *all)
                out.push_back({{"name", p.name},
                               {"created_at", core::formatIso8601(p.createdAt)},
                               {"reviews", log.count(p.id).value_or(0)},
                               {"desired_retention", p.desiredRetention},
                               {"daily_new_limit", p.dailyNewLimit},
                               {"exam_dates", p.examDates}});
            printJson(std::cout, {{"profiles", out}});
        } else if (all->empty()) {
            std::cout << "No profiles yet. Create one with: certdrill profile create NAME\n";
        } else {
            for (const auto& p : *all)
                std::cout << p.name << "  (" << log.count(p.id).value_or(0) << " answers since "
                          << core::formatIso8601(p.createdAt).substr(0, 10) << ")\n";
        }
        return static_cast<int>(ExitCode::Ok);
    });
}

} // namespace

void addProfileCommand(CLI::App& app, CliContext& context, int& exitCode)
{
    auto o = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("profile", "Manage profiles (one per person studying on this machine)");
    cmd->require_subcommand(1);

    auto* listCmd = cmd->add_subcommand("list", "List the profiles");
    listCmd->add_flag("--json", o->json, "Print JSON");
    listCmd->callback([&context, &exitCode, o] { exitCode = list(context, *o); });

    auto* create = cmd->add_subcommand("create", "Create a profile");
    create->add_option("name", o->name, "Name (1-64 characters)")->required();
    create->callback([&context, &exitCode, o] {
        exitCode = withProfiles(context, [&](storage::SqliteProfileRepository& profiles, storage::SqliteReviewLog&) {
            const auto made = profiles.create(o->name);
            if (!made)
                return reportError(made.error());
            std::cout << "Created profile \"" << made->name << "\".\n";
            return static_cast<int>(ExitCode::Ok);
        });
    });

    auto* del = cmd->add_subcommand("delete", "Delete a profile and its whole history");
    del->add_option("name", o->name, "Profile name")->required();
    del->add_flag("--yes", o->yes, "Confirm: the profile's history is deleted with it");
    del->callback([&context, &exitCode, o] {
        exitCode = withProfiles(context, [&](storage::SqliteProfileRepository& profiles, storage::SqliteReviewLog& log) {
            const auto profile = profiles.find(o->name);
            if (!profile)
                return reportError(profile.error());
            if (!o->yes) {
                std::cerr << "certdrill: deleting \"" << profile->name << "\" also deletes its "
                          << log.count(profile->id).value_or(0)
                          << " answers (backups keep them). Repeat with --yes to delete.\n";
                return static_cast<int>(ExitCode::UserError);
            }
            if (auto done = profiles.remove(o->name); !done)
                return reportError(done.error());
            std::cout << "Deleted profile \"" << profile->name << "\".\n";
            return static_cast<int>(ExitCode::Ok);
        });
    });

    auto* rename = cmd->add_subcommand("rename", "Rename a profile");
    rename->add_option("old", o->name, "Current name")->required();
    rename->add_option("new", o->newName, "New name")->required();
    rename->callback([&context, &exitCode, o] {
        exitCode = withProfiles(context, [&](storage::SqliteProfileRepository& profiles, storage::SqliteReviewLog&) {
            if (auto done = profiles.rename(o->name, o->newName); !done)
                return reportError(done.error());
            std::cout << "Renamed \"" << o->name << "\" to \"" << o->newName << "\".\n";
            return static_cast<int>(ExitCode::Ok);
        });
    });
}

} // namespace certdrill::cli
