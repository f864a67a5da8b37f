#include "TestApp.h"

#include "app/dashboard/DashboardModel.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>

using namespace certdrill;
using test::column;
using test::roleValue;

namespace {

/// Waits for the model's background read to finish.
void waitLoaded(app::DashboardModel& model, QSignalSpy& loaded)
{
    if (model.busy())
        REQUIRE(loaded.wait(10000));
    REQUIRE_FALSE(model.busy());
}

} // namespace

TEST_CASE("the dashboard shows one row per bank and the last exam after one is taken")
{
    auto& app = test::testApp();
    app::DashboardModel dashboard;
    const test::ModelCheck check{&dashboard};
    QSignalSpy loaded{&dashboard, &app::DashboardModel::loaded};
    QSignalSpy reset{&dashboard, &QAbstractItemModel::modelReset};
    dashboard.setContext(&app);
    waitLoaded(dashboard, loaded);
    CHECK(dashboard.error().isEmpty());
    CHECK(reset.count() >= 1);
    REQUIRE(dashboard.rowCount() == 3);
    CHECK(dashboard.firstRun());
    const int image = static_cast<int>(column(dashboard, "bankId").indexOf("test-image"));
    REQUIRE(image >= 0);
    CHECK(roleValue(dashboard, image, "title").toString() == "Tiny Bank With an Image");
    CHECK(roleValue(dashboard, image, "questionCount").toInt() == 4);
    CHECK_FALSE(roleValue(dashboard, image, "hasLastExam").toBool());
    CHECK(roleValue(dashboard, image, "answerCount").toInt() == 0);

    test::takeImageBankExam({{"f-0001", "a"}, {"f-0002", "b"}, {"f-0003", "a"}, {"f-0004", "b"}});
    // The exam's draw lets events run, so a refresh that began before the exam may report first:
    // wait for the one that follows the submission.
    const auto row = [&] { return static_cast<int>(column(dashboard, "bankId").indexOf("test-image")); };
    REQUIRE(QTest::qWaitFor(
        [&] { return !dashboard.busy() && row() >= 0 && roleValue(dashboard, row(), "hasLastExam").toBool(); }, 10000));
    REQUIRE(dashboard.rowCount() == 3);
    CHECK_FALSE(dashboard.firstRun());
    CHECK(roleValue(dashboard, row(), "lastExamScore").toInt() == 1000);
    CHECK(roleValue(dashboard, row(), "lastExamPassed").toBool());
    CHECK(roleValue(dashboard, row(), "answerCount").toInt() == 4);
    CHECK(check.problems().isEmpty());
}
