#include "TestApp.h"

#include "app/question/ProblemReportController.h"
#include "app/settings/ProblemReportModel.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace certdrill;
using test::column;
using test::roleValue;

TEST_CASE("the problem reports of a bank are listed newest first and follow new reports")
{
    auto& app = test::testApp();
    app::ProblemReportModel reports;
    const test::ModelCheck check{&reports};
    QSignalSpy reset{&reports, &QAbstractItemModel::modelReset};
    QSignalSpy counted{&reports, &app::ProblemReportModel::countChanged};
    reports.setContext(&app);
    reports.setBankId(QStringLiteral("test-mini"));
    CHECK(reports.rowCount() == 0);

    app::ProblemReportController reporter;
    reporter.setApp(&app);
    REQUIRE(reporter.report("test-mini", "m-0001", "0123456789abcdef", "Two answers are right").isEmpty());
    test::testClock().advance(std::chrono::minutes{5});
    REQUIRE(reporter.report("test-mini", "m-0003", "fedcba9876543210", "The tolerance is too tight").isEmpty());
    reset.clear();
    app.notifyStudyChanged(); // what the report dialog does after reporting
    CHECK(reset.count() == 1);
    CHECK(counted.count() >= 1);
    REQUIRE(reports.rowCount() == 2);
    CHECK(column(reports, "questionId") == QStringList{"m-0003", "m-0001"});
    CHECK(column(reports, "note") == QStringList{"The tolerance is too tight", "Two answers are right"});
    CHECK(roleValue(reports, 1, "contentHash").toString() == "0123456789abcdef");
    CHECK(roleValue(reports, 0, "createdAt").toDateTime() > roleValue(reports, 1, "createdAt").toDateTime());

    reports.setBankId(QStringLiteral("test-image"));
    CHECK(reports.rowCount() == 0);
    CHECK(check.problems().isEmpty());
}
