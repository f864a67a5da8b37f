#include "TestApp.h"

#include "app/results/ResultsController.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace certdrill;
using test::column;
using test::roleValue;

TEST_CASE("the results list every question in the order shown with its domain, outcome and time")
{
    test::testApp();
    app::ResultsController results;
    auto* questions = results.questions();
    const test::ModelCheck check{questions};
    QSignalSpy reset{questions, &QAbstractItemModel::modelReset};

    const auto session = test::takeImageBankExam({{"f-0001", "a"}, {"f-0002", "c"}}, 40);
    REQUIRE(results.load(session));
    CHECK(reset.count() == 1);
    REQUIRE(questions->rowCount() == 4);
    CHECK(column(*questions, "number") == QStringList{"1", "2", "3", "4"});
    auto ids = column(*questions, "questionId");
    std::sort(ids.begin(), ids.end());
    CHECK(ids == QStringList{"f-0001", "f-0002", "f-0003", "f-0004"});
    for (int row = 0; row < questions->rowCount(); ++row) {
        const auto id = roleValue(*questions, row, "questionId").toString();
        INFO("question " << id.toStdString());
        const bool inDomain1 = id == "f-0001" || id == "f-0002";
        CHECK(roleValue(*questions, row, "domain").toString() == (inDomain1 ? "Network Access" : "IP Connectivity"));
        CHECK(roleValue(*questions, row, "answered").toBool() == inDomain1);
        CHECK(roleValue(*questions, row, "correct").toBool() == (id == "f-0001"));
        CHECK(roleValue(*questions, row, "flagged").toBool() == false);
        CHECK(roleValue(*questions, row, "timeMs").toLongLong() >= 40000);
    }

    results.load(-1);
    CHECK(questions->rowCount() == 0);
    CHECK(check.problems().isEmpty());
}
