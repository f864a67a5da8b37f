// Generator entries in sessions: each shows the question its seed gives, the same for the same
// session seed everywhere; the seed goes with the answer; memory stays with the entry.
#include "SessionFixture.h"
#include "core/session/ExamSession.h"
#include "core/session/PracticeSession.h"

#include <catch2/catch.hpp>

#include <set>

using namespace certdrill::core;
using certdrill::test::rightAnswer;
using certdrill::test::SessionFixture;
using certdrill::test::testData;
using certdrill::test::wrongAnswer;

namespace {

BankPtr generatedBank()
{
    auto parsed = parseBank(testData("generated_banks/test-generated.json"));
    for (const auto& d : parsed.diagnostics)
        FAIL_CHECK(formatDiagnostic("test-generated.json", d));
    REQUIRE(parsed.bank);
    return parsed.bank;
}

bool isEntry(const Bank& bank, const std::string& id) { return bank.findQuestion(id)->type == QuestionType::Generator; }

SessionPlan plan(const Bank& bank, StudyMode mode, std::uint64_t seed)
{
    SessionRequest request;
    request.mode = mode;
    request.seed = seed;
    request.count = bank.questions.size(); // every question, generator entries included
    auto planned = planSession(bank, request);
    REQUIRE(planned);
    return std::move(*planned);
}

ExamSession startExam(SessionFixture& f, const BankPtr& bank, std::uint64_t seed)
{
    auto exam = ExamSession::start(bank, 1, plan(*bank, StudyMode::Exam, seed), f.services());
    REQUIRE(exam);
    return std::move(*exam);
}

PracticeSession startStudy(SessionFixture& f, const BankPtr& bank, std::uint64_t seed)
{
    auto study = PracticeSession::start(bank, 1, plan(*bank, StudyMode::Study, seed), f.services());
    REQUIRE(study);
    return std::move(*study);
}

/// What a candidate sees of a question (an instance differs from another in these).
std::string shown(const Question& q)
{
    std::string out = std::string{toString(q.type)} + "|" + q.stem + "|" + (q.exhibit ? q.exhibit->text : "");
    for (const auto& c : q.choices)
        out += "|" + c.id + "=" + c.text + (c.correct ? "*" : "");
    return out;
}

} // namespace

TEST_CASE("an instance seed depends on the session seed and the entry only, and stays below 2^53", "[session][generator]")
{
    CHECK(instanceSeed(7, "g-subnet") == instanceSeed(7, "g-subnet"));
    CHECK(instanceSeed(7, "g-subnet") != instanceSeed(8, "g-subnet"));
    CHECK(instanceSeed(7, "g-subnet") != instanceSeed(7, "g-route"));
    std::set<std::uint64_t> seen;
    for (std::uint64_t s = 0; s < 1000; ++s) {
        const auto seed = instanceSeed(s, "g-subnet");
        CHECK(seed < (std::uint64_t{1} << 53U));
        seen.insert(seed);
    }
    CHECK(seen.size() == 1000);
}

TEST_CASE("an exam shows each generator entry as the question its seed gives, the same for the same exam seed",
          "[session][generator]")
{
    const auto bank = generatedBank();
    SessionFixture alice;
    SessionFixture bob;
    SessionFixture carol;
    const auto a = startExam(alice, bank, 7);
    const auto b = startExam(bob, bank, 7);
    const auto c = startExam(carol, bank, 8);
    REQUIRE(a.total() == bank->questions.size());
    std::size_t generated = 0;
    std::size_t differing = 0;
    for (std::size_t i = 0; i < a.total(); ++i) {
        const Question& q = a.questionAt(i);
        INFO(q.id);
        CHECK(shown(q) == shown(b.questionAt(i)));
        CHECK(a.layoutOf(q) == b.layoutOf(b.questionAt(i)));
        if (!isEntry(*bank, q.id)) {
            CHECK_FALSE(a.instanceSeedOf(q.id));
            continue;
        }
        ++generated;
        CHECK(q.type != QuestionType::Generator);
        CHECK_FALSE(q.stem.empty());
        CHECK_FALSE(q.explanation.empty());
        CHECK(q.contentHash == bank->findQuestion(q.id)->contentHash);
        REQUIRE(a.instanceSeedOf(q.id) == instanceSeed(7, q.id));
        CHECK(shown(*generatedQuestion(*bank->findQuestion(q.id), instanceSeed(7, q.id))) == shown(q));
        const auto layout = a.layoutOf(q).order;
        CHECK(std::set<std::string>(layout.begin(), layout.end()).size() == q.choices.size());
        for (std::size_t j = 0; j < c.total(); ++j)
            if (c.questionAt(j).id == q.id && shown(c.questionAt(j)) != shown(q))
                ++differing;
    }
    CHECK(generated == 3);
    CHECK(differing >= 1); // another exam seed, other generated questions
}

TEST_CASE("an exam scores generated questions as shown and logs each with its seed at submission",
          "[session][generator]")
{
    const auto bank = generatedBank();
    SessionFixture f;
    auto exam = startExam(f, bank, 11);
    std::map<std::string, std::string> seen;
    std::string missed;
    for (std::size_t i = 0; i < exam.total(); ++i) {
        REQUIRE(exam.goTo(i));
        const Question& q = exam.current();
        seen[q.id] = shown(q);
        const bool miss = q.id == "g-subnet"; // one generated question answered wrong
        if (miss)
            missed = q.stem;
        REQUIRE(exam.answer(miss ? wrongAnswer(q) : rightAnswer(q)));
        CHECK(exam.answerAt(i).instanceSeed == exam.instanceSeedOf(q.id));
    }
    const auto outcome = exam.submit();
    REQUIRE(outcome);
    CHECK(outcome->report.correct == exam.total() - 1);
    REQUIRE(outcome->report.missed.size() == 1);
    CHECK(outcome->report.missed[0].questionId == "g-subnet");
    CHECK(outcome->report.missed[0].stem == missed);
    REQUIRE(f.log.size() == exam.total());
    for (const auto& r : f.log) {
        INFO(r.questionId);
        CHECK(r.instanceSeed.has_value() == isEntry(*bank, r.questionId));
        if (r.instanceSeed) { // the stored seed shows the very question again
            CHECK(shown(*generatedQuestion(*bank->findQuestion(r.questionId), *r.instanceSeed)) == seen[r.questionId]);
            CHECK(f.states.contains(r.questionId)); // memory per entry (a skill), not per instance
        }
    }
}

TEST_CASE("a resumed exam shows the same generated questions", "[session][generator]")
{
    const auto bank = generatedBank();
    SessionFixture f;
    auto exam = startExam(f, bank, 5);
    std::vector<std::string> before;
    for (std::size_t i = 0; i < exam.total(); ++i)
        before.push_back(shown(exam.questionAt(i)));
    REQUIRE(exam.answer(rightAnswer(exam.current())));
    auto resumed = ExamSession::resume(bank, f.store.sessions.at(exam.record().id), f.services());
    REQUIRE(resumed);
    for (std::size_t i = 0; i < resumed->total(); ++i)
        CHECK(shown(resumed->questionAt(i)) == before[i]);
    CHECK(resumed->answerAt(0).response == exam.answerAt(0).response);
}

TEST_CASE("study shows generated questions, gives their worked feedback and logs the entry with the seed",
          "[session][generator]")
{
    const auto bank = generatedBank();
    SessionFixture f;
    auto study = startStudy(f, bank, 3);
    std::map<std::string, std::string> seen;
    while (!study.done()) {
        const Question& q = study.current();
        seen[q.id] = shown(q);
        if (isEntry(*bank, q.id)) { // closing and coming back shows the same question
            auto again = PracticeSession::resume(bank, f.store.sessions.at(study.record().id), f.services());
            REQUIRE(again);
            CHECK(shown(again->current()) == shown(q));
        }
        const auto outcome = study.answer(rightAnswer(q), Confidence::Normal);
        REQUIRE(outcome);
        CHECK(outcome->correct);
        REQUIRE(outcome->feedback);
        CHECK(outcome->feedback->explanation == q.explanation);
    }
    REQUIRE(f.log.size() == bank->questions.size());
    std::size_t generated = 0;
    for (const auto& r : f.log) {
        if (!r.instanceSeed)
            continue;
        ++generated;
        CHECK(r.instanceSeed == instanceSeed(3, r.questionId));
        CHECK(shown(*generatedQuestion(*bank->findQuestion(r.questionId), *r.instanceSeed)) == seen[r.questionId]);
    }
    CHECK(generated == 3);
    const auto& record = f.store.sessions.at(study.record().id);
    for (const auto& a : record.answers)
        CHECK(a.instanceSeed.has_value() == isEntry(*bank, a.questionId));
}

TEST_CASE("a seed saved with an answer wins over the one the session seed gives", "[session][generator]")
{
    const auto bank = generatedBank();
    SessionRecord record;
    record.seed = 1;
    record.questionOrder = {"f-0001", "g-subnet"};
    record.answers.push_back({"g-subnet", std::nullopt, false, 0, 424242});
    const SessionQuestions questions{*bank, record};
    REQUIRE(questions.find("g-subnet"));
    CHECK(questions.seedOf("g-subnet") == 424242U);
    CHECK(shown(*questions.find("g-subnet")) == shown(*generatedQuestion(*bank->findQuestion("g-subnet"), 424242)));
    CHECK(questions.find("f-0001") == bank->findQuestion("f-0001"));
    CHECK_FALSE(questions.seedOf("f-0001"));
    CHECK_FALSE(questions.find("no-such-question"));
}

TEST_CASE("the exam draw treats a generator entry as one question of its objective", "[session][generator]")
{
    const auto bank = generatedBank();
    std::map<std::string, std::size_t> drawn;
    for (std::uint64_t seed = 0; seed < 60; ++seed) {
        SessionRequest request;
        request.mode = StudyMode::Exam;
        request.seed = seed;
        request.count = 4; // two per domain
        const auto planned = planSession(*bank, request);
        REQUIRE(planned);
        std::map<std::string, std::size_t> perDomain;
        for (const auto& id : planned->questions) {
            ++perDomain[bank->findQuestion(id)->domain];
            ++drawn[id];
        }
        CHECK(perDomain == std::map<std::string, std::size_t>{{"1.0", 2}, {"2.0", 2}});
    }
    for (const auto& q : bank->questions) {
        INFO(q.id);
        CHECK(drawn[q.id] > 0); // generator entries are drawn like the written questions
    }
}
