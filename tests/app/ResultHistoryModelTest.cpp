#include "TestApp.h"

#include "app/results/ResultHistoryModel.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace certdrill;
using test::column;
using test::roleValue;

TEST_CASE("the result history lists the profile's finished exams newest first with the change")
{
    test::testApp();
    app::ResultHistoryModel history;
    const test::ModelCheck check{&history};
    QSignalSpy reset{&history, &QAbstractItemModel::modelReset};
    history.setBankId(QStringLiteral("test-image"));
    CHECK(reset.count() == 1);
    CHECK(history.rowCount() == 0);

    // Submitting an exam says the study changed: the history reloads by itself.
    const auto weak = test::takeImageBankExam({{"f-0001", "a"}});
    CHECK(reset.count() == 2);
    REQUIRE(history.rowCount() == 1);
    CHECK(history.latestSessionId() == weak);
    CHECK_FALSE(roleValue(history, 0, "change").isValid()); // nothing before it

    const auto strong = test::takeImageBankExam({{"f-0001", "a"}, {"f-0002", "b"}, {"f-0003", "a"}, {"f-0004", "b"}});
    REQUIRE(history.rowCount() == 2);
    CHECK(column(history, "sessionId") == QStringList{QString::number(strong), QString::number(weak)});
    CHECK(roleValue(history, 0, "percent").toDouble() == Approx(100.0));
    CHECK(roleValue(history, 1, "percent").toDouble() == Approx(25.0));
    CHECK(roleValue(history, 0, "change").toDouble() == Approx(75.0));
    CHECK(roleValue(history, 0, "passed").toBool());
    CHECK_FALSE(roleValue(history, 1, "passed").toBool());
    CHECK(roleValue(history, 0, "examCode").toString() == "IMG-001");
    CHECK(roleValue(history, 0, "questionCount").toInt() == 4);
    CHECK(roleValue(history, 0, "correct").toInt() == 4);
    CHECK(roleValue(history, 0, "passingScore").toInt() == 825);
    CHECK(roleValue(history, 0, "scaleHighest").toInt() == 1000);

    // Another profile has no exams of its own.
    test::testApp();
    CHECK(history.rowCount() == 0);
    CHECK(check.problems().isEmpty());
}
