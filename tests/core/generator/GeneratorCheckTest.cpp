#include "GeneratorTesting.h"

#include <iostream>

using namespace certdrill;
using nlohmann::json;

namespace {

core::Error errorOf(const std::string& family, const json& params)
{
    const auto r = core::checkGenerator({family, params});
    REQUIRE_FALSE(r);
    return r.error();
}

} // namespace

TEST_CASE("every family is listed once, with a title and a description, and accepts no params", "[generator][check]")
{
    std::set<std::string_view> ids;
    for (const auto& family : core::generatorFamilies()) {
        INFO(family.id);
        CHECK(ids.insert(family.id).second);
        CHECK_FALSE(family.title.empty());
        CHECK_FALSE(family.description.empty());
        CHECK(core::checkGenerator({std::string{family.id}, json::object()}));
        for (int difficulty = 1; difficulty <= 3; ++difficulty)
            CHECK(core::checkGenerator({std::string{family.id}, {{"difficulty", difficulty}}}));
    }
    CHECK(ids.size() == 16);
}

TEST_CASE("a family the engine does not know is an unknown-generator error naming it", "[generator][check]")
{
    const auto e = errorOf("ipv4.subnet-fact", json::object());
    CHECK(e.code == "unknown-generator");
    CHECK_THAT(e.message, Catch::Contains("\"ipv4.subnet-fact\"") && Catch::Contains("ipv4.subnet-facts"));
    const auto q = core::generateQuestion({"nope", json::object()}, test::entry(), 1);
    REQUIRE_FALSE(q);
    CHECK(q.error().code == "unknown-generator");
}

TEST_CASE("an unknown parameter is a bad-generator-params error that names it and lists the allowed ones", "[generator][check]")
{
    const auto e = errorOf("ipv4.subnet-facts", {{"max_prefx", 24}});
    CHECK(e.code == "bad-generator-params");
    CHECK_THAT(e.message, Catch::Contains("parameter \"max_prefx\"") && Catch::Contains("max_prefix")
                              && Catch::Contains("difficulty"));
}

TEST_CASE("a number outside its range or of the wrong type names the parameter and its range", "[generator][check]")
{
    auto e = errorOf("ipv4.subnet-facts", {{"max_prefix", 31}});
    CHECK(e.code == "bad-generator-params");
    CHECK_THAT(e.message, Catch::Contains("parameter \"max_prefix\"") && Catch::Contains("31") && Catch::Contains("8 to 30"));
    e = errorOf("ipv4.subnet-facts", {{"min_prefix", "8"}});
    CHECK_THAT(e.message, Catch::Contains("parameter \"min_prefix\"") && Catch::Contains("whole number"));
    e = errorOf("ipv4.subnet-facts", {{"min_prefix", 12.5}});
    CHECK_THAT(e.message, Catch::Contains("whole number"));
    e = errorOf("ipv4.subnet-facts", {{"difficulty", 4}});
    CHECK_THAT(e.message, Catch::Contains("parameter \"difficulty\"") && Catch::Contains("1 to 3"));
}

TEST_CASE("a word not among those allowed lists the allowed words", "[generator][check]")
{
    const auto e = errorOf("ipv4.subnet-facts", {{"ask", "gateway"}});
    CHECK(e.code == "bad-generator-params");
    CHECK_THAT(e.message, Catch::Contains("parameter \"ask\"") && Catch::Contains("\"network\"") && Catch::Contains("\"any\""));
}

TEST_CASE("a minimum above its maximum is an error naming both", "[generator][check]")
{
    const auto e = errorOf("ipv4.subnet-facts", {{"min_prefix", 28}, {"max_prefix", 20}});
    CHECK(e.code == "bad-generator-params");
    CHECK_THAT(e.message, Catch::Contains("parameter \"min_prefix\"") && Catch::Contains("\"max_prefix\""));
}

TEST_CASE("params that are not an object are refused", "[generator][check]")
{
    CHECK(errorOf("ipv4.subnet-facts", json::array({1, 2})).code == "bad-generator-params");
    const auto q = core::generateQuestion({"ipv4.subnet-facts", {{"ask", 3}}}, test::entry(), 1);
    REQUIRE_FALSE(q);
    CHECK(q.error().code == "bad-generator-params");
}

TEST_CASE("print a few questions of the family in CERTDRILL_GENERATOR_FAMILY, for reading", "[.][dump]")
{
    const char* family = std::getenv("CERTDRILL_GENERATOR_FAMILY");
    REQUIRE(family);
    for (std::uint64_t seed = 0; seed < 3; ++seed) {
        const auto q = test::generated(family, json::object(), seed);
        std::cout << "---- seed " << seed << " (" << core::toString(q.type) << ")\n" << q.stem << "\n";
        if (q.exhibit)
            std::cout << "[exhibit]\n" << q.exhibit->text << "\n";
        for (const auto& c : q.choices)
            std::cout << c.id << (c.correct ? "* " : "  ") << c.text << "  -- " << c.why << "\n";
        for (const auto& a : q.accepted)
            std::cout << "accepted: " << a << "\n";
        std::cout << "[explanation]\n" << q.explanation << "\n";
    }
}

TEST_CASE("an instance keeps what the bank entry says about it", "[generator][check]")
{
    core::Question e = test::entry();
    e.references = {"CCNA 200-301 objective 1.6"};
    e.scenario = "s-01";
    e.difficulty = 2;
    for (const auto& family : core::generatorFamilies()) {
        const auto q = core::generateQuestion({std::string{family.id}, json::object()}, e, 7);
        REQUIRE(q);
        CHECK(q->id == e.id);
        CHECK(q->objective == e.objective);
        CHECK(q->domain == e.domain);
        CHECK(q->tags == e.tags);
        CHECK(q->references == e.references);
        CHECK(q->scenario == e.scenario);
        CHECK(q->difficulty == 2);
    }
}

TEST_CASE("the difficulty comes from the params, else from the entry", "[generator][check]")
{
    core::Question hard = test::entry();
    hard.difficulty = 3;
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
        const auto typed = core::generateQuestion({"ipv4.subnet-facts", json::object()}, hard, seed);
        REQUIRE(typed);
        CHECK(typed->type != core::QuestionType::Single);
        const auto chosen = core::generateQuestion({"ipv4.subnet-facts", {{"difficulty", 1}}}, hard, seed);
        REQUIRE(chosen);
        CHECK(chosen->type == core::QuestionType::Single);
    }
}
