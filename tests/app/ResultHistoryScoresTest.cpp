#include "TestApp.h"

#include "app/results/ResultHistoryModel.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QSignalSpy>

#include <chrono>

using namespace certdrill;
using test::roleValue;

TEST_CASE("the result history gives its chart each exam's score in time order and the passing score")
{
    test::testApp();
    app::ResultHistoryModel history;
    QSignalSpy changed{&history, &app::ResultHistoryModel::countChanged};
    history.setBankId(QStringLiteral("test-image"));
    CHECK(history.scores().isEmpty());
    CHECK(history.passingScore() == 0);
    CHECK(history.scaleLowest() == 0);
    CHECK(history.scaleHighest() == 0);

    test::takeImageBankExam({{"f-0001", "a"}});
    test::testClock().advance(std::chrono::hours{30});
    test::takeImageBankExam({{"f-0001", "a"}, {"f-0002", "b"}, {"f-0003", "a"}, {"f-0004", "b"}});
    CHECK(changed.count() >= 3); // the chart redraws when the list does

    const auto scores = history.scores();
    REQUIRE(scores.size() == 2);
    const auto older = scores.at(0).toMap();
    const auto newer = scores.at(1).toMap();
    CHECK(older.value("score").toInt() == roleValue(history, 1, "scaledScore").toInt());
    CHECK_FALSE(older.value("passed").toBool());
    CHECK(newer.value("score").toInt() == 1000);
    CHECK(newer.value("passed").toBool());
    CHECK(older.value("at").toDateTime().secsTo(newer.value("at").toDateTime()) >= 30 * 3600);
    CHECK(history.passingScore() == 825);
    CHECK(history.scaleLowest() == 300);
    CHECK(history.scaleHighest() == 1000);
}
