#include "SessionFixture.h"
#include "core/session/QuestionLayout.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace certdrill::core;
using certdrill::test::miniBank;

namespace {
std::vector<std::string> ids(const Bank& bank)
{
    std::vector<std::string> out;
    for (const auto& q : bank.questions)
        out.push_back(q.id);
    return out;
}
} // namespace

TEST_CASE("a layout shuffles every question's options from the seed, the same everywhere", "[session][layout]")
{
    const auto bank = miniBank();
    const auto a = shuffleLayout(*bank, ids(*bank), 11);
    CHECK(a == shuffleLayout(*bank, ids(*bank), 11));
    CHECK(a.count("m-0003") == 0); // numeric: nothing to lay out
    CHECK(a.count("m-0004") == 0); // text
    bool differs = false;
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        const auto l = shuffleLayout(*bank, ids(*bank), seed);
        for (const auto& q : bank->questions) {
            if (!l.count(q.id))
                continue;
            const auto& own = bankLayout(q);
            auto shuffled = l.at(q.id);
            differs = differs || shuffled.order != own.order;
            std::sort(shuffled.order.begin(), shuffled.order.end());
            std::sort(shuffled.right.begin(), shuffled.right.end());
            auto sorted = own;
            std::sort(sorted.order.begin(), sorted.order.end());
            std::sort(sorted.right.begin(), sorted.right.end());
            CHECK(shuffled == sorted); // a permutation of the same ids
        }
        CHECK(l.at("m-0005").order != bank->findQuestion("m-0005")->sequence); // the answer is never shown
    }
    CHECK(differs);
}

TEST_CASE("a layout survives its JSON form and falls back when the question changed", "[session][layout]")
{
    const auto bank = miniBank();
    const auto layout = shuffleLayout(*bank, ids(*bank), 3);
    const auto back = layoutFromJson(toJson(layout));
    REQUIRE(back);
    CHECK(*back == layout);
    CHECK_FALSE(layoutFromJson(nlohmann::json::array()));
    CHECK_FALSE(layoutFromJson(nlohmann::json::parse(R"({"q": {"right": []}})")));

    const auto* q = bank->findQuestion("m-0001");
    CHECK(layoutOf(*q, layout) == layout.at("m-0001"));
    auto stale = layout;
    stale["m-0001"].order = {"a", "b", "zz"}; // a choice the bank no longer has
    CHECK(layoutOf(*q, stale) == bankLayout(*q));
    CHECK(layoutOf(*bank->findQuestion("m-0003"), layout).order.empty());
}
