#include "TestApp.h"

#include "app/ProfileListModel.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace certdrill;
using test::column;
using test::roleValue;

TEST_CASE("the profile list shows every profile with its answer count and grows with a new one")
{
    auto& app = test::testApp();
    auto* profiles = app.profiles();
    const test::ModelCheck check{profiles};
    QSignalSpy reset{profiles, &QAbstractItemModel::modelReset};
    const int before = profiles->rowCount();
    REQUIRE(column(*profiles, "name").contains(test::testProfile()));

    const auto name = test::testProfile();
    test::takeImageBankExam({{"f-0001", "a"}});
    REQUIRE(app.createProfile(QStringLiteral("Zoe")).isEmpty());
    CHECK(reset.count() == 1);
    CHECK(profiles->rowCount() == before + 1);
    const auto names = column(*profiles, "name");
    CHECK(names.contains("Zoe"));
    CHECK(roleValue(*profiles, static_cast<int>(names.indexOf("Zoe")), "answerCount").toLongLong() == 0);
    // The exam's answers count for the profile that took it.
    CHECK(roleValue(*profiles, static_cast<int>(names.indexOf(name)), "answerCount").toLongLong() >= 1);
    CHECK(check.problems().isEmpty());
}
