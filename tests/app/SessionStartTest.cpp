#include "TestApp.h"

#include "app/exam/ExamController.h"
#include "app/practice/PracticeController.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>

using namespace certdrill;

namespace {

bool waitUntil(const std::function<bool()>& done) { return QTest::qWaitFor(done, 10000); }

} // namespace

TEST_CASE("a new exam is drawn off the GUI thread: start returns at once and the exam follows")
{
    test::testApp();
    app::ExamController exam;
    QSignalSpy starting{&exam, &app::ExamController::startingChanged};
    QSignalSpy state{&exam, &app::ExamController::stateChanged};
    REQUIRE(exam.start(QStringLiteral("test-image"), {{"seed", 11}, {"count", 4}}));
    // Nothing is drawn yet: the plan is being made on a worker.
    CHECK(exam.starting());
    CHECK_FALSE(exam.active());
    CHECK(exam.total() == 0);
    CHECK(starting.count() == 1);

    REQUIRE(waitUntil([&] { return exam.active(); }));
    CHECK_FALSE(exam.starting());
    CHECK(starting.count() == 2);
    CHECK(exam.total() == 4);
    CHECK(exam.error().isEmpty());
    CHECK(exam.hasUnfinished(QStringLiteral("test-image")));
}

TEST_CASE("leaving while an exam is being drawn drops the draw and stores nothing")
{
    test::testApp();
    app::ExamController exam;
    REQUIRE(exam.start(QStringLiteral("test-image"), {{"seed", 12}, {"count", 4}}));
    REQUIRE(exam.starting());
    exam.leave();
    CHECK_FALSE(exam.starting());
    QTest::qWait(300); // the worker finishes; its plan must be dropped
    CHECK_FALSE(exam.active());
    CHECK_FALSE(exam.hasUnfinished(QStringLiteral("test-image")));
}

TEST_CASE("a second start while the first is being drawn replaces it")
{
    test::testApp();
    app::ExamController exam;
    REQUIRE(exam.start(QStringLiteral("test-image"), {{"seed", 13}, {"count", 2}}));
    REQUIRE(exam.start(QStringLiteral("test-image"), {{"seed", 14}, {"count", 4}}));
    REQUIRE(waitUntil([&] { return exam.active(); }));
    QTest::qWait(200);
    CHECK(exam.total() == 4);
}

TEST_CASE("an exam in a bank that is not installed fails at once with a message")
{
    test::testApp();
    app::ExamController exam;
    CHECK_FALSE(exam.start(QStringLiteral("no-such-bank"), {}));
    CHECK_FALSE(exam.starting());
    CHECK_FALSE(exam.error().isEmpty());
}

TEST_CASE("a practice session is planned off the GUI thread and then shows its first question")
{
    auto& app = test::testApp();
    app::PracticeController practice;
    practice.setApp(&app);
    REQUIRE(practice.start(QStringLiteral("test-mini"), QStringLiteral("study"), {{"count", 3}}));
    CHECK(practice.starting());
    CHECK_FALSE(practice.running());
    REQUIRE(waitUntil([&] { return practice.running(); }));
    CHECK_FALSE(practice.starting());
    CHECK(practice.total() == 3);
    CHECK_FALSE(practice.question().value(QStringLiteral("id")).toString().isEmpty());
}

TEST_CASE("a practice plan that finds nothing to ask reports it after the worker is done")
{
    auto& app = test::testApp();
    app::PracticeController practice;
    practice.setApp(&app);
    const QVariantMap filter{{"tags", QStringList{"no-question-has-this-tag"}}};
    REQUIRE(practice.start(QStringLiteral("test-mini"), QStringLiteral("drill"), {{"filter", filter}}));
    REQUIRE(waitUntil([&] { return !practice.starting(); }));
    CHECK_FALSE(practice.running());
    CHECK_FALSE(practice.error().isEmpty());
}
