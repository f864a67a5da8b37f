#include "TestApp.h"

#include "app/results/ResultsController.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace certdrill;
using test::column;
using test::roleValue;

TEST_CASE("the results per domain and objective show each area's questions and credit")
{
    test::testApp();
    app::ResultsController results;
    auto* domains = results.domains();
    const test::ModelCheck domainCheck{domains};
    QSignalSpy reset{domains, &QAbstractItemModel::modelReset};
    CHECK(domains->rowCount() == 0);

    // Domain 1.0 holds f-0001 and f-0002 (both right), 2.0 holds f-0003 (right) and f-0004 (left).
    const auto first = test::takeImageBankExam({{"f-0001", "a"}, {"f-0002", "b"}, {"f-0003", "a"}});
    REQUIRE(results.load(first));
    CHECK(reset.count() == 1);
    REQUIRE(domains->rowCount() == 2);
    CHECK(column(*domains, "areaId") == QStringList{"1.0", "2.0"});
    CHECK(column(*domains, "name") == QStringList{"Network Access", "IP Connectivity"});
    CHECK(column(*domains, "questions") == QStringList{"2", "2"});
    CHECK(column(*domains, "answered") == QStringList{"2", "1"});
    CHECK(roleValue(*domains, 0, "percent").toDouble() == Approx(100.0));
    CHECK(roleValue(*domains, 1, "percent").toDouble() == Approx(50.0));
    CHECK(roleValue(*domains, 0, "weight").toDouble() == Approx(0.5));
    CHECK(results.objectives()->rowCount() == 2);
    CHECK(column(*results.objectives(), "areaId") == QStringList{"1.1", "2.1"});

    // Another session replaces the rows with a reset.
    const auto second = test::takeImageBankExam({{"f-0001", "c"}});
    REQUIRE(results.load(second));
    CHECK(reset.count() == 2);
    CHECK(column(*domains, "answered") == QStringList{"1", "0"});
    CHECK(roleValue(*domains, 0, "percent").toDouble() == Approx(0.0));
    CHECK(domainCheck.problems().isEmpty());
}
