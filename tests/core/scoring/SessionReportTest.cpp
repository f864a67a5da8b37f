#include "TestFiles.h"
#include "core/bank/BankParser.h"
#include "core/common/Time.h"
#include "core/scoring/AnswerText.h"
#include "core/scoring/SessionReport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace certdrill::core;
using certdrill::test::testData;
using nlohmann::json;

namespace {

BankPtr mini()
{
    auto parsed = parseBank(testData("banks/mini.json"));
    REQUIRE(parsed.bank);
    return parsed.bank;
}

std::vector<ScoredAnswer> answers()
{
    return {
        {"m-0001", "\"a\"", false, 30'000, {"c", "a", "b"}},                   // right
        {"m-0002", R"(["a", "c"])", true, 45'000, {}},                          // wrong (all-or-nothing)
        {"m-0003", "30", false, 20'000, {}},                                    // right
        {"m-0004", std::nullopt, true, 5'000, {}},                              // unanswered
        {"m-0005", R"(["i1", "i3", "i2"])", false, 60'000, {}},                 // 1 of 3 in place
        {"m-0006", R"({"l1": "r1", "l2": "r3"})", false, 40'000, {}},           // 1 of 2 pairs
    };
}

SessionFacts facts()
{
    SessionFacts f;
    f.mode = StudyMode::Exam;
    f.seed = 77;
    f.elapsedMs = 200'000;
    f.timeLimitMs = 600'000;
    f.startedAt = *parseIso8601("2026-11-23T09:00:00Z");
    f.finishedAt = *parseIso8601("2026-11-23T09:03:20Z");
    return f;
}

const AreaResult& area(const std::vector<AreaResult>& list, const std::string& id)
{
    for (const auto& a : list)
        if (a.id == id)
            return a;
    FAIL("no area " << id);
    return list.front();
}

} // namespace

TEST_CASE("a report scores each question, each domain and each objective", "[scoring][report]")
{
    const auto bank = mini();
    const auto r = buildReport(*bank, answers(), {}, facts());
    CHECK(r.questionCount == 6);
    CHECK(r.answered == 5);
    CHECK(r.correct == 2);
    CHECK(r.partial == 1); // match is per pair by default
    CHECK(r.flagged == 2);
    CHECK(r.raw == Approx(2.5));
    CHECK(r.percent() == Approx(100.0 * 2.5 / 6));
    CHECK(r.scaled.value == 433); // 100 + 800 × 2.5/6: the straight line of the default mapping
    CHECK_FALSE(r.passed());

    const auto& ports = area(r.domains, "1.0");
    CHECK(ports.questions == 2);
    CHECK(ports.credit == 1.0);
    CHECK(ports.weight == 0.5);
    CHECK(ports.percent() == 50.0);
    CHECK(area(r.domains, "2.0").credit == Approx(1.5));
    CHECK(area(r.objectives, "2.2").credit == Approx(0.5));
    CHECK(area(r.objectives, "2.2").name == "Order and match");
    CHECK(area(r.objectives, "2.1").answered == 1);

    REQUIRE(r.questions.size() == 6);
    CHECK(r.questions[0].timeMs == 30'000);
    CHECK(r.questions[5].credit == 0.5);
    CHECK(r.questions[3].flagged);
    CHECK_FALSE(r.questions[3].answered);

    REQUIRE(r.missed.size() == 4);
    CHECK(r.missed[0].questionId == "m-0002");
    CHECK(r.missed[0].feedback.explanation == "SSH and HTTPS are connection-oriented.");
    CHECK(r.missed[0].feedback.correctAnswer == std::vector<std::string>{"SSH", "HTTPS"});
    CHECK(r.missed[0].feedback.yourAnswer == std::vector<std::string>{"SSH", "TFTP"});
    CHECK(r.missed[0].feedback.choices.at(2).why == "TFTP uses UDP 69.");
    CHECK(r.missed[0].feedback.choices.at(2).chosen);
    CHECK(r.missed[1].questionId == "m-0004");
    CHECK_FALSE(r.missed[1].feedback.answered);
    CHECK(r.missed[2].feedback.correctAnswer == std::vector<std::string>{"1. Physical", "2. Data link", "3. Network"});
    CHECK(r.missed[3].feedback.yourAnswer == std::vector<std::string>{"22 → SSH", "53 → SMTP"});
}

TEST_CASE("partial-credit rules change the raw score", "[scoring][report]")
{
    ScoringOptions partial;
    partial.multiple = MultipleScoring::PerChoice;
    partial.order = OrderScoring::PerPosition;
    const auto r = buildReport(*mini(), answers(), partial, facts());
    CHECK(r.raw == Approx(2.0 + 0.5 + 1.0 / 3 + 0.5));
    CHECK(r.partial == 3);
}

TEST_CASE("a report survives its stored form, labels the scaled score an estimate, and notes lost questions", "[scoring][report]")
{
    auto list = answers();
    list.push_back({"m-9999", "\"a\"", false, 1000, {}});
    const auto r = buildReport(*mini(), list, {}, facts());
    REQUIRE(r.notes.size() == 1);
    CHECK_THAT(r.notes[0], Catch::Contains("1 question(s) left the bank"));
    const auto stored = toJson(r);
    CHECK(stored["score"]["scaled"]["estimate"] == true);
    CHECK(stored["score"]["scaled"]["note"] == kScaledScoreNote);
    CHECK(stored["time"]["limit_ms"] == 600'000);
    CHECK(stored["seed"] == 77);
    const auto back = reportFromJson(json::parse(stored.dump()));
    REQUIRE(back);
    CHECK(*back == r);
    CHECK(reportFromJson(json::object()).error().code == "bad-report");
    CHECK(reportFromJson(json{{"report", 1}, {"score", 1}, {"time", {}}}).error().code == "bad-report");
}

TEST_CASE("answers are put in words for feedback", "[scoring]")
{
    const auto bank = mini();
    CHECK(describeCorrectAnswer(*bank->findQuestion("m-0003")) == std::vector<std::string>{"30 hosts"});
    CHECK(describeCorrectAnswer(*bank->findQuestion("m-0004")) == std::vector<std::string>{"255.255.255.0"});
    CHECK(describeCorrectAnswer(*bank->findQuestion("m-0006")) == std::vector<std::string>{"22 → SSH", "53 → DNS"});
    Question tolerant = *bank->findQuestion("m-0003");
    tolerant.tolerance = 0.5;
    CHECK(describeCorrectAnswer(tolerant) == std::vector<std::string>{"30 hosts (± 0.5)"});
    CHECK(formatNumber(0.1) == "0.1");
    CHECK(formatNumber(1e20) == "1e+20");
}
