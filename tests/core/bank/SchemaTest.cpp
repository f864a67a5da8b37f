#include "TestFiles.h"
#include "core/bank/BankParser.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace certdrill::core;
using nlohmann::json;

namespace {

json schema()
{
    return json::parse(
        certdrill::test::readFile(std::string{CERTDRILL_SOURCE_BANKS_DIR} + "/schema/certdrill-bank-1.schema.json"));
}

} // namespace

TEST_CASE("the bank JSON Schema is valid JSON for draft 2020-12", "[bank][schema]")
{
    const auto s = schema();
    CHECK(s.at("$schema") == "https://json-schema.org/draft/2020-12/schema");
    CHECK(s.at("properties").at("format").at("const") == "certdrill-bank/1");
}

TEST_CASE("the bank JSON Schema names the same question types and navigation as the parser", "[bank][schema]")
{
    const auto s = schema();
    std::vector<std::string> types;
    for (auto type : {QuestionType::Single, QuestionType::Multiple, QuestionType::Order, QuestionType::Match,
                      QuestionType::Numeric, QuestionType::Text, QuestionType::Generator})
        types.emplace_back(toString(type));
    CHECK(s.at("$defs").at("question").at("properties").at("type").at("enum").get<std::vector<std::string>>() == types);
    CHECK(s.at("$defs").at("exam").at("properties").at("navigation").at("enum").get<std::vector<std::string>>()
          == std::vector<std::string>{"free", "forward_only"});
}

TEST_CASE("the bank JSON Schema states the parser's limits", "[bank][schema]")
{
    const auto s = schema();
    const BankLimits limits;
    CHECK(s.at("$defs").at("text").at("maxLength") == limits.maxStringBytes);
    CHECK(s.at("properties").at("questions").at("maxItems") == limits.maxQuestions);
}
