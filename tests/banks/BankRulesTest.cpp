// The content rules every shipped bank must meet (see the bank issues and question_banks/REVIEW.md).
#include "StemSimilarity.h"
#include "core/bank/BankParser.h"
#include "core/bank/BankWriter.h"
#include "core/session/SessionQuestions.h"
#include "storage/BankLibrary.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

using namespace certdrill;
using certdrill::test::similarity;
using certdrill::test::words;

namespace {

std::vector<storage::BankFile> shippedBanks()
{
    std::vector<storage::BankFile> banks;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator{CERTDRILL_SOURCE_BANKS_DIR})
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files)
        banks.push_back(storage::loadBankFile(f));
    return banks;
}

const std::vector<storage::BankFile>& banks()
{
    static const auto loaded = shippedBanks();
    return loaded;
}

/// The minimum size of each bank: 200 for the CompTIA banks, 250 for CCNA.
std::size_t minimumQuestions(const core::Bank& bank) { return bank.vendor == "Cisco" ? 250 : 200; }

bool isGenerator(const core::Question& q) { return q.type == core::QuestionType::Generator; }

/// Questions written by hand (generator entries are skills whose questions the engine writes).
std::size_t writtenQuestions(const core::Bank& bank)
{
    return static_cast<std::size_t>(std::count_if(bank.questions.begin(), bank.questions.end(),
                                                  [](const core::Question& q) { return !isGenerator(q); }));
}

/// Seeds each generator entry is tried with: enough to meet every branch of a family.
constexpr std::uint64_t kSeedsPerEntry = 40;

} // namespace

TEST_CASE("the shipped banks validate with no warnings at all", "[banks]")
{
    REQUIRE(banks().size() >= 4);
    for (const auto& file : banks()) {
        INFO(file.path.filename().string());
        for (const auto& d : file.diagnostics)
            FAIL_CHECK(core::formatDiagnostic(file.path.filename().string(), d));
        CHECK(file.bank);
    }
}

TEST_CASE("every shipped bank is large enough, covers every objective and follows the weights", "[banks]")
{
    for (const auto& file : banks()) {
        if (!file.bank)
            continue;
        const auto& b = *file.bank;
        INFO(b.id);
        CHECK(writtenQuestions(b) >= minimumQuestions(b)); // generator entries come on top

        CHECK_FALSE(b.license.empty());
        // A generator entry counts for its objective and domain: the exam draw treats it as one question.
        std::map<std::string, std::size_t> perObjective;
        std::map<std::string, std::size_t> perDomain;
        for (const auto& q : b.questions) {
            ++perObjective[q.objective];
            ++perDomain[q.domain];
        }
        for (const auto& d : b.domains) {
            const double share = static_cast<double>(perDomain[d.id]) / static_cast<double>(b.questions.size());
            INFO("domain " << d.id << ": " << share * 100 << "% against a weight of " << d.weight * 100 << "%");
            CHECK(std::abs(share - d.weight) <= 0.03);
            for (const auto& o : d.objectives) {
                INFO("objective " << o.id);
                CHECK(perObjective[o.id] >= 3);
            }
        }
    }
}

TEST_CASE("every shipped bank has a realistic mix of question types and scenarios", "[banks]")
{
    for (const auto& file : banks()) {
        if (!file.bank)
            continue;
        const auto& b = *file.bank;
        INFO(b.id);
        std::map<core::QuestionType, std::size_t> perType;
        std::map<std::string, std::size_t> perScenario;
        for (const auto& q : b.questions) {
            if (isGenerator(q))
                continue; // its questions' types vary with the seed: the mix is of the written ones
            ++perType[q.type];
            if (!q.scenario.empty())
                ++perScenario[q.scenario];
        }
        const auto n = static_cast<double>(writtenQuestions(b));
        CHECK(static_cast<double>(perType[core::QuestionType::Multiple]) / n >= 0.15);
        CHECK(static_cast<double>(perType[core::QuestionType::Order] + perType[core::QuestionType::Match]) / n >= 0.05);
        CHECK(perType[core::QuestionType::Numeric] + perType[core::QuestionType::Text] >= 1);
        CHECK(perScenario.size() >= 5);
        for (const auto& [id, count] : perScenario) {
            INFO("scenario " << id);
            CHECK(count >= 2);
            CHECK(count <= 4);
        }
    }
}

TEST_CASE("every shipped question teaches: explanation, a why per choice, difficulty, references, tags", "[banks]")
{
    for (const auto& file : banks()) {
        if (!file.bank)
            continue;
        for (const auto& q : file.bank->questions) {
            INFO(q.id);
            if (isGenerator(q)) { // its family writes the explanation and the whys: see the next test
                CHECK(q.difficulty >= 1);
                CHECK_FALSE(q.references.empty());
                CHECK_FALSE(q.tags.empty());
                continue;
            }
            CHECK_FALSE(q.explanation.empty());
            CHECK(q.difficulty >= 1);
            CHECK_FALSE(q.references.empty());
            CHECK_FALSE(q.tags.empty());
            for (const auto& c : q.choices) {
                INFO("choice " << c.id);
                CHECK_FALSE(c.why.empty());
            }
        }
    }
}

TEST_CASE("every shipped generator entry writes valid questions that teach, whatever the seed", "[banks]")
{
    for (const auto& file : banks()) {
        if (!file.bank)
            continue;
        const auto& b = *file.bank;
        core::Bank alone = b; // the same validator as written questions: each alone in a copy of the bank
        alone.questions.clear();
        alone.scenarios.clear();
        for (const auto& entry : b.questions) {
            if (!isGenerator(entry))
                continue;
            for (std::uint64_t seed = 0; seed < kSeedsPerEntry; ++seed) {
                INFO(entry.id << " seed " << seed);
                const auto q = core::generatedQuestion(entry, core::instanceSeed(seed, entry.id));
                REQUIRE(q);
                CHECK(q->type != core::QuestionType::Generator);
                CHECK(q->objective == entry.objective);
                CHECK_FALSE(q->explanation.empty());
                for (const auto& c : q->choices)
                    CHECK_FALSE(c.why.empty());
                alone.questions = {*q};
                alone.questions.front().scenario.clear();
                const auto parsed = core::parseBank(core::writeBank(alone));
                for (const auto& d : parsed.diagnostics)
                    if (d.code != "uncovered-objective" && d.code != "thin-domain")
                        FAIL_CHECK(core::formatDiagnostic(entry.id, d));
            }
        }
    }
}

TEST_CASE("no shipped bank repeats a question under other words", "[banks]")
{
    for (const auto& file : banks()) {
        if (!file.bank)
            continue;
        const auto& qs = file.bank->questions;
        std::vector<std::vector<std::string>> texts;
        for (const auto& q : qs) // a stem with its own exhibit: "Refer to the exhibit" alone says little
            texts.push_back(words(q.stem + " " + (q.exhibit ? q.exhibit->text : std::string{})));
        for (std::size_t i = 0; i < qs.size(); ++i)
            for (std::size_t j = i + 1; j < qs.size(); ++j) {
                const auto longer = std::max(texts[i].size(), texts[j].size());
                const auto shorter = std::min(texts[i].size(), texts[j].size());
                if (longer == 0 || static_cast<double>(shorter) / static_cast<double>(longer) < 0.85)
                    continue; // lengths too different to reach the threshold
                const double s = similarity(texts[i], texts[j]);
                INFO(qs[i].id << " and " << qs[j].id << ": " << s);
                CHECK(s < 0.85);
            }
    }
}

TEST_CASE("stem similarity tells rewordings from different questions", "[banks]")
{
    CHECK(similarity(words("Which port does HTTPS use by default?"), words("Which port does HTTPS use by default")) == 1.0);
    CHECK(similarity(words("Which port does HTTPS use?"), words("Which port does SSH use?")) == Approx(0.8));
    CHECK(similarity(words("What is RAID 5?"), words("Which protocol resolves names?")) < 0.3);
}
