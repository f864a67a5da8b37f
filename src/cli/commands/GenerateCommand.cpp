#include "cli/commands/GenerateCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/JsonOutput.h"
#include "cli/terminal/QuestionView.h"
#include "cli/terminal/Terminal.h"
#include "core/bank/BankWriter.h"
#include "core/generator/Generator.h"
#include "core/scoring/Feedback.h"
#include "core/session/QuestionLayout.h"
#include "core/session/SessionQuestions.h"

#include <cstdio>
#include <iostream>
#include <memory>

namespace certdrill::cli {
namespace {

struct Options {
    std::string bank;
    std::string question;
    std::string family;
    std::string params;
    std::uint64_t seed = 0;
    bool seedGiven = false;
    bool families = false;
    bool json = false;
};

int listFamilies(bool json)
{
    if (json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& f : core::generatorFamilies())
            out.push_back({{"id", f.id}, {"title", f.title}, {"description", f.description}});
        printJson(std::cout, {{"families", out}});
        return ExitCode::Ok;
    }
    for (const auto& f : core::generatorFamilies())
        std::printf("%-26s %s\n%-26s %s\n", std::string{f.id}.c_str(), std::string{f.title}.c_str(), "",
                    std::string{f.description}.c_str());
    return ExitCode::Ok;
}

/// The entry to generate from: the bank's, or one made of --family and --params.
core::Result<core::Question> entryOf(CliContext& context, const Options& o, core::BankPtr& bank)
{
    if (!o.bank.empty()) {
        auto found = context.bank(o.bank);
        if (!found)
            return tl::unexpected{found.error()};
        bank = *found;
        const core::Question* q = bank->findQuestion(o.question);
        if (!q)
            return core::fail("no-such-question", "bank " + o.bank + " has no question " + o.question);
        if (q->type != core::QuestionType::Generator)
            return core::fail("not-generated", "question " + o.question + " is not a generator entry");
        return *q;
    }
    core::Question entry;
    entry.id = "generated";
    entry.type = core::QuestionType::Generator;
    auto params = o.params.empty() ? nlohmann::json::object() : nlohmann::json::parse(o.params, nullptr, false);
    if (params.is_discarded() || !params.is_object())
        return core::fail("usage", "--params must be a JSON object, e.g. '{\"difficulty\": 2}'");
    entry.generator = core::GeneratorSpec{o.family, std::move(params)};
    return entry;
}

int run(CliContext& context, const Options& o)
{
    context.initialise();
    if (o.families)
        return listFamilies(o.json);
    if (o.bank.empty() == o.family.empty() || o.bank.empty() != o.question.empty() || !o.seedGiven)
        return reportError({"usage", "give --bank and --question, or --family (with --params), and --seed"});
    core::BankPtr bank;
    const auto entry = entryOf(context, o, bank);
    if (!entry)
        return reportError(entry.error());
    const auto question = core::generatedQuestion(*entry, o.seed);
    if (!question)
        return reportError(question.error());
    if (o.json) {
        printJson(std::cout, {{"bank", bank ? nlohmann::json(bank->id) : nlohmann::json()},
                              {"entry", entry->id},
                              {"family", entry->generator->family},
                              {"params", entry->generator->params},
                              {"seed", o.seed},
                              {"question", core::toJson(*question)}});
        return ExitCode::Ok;
    }
    const auto t = Terminal::detect();
    const auto layout = core::bankLayout(*question);
    const core::Bank noBank;
    std::cout << t.dim(entry->generator->family + " · seed " + std::to_string(o.seed)) << "\n";
    std::cout << renderQuestion(t, bank ? *bank : noBank, *question, layout, {0, 1, false, std::nullopt});
    auto answer = renderFeedback(t, core::feedbackFor(*question, std::nullopt, {}, layout.order));
    answer.erase(0, answer.find('\n') + 1); // "Not answered.": this is the answer key, not a response
    std::cout << "\n" << answer;
    return ExitCode::Ok;
}

} // namespace

void addGenerateCommand(CLI::App& app, CliContext& context, int& exitCode)
{
    auto o = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("generate", "Show the question a generator entry or family gives for a seed");
    cmd->add_option("--bank", o->bank, "Bank id (with --question)");
    cmd->add_option("--question", o->question, "The generator entry's id in the bank");
    cmd->add_option("--family", o->family, "A family instead of a bank entry (see --families)");
    cmd->add_option("--params", o->params, "The family's parameters as a JSON object (with --family)");
    cmd->add_option("--seed", o->seed, "The seed (certdrill history shows each generated answer's)");
    cmd->add_flag("--families", o->families, "List the families of generated questions");
    cmd->add_flag("--json", o->json, "Print JSON: the question as a bank holds it, answer key included");
    cmd->callback([&context, &exitCode, o, cmd] {
        o->seedGiven = cmd->count("--seed") > 0;
        exitCode = run(context, *o);
    });
}

} // namespace certdrill::cli
