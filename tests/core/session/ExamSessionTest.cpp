#include "SessionFixture.h"
#include "core/session/ExamSession.h"

#include <catch2/catch.hpp>

using namespace certdrill::core;
using namespace std::chrono_literals;
using certdrill::test::miniBank;
using certdrill::test::rightAnswer;
using certdrill::test::SessionFixture;
using certdrill::test::wrongAnswer;
using nlohmann::json;

namespace {

constexpr std::int64_t kMinute = 60'000;

/// Every mini question, the scenario's two in the middle: m-0003 | m-0001 m-0002 | m-0004 m-0005 m-0006.
SessionPlan handPlan(const Bank& bank, Navigation navigation, bool practice = false)
{
    SessionPlan plan;
    plan.mode = StudyMode::Exam;
    plan.seed = 1;
    plan.questions = {"m-0003", "m-0001", "m-0002", "m-0004", "m-0005", "m-0006"};
    plan.layout = shuffleLayout(bank, plan.questions, plan.seed);
    plan.settings.timeLimitMs = 30 * kMinute;
    plan.settings.navigation = navigation;
    plan.settings.practice = practice;
    return plan;
}

ExamSession startExam(SessionFixture& f, const BankPtr& bank, Navigation navigation = Navigation::Free,
                      bool practice = false)
{
    auto exam = ExamSession::start(bank, 1, handPlan(*bank, navigation, practice), f.services());
    REQUIRE(exam);
    return std::move(*exam);
}

const SessionRecord& stored(SessionFixture& f, const ExamSession& exam) { return f.store.sessions.at(exam.record().id); }

std::optional<std::string> storedResponse(SessionFixture& f, const ExamSession& exam, const std::string& question)
{
    for (const auto& a : stored(f, exam).answers)
        if (a.questionId == question)
            return a.response;
    return std::nullopt;
}

} // namespace

TEST_CASE("exam answers are saved at once and logged once, at submission, with the final answer", "[session][exam]")
{
    SessionFixture f;
    auto exam = startExam(f, miniBank());
    CHECK(exam.current().id == "m-0003");
    f.wait(40s);
    REQUIRE(exam.answer(29));
    CHECK(storedResponse(f, exam, "m-0003") == "29.0");
    f.wait(20s);
    REQUIRE(exam.answer(30)); // changed before submission
    CHECK(storedResponse(f, exam, "m-0003") == "30.0");
    CHECK(f.log.empty());
    CHECK(exam.answer("thirty").error().code == "bad-answer");
    CHECK(storedResponse(f, exam, "m-0003") == "30.0");

    REQUIRE(exam.next());
    CHECK(stored(f, exam).position == 1);
    REQUIRE(exam.answer("b"));
    REQUIRE(exam.setFlag(true));
    f.wait(10s);
    const auto outcome = exam.submit();
    REQUIRE(outcome);
    REQUIRE(f.log.size() == 2); // one review per answered question, whatever the changes
    CHECK(f.log[0].questionId == "m-0003");
    CHECK(f.log[0].response == "30.0");
    CHECK(f.log[0].correct);
    CHECK(f.log[0].timeMs == 60'000);
    CHECK(f.log[0].mode == StudyMode::Exam);
    CHECK(f.log[0].sessionId == exam.record().id);
    CHECK(f.log[1].questionId == "m-0001");
    CHECK_FALSE(f.log[1].correct);
    CHECK(f.log[1].rating == 1);
    CHECK(f.states.count("m-0003") == 1);
    CHECK(outcome->reviewUids.size() == 2);

    const auto& report = outcome->report;
    CHECK(report.questionCount == 6);
    CHECK(report.answered == 2);
    CHECK(report.correct == 1);
    CHECK(report.flagged == 1);
    CHECK(report.questions[0].timeMs == 60'000);
    CHECK(report.questions[1].timeMs == 10'000);
    CHECK(report.facts.elapsedMs == 70'000);
    CHECK_FALSE(report.facts.timedOut);
    CHECK(stored(f, exam).status == SessionStatus::Finished);
    CHECK(json::parse(stored(f, exam).result)["score"]["scaled"]["estimate"] == true);
    CHECK(exam.answer("a").error().code == "session-closed");
    CHECK(exam.submit().error().code == "session-closed");
}

TEST_CASE("a free exam goes anywhere, flags, and has a review screen", "[session][exam]")
{
    SessionFixture f;
    auto exam = startExam(f, miniBank());
    REQUIRE(exam.goTo(5));
    CHECK(exam.current().id == "m-0006");
    REQUIRE(exam.answer(rightAnswer(exam.current())));
    REQUIRE(exam.previous());
    REQUIRE(exam.setFlag(true));
    REQUIRE(exam.goTo(0));
    REQUIRE(exam.answer(wrongAnswer(exam.current())));
    REQUIRE(exam.setFlag(true));
    REQUIRE(exam.setFlag(false));
    CHECK(exam.canGoBack() == false);
    CHECK(exam.previous().error().code == "at-start");
    CHECK(exam.goTo(6).error().code == "no-such-question");

    const auto screen = exam.reviewScreen();
    REQUIRE(screen);
    CHECK(screen->answered == 2);
    CHECK(screen->unanswered == 4);
    CHECK(screen->flagged == 1);
    REQUIRE(screen->entries.size() == 6);
    CHECK(screen->entries[4].flagged);
    CHECK_FALSE(screen->entries[4].answered);
    CHECK(screen->entries[5].answered);
    CHECK(screen->entries[0].current);
    CHECK(screen->entries[1].scenario == "s-1");

    REQUIRE(exam.goTo(5));
    REQUIRE(exam.clearAnswer());
    CHECK_FALSE(exam.answerAt(5).response);
    CHECK(exam.next().error().code == "at-end");
}

TEST_CASE("forward-only rules are enforced by the exam, not only by a screen", "[session][exam]")
{
    SessionFixture f;
    auto exam = startExam(f, miniBank(), Navigation::ForwardOnly);
    CHECK(exam.setFlag(true).error().code == "not-allowed");
    CHECK(exam.reviewScreen().error().code == "not-allowed");
    CHECK(exam.goTo(2).error().code == "not-allowed"); // no jumping ahead either
    CHECK(exam.nextLeavesUnanswered());
    REQUIRE(exam.answer(30));
    CHECK_FALSE(exam.nextLeavesUnanswered());
    REQUIRE(exam.next());
    CHECK(exam.position() == 1);
    CHECK(exam.previous().error().code == "not-allowed"); // the lone question before is gone
    CHECK_FALSE(exam.canGoBack());

    // Inside the scenario: free movement, and answers may change, until it is left.
    REQUIRE(exam.next());
    CHECK(exam.canGoBack());
    REQUIRE(exam.previous());
    REQUIRE(exam.answer("b"));
    REQUIRE(exam.goTo(2));
    REQUIRE(exam.goTo(1));
    REQUIRE(exam.answer("a"));
    REQUIRE(exam.goTo(2));
    CHECK(exam.nextLeavesUnanswered()); // m-0002 still unanswered
    REQUIRE(exam.next());
    CHECK(exam.position() == 3);
    CHECK(exam.goTo(1).error().code == "not-allowed");
    CHECK(exam.goTo(2).error().code == "not-allowed");
    CHECK(exam.previous().error().code == "not-allowed");
    CHECK(exam.goTo(5).error().code == "not-allowed");
    CHECK(stored(f, exam).position == 3);

    const auto outcome = exam.submit();
    REQUIRE(outcome);
    CHECK(outcome->report.answered == 2);
    CHECK(outcome->report.correct == 2); // m-0003 = 30, m-0001 changed to "a" inside the scenario
}

TEST_CASE("the timer warns at 10 and 5 minutes and submits the exam as it stands at zero", "[session][exam][timer]")
{
    SessionFixture f;
    auto exam = startExam(f, miniBank());
    REQUIRE(exam.answer(30));
    f.wait(19min);
    CHECK(exam.poll().empty());
    f.wait(1min);
    CHECK(exam.poll() == std::vector<TimerEvent>{TimerEvent::TenMinutesLeft});
    CHECK(exam.timer().remainingMs == 10 * kMinute);
    f.wait(5min);
    CHECK(exam.poll() == std::vector<TimerEvent>{TimerEvent::FiveMinutesLeft});
    CHECK_FALSE(exam.closed());
    f.wait(5min);
    CHECK(exam.poll() == std::vector<TimerEvent>{TimerEvent::TimeUp});
    REQUIRE(exam.closed());
    const auto& report = *exam.report();
    CHECK(report.facts.timedOut);
    CHECK(report.facts.elapsedMs == 30 * kMinute);
    CHECK(report.answered == 1);
    CHECK(f.log.size() == 1);
    CHECK(stored(f, exam).status == SessionStatus::Finished);
    CHECK(exam.poll().empty());
}

TEST_CASE("a step after the time ran out submits the exam and says so", "[session][exam][timer]")
{
    SessionFixture f;
    auto exam = startExam(f, miniBank());
    REQUIRE(exam.answer(30));
    f.wait(31min);
    const auto late = exam.answer(29);
    REQUIRE_FALSE(late);
    CHECK(late.error().code == "time-up");
    REQUIRE(exam.closed());
    CHECK(exam.report()->facts.timedOut);
    CHECK(f.log.at(0).response == "30.0"); // the late change did not count
}

TEST_CASE("a resumed exam continues where it was, looking the same, with the time it had left", "[session][exam][timer]")
{
    SessionFixture f;
    const auto bank = miniBank();
    SessionRequest request;
    request.mode = StudyMode::Exam;
    request.seed = 5;
    auto plan = planSession(*bank, request);
    REQUIRE(plan);
    CHECK(plan->settings.timeLimitMs == 10 * kMinute);
    auto exam = ExamSession::start(bank, 1, *plan, f.services());
    REQUIRE(exam);
    f.wait(3min);
    const auto first = exam->current().id;
    REQUIRE(exam->answer(rightAnswer(exam->current())));
    REQUIRE(exam->next());
    f.wait(1min);
    REQUIRE(exam->setFlag(true));
    const auto layout = exam->layoutOf(exam->current());
    const auto id = exam->record().id;

    f.wait(60min); // the program was closed for an hour: that time does not count
    auto resumed = ExamSession::resume(bank, f.store.sessions.at(id), f.services());
    REQUIRE(resumed);
    CHECK(resumed->position() == 1);
    CHECK(resumed->timer().remainingMs == 6 * kMinute);
    CHECK(resumed->answerAt(0).questionId == first);
    CHECK(resumed->answerAt(0).response);
    CHECK(resumed->answerAt(0).timeMs == 3 * kMinute);
    CHECK(resumed->answerAt(1).flagged);
    CHECK(resumed->layoutOf(resumed->current()) == layout);
    CHECK(resumed->record().questionOrder == plan->questions);
    CHECK(f.store.sessions.at(id).timer.resumes == 1);
    CHECK(resumed->poll().empty()); // 6 minutes left: the 10-minute warning is not repeated
    f.wait(1min);
    CHECK(resumed->poll() == std::vector<TimerEvent>{TimerEvent::FiveMinutesLeft});
    f.wait(5min);
    CHECK(resumed->poll() == std::vector<TimerEvent>{TimerEvent::TimeUp});
    REQUIRE(resumed->closed());
    CHECK(resumed->report()->facts.resumes == 1);
    CHECK(resumed->report()->facts.elapsedMs == 10 * kMinute);
    CHECK_FALSE(ExamSession::resume(bank, f.store.sessions.at(id), f.services()));
}

TEST_CASE("an exam whose questions left the bank cannot be resumed", "[session][exam]")
{
    SessionFixture f;
    const auto bank = miniBank();
    auto exam = startExam(f, bank);
    const auto changed = miniBank([](Bank& b) { b.questions.erase(b.questions.begin()); });
    const auto resumed = ExamSession::resume(changed, f.store.sessions.at(exam.record().id), f.services());
    REQUIRE_FALSE(resumed);
    CHECK(resumed.error().code == "bank-changed");
    CHECK_THAT(resumed.error().message, Catch::Contains("m-0001"));
}

TEST_CASE("a new exam abandons the unfinished one, which keeps its answers but cannot be resumed", "[session][exam]")
{
    SessionFixture f;
    const auto bank = miniBank();
    auto old = startExam(f, bank);
    REQUIRE(old.answer(rightAnswer(old.current())));
    auto fresh = startExam(f, bank);

    const auto& abandoned = stored(f, old);
    CHECK(abandoned.status == SessionStatus::Abandoned);
    CHECK(storedResponse(f, old, "m-0003"));
    CHECK((*f.store.findOpen(1, bank->id, StudyMode::Exam))->id == fresh.record().id);
    const auto resumed = ExamSession::resume(bank, abandoned, f.services());
    REQUIRE_FALSE(resumed);
    CHECK(resumed.error().message == "the session was abandoned");
    CHECK_FALSE(old.next()); // the old exam's next step is refused by the store
    CHECK(f.log.empty());    // nothing of an abandoned exam is scored or logged
    CHECK(stored(f, fresh).status == SessionStatus::InProgress);
}

TEST_CASE("only a practice exam may be paused, and the report says it was", "[session][exam][timer]")
{
    SessionFixture f;
    auto strict = startExam(f, miniBank());
    CHECK(strict.pause().error().code == "pause-not-allowed");

    auto practice = startExam(f, miniBank(), Navigation::Free, true);
    f.wait(2min);
    REQUIRE(practice.pause());
    CHECK(practice.pause().error().code == "paused");
    f.wait(10min);
    CHECK(practice.timer().paused);
    CHECK(practice.timer().remainingMs == 28 * kMinute);
    CHECK(practice.answer(30).error().code == "paused");
    CHECK(practice.next().error().code == "paused");
    REQUIRE(practice.unpause());
    CHECK(practice.unpause().error().code == "not-paused");
    f.wait(1min);
    REQUIRE(practice.answer(30));
    const auto outcome = practice.submit();
    REQUIRE(outcome);
    CHECK(outcome->report.facts.practice);
    CHECK(outcome->report.facts.pauses == 1);
    CHECK(outcome->report.facts.pausedMs == 10 * kMinute);
    CHECK(outcome->report.facts.elapsedMs == 3 * kMinute);
    CHECK(outcome->report.questions[0].timeMs == 3 * kMinute);
}
