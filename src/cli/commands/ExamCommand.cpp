#include "cli/commands/ExamCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/JsonOutput.h"
#include "cli/commands/QuizCommand.h"
#include "cli/commands/SessionCommand.h"

#include <cstdio>
#include <iostream>

namespace certdrill::cli {
namespace {

struct Options {
    SessionOptions session;
    bool dryRun = false;
    bool json = false;
};

int dryRun(CliContext& context, const Options& o)
{
    context.initialise();
    auto request = sessionRequest(o.session, core::StudyMode::Exam, context.clock());
    if (!request)
        return reportError(request.error());
    core::BankPtr bank;
    core::Result<core::SessionPlan> plan = core::fail("usage", "no plan");
    if (!o.session.profile.empty()) { // the profile's history matters only with --prefer-unseen
        auto env = openSessionEnvironment(context, o.session.profile, o.session.bank);
        if (!env)
            return reportError(env.error());
        bank = (*env)->bank;
        plan = (*env)->plan(*request);
    } else {
        if (request->preferUnseen)
            return reportError({"usage", "--prefer-unseen needs --profile"});
        auto found = context.bank(o.session.bank);
        if (!found)
            return reportError(found.error());
        bank = *found;
        plan = core::planSession(*bank, *request);
    }
    if (!plan)
        return reportError(plan.error());
    const auto& domains = plan->domains;
    std::vector<std::string> scenarios;
    for (const auto& id : plan->questions)
        if (const auto& s = bank->findQuestion(id)->scenario; !s.empty() && (scenarios.empty() || scenarios.back() != s))
            scenarios.push_back(s);
    const auto minutes = plan->settings.timeLimitMs ? nlohmann::json(*plan->settings.timeLimitMs / 60'000) : nlohmann::json();

    if (o.json) {
        nlohmann::json domainList = nlohmann::json::array();
        for (const auto& d : domains)
            domainList.push_back({{"id", d.id},
                                  {"name", bank->findDomain(d.id)->name},
                                  {"weight", d.weight},
                                  {"target", d.target},
                                  {"quota", d.quota},
                                  {"drawn", d.drawn},
                                  {"available", d.available}});
        printJson(std::cout, {{"bank", bank->id},
                              {"seed", request->seed},
                              {"question_count", plan->questions.size()},
                              {"requested", plan->settings.count > 0 ? plan->settings.count
                                                                     : static_cast<std::size_t>(bank->exam.questionCount)},
                              {"time_limit_minutes", minutes},
                              {"navigation", bank->exam.navigation == core::Navigation::Free ? "free" : "forward_only"},
                              {"prefer_unseen", plan->settings.preferUnseen},
                              {"questions", plan->questions},
                              {"domains", domainList},
                              {"scenarios", scenarios},
                              {"layout", core::toJson(plan->layout)},
                              {"warnings", plan->settings.warnings}});
        return ExitCode::Ok;
    }
    std::printf("%s (%s): %zu questions, %s minutes, seed %llu%s\n", bank->title.c_str(), bank->examCode.c_str(),
                plan->questions.size(), minutes.is_null() ? "no time limit" : minutes.dump().c_str(),
                static_cast<unsigned long long>(request->seed), plan->settings.preferUnseen ? " (least seen first)" : "");
    for (const auto& w : plan->settings.warnings)
        std::printf("warning: %s\n", w.c_str());
    std::printf("\n%-6s %-44s %7s %7s %6s %6s\n", "domain", "name", "weight", "target", "quota", "drawn");
    for (const auto& d : domains)
        std::printf("%-6s %-44.44s %6.0f%% %7.1f %6zu %6zu\n", d.id.c_str(), bank->findDomain(d.id)->name.c_str(),
                    d.weight * 100.0, d.target, d.quota, d.drawn);
    std::printf("\n%zu testlet(s); questions in order:\n", scenarios.size());
    std::size_t column = 0;
    for (std::size_t i = 0; i < plan->questions.size(); ++i) {
        std::printf("%3zu %-16s%s", i + 1, plan->questions[i].c_str(), ++column % 4 == 0 ? "\n" : "  ");
    }
    if (column % 4 != 0)
        std::printf("\n");
    return ExitCode::Ok;
}

int run(CliContext& context, const Options& o)
{
    if (o.dryRun)
        return dryRun(context, o);
    if (o.json)
        return reportError({"usage", "--json goes with --dry-run (an exam is taken in the terminal, or with "
                                     "`certdrill session run --mode exam`)"});
    if (o.session.profile.empty())
        return reportError({"usage", "taking an exam needs --profile (or use --dry-run to see the draw)"});
    return runInteractive(context, o.session);
}

} // namespace

void addExamCommand(CLI::App& app, CliContext& context, int& exitCode)
{
    auto o = std::make_shared<Options>();
    o->session.mode = "exam";
    auto* cmd = app.add_subcommand("exam", "A timed exam simulation in the terminal, or with --dry-run the exam a seed draws");
    cmd->add_option("--bank", o->session.bank, "Bank id")->required();
    cmd->add_option("--profile", o->session.profile, "Profile name (needed to take the exam)");
    cmd->add_flag("--dry-run", o->dryRun, "Print the drawn exam (question ids, domain counts) without starting it");
    cmd->add_flag("--json", o->json, "With --dry-run: print JSON");
    addSessionOptions(*cmd, o->session, false);
    cmd->callback([&context, &exitCode, o] { exitCode = run(context, *o); });
}

} // namespace certdrill::cli
