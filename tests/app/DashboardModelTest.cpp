#include "TestApp.h"

#include "app/dashboard/DashboardModel.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

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

    loaded.clear();
    test::takeImageBankExam({{"f-0001", "a"}, {"f-0002", "b"}, {"f-0003", "a"}, {"f-0004", "b"}});
    waitLoaded(dashboard, loaded);
    REQUIRE(dashboard.rowCount() == 3);
    const int row = static_cast<int>(column(dashboard, "bankId").indexOf("test-image"));
    CHECK_FALSE(dashboard.firstRun());
    CHECK(roleValue(dashboard, row, "hasLastExam").toBool());
    CHECK(roleValue(dashboard, row, "lastExamScore").toInt() == 1000);
    CHECK(roleValue(dashboard, row, "lastExamPassed").toBool());
    CHECK(roleValue(dashboard, row, "answerCount").toInt() == 4);
    CHECK(check.problems().isEmpty());
}
