#include "SelectorFixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

using namespace certdrill;
using namespace certdrill::test;

TEST_CASE("the bank index normalises blueprint weights and values each question by its domain's share",
          "[selector][index]")
{
    const auto bank = makeBank({{2.0, {3, 1}}, {6.0, {2}}});
    const core::BankIndex index{bank, 7};
    REQUIRE(index.domains().size() == 2);
    CHECK(index.domains()[0].weight == Approx(0.25));
    CHECK(index.domains()[1].weight == Approx(0.75));
    CHECK(index.domains()[0].questionCount == 4);
    double total = 0.0;
    for (std::uint32_t q = 0; q < index.questionCount(); ++q)
        total += index.questionValue(q);
    CHECK(total == Approx(1.0));
    CHECK(index.questionValue(*index.find("q-1.1-0")) == Approx(0.25 / 4));
    CHECK(index.questionValue(*index.find("q-2.1-1")) == Approx(0.75 / 2));
    CHECK_FALSE(index.find("no-such-question"));
}

TEST_CASE("each objective lists its questions in an order fixed by the seed", "[selector][index]")
{
    const auto bank = makeBank({{1.0, {40}}});
    const core::BankIndex a{bank, 1};
    const core::BankIndex b{bank, 1};
    const core::BankIndex c{bank, 2};
    const auto& order = a.objectives()[0].questions;
    CHECK(order == b.objectives()[0].questions);
    CHECK(order != c.objectives()[0].questions);
    auto sorted = order;
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::uint32_t> all(40);
    std::iota(all.begin(), all.end(), 0U);
    CHECK(sorted == all);
}

TEST_CASE("a bank whose weights are all zero counts its domains equally", "[selector][index]")
{
    const core::BankIndex index{makeBank({{0.0, {1}}, {0.0, {3}}}), 0};
    CHECK(index.domains()[0].weight == Approx(0.5));
    CHECK(index.domains()[1].weight == Approx(0.5));
}
