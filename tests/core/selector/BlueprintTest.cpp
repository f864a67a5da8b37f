// New questions track the blueprint: the domain furthest below its weight goes next, objectives
// rotate within a domain, and domains interleave instead of coming in blocks.
#include "SelectorFixture.h"

#include "core/common/Random.h"
#include "core/selector/BlueprintQueue.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>

using namespace certdrill;
using namespace certdrill::test;

namespace {
const core::Timestamp kNow = at("2026-03-10T18:00:00Z");

std::vector<std::uint32_t> domainsOf(const core::BankIndex& index, const std::vector<core::Pick>& picks)
{
    std::vector<std::uint32_t> out;
    for (const auto& p : picks)
        out.push_back(index.domainOf(p.question));
    return out;
}
} // namespace

TEST_CASE("over many picks every domain's share of new questions stays within one question of its weight",
          "[selector][blueprint]")
{
    const std::vector<std::vector<DomainSpec>> banks{
        {{0.12, {20, 20}}, {0.22, {30, 30}}, {0.18, {25, 25}}, {0.28, {40, 40}}, {0.20, {30, 30}}},
        {{0.5, {80}}, {0.3, {15, 15, 30}}, {0.2, {60}}},
        {{0.7, {110}}, {0.1, {100}}, {0.2, {100}}}};
    for (std::size_t b = 0; b < banks.size(); ++b) {
        const core::BankIndex index{makeBank(banks[b]), b};
        core::Selector selector{index, defaultScheduler(), {}, settings(150, b), kNow};
        const auto picks = selector.plan(150);
        REQUIRE(picks.size() == 150);
        std::vector<double> count(index.domains().size(), 0.0);
        for (std::size_t k = 0; k < picks.size(); ++k) {
            ++count[index.domainOf(picks[k].question)];
            for (std::size_t d = 0; d < count.size(); ++d) {
                INFO("bank " << b << ", after " << k + 1 << " picks, domain " << d);
                CHECK(std::abs(count[d] - index.domains()[d].weight * static_cast<double>(k + 1)) < 1.0);
            }
        }
    }
}

TEST_CASE("any blueprint is tracked within one question, however skewed its weights", "[selector][blueprint]")
{
    core::Random random{42};
    for (int trial = 0; trial < 200; ++trial) {
        std::vector<DomainSpec> spec(2 + random.below(8));
        for (auto& d : spec)
            d = {0.001 + std::pow(random.unit(), 3.0), {200}};
        const core::BankIndex index{makeBank(spec), 1};
        core::Selector selector{index, defaultScheduler(), {}, settings(200), kNow};
        std::vector<double> count(spec.size(), 0.0);
        double worst = 0.0;
        std::size_t k = 0;
        for (const auto& pick : selector.plan(200)) {
            ++count[index.domainOf(pick.question)];
            ++k;
            for (std::size_t d = 0; d < count.size(); ++d)
                worst = std::max(worst, std::abs(count[d] - index.domains()[d].weight * static_cast<double>(k)));
        }
        INFO("trial " << trial << " with " << spec.size() << " domains");
        CHECK(k == 200);
        CHECK(worst < 1.0);
    }
}

TEST_CASE("the studied set, not just today's picks, tracks the blueprint", "[selector][blueprint]")
{
    // Domain 1 (weight 0.5) already has 10 studied questions, domain 2 (0.5) none: the next ten
    // new questions all go to domain 2, then the two alternate.
    const core::BankIndex index{makeBank({{0.5, {30}}, {0.5, {30}}}), 4};
    std::vector<core::CardMemoryState> states;
    for (int n = 0; n < 10; ++n)
        states.push_back({"test-bank", "q-1.1-" + std::to_string(n), reviewCard(kNow - std::chrono::days{1}, 30.0, 30)});
    core::Selector selector{index, defaultScheduler(), states, settings(16), kNow};
    const auto domains = domainsOf(index, selector.plan(16));
    REQUIRE(domains.size() == 16);
    for (std::size_t k = 0; k < 10; ++k)
        CHECK(domains[k] == 1);
    for (std::size_t k = 10; k < 16; ++k)
        CHECK(domains[k] != domains[k - 1]);
    CHECK(selector.studiedPerDomain() == std::vector<std::uint32_t>{13, 13});
}

TEST_CASE("domains interleave rather than come in blocks", "[selector][blueprint]")
{
    const core::BankIndex equal{makeBank({{1.0, {50}}, {1.0, {50}}, {1.0, {50}}}), 5};
    core::Selector a{equal, defaultScheduler(), {}, settings(60), kNow};
    const auto rotation = domainsOf(equal, a.plan(60));
    for (std::size_t k = 1; k < rotation.size(); ++k)
        CHECK(rotation[k] != rotation[k - 1]);

    const core::BankIndex skewed{makeBank({{0.5, {80}}, {0.3, {80}}, {0.2, {80}}}), 5};
    core::Selector b{skewed, defaultScheduler(), {}, settings(100), kNow};
    const auto mixed = domainsOf(skewed, b.plan(100));
    std::size_t run = 1;
    std::size_t longest = 1;
    for (std::size_t k = 1; k < mixed.size(); ++k) {
        run = mixed[k] == mixed[k - 1] ? run + 1 : 1;
        longest = std::max(longest, run);
    }
    CHECK(longest <= 2);
}

TEST_CASE("objectives rotate within a domain", "[selector][blueprint]")
{
    const core::BankIndex index{makeBank({{1.0, {10, 10, 10}}}), 6};
    core::Selector selector{index, defaultScheduler(), {}, settings(12), kNow};
    const auto picks = selector.plan(12);
    REQUIRE(picks.size() == 12);
    for (std::size_t k = 0; k < picks.size(); ++k)
        CHECK(index.objectiveOf(picks[k].question) == k % 3);
}

TEST_CASE("an objective already well studied waits for the others", "[selector][blueprint]")
{
    const core::BankIndex index{makeBank({{1.0, {10, 10}}}), 6};
    std::vector<core::CardMemoryState> states;
    for (int n = 0; n < 4; ++n)
        states.push_back({"test-bank", "q-1.1-" + std::to_string(n), reviewCard(kNow - std::chrono::days{1}, 30.0, 30)});
    core::Selector selector{index, defaultScheduler(), states, settings(6), kNow};
    const auto picks = selector.plan(6);
    REQUIRE(picks.size() == 6);
    for (std::size_t k = 0; k < 4; ++k)
        CHECK(index.question(picks[k].question).objective == "1.2");
    CHECK(index.question(picks[4].question).objective != index.question(picks[5].question).objective);
}

TEST_CASE("a domain that runs out of questions leaves the others to fill the blueprint", "[selector][blueprint]")
{
    const core::BankIndex index{makeBank({{0.8, {3}}, {0.2, {40}}}), 7};
    core::Selector selector{index, defaultScheduler(), {}, settings(20), kNow};
    const auto domains = domainsOf(index, selector.plan(20));
    REQUIRE(domains.size() == 20);
    CHECK(std::count(domains.begin(), domains.end(), 0U) == 3);
    CHECK(std::count(domains.begin(), domains.begin() + 4, 0U) == 3); // its few questions come early
}

TEST_CASE("the blueprint queue offers the same question until it is taken or studied", "[selector][blueprint]")
{
    const core::BankIndex index{makeBank({{0.5, {3, 3}}, {0.5, {3}}}), 2};
    core::BlueprintQueue queue{index};
    CHECK(queue.unseen() == 9);
    const auto first = queue.peek();
    REQUIRE(first);
    CHECK(queue.peek() == first);
    queue.markStudied(*first);
    const auto second = queue.peek();
    REQUIRE(second);
    CHECK(second != first);
    CHECK(index.domainOf(*second) != index.domainOf(*first)); // the other domain is behind now
    queue.take(*second);
    CHECK(queue.studiedTotal() == 2);
    CHECK(queue.studiedPerDomain() == std::vector<std::uint32_t>{1, 1});
    queue.markStudied(*second); // no effect the second time
    CHECK(queue.studiedTotal() == 2);
    for (std::uint32_t q = 0; q < index.questionCount(); ++q)
        queue.markStudied(q);
    CHECK_FALSE(queue.peek());
    CHECK(queue.unseen() == 0);
}
