#include "TestApp.h"

#include "app/exam/ExamController.h"
#include "app/results/ResultsController.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QUrl>

#include <filesystem>

using namespace certdrill;

namespace {

/// The image bank's folder, as the file URLs QuestionPresenter makes name it.
QString imageBankFolder()
{
    return QString::fromStdString(
        std::filesystem::canonical(std::filesystem::path{CERTDRILL_TEST_DATA_DIR} / "image_banks").string());
}

} // namespace

TEST_CASE("an exam question's exhibit image resolves inside its bank's folder")
{
    test::testApp();
    app::ExamController exam;
    REQUIRE(test::startExam(exam, QStringLiteral("test-image"), {{"seed", 5}, {"count", 4}}));
    QString image;
    for (int i = 0; i < exam.total() && image.isEmpty(); ++i) {
        REQUIRE(exam.goTo(i));
        if (exam.question().value("id").toString() == "f-0001")
            image = exam.question().value("exhibitImage").toString();
        else
            CHECK(exam.question().value("exhibitImage").toString().isEmpty());
    }
    const auto file = QUrl{image}.toLocalFile();
    CHECK(file == imageBankFolder() + "/img/switch.png");
    CHECK(QFileInfo::exists(file));
}

TEST_CASE("a missed question on the results page shows its exhibit image from the bank's folder")
{
    test::testApp();
    const auto sessionId = test::takeImageBankExam({{"f-0002", "b"}});
    app::ResultsController results;
    REQUIRE(results.load(sessionId));
    auto* missed = results.missed();
    REQUIRE(missed->rowCount() == 3);
    const auto ids = test::column(*missed, "questionId");
    const int row = static_cast<int>(ids.indexOf("f-0001"));
    REQUIRE(row >= 0);
    const auto question = test::roleValue(*missed, row, "question").toMap();
    CHECK(QUrl{question.value("exhibitImage").toString()}.toLocalFile() == imageBankFolder() + "/img/switch.png");
}
