#include "cli/commands/BanksCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/JsonOutput.h"
#include "storage/BankLibrary.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>

namespace certdrill::cli {

void addBanksCommand(CLI::App& app, CliContext& context, int& exitCode)
{
    auto* cmd = app.add_subcommand("banks", "List the installed question banks");
    auto json = std::make_shared<bool>(false);
    cmd->add_flag("--json", *json, "Print JSON");
    cmd->callback([&context, &exitCode, json] {
        context.initialise();
        const auto scan = storage::scanBankDirs(context.locations().bankDirs);
        for (const auto& rejected : scan.rejected)
            spdlog::warn("skipped {}: {} error(s); run `certdrill validate {}`", rejected.path.string(),
                         core::countErrors(rejected.diagnostics), rejected.path.string());
        if (*json) {
            nlohmann::json banks = nlohmann::json::array();
            for (const auto& file : scan.banks) {
                const auto& b = *file.bank;
                banks.push_back({{"id", b.id},
                                 {"title", b.title},
                                 {"vendor", b.vendor},
                                 {"exam_code", b.examCode},
                                 {"version", b.version},
                                 {"question_count", b.questions.size()},
                                 {"domain_count", b.domains.size()},
                                 {"file", file.path.string()}});
            }
            nlohmann::json rejected = nlohmann::json::array();
            for (const auto& file : scan.rejected)
                rejected.push_back({{"file", file.path.string()}, {"errors", core::countErrors(file.diagnostics)}});
            printJson(std::cout, {{"banks", banks}, {"rejected", rejected}});
        } else if (scan.banks.empty()) {
            std::cout << "No question banks found. Searched:\n";
            for (const auto& dir : context.locations().bankDirs)
                std::cout << "  " << dir.string() << '\n';
        } else {
            std::size_t idWidth = 2;
            std::size_t codeWidth = 4;
            for (const auto& file : scan.banks) {
                idWidth = std::max(idWidth, file.bank->id.size());
                codeWidth = std::max(codeWidth, file.bank->examCode.size());
            }
            std::printf("%-*s  %-*s  %9s  %s\n", static_cast<int>(idWidth), "ID", static_cast<int>(codeWidth), "EXAM",
                        "QUESTIONS", "TITLE");
            for (const auto& file : scan.banks) {
                const auto& b = *file.bank;
                std::printf("%-*s  %-*s  %9zu  %s\n", static_cast<int>(idWidth), b.id.c_str(),
                            static_cast<int>(codeWidth), b.examCode.c_str(), b.questions.size(), b.title.c_str());
            }
        }
        exitCode = ExitCode::Ok;
    });
}

} // namespace certdrill::cli
