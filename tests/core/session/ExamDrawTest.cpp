#include "SessionFixture.h"
#include "core/session/ExamDraw.h"
#include "core/session/QuestionLayout.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>

using namespace certdrill::core;
using certdrill::test::miniBank;
using certdrill::test::readFile;

namespace {

std::vector<BankPtr> shippedBanks()
{
    std::vector<BankPtr> banks;
    for (const auto& entry : std::filesystem::directory_iterator{CERTDRILL_SOURCE_BANKS_DIR})
        if (entry.path().extension() == ".json") {
            auto parsed = parseBank(readFile(entry.path().string()));
            REQUIRE(parsed.bank);
            banks.push_back(parsed.bank);
        }
    REQUIRE(banks.size() >= 5);
    return banks;
}

/// A bank of `perObjective` lone single-choice questions in each objective, with the given weights
/// and objectives per domain.
Bank syntheticBank(const std::vector<double>& weights, std::size_t objectivesPerDomain, std::size_t perObjective,
                   int questionCount)
{
    Bank bank;
    bank.id = "synthetic";
    bank.exam = {60, questionCount, 700, 100, 900, Navigation::Free, std::nullopt, {}};
    for (std::size_t d = 0; d < weights.size(); ++d) {
        Domain domain{std::to_string(d + 1) + ".0", "Domain " + std::to_string(d + 1), weights[d], {}};
        for (std::size_t o = 0; o < objectivesPerDomain; ++o) {
            const auto objective = std::to_string(d + 1) + "." + std::to_string(o + 1);
            domain.objectives.push_back({objective, "Objective " + objective});
            for (std::size_t k = 0; k < perObjective; ++k) {
                Question q;
                q.id = "q" + objective + "-" + std::to_string(k);
                q.objective = objective;
                q.domain = domain.id;
                q.choices = {{"a", "yes", "", true}, {"b", "no", "", false}};
                bank.questions.push_back(q);
            }
        }
        bank.domains.push_back(domain);
    }
    return bank;
}

} // namespace

TEST_CASE("one seed gives one exam, another seed another", "[session][draw]")
{
    for (const auto& bank : shippedBanks()) {
        const auto a = drawExam(*bank, {42, 0, nullptr, nullptr});
        const auto b = drawExam(*bank, {42, 0, nullptr, nullptr});
        const auto c = drawExam(*bank, {43, 0, nullptr, nullptr});
        CHECK(a == b);
        CHECK(a == ExamDrawer{*bank}.draw(42));
        CHECK(a.questions != c.questions);
        CHECK(a.questions.size() == static_cast<std::size_t>(bank->exam.questionCount));
        CHECK(a.warnings.empty());
    }
}

TEST_CASE("every shipped bank follows its blueprint within one question for 1,000 seeds", "[session][draw]")
{
    std::size_t testletQuestions = 0;
    std::size_t drawn = 0;
    for (const auto& bank : shippedBanks()) {
        const auto n = static_cast<std::size_t>(bank->exam.questionCount);
        struct Known {
            std::size_t domain;
            std::size_t scenario; // 0: none
        };
        std::unordered_map<std::string, Known> byId;
        std::map<std::string, std::size_t> scenarioIds;
        std::vector<std::size_t> scenarioSize{0};
        for (const auto& q : bank->questions) {
            std::size_t domain = 0;
            while (bank->domains[domain].id != q.domain)
                ++domain;
            std::size_t scenario = 0;
            if (!q.scenario.empty()) {
                scenario = scenarioIds.emplace(q.scenario, scenarioSize.size()).first->second;
                scenarioSize.resize(std::max(scenarioSize.size(), scenario + 1), 0);
                ++scenarioSize[scenario];
            }
            byId.emplace(q.id, Known{domain, scenario});
        }
        const ExamDrawer drawer{*bank};
        for (std::uint64_t seed = 0; seed < 1000; ++seed) {
            const auto exam = drawer.draw(seed);
            REQUIRE(exam.questions.size() == n);
            auto sorted = exam.questions;
            std::sort(sorted.begin(), sorted.end());
            REQUIRE(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
            std::vector<std::size_t> counts(bank->domains.size(), 0);
            std::vector<std::size_t> first(scenarioSize.size(), n);
            std::vector<std::size_t> seen(scenarioSize.size(), 0);
            for (std::size_t i = 0; i < n; ++i) {
                const auto& known = byId.at(exam.questions[i]);
                ++counts[known.domain];
                if (known.scenario != 0) {
                    first[known.scenario] = std::min(first[known.scenario], i);
                    // Testlets whole and together: the k-th question of one sits k places after its first.
                    REQUIRE(i == first[known.scenario] + seen[known.scenario]);
                    ++seen[known.scenario];
                }
            }
            for (std::size_t d = 0; d < counts.size(); ++d) {
                INFO(bank->id << " seed " << seed << " domain " << bank->domains[d].id);
                REQUIRE(std::abs(static_cast<double>(counts[d]) - bank->domains[d].weight * static_cast<double>(n)) <= 1.0);
            }
            std::size_t testlets = 0;
            for (std::size_t t = 1; t < seen.size(); ++t)
                if (seen[t] > 0) {
                    REQUIRE(seen[t] == scenarioSize[t]);
                    ++testlets;
                    testletQuestions += seen[t];
                }
            REQUIRE(testlets == exam.scenarios.size());
            drawn += n;
        }
    }
    CHECK(testletQuestions > drawn / 20); // the exams do contain testlets
    CHECK(testletQuestions < drawn / 3);
}

TEST_CASE("objectives are spread evenly within a domain", "[session][draw]")
{
    const auto bank = syntheticBank({0.5, 0.3, 0.2}, 4, 30, 60);
    for (std::uint64_t seed = 0; seed < 50; ++seed) {
        const auto exam = drawExam(bank, {seed, 0, nullptr, nullptr});
        std::map<std::string, std::map<std::string, std::size_t>> perObjective;
        for (const auto& id : exam.questions) {
            const auto* q = bank.findQuestion(id);
            ++perObjective[q->domain][q->objective];
        }
        for (const auto& [domain, objectives] : perObjective) {
            std::size_t least = 1000;
            std::size_t most = 0;
            for (const auto& d : bank.domains)
                if (d.id == domain)
                    for (const auto& o : d.objectives) {
                        const auto it = objectives.find(o.id);
                        const std::size_t n = it == objectives.end() ? 0 : it->second;
                        least = std::min(least, n);
                        most = std::max(most, n);
                    }
            CHECK(most - least <= 1);
        }
        CHECK(exam.domains[0].drawn == 30);
        CHECK(exam.domains[1].drawn == 18);
        CHECK(exam.domains[2].drawn == 12);
    }
}

TEST_CASE("questions seen least are preferred when asked, and the seed still decides among equals", "[session][draw]")
{
    const auto bank = syntheticBank({0.5, 0.5}, 2, 20, 20); // 80 questions, 20 drawn
    SeenCounts seen(bank.questions.size(), 0);
    for (std::size_t i = 0; i < bank.questions.size(); ++i)
        if (i % 4 != 0)
            seen[i] = 1 + static_cast<std::uint32_t>(i % 3); // one in four never seen
    const auto seenOf = [&](const std::string& id) {
        const auto at = std::find_if(bank.questions.begin(), bank.questions.end(), [&](const auto& q) { return q.id == id; });
        return seen[static_cast<std::size_t>(at - bank.questions.begin())];
    };
    const auto exam = drawExam(bank, {5, 0, &seen, nullptr});
    REQUIRE(exam.questions.size() == 20);
    for (const auto& id : exam.questions)
        CHECK(seenOf(id) == 0);
    CHECK(drawExam(bank, {5, 0, &seen, nullptr}) == exam);
    CHECK(drawExam(bank, {6, 0, &seen, nullptr}).questions != exam.questions);
    CHECK(ExamDrawer{bank}.draw(5, 0, &seen) == exam);

    // Everything seen: the least seen come first.
    for (std::size_t i = 0; i < bank.questions.size(); ++i)
        seen[i] = bank.questions[i].id.back() == '0' ? 1 : 5;
    const auto again = drawExam(bank, {5, 0, &seen, nullptr});
    const auto ones = std::count_if(again.questions.begin(), again.questions.end(), [&](const auto& id) { return seenOf(id) == 1; });
    CHECK(ones == std::count(seen.begin(), seen.end(), 1U));
}

TEST_CASE("a bank with fewer questions than the exam gives all of them, with a warning", "[session][draw]")
{
    const auto bank = miniBank([](Bank& b) { b.exam.questionCount = 10; });
    const auto exam = drawExam(*bank, {1, 0, nullptr, nullptr});
    CHECK(exam.questions.size() == 6);
    REQUIRE(exam.warnings.size() == 1);
    CHECK_THAT(exam.warnings[0], Catch::Contains("only 6 questions"));
    CHECK(exam.requested == 10);
}

TEST_CASE("a domain with too few questions gives its seats to the others", "[session][draw]")
{
    auto bank = syntheticBank({0.5, 0.5}, 1, 40, 40);
    bank.questions.erase(bank.questions.begin() + 5, bank.questions.begin() + 40); // domain 1 keeps 5
    const auto exam = drawExam(bank, {3, 0, nullptr, nullptr});
    CHECK(exam.questions.size() == 40);
    CHECK(exam.domains[0].drawn == 5);
    CHECK(exam.domains[1].drawn == 35);
    REQUIRE_FALSE(exam.warnings.empty());
    CHECK_THAT(exam.warnings[0], Catch::Contains("domain 1.0 has only 5 questions"));
}

TEST_CASE("a draw can be limited to eligible questions", "[session][draw]")
{
    const auto bank = syntheticBank({0.5, 0.5}, 2, 10, 20);
    std::vector<bool> eligible(bank.questions.size(), false);
    for (std::size_t i = 0; i < eligible.size(); i += 3)
        eligible[i] = true;
    const auto exam = drawExam(bank, {9, 8, nullptr, &eligible});
    CHECK(exam.questions.size() == 8);
    CHECK(exam.warnings.empty());
    for (const auto& id : exam.questions) {
        const auto at = std::find_if(bank.questions.begin(), bank.questions.end(), [&](const auto& q) { return q.id == id; });
        CHECK(eligible[static_cast<std::size_t>(at - bank.questions.begin())]);
    }
}

TEST_CASE("a draw says where each question is in the bank, and laying it out by position equals laying it out by id",
          "[session][draw][layout]")
{
    for (const auto& bank : shippedBanks()) {
        const auto exam = drawExam(*bank, {7, 0, nullptr, nullptr});
        REQUIRE(exam.positions.size() == exam.questions.size());
        for (std::size_t i = 0; i < exam.questions.size(); ++i)
            CHECK(bank->questions[exam.positions[i]].id == exam.questions[i]);
        CHECK(shuffleLayout(*bank, exam.positions, 7) == shuffleLayout(*bank, exam.questions, 7));
    }
}
