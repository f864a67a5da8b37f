#include "SessionFixture.h"
#include "core/session/PracticeSession.h"

#include <catch2/catch.hpp>

using namespace certdrill::core;
using namespace std::chrono_literals;
using certdrill::test::miniBank;
using certdrill::test::rightAnswer;
using certdrill::test::SessionFixture;
using certdrill::test::wrongAnswer;

namespace {

PracticeSession startPractice(SessionFixture& f, const BankPtr& bank, SessionRequest request)
{
    auto plan = planSession(*bank, request);
    REQUIRE(plan);
    auto session = PracticeSession::start(bank, 1, std::move(*plan), f.services());
    REQUIRE(session);
    return std::move(*session);
}

SessionRequest request(StudyMode mode, std::size_t count = 0, std::uint64_t seed = 3)
{
    SessionRequest r;
    r.mode = mode;
    r.count = count;
    r.seed = seed;
    return r;
}

} // namespace

TEST_CASE("study gives immediate feedback and logs each answer with its new memory state", "[session][practice]")
{
    SessionFixture f;
    auto study = startPractice(f, miniBank(), request(StudyMode::Study));
    CHECK(study.total() == 6);
    CHECK_FALSE(study.settings().timeLimitMs);
    while (!study.done() && study.current().type != QuestionType::Single)
        REQUIRE(study.skip());
    REQUIRE_FALSE(study.done());
    const Question& q = study.current();
    const auto shown = study.layoutOf(q).order;
    f.wait(12s);
    const auto outcome = study.answer(wrongAnswer(q), Confidence::Normal);
    REQUIRE(outcome);
    CHECK_FALSE(outcome->correct);
    REQUIRE(outcome->feedback);
    const auto& feedback = *outcome->feedback;
    CHECK(feedback.explanation == q.explanation);
    CHECK(feedback.correctAnswer == std::vector<std::string>{"TCP 443"});
    REQUIRE(feedback.choices.size() == q.choices.size());
    for (std::size_t i = 0; i < shown.size(); ++i) {
        CHECK(feedback.choices[i].id == shown[i]); // in the order the candidate saw them
        CHECK_FALSE(feedback.choices[i].why.empty());
    }
    REQUIRE(f.log.size() == 1);
    CHECK(f.log[0].mode == StudyMode::Study);
    CHECK(f.log[0].sessionId == study.record().id);
    CHECK(f.log[0].timeMs == 12'000);
    CHECK(f.states.at(q.id).reps == 1);
    CHECK(outcome->memory.reps == 1);
    CHECK(outcome->rating == Rating::Again);
}

TEST_CASE("a quick quiz has N questions in N minutes, no feedback until the end, and stops at zero", "[session][practice][timer]")
{
    SessionFixture f;
    auto quiz = startPractice(f, miniBank(), request(StudyMode::Quiz, 3));
    CHECK(quiz.total() == 3);
    CHECK(quiz.settings().timeLimitMs == 3 * 60'000);
    CHECK(quiz.canPause());
    const auto first = quiz.answer(rightAnswer(quiz.current()), Confidence::Sure);
    REQUIRE(first);
    CHECK(first->correct);
    CHECK_FALSE(first->feedback);
    CHECK(f.log.size() == 1); // logged at once
    CHECK(f.log[0].mode == StudyMode::Quiz);
    f.wait(3min);
    CHECK(quiz.poll() == std::vector<TimerEvent>{TimerEvent::TimeUp});
    REQUIRE(quiz.closed());
    const auto& report = *quiz.report();
    CHECK(report.questionCount == 3); // every question of a quiz counts
    CHECK(report.answered == 1);
    CHECK(report.correct == 1);
    CHECK(report.facts.timedOut);
    CHECK(report.missed.size() == 2);
    CHECK_FALSE(report.missed[0].feedback.answered);
    CHECK(quiz.answer(rightAnswer(*miniBank()->findQuestion("m-0001")), Confidence::Normal).error().code == "session-closed");
}

TEST_CASE("a quiz defaults to ten questions and the minutes can be changed or removed", "[session][practice]")
{
    auto options = request(StudyMode::Quiz);
    const auto bank = miniBank();
    const auto plan = planSession(*bank, options);
    REQUIRE(plan);
    CHECK(plan->questions.size() == 6); // the mini bank has only 6
    CHECK(plan->settings.timeLimitMs == 6 * 60'000);
    CHECK_THAT(plan->settings.warnings.at(0), Catch::Contains("instead of 10"));
    options.minutes = 0;
    CHECK_FALSE(planSession(*bank, options)->settings.timeLimitMs);
    options.minutes = 25;
    CHECK(planSession(*bank, options)->settings.timeLimitMs == 25 * 60'000);
}

TEST_CASE("finishing early reports the questions shown, with the skipped ones' time", "[session][practice]")
{
    SessionFixture f;
    auto drill = startPractice(f, miniBank(), request(StudyMode::Drill));
    f.wait(5s);
    REQUIRE(drill.skip());
    f.wait(7s);
    REQUIRE(drill.answer(rightAnswer(drill.current()), Confidence::Guessed));
    CHECK(f.log.back().guessed);
    CHECK(f.log.back().rating == 2);
    const auto finished = drill.finish();
    REQUIRE(finished);
    CHECK(finished->report.questionCount == 2);
    CHECK(finished->report.answered == 1);
    CHECK(finished->report.questions[0].timeMs == 5'000);
    CHECK_FALSE(finished->report.questions[0].answered);
    CHECK(finished->report.questions[1].timeMs == 7'000);
    CHECK(f.store.sessions.at(drill.record().id).status == SessionStatus::Finished);
}

TEST_CASE("a resumed practice session counts the resumption and goes on where it was", "[session][practice]")
{
    SessionFixture f;
    const auto bank = miniBank();
    auto study = startPractice(f, bank, request(StudyMode::Study));
    REQUIRE(study.answer(rightAnswer(study.current()), Confidence::Normal));
    const auto next = study.current().id;
    auto resumed = PracticeSession::resume(bank, f.store.sessions.at(study.record().id), f.services());
    REQUIRE(resumed);
    CHECK(resumed->current().id == next);
    CHECK(resumed->position() == 1);
    CHECK(resumed->record().timer.resumes == 1);
    CHECK(resumed->pause().error().code == "pause-not-allowed"); // untimed
}
