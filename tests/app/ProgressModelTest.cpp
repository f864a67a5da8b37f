#include "TestApp.h"

#include "app/BankCatalog.h"
#include "app/progress/ProgressModel.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTest>

using namespace certdrill;

TEST_CASE("the progress of a bank shows once the banks are loaded when it was asked for while they loaded")
{
    auto& app = test::testApp();
    REQUIRE(test::takeImageBankExam({{"f-0001", "a"}, {"f-0002", "b"}}, 20) > 0); // two answers in test-image
    QTest::qWait(100); // what the exam's submission set going has settled
    app.banks()->reload();
    REQUIRE(app.banks()->busy());
    app::ProgressModel progress;
    QSignalSpy loaded{&progress, &app::ProgressModel::loaded};
    progress.setContext(&app);
    progress.setBankId(QStringLiteral("test-image"));
    REQUIRE(QTest::qWaitFor([&] { return !app.banks()->busy() && loaded.count() > 0 && !progress.busy(); }, 10000));
    CHECK(progress.error().isEmpty());
    CHECK(progress.totalAnswers() == 2);
    CHECK(progress.answersPerDay().size() == 30);
    CHECK(progress.domains().size() > 0);
}

TEST_CASE("the bank catalog is no longer busy when it says its banks changed")
{
    auto& app = test::testApp();
    std::vector<bool> busyAtChange;
    const auto connection = QObject::connect(app.banks(), &app::BankCatalog::banksChanged, app.banks(),
                                             [&] { busyAtChange.push_back(app.banks()->busy()); });
    app.banks()->reload();
    REQUIRE(QTest::qWaitFor([&] { return !app.banks()->busy(); }, 10000));
    QObject::disconnect(connection);
    CHECK(busyAtChange == std::vector<bool>{false});
    CHECK(app.banks()->count() > 0);
}
