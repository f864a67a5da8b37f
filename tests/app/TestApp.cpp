#include "TestApp.h"

#include "app/BankCatalog.h"
#include "app/exam/ExamController.h"
#include "storage/DataLocations.h"

#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

namespace certdrill::test {
namespace {

QStringList g_problems;
QtMessageHandler g_previousHandler = nullptr;

void collectModelTesterWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtDebugMsg && QByteArray{context.category} == "qt.modeltest")
        g_problems.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

struct Fixture {
    Fixture()
    {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
        storage::DataLocations locations;
        locations.dataDir = data.path().toStdString();
        locations.stateDir = locations.dataDir / "state";
        locations.configDir = locations.dataDir / "config";
        const std::filesystem::path testData{CERTDRILL_TEST_DATA_DIR};
        locations.bankDirs = {testData / "banks", testData / "image_banks"};
        context = std::make_unique<app::AppContext>(locations);
        app::AppContext::setInstance(context.get());
        context->setClock(&clock);
        REQUIRE(context->openData(QStringLiteral("Tester")));
        QSignalSpy loaded{context->banks(), &app::BankCatalog::banksChanged};
        context->banks()->reload();
        REQUIRE(loaded.wait(10000));
    }

    int argc = 1;
    char name[10] = "app_tests";
    char* argv[2] = {name, nullptr};
    std::unique_ptr<QGuiApplication> application;
    QTemporaryDir data;
    core::FixedClock clock{core::Timestamp{std::chrono::hours{24 * 20600}}}; // 2026-05-26
    std::unique_ptr<app::AppContext> context;
    int profiles = 0;
};

Fixture& fixture()
{
    static Fixture f;
    return f;
}

} // namespace

app::AppContext& testApp()
{
    auto& f = fixture();
    const auto name = QStringLiteral("Tester %1").arg(++f.profiles);
    REQUIRE(f.context->createProfile(name).isEmpty());
    return *f.context;
}

core::FixedClock& testClock() { return fixture().clock; }

QString testProfile() { return fixture().context->profileName(); }

bool startExam(app::ExamController& exam, const QString& bankId, const QVariantMap& options)
{
    if (!exam.start(bankId, options))
        return false;
    return QTest::qWaitFor([&] { return !exam.starting(); }, 10000) && exam.active();
}

qint64 takeImageBankExam(const QVariantMap& answers, int secondsEach)
{
    app::ExamController exam;
    REQUIRE(startExam(exam, QStringLiteral("test-image"), {{"seed", 3}, {"count", 4}}));
    REQUIRE(exam.total() == 4);
    for (int i = 0; i < exam.total(); ++i) {
        REQUIRE(exam.goTo(i));
        testClock().advance(std::chrono::seconds{secondsEach});
        const auto id = exam.question().value(QStringLiteral("id")).toString();
        if (answers.contains(id))
            REQUIRE(exam.answer(answers.value(id)));
    }
    REQUIRE(exam.submit());
    REQUIRE(exam.finished());
    return exam.sessionId();
}

ModelCheck::ModelCheck(QAbstractItemModel* model)
{
    g_problems.clear();
    g_previousHandler = qInstallMessageHandler(collectModelTesterWarnings);
    m_tester = std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning);
}

ModelCheck::~ModelCheck()
{
    m_tester.reset();
    qInstallMessageHandler(g_previousHandler);
}

QStringList ModelCheck::problems() const { return g_problems; }

QVariant roleValue(const QAbstractItemModel& model, int row, const QByteArray& roleName)
{
    const int role = model.roleNames().key(roleName, -1);
    REQUIRE(role != -1);
    return model.data(model.index(row, 0), role);
}

QStringList column(const QAbstractItemModel& model, const QByteArray& roleName)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(roleValue(model, row, roleName).toString());
    return out;
}

} // namespace certdrill::test
