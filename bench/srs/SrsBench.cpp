// srs_bench: replay throughput of the schedulers on one thread. Prints one JSON object with, for
// each variant, the best wall-clock pass and the best CPU time of this thread (the throughput of
// one core even when other processes share the machine); the target is checked on the latter.
//
//   srs_bench                 1,000,000 generated reviews through FSRS-6 (short-term on and off),
//                             the Scheduler wrapper, rebuildStates and SM-2
//   srs_bench --input FILE    the histories in FILE ({"cards": [[[t_ms, rating], ...], ...]}, as
//                             compare.mjs writes them) through FSRS-6 with default parameters
#include "core/srs/Replay.h"
#include "core/srs/Scheduler.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <ctime>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

using namespace certdrill;

namespace {

constexpr std::size_t kReviews = 1'000'000;
constexpr double kTarget = 5e6;

/// Random histories: 1-40 reviews per card, gaps from a minute to half a year, mostly Good.
std::vector<core::CardLog> generate(std::size_t reviews, std::uint64_t seed)
{
    std::mt19937_64 rng{seed};
    std::uniform_real_distribution<double> unit{0.0, 1.0};
    std::vector<core::CardLog> logs;
    std::size_t total = 0;
    while (total < reviews) {
        core::CardLog log;
        log.cardId = "q-" + std::to_string(logs.size());
        const auto count = std::min<std::size_t>(1 + static_cast<std::size_t>(unit(rng) * 40), reviews - total);
        auto t = core::Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 1 / 1}}
                 + std::chrono::minutes{static_cast<std::int64_t>(unit(rng) * 525600)};
        for (std::size_t i = 0; i < count; ++i) {
            const double roll = unit(rng);
            const auto rating = roll < 0.12 ? core::Rating::Again
                                : roll < 0.25 ? core::Rating::Hard
                                : roll < 0.9  ? core::Rating::Good
                                              : core::Rating::Easy;
            log.reviews.push_back({t, rating});
            t += std::chrono::minutes{static_cast<std::int64_t>(std::exp(unit(rng) * std::log(180.0 * 1440.0)))};
        }
        total += count;
        logs.push_back(std::move(log));
    }
    return logs;
}

std::size_t countReviews(const std::vector<core::CardLog>& logs)
{
    std::size_t n = 0;
    for (const auto& log : logs)
        n += log.reviews.size();
    return n;
}

struct Timing {
    double seconds = 1e300;    ///< wall clock, best pass
    double cpuSeconds = 1e300; ///< this thread's CPU time, best pass: what one core did, whatever else runs
    std::int64_t checksum = 0; ///< sum of every scheduled interval: the same work gives the same sum
};

double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

/// Best of `rounds` timed passes (after one warm-up pass) over all logs.
template <class Pass>
Timing best(int rounds, Pass&& pass)
{
    Timing result;
    result.checksum = pass();
    for (int i = 0; i < rounds; ++i) {
        const double cpuStart = threadCpuSeconds();
        const auto start = std::chrono::steady_clock::now();
        const std::int64_t checksum = pass();
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        result.cpuSeconds = std::min(result.cpuSeconds, threadCpuSeconds() - cpuStart);
        result.seconds = std::min(result.seconds, elapsed.count());
        result.checksum = checksum;
    }
    return result;
}

template <class AnyScheduler>
Timing timeReplay(const AnyScheduler& scheduler, const std::vector<core::CardLog>& logs, int rounds)
{
    return best(rounds, [&] {
        std::int64_t checksum = 0;
        const auto add = [&checksum](std::size_t, const core::ReviewOutcome& o) { checksum += o.card.scheduledDays; };
        for (const auto& log : logs)
            core::replayEach(scheduler, std::span<const core::ReviewEvent>{log.reviews}, add);
        return checksum;
    });
}

nlohmann::json report(const Timing& t, std::size_t reviews)
{
    const auto n = static_cast<double>(reviews);
    return {{"seconds", t.seconds},
            {"reviews_per_second", std::round(n / t.seconds)},
            {"cpu_seconds", t.cpuSeconds},
            {"reviews_per_cpu_second", std::round(n / t.cpuSeconds)},
            {"checksum", t.checksum}};
}

std::vector<core::CardLog> readInput(const std::string& path)
{
    std::ifstream in{path, std::ios::binary};
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    const auto document = nlohmann::json::parse(text.str());
    std::vector<core::CardLog> logs;
    for (const auto& card : document.at("cards")) {
        core::CardLog log;
        log.cardId = std::to_string(logs.size());
        for (const auto& r : card)
            log.reviews.push_back({core::Timestamp{std::chrono::milliseconds{r.at(0).get<std::int64_t>()}},
                                   core::ratingFromNumber(r.at(1).get<int>()).value()});
        logs.push_back(std::move(log));
    }
    return logs;
}

} // namespace

int main(int argc, char** argv)
{
    const core::Fsrs fsrs{core::FsrsParameters{}};
    if (argc == 3 && std::string{argv[1]} == "--input") {
        const auto logs = readInput(argv[2]);
        const auto reviews = countReviews(logs);
        auto out = report(timeReplay(fsrs, logs, 5), reviews);
        out["reviews"] = reviews;
        out["cards"] = logs.size();
        std::cout << out.dump() << '\n';
        return 0;
    }
    if (argc != 1) {
        std::cerr << "usage: srs_bench [--input FILE]\n";
        return 2;
    }
    const auto logs = generate(kReviews, 20260101);
    const auto reviews = countReviews(logs);
    core::FsrsParameters longTermParameters;
    longTermParameters.enableShortTerm = false;
    const core::Fsrs longTerm{longTermParameters};
    const core::Scheduler wrapped{fsrs};
    const core::Sm2 sm2;

    const auto fsrsTiming = timeReplay(fsrs, logs, 5);
    const double perCpuSecond = static_cast<double>(reviews) / fsrsTiming.cpuSeconds;
    const auto rebuild = best(3, [&] {
        std::int64_t checksum = 0;
        for (const auto& state : core::rebuildStates(wrapped, logs))
            checksum += state.state.scheduledDays;
        return checksum;
    });
    nlohmann::json out{{"benchmark", "srs_replay"},
                       {"reviews", reviews},
                       {"cards", logs.size()},
                       {"fsrs", report(fsrsTiming, reviews)},
                       {"fsrs_long_term", report(timeReplay(longTerm, logs, 3), reviews)},
                       {"fsrs_via_scheduler", report(timeReplay(wrapped, logs, 3), reviews)},
                       {"rebuild_states", report(rebuild, reviews)},
                       {"sm2", report(timeReplay(sm2, logs, 3), reviews)},
                       {"target_reviews_per_second", kTarget},
                       {"meets_target", perCpuSecond > kTarget}};
    std::cout << out.dump() << '\n';
    return 0;
}
