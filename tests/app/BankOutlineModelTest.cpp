#include "TestApp.h"

#include "app/BankCatalog.h"
#include "app/BankOutlineModel.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace certdrill;
using test::column;
using test::roleValue;

TEST_CASE("a bank's outline lists each domain followed by its objectives with question counts")
{
    auto& app = test::testApp();
    app::BankOutlineModel outline;
    const test::ModelCheck check{&outline};
    QSignalSpy reset{&outline, &QAbstractItemModel::modelReset};
    outline.setCatalog(app.banks());
    outline.setBankId(QStringLiteral("test-mini"));
    REQUIRE(outline.found());
    CHECK(outline.questionCount() == 6);
    REQUIRE(outline.rowCount() == 5);
    CHECK(column(outline, "itemId") == QStringList{"1.0", "1.1", "2.0", "2.1", "2.2"});
    CHECK(column(outline, "isDomain") == QStringList{"true", "false", "true", "false", "false"});
    CHECK(column(outline, "title").at(0) == "Ports");
    CHECK(column(outline, "questionCount") == QStringList{"2", "2", "4", "2", "2"});
    CHECK(outline.indexOfQuestion("m-0003") == 2);
    CHECK(outline.previewQuestion(0).value("id").toString() == "m-0001");

    const int resets = static_cast<int>(reset.count());
    outline.setBankId(QStringLiteral("test-image"));
    CHECK(reset.count() > resets);
    CHECK(column(outline, "itemId") == QStringList{"1.0", "1.1", "2.0", "2.1"});
    // The bank browser's preview shows the exhibit image from the bank's own folder.
    CHECK(outline.previewQuestion(0).value("exhibitImage").toString().endsWith("image_banks/img/switch.png"));

    outline.setBankId(QStringLiteral("no-such-bank"));
    CHECK_FALSE(outline.found());
    CHECK(outline.rowCount() == 0);
    CHECK(check.problems().isEmpty());
}
