#pragma once

// What the app tests share: one AppContext on a temporary data folder with the test banks
// (tests/data/banks and tests/data/image_banks), a clock the tests move, and a check that wraps a
// list model in QAbstractItemModelTester and turns its warnings into test failures.
#include "app/AppContext.h"
#include "core/common/Clock.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace certdrill::app {
class ExamController;
}

namespace certdrill::test {

/// The process's App (made on first use, with a QGuiApplication): its banks are loaded, and its
/// clock is a FixedClock tests may advance. Each call selects a new profile, so tests do not see
/// each other's study.
app::AppContext& testApp();

/// The App's clock.
core::FixedClock& testClock();

/// The profile testApp() selected last.
QString testProfile();

/// Starts an exam as the exam page does and waits for its draw (planned off the GUI thread).
/// Whether the exam is active.
bool startExam(app::ExamController& exam, const QString& bankId, const QVariantMap& options);

/// Takes an exam of all four questions of the image bank (test-image) through ExamController as
/// the exam page does: answers the questions named in `answers` (question id -> choice id),
/// spending `secondsEach` on each on the test clock, and submits. The finished session's id.
qint64 takeImageBankExam(const QVariantMap& answers, int secondsEach = 30);

/// Watches a model with QAbstractItemModelTester for the rest of its life (now and after every
/// change it signals); problems() lists what the tester reported.
class ModelCheck {
public:
    explicit ModelCheck(QAbstractItemModel* model);
    ~ModelCheck();
    ModelCheck(const ModelCheck&) = delete;
    ModelCheck& operator=(const ModelCheck&) = delete;

    [[nodiscard]] QStringList problems() const;

private:
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

/// The value of `role` (by its QML name) in `row` of `model`.
QVariant roleValue(const QAbstractItemModel& model, int row, const QByteArray& roleName);

/// The rows' values of one role, as strings.
QStringList column(const QAbstractItemModel& model, const QByteArray& roleName);

} // namespace certdrill::test
