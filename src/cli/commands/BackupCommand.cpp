#include "cli/commands/BackupCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "storage/Backups.h"

#include <iostream>
#include <memory>

namespace certdrill::cli {
namespace {
struct Options {
    std::string to;
    std::string from;
    bool list = false;
};
} // namespace

void addBackupCommands(CLI::App& app, CliContext& context, int& exitCode)
{
    auto o = std::make_shared<Options>();
    auto* backup = app.add_subcommand("backup", "Back up the database now (automatic backups are kept too)");
    backup->add_option("--to", o->to, "Write the backup to FILE instead of DATA/backups/");
    backup->add_flag("--list", o->list, "List the backups instead, newest first");
    backup->callback([&context, &exitCode, o] {
        context.initialise();
        storage::Backups backups{context.locations().dataDir, context.clock()};
        if (o->list) {
            for (const auto& file : backups.list())
                std::cout << file.string() << '\n';
            exitCode = ExitCode::Ok;
            return;
        }
        auto db = context.database();
        if (!db) {
            exitCode = reportError(db.error());
            return;
        }
        const auto file = backups.backup(**db, o->to.empty() ? std::nullopt : std::optional<std::filesystem::path>{o->to});
        if (!file) {
            exitCode = reportError(file.error());
            return;
        }
        std::cout << "Backed up to " << file->string() << '\n';
        exitCode = ExitCode::Ok;
    });

    auto* restore = app.add_subcommand("restore", "Replace the database with a backup (the current one is kept aside)");
    restore->add_option("file", o->from, "The backup file")->required();
    restore->callback([&context, &exitCode, o] {
        context.initialise();
        if (auto locked = context.lockDataDir(); !locked) {
            exitCode = reportError(locked.error());
            return;
        }
        storage::Backups backups{context.locations().dataDir, context.clock()};
        const auto aside = backups.restore(o->from);
        if (!aside) {
            exitCode = reportError(aside.error());
            return;
        }
        std::cout << "Restored " << o->from << ".\n";
        if (!aside->empty())
            std::cout << "The previous database is kept as " << aside->string() << '\n';
        exitCode = ExitCode::Ok;
    });
}

} // namespace certdrill::cli
