#pragma once

#include "core/bank/BankParser.h"
#include "core/bank/BankWriter.h"
#include "core/bank/TextRules.h"
#include "core/generator/Generator.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <functional>
#include <set>
#include <string>
#include <vector>

namespace certdrill::test {

using core::Question;
using core::QuestionType;

/// Seeds per check: CERTDRILL_GENERATOR_SEEDS, else 5,000 in an optimised build and 600 in a
/// debug one. The `generator-long` CTest label runs 100,000.
inline std::uint64_t seedCount()
{
    if (const char* text = std::getenv("CERTDRILL_GENERATOR_SEEDS"))
        return std::strtoull(text, nullptr, 10);
#ifdef NDEBUG
    return 5'000;
#else
    return 600;
#endif
}

/// How many of them also go through the bank validator (it is slower than generating).
inline std::uint64_t validatedCount()
{
#ifdef NDEBUG
    return seedCount();
#else
    return 300;
#endif
}

inline Question entry()
{
    Question q;
    q.id = "gen-subnetting";
    q.objective = "1.1";
    q.domain = "1.0";
    q.tags = {"generated"};
    return q;
}

inline Question generated(const std::string& family, const nlohmann::json& params, std::uint64_t seed)
{
    auto q = core::generateQuestion({family, params}, entry(), seed);
    INFO("family " << family << ", seed " << seed << ": " << (q ? "" : q.error().message));
    REQUIRE(q);
    return *q;
}

/// The texts between backticks, in order.
inline std::vector<std::string> backticked(const std::string& text)
{
    std::vector<std::string> out;
    for (std::size_t open = text.find('`'); open != std::string::npos; open = text.find('`', open)) {
        const std::size_t close = text.find('`', open + 1);
        if (close == std::string::npos)
            break;
        out.push_back(text.substr(open + 1, close - open - 1));
        open = close + 1;
    }
    return out;
}

/// What the question holds as its answer: the correct choice's text, the first accepted text,
/// or the numeric answer printed without decimals.
inline std::string answerOf(const Question& q)
{
    if (q.type == QuestionType::Text)
        return q.accepted.at(0);
    if (q.type == QuestionType::Numeric)
        return std::to_string(static_cast<long long>(q.numericAnswer));
    for (const auto& c : q.choices)
        if (c.correct)
            return c.text;
    return "";
}

/// Every generated question goes through the bank's own parser and validator, in batches (ids
/// renamed to be unique in the batch): no error and no warning allowed.
class BankCheck {
public:
    void add(Question q)
    {
        q.id = "q" + std::to_string(m_batch.size());
        m_batch.push_back(std::move(q));
        if (m_batch.size() == 500)
            flush();
    }

    void flush()
    {
        if (m_batch.empty())
            return;
        core::Bank bank;
        bank.format = "certdrill-bank/1";
        bank.id = "generated-check";
        bank.title = bank.vendor = bank.examCode = bank.version = "check";
        bank.language = "en";
        bank.license = "CC-BY-SA-4.0";
        bank.exam = {60, 10, 700, 100, 900, core::Navigation::Free, std::nullopt, ""};
        bank.domains = {{"1.0", "Generated", 1.0, {{"1.1", "Generated questions"}}}};
        bank.questions = std::move(m_batch);
        m_batch.clear();
        const auto text = core::writeBank(bank);
        const auto parsed = core::parseBank(text);
        for (const auto& d : parsed.diagnostics)
            FAIL_CHECK(core::formatDiagnostic("generated", d) << "\n" << text.substr(0, 3000));
        REQUIRE(parsed.bank);
    }

    ~BankCheck() = default;

private:
    std::vector<Question> m_batch;
};

/// The checks every family shares, over `seedCount()` seeds: the answer equals `expected` (an
/// independent computation from what the question shows), a single question has exactly one
/// correct choice and four distinct choices each with a why, an explanation is there, the bank
/// validator accepts the question, the same seed gives the same question, and at least
/// `minDistinct` different stems (plus exhibits) appear.
inline void checkFamily(const std::string& family, const nlohmann::json& params,
                        const std::function<std::string(const Question&)>& expected, std::size_t minDistinct)
{
    BankCheck bank;
    std::set<std::string> stems;
    const std::uint64_t seeds = seedCount();
    for (std::uint64_t seed = 0; seed < seeds; ++seed) {
        const Question q = generated(family, params, seed);
        INFO("family " << family << " params " << params.dump() << " seed " << seed << "\n" << q.stem);
        if (q.type == QuestionType::Single) {
            REQUIRE(q.correctChoiceCount() == 1);
            REQUIRE(q.choices.size() == 4);
            for (std::size_t i = 0; i < q.choices.size(); ++i) {
                REQUIRE_FALSE(q.choices[i].why.empty());
                for (std::size_t j = 0; j < i; ++j)
                    REQUIRE_FALSE(core::sameText(q.choices[i].text, q.choices[j].text));
            }
        } else {
            REQUIRE((q.type == QuestionType::Text || q.type == QuestionType::Numeric));
        }
        REQUIRE_FALSE(q.explanation.empty());
        REQUIRE(q.id == "gen-subnetting");
        REQUIRE(answerOf(q) == expected(q));
        if (seed % 16 == 0)
            REQUIRE(generated(family, params, seed) == q);
        if (stems.size() < minDistinct)
            stems.insert(q.stem + (q.exhibit ? q.exhibit->text : std::string{}));
        if (seed < validatedCount())
            bank.add(q);
    }
    bank.flush();
    CHECK(stems.size() >= std::min<std::uint64_t>(minDistinct, seeds * 9 / 10));
}

} // namespace certdrill::test
