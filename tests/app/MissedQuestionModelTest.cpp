#include "TestApp.h"

#include "app/results/ResultsController.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace certdrill;
using test::column;
using test::roleValue;

TEST_CASE("the missed questions carry the answer given, the right one and every option's explanation")
{
    test::testApp();
    app::ResultsController results;
    auto* missed = results.missed();
    const test::ModelCheck check{missed};
    QSignalSpy reset{missed, &QAbstractItemModel::modelReset};

    // f-0001 right, f-0002 wrong (c instead of b), f-0003 and f-0004 not answered.
    const auto session = test::takeImageBankExam({{"f-0001", "a"}, {"f-0002", "c"}});
    REQUIRE(results.load(session));
    CHECK(reset.count() == 1);
    REQUIRE(missed->rowCount() == 3);
    auto ids = column(*missed, "questionId");
    CHECK_FALSE(ids.contains("f-0001"));
    const int wrong = static_cast<int>(ids.indexOf("f-0002"));
    REQUIRE(wrong >= 0);
    CHECK(roleValue(*missed, wrong, "answered").toBool());
    CHECK(roleValue(*missed, wrong, "credit").toDouble() == Approx(0.0));
    CHECK(roleValue(*missed, wrong, "domain").toString() == "Network Access");
    CHECK(roleValue(*missed, wrong, "response").toString() == "c");
    CHECK(roleValue(*missed, wrong, "stemHtml").toString().contains("carries several VLANs"));
    CHECK(roleValue(*missed, wrong, "explanationHtml").toString().contains("802.1Q"));
    CHECK(roleValue(*missed, wrong, "question").toMap().value("id").toString() == "f-0002");
    const auto choices = roleValue(*missed, wrong, "choices").toList();
    REQUIRE(choices.size() == 3);
    int chosen = 0;
    int correct = 0;
    for (const auto& c : choices) {
        const auto map = c.toMap();
        chosen += map.value("chosen").toBool() ? 1 : 0;
        correct += map.value("correct").toBool() ? 1 : 0;
        CHECK_FALSE(map.value("whyHtml").toString().isEmpty());
    }
    CHECK(chosen == 1);
    CHECK(correct == 1);
    const int skipped = static_cast<int>(ids.indexOf("f-0004"));
    REQUIRE(skipped >= 0);
    CHECK_FALSE(roleValue(*missed, skipped, "answered").toBool());
    CHECK(results.missedIds().size() == 3);
    CHECK(check.problems().isEmpty());
}
