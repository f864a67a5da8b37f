// Session start benchmark: how long starting an exam blocks the app's GUI thread for a profile
// with a long history. Seeds the profile's answer log in one bundled bank with N answers, then, in
// one run on the same data, compares planning on the GUI thread (what the app did before:
// SessionEnvironment::plan, which reads and folds the whole log) with ExamController::start,
// which plans on a worker. The GUI thread's longest block is measured with a 1 ms heartbeat timer
// from start() until the exam is on screen. Prints JSON.
//   session_start_bench [--reviews N] [--runs N] [--bank ID]
#include "app/AppContext.h"
#include "app/BankCatalog.h"
#include "app/session/EnvironmentOpener.h"
#include "app/exam/ExamController.h"
#include "common/SimulatedGrade.h"
#include "common/Timings.h"
#include "core/common/Random.h"
#include "storage/DataLocations.h"
#include "storage/SqliteReviewLog.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <iostream>
#include <string>

using namespace certdrill;

namespace {

constexpr double kFrameMs = 1000.0 / 60.0;

/// Writes `count` answers of the profile to questions of the bank, the newest one hour before now.
bool seed(const std::filesystem::path& databaseFile, std::int64_t profileId, const core::Bank& bank,
          std::size_t count, core::Timestamp now)
{
    auto opened = storage::Database::open(databaseFile);
    if (!opened)
        return false;
    auto& db = **opened;
    core::Random random{11};
    auto at = now - std::chrono::hours{1} - std::chrono::minutes{10} * static_cast<std::int64_t>(count);
    std::size_t written = 0;
    while (written < count) {
        const auto batch = std::min<std::size_t>(20'000, count - written);
        const auto done = db.transaction([&] {
            for (std::size_t i = 0; i < batch; ++i) {
                const auto& q = bank.questions[random.below(bank.questions.size())];
                core::Review r;
                r.profileId = profileId;
                r.bankId = bank.id;
                r.questionId = q.id;
                r.at = at;
                r.response = "null";
                bench::gradeAtRandom(r, random);
                storage::SqliteReviewLog::insert(db, r);
                at += std::chrono::minutes{10};
            }
        });
        if (!done)
            return false;
        written += batch;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    std::size_t reviews = 100'000;
    int runs = 15;
    QString bankId = QStringLiteral("cisco-ccna-200-301");
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--reviews")
            reviews = std::stoul(argv[i + 1]);
        else if (arg == "--runs")
            runs = std::max(1, std::stoi(argv[i + 1]));
        else if (arg == "--bank")
            bankId = QString::fromUtf8(argv[i + 1]);
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application{argc, argv};
    spdlog::set_level(spdlog::level::off); // stdout carries the JSON report only
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false"));

    QTemporaryDir dir;
    storage::DataLocations locations;
    locations.dataDir = dir.path().toStdString();
    locations.stateDir = locations.dataDir / "state";
    locations.configDir = locations.dataDir / "config";
    locations.bankDirs = {CERTDRILL_SOURCE_BANKS_DIR};
    app::AppContext context{locations};
    app::AppContext::setInstance(&context);
    core::FixedClock clock{core::Timestamp{std::chrono::hours{24 * 20600}}};
    context.setClock(&clock);
    if (!context.openData(QStringLiteral("Bench"))) {
        std::cerr << "could not open the data folder\n";
        return 1;
    }
    QSignalSpy loaded{context.banks(), &app::BankCatalog::banksChanged};
    context.banks()->reload();
    if (!loaded.wait(30000)) {
        std::cerr << "the banks did not load\n";
        return 1;
    }
    const auto bank = app::installedBank(bankId);
    if (!bank) {
        std::cerr << bank.error().message << '\n';
        return 1;
    }
    if (!seed(locations.databaseFile(), context.currentProfile()->id, **bank, reviews, clock.now())) {
        std::cerr << "could not write the answers\n";
        return 1;
    }

    // Before: the plan made on the GUI thread.
    std::vector<double> onGuiThread;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        auto env = app::openEnvironment(bankId);
        core::SessionRequest request;
        request.mode = core::StudyMode::Exam;
        request.seed = static_cast<std::uint64_t>(run);
        const auto plan = env ? (*env)->plan(request) : core::Result<core::SessionPlan>{tl::unexpected{env.error()}};
        onGuiThread.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!plan) {
            std::cerr << plan.error().message << '\n';
            return 1;
        }
    }

    // After: ExamController::start plans on a worker; the heartbeat sees how long the GUI thread
    // could not run its event loop, from start() until the exam shows its first question.
    std::vector<double> longestBlock;
    std::vector<double> startCall;
    std::vector<double> latency;
    for (int run = 0; run < runs; ++run) {
        app::ExamController exam;
        QElapsedTimer sinceBeat;
        double longest = 0;
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        heartbeat.setInterval(1);
        QObject::connect(&heartbeat, &QTimer::timeout, [&] {
            longest = std::max(longest, static_cast<double>(sinceBeat.nsecsElapsed()) / 1e6);
            sinceBeat.restart();
        });
        heartbeat.start();
        QTimer settle;
        settle.setSingleShot(true);
        QEventLoop settling;
        QObject::connect(&settle, &QTimer::timeout, &settling, &QEventLoop::quit);
        settle.start(20);
        settling.exec(); // the heartbeat settles
        longest = 0;
        QElapsedTimer total;
        total.start();
        sinceBeat.restart();
        if (!exam.start(bankId, {{"seed", run}})) {
            std::cerr << exam.error().toStdString() << '\n';
            return 1;
        }
        startCall.push_back(static_cast<double>(sinceBeat.nsecsElapsed()) / 1e6);
        longest = std::max(longest, startCall.back());
        sinceBeat.restart();
        // An event loop, not QTest::qWaitFor: that sleeps 10 ms between its turns, which the
        // heartbeat would count as a block.
        QEventLoop loop;
        QObject::connect(&exam, &app::ExamController::stateChanged, &loop, &QEventLoop::quit);
        QObject::connect(&exam, &app::ExamController::errorChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        if (!exam.active()) {
            std::cerr << "the exam did not start: " << exam.error().toStdString() << '\n';
            return 1;
        }
        // The exam appeared inside a callback: count the time since the last beat up to now.
        longest = std::max(longest, static_cast<double>(sinceBeat.nsecsElapsed()) / 1e6);
        latency.push_back(static_cast<double>(total.nsecsElapsed()) / 1e6);
        longestBlock.push_back(longest);
        heartbeat.stop();
        exam.leave();
    }

    const double ratio = bench::percentile(onGuiThread, 0.5) / bench::percentile(longestBlock, 0.5);
    const nlohmann::json report{
        {"benchmark", "session_start"},
        {"bank", bankId.toStdString()},
        {"questions", (*bank)->questions.size()},
        {"reviews", reviews},
        {"runs", runs},
        {"plan_on_gui_thread_ms", bench::timingSummary(onGuiThread)},
        {"start_gui_longest_block_ms", bench::timingSummary(longestBlock)},
        {"start_call_ms", bench::timingSummary(startCall)},
        {"start_latency_ms", bench::timingSummary(latency)},
        {"block_ratio_before_over_after", ratio},
        {"frame_ms", kFrameMs},
        {"meets_target", bench::timingSummary(longestBlock)["p99"].get<double>() < kFrameMs},
    };
    std::cout << report.dump(2) << '\n';
    return 0;
}
