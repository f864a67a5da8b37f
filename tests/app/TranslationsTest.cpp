#include "TestApp.h"

#include "app/Translations.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>

using namespace certdrill;

TEST_CASE("the English translation gives the plural forms of counted strings")
{
    test::testApp(); // the application
    REQUIRE(app::installTranslations(*QCoreApplication::instance()));
    const auto tr = [](const char* context, const char* text, int n) {
        return QCoreApplication::translate(context, text, nullptr, n);
    };
    CHECK(tr("certdrill::app::PracticeController", "in %n minute(s)", 1) == "in 1 minute");
    CHECK(tr("certdrill::app::PracticeController", "in %n minute(s)", 10) == "in 10 minutes");
    CHECK(tr("certdrill::app::PracticeController", "in %n hour(s)", 1) == "in 1 hour");
    CHECK(tr("certdrill::app::PracticeController", "in %n day(s), %1", 3) == "in 3 days, %1");
    CHECK(tr("ExamPage", "%n question(s) unanswered. Submit the exam anyway?", 1) ==
          "1 question unanswered. Submit the exam anyway?");
    CHECK(tr("WarningBanner", "%n minute(s) left", 5) == "5 minutes left");
    // A string without plural forms is its own translation.
    CHECK(tr("ExamPage", "Submit the exam?", 1) == "Submit the exam?");
}
