#include "cli/commands/SessionCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/QuestionJson.h"
#include "core/common/Time.h"
#include "core/profile/ProfileScheduler.h"
#include "core/session/PracticeSession.h"
#include "storage/BankLibrary.h"
#include "storage/SqliteMemoryStateStore.h"
#include "storage/SqliteProfileRepository.h"
#include "storage/SqliteReviewLog.h"
#include "storage/SqliteSessionStore.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>
#include <string>

namespace certdrill::cli {
namespace {

struct Options {
    std::string profile;
    std::string bank;
    std::string mode = "study";
    std::size_t count = 0;
    std::optional<std::uint64_t> seed;
    bool resume = false;
};

/// One JSON document per line, flushed at once: the other side waits for it.
void emit(const nlohmann::json& line)
{
    std::cout << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n' << std::flush;
}

core::Result<core::BankPtr> findBank(const CliContext& context, std::string_view id)
{
    auto scan = storage::scanBankDirs(context.locations().bankDirs);
    for (auto& file : scan.banks)
        if (file.bank->id == id)
            return file.bank;
    return core::fail("no-such-bank", "no installed bank has the id \"" + std::string{id} +
                                          "\" (see `certdrill banks`)");
}

int drive(core::PracticeSession& session)
{
    std::string line;
    while (!session.done()) {
        emit({{"question", questionToJson(session.bank(), session.current(), session.position(), session.total())}});
        while (true) {
            if (!std::getline(std::cin, line))
                return ExitCode::Ok; // EOF: the session stays open and resumable
            nlohmann::json msg = nlohmann::json::parse(line, nullptr, false);
            if (msg.is_discarded() || !msg.is_object()) {
                emit({{"error", "each line must be one JSON object, e.g. {\"answer\": \"b\"}"}});
                continue;
            }
            if (msg.value("skip", false)) {
                const auto id = session.current().id;
                if (auto skipped = session.skip(); !skipped) {
                    emit({{"error", skipped.error().message}});
                    return ExitCode::UserError;
                }
                emit({{"skipped", id}});
                break;
            }
            if (!msg.contains("answer")) {
                emit({{"error", "expected {\"answer\": ...} or {\"skip\": true}"}});
                continue;
            }
            const auto flag = [&](const char* key) { return msg.contains(key) && msg[key].is_boolean() && msg[key].get<bool>(); };
            if (flag("guessed") && flag("sure")) {
                emit({{"error", "an answer cannot be both \"guessed\" and \"sure\""}});
                continue;
            }
            const auto confidence = flag("guessed") ? core::Confidence::Guessed
                                    : flag("sure")  ? core::Confidence::Sure
                                                    : core::Confidence::Normal;
            std::optional<std::int64_t> ms;
            if (msg.contains("ms")) {
                if (!msg["ms"].is_number_integer() || msg["ms"].get<std::int64_t>() < 0) {
                    emit({{"error", "\"ms\" must be a whole number of milliseconds, 0 or more"}});
                    continue;
                }
                ms = msg["ms"].get<std::int64_t>();
            }
            auto outcome = session.answer(msg["answer"], confidence, ms);
            if (!outcome) {
                emit({{"error", outcome.error().message}});
                if (outcome.error().code == "bad-answer")
                    continue;
                return ExitCode::UserError;
            }
            if (session.record().mode == core::StudyMode::Exam)
                emit({{"saved", outcome->questionId}, {"question", outcome->questionId}});
            else
                emit({{"ack", outcome->reviewUid},
                      {"question", outcome->questionId},
                      {"correct", outcome->correct},
                      {"rating", static_cast<int>(outcome->rating)},
                      {"due", core::formatIso8601(outcome->memory->due)}});
            break;
        }
    }
    const auto finished = session.finish();
    if (!finished) {
        emit({{"error", finished.error().message}});
        return ExitCode::UserError;
    }
    emit({{"finished", session.record().uid},
          {"answered", finished->answered},
          {"correct", finished->correct},
          {"reviews", finished->reviewUids}});
    return ExitCode::Ok;
}

int run(CliContext& context, const Options& o)
{
    context.initialise();
    const auto mode = core::studyModeFromString(o.mode);
    if (!mode)
        return reportError({"usage", "unknown mode \"" + o.mode + "\""});
    auto db = context.database();
    if (!db)
        return reportError(db.error());
    storage::SqliteProfileRepository profiles{**db, context.clock()};
    const auto profile = profiles.find(o.profile);
    if (!profile)
        return reportError(profile.error());
    auto bank = findBank(context, o.bank);
    if (!bank)
        return reportError(bank.error());

    const auto scheduler = core::schedulerFor(*profile);
    if (!scheduler)
        return reportError(scheduler.error());
    storage::SqliteSessionStore store{**db, context.clock()};
    storage::SqliteMemoryStateStore memories{**db};
    storage::SqliteReviewLog log{**db};
    const core::PracticeServices services{store, memories, log, *scheduler, core::GradingPolicy{}, context.clock()};
    const auto open = store.findOpen(profile->id, o.bank, *mode);
    if (!open)
        return reportError(open.error());
    if (o.resume && !*open)
        return reportError({"nothing-to-resume", "there is no unfinished " + o.mode + " session of \"" + profile->name +
                                                     "\" in " + o.bank});
    const auto seed = o.seed.value_or(static_cast<std::uint64_t>(context.clock().now().time_since_epoch().count()));
    auto session = o.resume ? core::PracticeSession::resume(*bank, **open, services)
                            : core::PracticeSession::start(*bank, profile->id, *mode, o.count, seed, services);
    if (!session)
        return reportError(session.error());
    return drive(*session);
}

} // namespace

void addSessionCommand(CLI::App& app, CliContext& context, int& exitCode)
{
    auto o = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("session", "Practice sessions driven by JSON lines (for scripts and tests)");
    cmd->require_subcommand(1);
    auto* runCmd = cmd->add_subcommand("run", "Run a session: one question per line out, one answer per line in");
    runCmd->add_option("--profile", o->profile, "Profile name")->required();
    runCmd->add_option("--bank", o->bank, "Bank id")->required();
    runCmd->add_option("--mode", o->mode, "study, exam, review, quiz or drill")
        ->check(CLI::IsMember({"study", "exam", "review", "quiz", "drill"}));
    runCmd->add_option("--count", o->count, "Number of questions (default: the mode's)");
    runCmd->add_option("--seed", o->seed, "Seed for the question order (default: from the clock)");
    runCmd->add_flag("--resume", o->resume, "Continue the unfinished session of this profile, bank and mode");
    runCmd->callback([&context, &exitCode, o] { exitCode = run(context, *o); });
}

} // namespace certdrill::cli
