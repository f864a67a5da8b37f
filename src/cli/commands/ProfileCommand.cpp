#include "cli/commands/ProfileCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/JsonOutput.h"
#include "core/common/Time.h"
#include "core/profile/GradingSettings.h"
#include "storage/SqliteProfileRepository.h"
#include "storage/SqliteReviewLog.h"

#include <iostream>
#include <memory>
#include <optional>
#include <utility>

namespace certdrill::cli {
namespace {

struct Options {
    std::string name;
    std::string newName;
    bool json = false;
    bool yes = false;
    // `profile grading`: the settings to change (empty or none: unchanged).
    std::string wrong, guessed, correct, fast;
    std::string fastNeedsSure;
    std::optional<double> fastFactor;
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
                               {"exam_dates", p.examDates},
                               {"grading", core::toJson(p.grading)}});
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

void printGrading(const core::Profile& p, bool json)
{
    if (json) {
        printJson(std::cout, {{"profile", p.name}, {"grading", core::toJson(p.grading)}});
        return;
    }
    const auto& g = p.grading;
    std::cout << "Grading for \"" << p.name << "\" (how answers become review ratings):\n"
              << "  wrong answer:          " << core::ratingKey(g.wrong) << '\n'
              << "  correct but guessed:   " << core::ratingKey(g.guessed) << '\n'
              << "  correct:               " << core::ratingKey(g.correct) << '\n'
              << "  correct and fast:      " << core::ratingKey(g.fast) << " (faster than " << g.fastFactor
              << " x your usual time" << (g.fastNeedsSure ? ", marked sure" : "") << ")\n";
}

/// Applies the options given to `p.grading` (their values are checked by the options' validators).
void applyGrading(const Options& o, core::Profile& p)
{
    const std::pair<const std::string*, core::Rating core::GradingPolicy::*> ratings[] = {
        {&o.wrong, &core::GradingPolicy::wrong},
        {&o.guessed, &core::GradingPolicy::guessed},
        {&o.correct, &core::GradingPolicy::correct},
        {&o.fast, &core::GradingPolicy::fast},
    };
    for (const auto& [text, field] : ratings)
        if (!text->empty())
            p.grading.*field = core::ratingFromName(*text).value_or(p.grading.*field);
    if (!o.fastNeedsSure.empty())
        p.grading.fastNeedsSure = o.fastNeedsSure == "yes";
    if (o.fastFactor)
        p.grading.fastFactor = *o.fastFactor;
}

int grading(CliContext& context, const Options& o)
{
    return withProfiles(context, [&](storage::SqliteProfileRepository& profiles, storage::SqliteReviewLog&) {
        auto profile = profiles.find(o.name);
        if (!profile)
            return reportError(profile.error());
        const bool changing = !o.wrong.empty() || !o.guessed.empty() || !o.correct.empty() || !o.fast.empty() ||
                              !o.fastNeedsSure.empty() || o.fastFactor.has_value();
        if (changing) {
            applyGrading(o, *profile);
            if (auto saved = profiles.update(*profile); !saved)
                return reportError(saved.error());
        }
        printGrading(*profile, o.json);
        return static_cast<int>(ExitCode::Ok);
    });
}

void addGradingCommand(CLI::App& profile, CliContext& context, int& exitCode, const std::shared_ptr<Options>& o)
{
    auto* cmd = profile.add_subcommand("grading", "Show or change how a profile's answers become review ratings");
    cmd->add_option("name", o->name, "Profile name")->required();
    const auto rating = CLI::IsMember({"again", "hard", "good", "easy"}, CLI::ignore_case);
    cmd->add_option("--wrong", o->wrong, "Rating of a wrong answer (default again)")->check(rating);
    cmd->add_option("--guessed", o->guessed, "Rating of a correct answer marked \"I guessed\" (default hard)")
        ->check(rating);
    cmd->add_option("--correct", o->correct, "Rating of a correct answer (default good)")->check(rating);
    cmd->add_option("--fast", o->fast, "Rating of a correct answer faster than usual (default easy)")->check(rating);
    cmd->add_option("--fast-needs-sure", o->fastNeedsSure,
                    "Whether a fast answer must also be marked sure to get the fast rating (default yes)")
        ->check(CLI::IsMember({"yes", "no"}));
    cmd->add_option_function<double>(
           "--fast-factor", [o](double factor) { o->fastFactor = factor; },
           "Fast means under FACTOR x the usual (median) time for the question, in (0, 10] (default 1)")
        ->type_name("FACTOR");
    cmd->add_flag("--json", o->json, "Print JSON");
    cmd->callback([&context, &exitCode, o] { exitCode = grading(context, *o); });
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

    addGradingCommand(*cmd, context, exitCode, o);
}

} // namespace certdrill::cli
