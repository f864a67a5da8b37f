// Storage benchmark: a profile with 1,000,000 reviews over 100,000 questions. Measures the
// latency of committing one answer (review + memory state + session position, synchronous=FULL),
// the rebuild of every memory state from the whole log, and the size on disk. Prints JSON.
//   storage_bench [--reviews N] [--questions N] [--commits N] [--dir DIR]
#include "common/SimulatedGrade.h"
#include "common/Timings.h"
#include "core/common/Random.h"
#include "core/profile/ProfileScheduler.h"
#include "storage/Database.h"
#include "storage/SqliteMemoryStateStore.h"
#include "storage/SqliteProfileRepository.h"
#include "storage/SqliteReviewLog.h"
#include "storage/SqliteSessionStore.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <unistd.h>

using namespace certdrill;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::uintmax_t sizeOnDisk(const fs::path& db)
{
    std::uintmax_t total = 0;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        std::error_code ec;
        const auto size = fs::file_size(db.string() + suffix, ec);
        total += ec ? 0 : size;
    }
    return total;
}

} // namespace

int main(int argc, char** argv)
{
    std::size_t reviews = 1'000'000;
    std::size_t questions = 100'000;
    std::size_t commits = 2'000;
    fs::path dir;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--reviews")
            reviews = std::stoul(argv[i + 1]);
        else if (arg == "--questions")
            questions = std::stoul(argv[i + 1]);
        else if (arg == "--commits")
            commits = std::stoul(argv[i + 1]);
        else if (arg == "--dir")
            dir = argv[i + 1];
    }
    if (dir.empty()) {
        std::string pattern = (fs::temp_directory_path() / "certdrill-bench-XXXXXX").string();
        dir = ::mkdtemp(pattern.data());
    }
    spdlog::set_level(spdlog::level::off); // stdout carries the JSON report only
    const fs::path file = dir / "certdrill.db";
    core::FixedClock clock{core::Timestamp{std::chrono::milliseconds{1'767'258'000'000}}}; // 2026-01-01T09:00Z
    auto opened = storage::Database::open(file);
    if (!opened) {
        std::cerr << opened.error().message << '\n';
        return 1;
    }
    auto& db = **opened;
    storage::SqliteProfileRepository profiles{db, clock};
    const auto profile = *profiles.create("Bench");
    const auto scheduler = *core::schedulerFor(profile);

    // The history: reviews spread over the questions, about every 2.4 hours, ratings mostly Good.
    core::Random random{7};
    const auto fillStart = Clock::now();
    std::size_t written = 0;
    while (written < reviews) {
        const auto batch = std::min<std::size_t>(20'000, reviews - written);
        auto done = db.transaction([&] {
            for (std::size_t i = 0; i < batch; ++i) {
                core::Review r;
                r.profileId = profile.id;
                r.bankId = "bench-bank";
                r.questionId = "q" + std::to_string(random.below(questions));
                r.at = clock.now();
                r.response = "\"a\"";
                bench::gradeAtRandom(r, random);
                storage::SqliteReviewLog::insert(db, r);
                clock.advance(std::chrono::seconds{8640});
            }
        });
        if (!done) {
            std::cerr << done.error().message << '\n';
            return 1;
        }
        written += batch;
    }
    const double fillMs = msSince(fillStart);

    // Rebuild every memory state from the whole log.
    storage::SqliteMemoryStateStore memories{db};
    const auto rebuildStart = Clock::now();
    const auto cards = memories.rebuild(profile.id, scheduler);
    const double rebuildMs = msSince(rebuildStart);
    if (!cards) {
        std::cerr << cards.error().message << '\n';
        return 1;
    }

    // Commit latency: one answer at a time, as the app does, each durable before the next.
    storage::SqliteSessionStore sessions{db, clock};
    core::SessionRecord s;
    s.profileId = profile.id;
    s.bankId = "bench-bank";
    for (std::size_t i = 0; i < commits; ++i)
        s.questionOrder.push_back("q" + std::to_string(random.below(questions)));
    const auto session = *sessions.create(s);
    std::vector<double> latencies;
    latencies.reserve(commits);
    for (std::size_t i = 0; i < commits; ++i) {
        core::LoggedAnswer logged;
        logged.review.profileId = profile.id;
        logged.review.bankId = "bench-bank";
        logged.review.questionId = session.questionOrder[i];
        logged.review.at = clock.now();
        logged.review.response = "\"b\"";
        logged.review.correct = true;
        logged.review.rating = 3;
        logged.review.timeMs = 5000;
        logged.memory = scheduler.review(core::MemoryState{}, clock.now(), core::Rating::Good).card;
        const auto start = Clock::now();
        const auto uid = sessions.commitAnswer(session.id, {logged.review.questionId, "\"b\"", false, 5000}, logged,
                                               i + 1, static_cast<std::int64_t>(i) * 5000);
        latencies.push_back(msSince(start));
        if (!uid) {
            std::cerr << uid.error().message << '\n';
            return 1;
        }
        clock.advance(std::chrono::seconds{5});
    }
    db.sqlite().exec("PRAGMA wal_checkpoint(TRUNCATE)");

    const double median = bench::percentile(latencies, 0.5);
    const double p99 = bench::percentile(latencies, 0.99);
    const double mb = static_cast<double>(sizeOnDisk(file)) / (1024.0 * 1024.0);
    const nlohmann::json report{
        {"benchmark", "storage"},
        {"reviews", reviews},
        {"questions", questions},
        {"cards", *cards},
        {"fill_ms", fillMs},
        {"commit_ms", {{"count", commits}, {"median", median}, {"p99", p99}, {"max", bench::percentile(latencies, 1.0)}}},
        {"rebuild_ms", rebuildMs},
        {"database_mb", mb},
        {"bytes_per_review", static_cast<double>(sizeOnDisk(file)) / static_cast<double>(reviews + commits)},
        {"targets", {{"commit_p99_ms", 10}, {"rebuild_ms", 2000}}},
        {"meets_targets", p99 < 10.0 && rebuildMs < 2000.0}};
    std::cout << report.dump(2) << '\n';
    std::error_code ec;
    if (argc < 2 || std::string{argv[argc - 2]} != "--dir")
        fs::remove_all(dir, ec);
    return 0;
}
