#include "TestApp.h"

#include "app/exam/ExamController.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace certdrill;
using test::column;
using test::roleValue;

TEST_CASE("the exam's review screen lists every question and follows answers, flags and moves")
{
    test::testApp();
    app::ExamController exam;
    auto* model = exam.reviewScreen();
    const test::ModelCheck check{model};
    QSignalSpy reset{model, &QAbstractItemModel::modelReset};
    REQUIRE(test::startExam(exam, QStringLiteral("test-image"), {{"seed", 7}, {"count", 4}}));
    CHECK(reset.count() == 1);
    REQUIRE(model->rowCount() == 4);
    CHECK(column(*model, "number") == QStringList{"1", "2", "3", "4"});
    CHECK(roleValue(*model, 0, "questionId").toString() == exam.question().value("id").toString());
    CHECK(column(*model, "answered") == QStringList{"false", "false", "false", "false"});
    CHECK(column(*model, "current") == QStringList{"true", "false", "false", "false"});
    CHECK(model->unanswered() == 4);

    QSignalSpy changed{model, &QAbstractItemModel::dataChanged};
    // The image bank's questions are all single choice: an answer is a choice id.
    REQUIRE(exam.answer(exam.question().value("choices").toList().value(0).toMap().value("id")));
    REQUIRE(exam.setFlagged(true));
    exam.refreshReviewScreen();
    CHECK(reset.count() == 1); // same questions: rows change in place
    REQUIRE(changed.count() >= 1);
    CHECK(changed.last().at(0).value<QModelIndex>().row() == 0);
    CHECK(roleValue(*model, 0, "answered").toBool());
    CHECK(roleValue(*model, 0, "flagged").toBool());
    CHECK(model->answered() == 1);
    CHECK(model->flagged() == 1);

    changed.clear();
    REQUIRE(exam.goTo(2));
    CHECK(column(*model, "current") == QStringList{"false", "false", "true", "false"});
    CHECK(changed.count() == 2); // the old and the new current row
    CHECK(check.problems().isEmpty());
}
