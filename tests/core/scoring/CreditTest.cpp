#include "core/scoring/Credit.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace certdrill::core;
using nlohmann::json;

namespace {

Question multiple()
{
    Question q;
    q.id = "q-multi";
    q.type = QuestionType::Multiple;
    q.choices = {{"a", "A", "", true}, {"b", "B", "", true}, {"c", "C", "", true}, {"d", "D", "", false}, {"e", "E", "", false}};
    return q;
}

Question order()
{
    Question q;
    q.id = "q-order";
    q.type = QuestionType::Order;
    q.items = {{"i1", "one"}, {"i2", "two"}, {"i3", "three"}, {"i4", "four"}};
    q.sequence = {"i1", "i2", "i3", "i4"};
    return q;
}

Question match()
{
    Question q;
    q.id = "q-match";
    q.type = QuestionType::Match;
    q.left = {{"l1", "22"}, {"l2", "53"}, {"l3", "443"}};
    q.right = {{"r1", "SSH"}, {"r2", "DNS"}, {"r3", "HTTPS"}, {"r4", "SMTP"}};
    q.pairs = {{"l1", "r1"}, {"l2", "r2"}, {"l3", "r3"}};
    return q;
}

double credit(const Question& q, const json& answer, const ScoringOptions& options = {})
{
    const auto r = parseResponse(q, answer);
    REQUIRE(r);
    return creditFor(q, *r, options);
}

} // namespace

TEST_CASE("single is right or wrong", "[scoring]")
{
    Question q;
    q.type = QuestionType::Single;
    q.choices = {{"a", "A", "", false}, {"b", "B", "", true}};
    CHECK(credit(q, "b") == 1.0);
    CHECK(credit(q, "a") == 0.0);
}

TEST_CASE("multiple is all-or-nothing by default, or 1/k per correct choice", "[scoring]")
{
    const auto q = multiple();
    CHECK(credit(q, json{"a", "b", "c"}) == 1.0);
    CHECK(credit(q, json{"c", "a", "b"}) == 1.0); // order does not matter
    CHECK(credit(q, json{"a", "b", "d"}) == 0.0);
    ScoringOptions partial;
    partial.multiple = MultipleScoring::PerChoice;
    CHECK(credit(q, json{"a", "b", "c"}, partial) == 1.0);
    CHECK(credit(q, json{"a", "b", "d"}, partial) == Approx(2.0 / 3));
    CHECK(credit(q, json{"a", "d", "e"}, partial) == Approx(1.0 / 3));
    CHECK_FALSE(parseResponse(q, json{"a", "b"})); // exactly k must be chosen
}

TEST_CASE("order is exact by default, or 1/n per item in its place", "[scoring]")
{
    const auto q = order();
    CHECK(credit(q, json{"i1", "i2", "i3", "i4"}) == 1.0);
    CHECK(credit(q, json{"i1", "i2", "i4", "i3"}) == 0.0);
    ScoringOptions partial;
    partial.order = OrderScoring::PerPosition;
    CHECK(credit(q, json{"i1", "i2", "i4", "i3"}, partial) == 0.5);
    CHECK(credit(q, json{"i2", "i3", "i4", "i1"}, partial) == 0.0); // every item one place off
    CHECK(credit(q, json{"i1", "i2", "i3", "i4"}, partial) == 1.0);
}

TEST_CASE("match is per pair by default, or all-or-nothing", "[scoring]")
{
    const auto q = match();
    CHECK(credit(q, json{{"l1", "r1"}, {"l2", "r2"}, {"l3", "r3"}}) == 1.0);
    CHECK(credit(q, json{{"l1", "r1"}, {"l2", "r4"}, {"l3", "r3"}}) == Approx(2.0 / 3));
    CHECK(credit(q, json{{"l1", "r4"}, {"l2", "r1"}, {"l3", "r2"}}) == 0.0);
    ScoringOptions exact;
    exact.match = MatchScoring::Exact;
    CHECK(credit(q, json{{"l1", "r1"}, {"l2", "r4"}, {"l3", "r3"}}, exact) == 0.0);
    CHECK(credit(q, json{{"l1", "r1"}, {"l2", "r2"}, {"l3", "r3"}}, exact) == 1.0);
}

TEST_CASE("numeric is right within the tolerance, with a rounding allowance only", "[scoring]")
{
    Question q;
    q.type = QuestionType::Numeric;
    q.numericAnswer = 30;
    CHECK(credit(q, 30) == 1.0);
    CHECK(credit(q, 30.0000001) == 0.0);
    CHECK(credit(q, 31) == 0.0);
    q.tolerance = 0.5;
    CHECK(credit(q, 30.5) == 1.0);
    CHECK(credit(q, 29.5) == 1.0);
    CHECK(credit(q, 30.51) == 0.0);
    q.numericAnswer = 0.3;
    q.tolerance = 0;
    CHECK(credit(q, 0.1 + 0.2) == 1.0); // 0.30000000000000004
    q.numericAnswer = 1e15;
    CHECK(credit(q, 1e15 + 1) == 0.0); // the allowance is a few ulps, not a share of the answer
    CHECK(credit(q, 1e15) == 1.0);
}

TEST_CASE("text is compared after trimming, collapsing spaces and folding case unless case-sensitive", "[scoring]")
{
    Question q;
    q.type = QuestionType::Text;
    q.accepted = {"show ip route", "sh ip ro"};
    CHECK(credit(q, "  Show   IP\troute\n") == 1.0);
    CHECK(credit(q, "SH IP RO") == 1.0);
    CHECK(credit(q, "show iproute") == 0.0);
    q.caseSensitive = true;
    CHECK(credit(q, "Show ip route") == 0.0);
    CHECK(credit(q, " show ip  route ") == 1.0);
    CHECK(normaliseTextAnswer("  A  b\t C ", false) == "a b c");
    CHECK(normaliseTextAnswer("Ä", false) == "Ä"); // only ASCII letters fold
}

TEST_CASE("scoring rules survive their JSON form and bad ones are named", "[scoring]")
{
    ScoringOptions o;
    o.multiple = MultipleScoring::PerChoice;
    o.order = OrderScoring::PerPosition;
    o.match = MatchScoring::Exact;
    const auto back = scoringOptionsFromJson(toJson(o));
    REQUIRE(back);
    CHECK(*back == o);
    CHECK(*scoringOptionsFromJson(json::object()) == ScoringOptions{});
    const auto bad = scoringOptionsFromJson(json{{"order", "sometimes"}});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == "bad-scoring");
    CHECK_THAT(bad.error().message, Catch::Contains("\"order\"") && Catch::Contains("per-position"));
}
