#include "cli/commands/FeedbackCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/JsonOutput.h"
#include "core/bank/ContentHash.h"
#include "core/common/Time.h"
#include "storage/SqliteProblemReportStore.h"

#include <fstream>
#include <iostream>
#include <memory>

namespace certdrill::cli {
namespace {

struct Options {
    std::string profile;
    std::string bank;
    std::string question;
    std::string note;
    std::string to;
    bool json = false;
};

nlohmann::json reportJson(const core::ProblemReport& r)
{
    return {{"bank", r.bankId},
            {"question", r.questionId},
            {"content_hash", core::hashToHex(r.contentHash)},
            {"note", r.note},
            {"reported_at", core::formatIso8601(r.createdAt)}};
}

int add(CliContext& context, const Options& o)
{
    context.initialise();
    const auto found = context.profile(o.profile);
    if (!found)
        return reportError(found.error());
    const auto bank = context.bank(o.bank);
    if (!bank)
        return reportError(bank.error());
    const core::Question* question = (*bank)->findQuestion(o.question);
    if (!question)
        return reportError({"no-such-question", "bank \"" + o.bank + "\" has no question \"" + o.question + "\""});
    storage::SqliteProblemReportStore store{found->database, context.clock()};
    const auto added = store.add(found->profile.id, {0, o.bank, o.question, question->contentHash, o.note, {}});
    if (!added)
        return reportError(added.error());
    std::cout << "Reported a problem with " << o.question << ". Thank you: `certdrill feedback export` collects the "
                 "reports for the bank's authors.\n";
    return ExitCode::Ok;
}

int listOrExport(CliContext& context, const Options& o, bool exporting)
{
    context.initialise();
    auto db = context.database();
    if (!db)
        return reportError(db.error());
    storage::SqliteProblemReportStore store{**db, context.clock()};
    const auto reports = store.list(o.bank);
    if (!reports)
        return reportError(reports.error());
    if (!exporting && !o.json) {
        if (reports->empty())
            std::cout << "No problems reported.\n";
        for (const auto& r : *reports)
            std::cout << core::formatIso8601(r.createdAt) << "  " << r.bankId << "  " << r.questionId << "  " << r.note
                      << '\n';
        return ExitCode::Ok;
    }
    nlohmann::json list = nlohmann::json::array();
    for (const auto& r : *reports)
        list.push_back(reportJson(r));
    // Exports carry no profile names: only what the authors need.
    const nlohmann::json doc{{"format", "certdrill-feedback/1"},
                             {"exported_at", core::formatIso8601(context.clock().now())},
                             {"reports", list}};
    if (o.to.empty()) {
        printJson(std::cout, doc);
        return ExitCode::Ok;
    }
    std::ofstream out{o.to, std::ios::binary | std::ios::trunc};
    if (!out)
        return reportError({"io", "cannot write " + o.to});
    printJson(out, doc);
    if (!out.flush())
        return reportError({"io", "cannot write " + o.to});
    std::cout << "Exported " << reports->size() << " report(s) to " << o.to << '\n';
    return ExitCode::Ok;
}

} // namespace

void addFeedbackCommand(CLI::App& app, CliContext& context, int& exitCode)
{
    auto o = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("feedback", "Problem reports on questions, for the banks' authors");
    cmd->require_subcommand(1);

    auto* addCmd = cmd->add_subcommand("add", "Report a problem with a question");
    addCmd->add_option("--profile", o->profile, "Profile name")->required();
    addCmd->add_option("--bank", o->bank, "Bank id")->required();
    addCmd->add_option("--question", o->question, "Question id")->required();
    addCmd->add_option("--note", o->note, "What is wrong")->required();
    addCmd->callback([&context, &exitCode, o] { exitCode = add(context, *o); });

    auto* listCmd = cmd->add_subcommand("list", "List the reports, newest first");
    listCmd->add_option("--bank", o->bank, "Only this bank");
    listCmd->add_flag("--json", o->json, "Print JSON");
    listCmd->callback([&context, &exitCode, o] { exitCode = listOrExport(context, *o, false); });

    auto* exportCmd = cmd->add_subcommand("export", "Write the reports as JSON for the bank's authors");
    exportCmd->add_option("--bank", o->bank, "Only this bank");
    exportCmd->add_option("--to", o->to, "Write to FILE instead of standard output");
    exportCmd->callback([&context, &exitCode, o] { exitCode = listOrExport(context, *o, true); });
}

} // namespace certdrill::cli
