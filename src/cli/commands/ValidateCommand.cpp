#include "cli/commands/ValidateCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/JsonOutput.h"
#include "storage/BankLibrary.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>

namespace certdrill::cli {
namespace fs = std::filesystem;
namespace {

struct Options {
    std::vector<std::string> paths;
    bool strict = false;
    bool json = false;
};

/// Files named on the command line; a folder stands for the `*.json` files directly in it.
std::vector<fs::path> expand(const std::vector<std::string>& paths)
{
    std::vector<fs::path> files;
    for (const auto& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            std::vector<fs::path> inDir;
            for (fs::directory_iterator it{p, ec}, end; !ec && it != end; it.increment(ec))
                if (it->path().extension() == ".json")
                    inDir.push_back(it->path());
            std::sort(inDir.begin(), inDir.end());
            files.insert(files.end(), inDir.begin(), inDir.end());
        } else {
            files.emplace_back(p);
        }
    }
    return files;
}

int run(const Options& options)
{
    std::size_t failed = 0;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    nlohmann::json report = nlohmann::json::array();
    const auto files = expand(options.paths);
    if (files.empty()) {
        std::cerr << "certdrill validate: no bank files (*.json) in the given folders\n";
        return ExitCode::UserError;
    }
    for (const auto& file : files) {
        const auto loaded = storage::loadBankFile(file);
        const auto fileErrors = core::countErrors(loaded.diagnostics);
        const auto fileWarnings = loaded.diagnostics.size() - fileErrors;
        errors += fileErrors;
        warnings += fileWarnings;
        const bool ok = fileErrors == 0 && (!options.strict || fileWarnings == 0);
        failed += ok ? 0 : 1;
        if (options.json) {
            nlohmann::json diagnostics = nlohmann::json::array();
            for (const auto& d : loaded.diagnostics)
                diagnostics.push_back(toJson(d));
            nlohmann::json entry{{"file", file.string()},
                                 {"valid", ok},
                                 {"errors", fileErrors},
                                 {"warnings", fileWarnings},
                                 {"diagnostics", diagnostics}};
            if (loaded.bank)
                entry["bank"] = {{"id", loaded.bank->id}, {"question_count", loaded.bank->questions.size()}};
            report.push_back(std::move(entry));
        } else {
            for (const auto& d : loaded.diagnostics) {
                auto shown = d;
                if (options.strict)
                    shown.severity = core::Severity::Error;
                std::cout << core::formatDiagnostic(file.string(), shown) << '\n';
            }
            if (ok)
                std::cout << file.string() << ": ok (" << loaded.bank->questions.size() << " questions"
                          << (fileWarnings ? ", " + std::to_string(fileWarnings) + " warning(s)" : std::string{})
                          << ")\n";
        }
    }
    if (options.json) {
        printJson(std::cout, {{"files", report}, {"valid", failed == 0}, {"errors", errors}, {"warnings", warnings}});
    } else if (files.size() > 1 || failed > 0) {
        std::cout << files.size() << " file(s) checked: " << failed << " invalid, " << errors << " error(s), "
                  << warnings << " warning(s)" << (options.strict ? " (--strict: warnings count as errors)" : "")
                  << '\n';
    }
    return failed == 0 ? ExitCode::Ok : ExitCode::UserError;
}

} // namespace

void addValidateCommand(CLI::App& app, CliContext& context, int& exitCode)
{
    auto options = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("validate", "Check question-bank files and report every problem, located");
    cmd->add_option("paths", options->paths, "Bank files, or folders of them")->required();
    cmd->add_flag("--strict", options->strict, "Treat warnings as errors");
    cmd->add_flag("--json", options->json, "Print the diagnostics as JSON");
    cmd->callback([&context, &exitCode, options] {
        context.initialise();
        exitCode = run(*options);
    });
}

} // namespace certdrill::cli
