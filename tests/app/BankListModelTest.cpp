#include "TestApp.h"

#include "app/BankCatalog.h"
#include "app/BankListModel.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace certdrill;
using test::column;
using test::roleValue;

TEST_CASE("the bank list shows the catalog's banks with their exam facts and follows a reload")
{
    auto& app = test::testApp();
    app::BankListModel banks;
    const test::ModelCheck check{&banks};
    QSignalSpy reset{&banks, &QAbstractItemModel::modelReset};
    CHECK(banks.rowCount() == 0);
    banks.setCatalog(app.banks());
    CHECK(reset.count() == 1);
    REQUIRE(banks.rowCount() == 3);
    auto ids = column(banks, "bankId");
    std::sort(ids.begin(), ids.end());
    CHECK(ids == QStringList{"test-forward", "test-image", "test-mini"});
    const int mini = static_cast<int>(column(banks, "bankId").indexOf("test-mini"));
    CHECK(roleValue(banks, mini, "questionCount").toInt() == 6);
    CHECK(roleValue(banks, mini, "domainCount").toInt() == 2);
    CHECK(roleValue(banks, mini, "durationMinutes").toInt() == 10);
    CHECK(roleValue(banks, mini, "examQuestionCount").toInt() == 4);
    CHECK(roleValue(banks, mini, "passingScore").toInt() == 700);
    CHECK(roleValue(banks, mini, "scaleMax").toInt() == 900);

    QSignalSpy loaded{app.banks(), &app::BankCatalog::banksChanged};
    app.banks()->reload();
    REQUIRE(loaded.wait(10000));
    CHECK(reset.count() == 2);
    CHECK(banks.rowCount() == 3);
    CHECK(check.problems().isEmpty());
}
