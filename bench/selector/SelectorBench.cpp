// Selector benchmark: `next question` on a bank of 100,000 questions whose memory states fold
// 1,000,000 reviews. Measures building the bank index and the selector (once per session) and
// the latency of each `next` + `record` in study sessions, without and with an exam date. Prints JSON.
//   selector_bench [--questions N] [--reviews N] [--calls N] [--sessions N]
#include "GeneratedBank.h"
#include "Summary.h"

#include "core/common/Random.h"
#include "core/selector/Selector.h"
#include "core/srs/Scheduler.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <iostream>
#include <string>

using namespace certdrill;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

core::Rating answer(core::Random& random, double recall)
{
    if (random.unit() >= recall)
        return core::Rating::Again;
    const auto roll = random.below(20);
    return roll == 0 ? core::Rating::Hard : roll == 1 ? core::Rating::Easy : core::Rating::Good;
}

/// Histories that follow the schedule (each review at or a little after its due time, recalled
/// with the model's probability), started over the last two years, until `reviews` are spent.
std::vector<core::CardMemoryState> history(const core::Bank& bank, const core::Scheduler& scheduler,
                                           std::size_t reviews, core::Timestamp now, std::size_t& made)
{
    core::Random random{2026};
    std::vector<core::CardMemoryState> states;
    made = 0;
    for (const auto& q : bank.questions) {
        if (made >= reviews)
            break;
        core::MemoryState m;
        auto t = now - std::chrono::days{1 + random.below(730)} + std::chrono::minutes{random.below(1440)};
        while (t < now && made < reviews) {
            m = scheduler.review(m, t, answer(random, m.reps == 0 ? 0.5 : scheduler.retrievability(m, t))).card;
            ++made;
            const bool step = m.state == core::CardState::Learning || m.state == core::CardState::Relearning;
            t = m.due + (step ? std::chrono::minutes{random.below(30)} : std::chrono::minutes{random.below(3 * 1440)});
        }
        states.push_back({bank.id, q.id, m});
    }
    return states;
}

struct Run {
    std::vector<double> callMs;
    std::vector<double> buildMs;
    std::size_t dueAtStart = 0;
    std::size_t picks = 0;
};

Run sessions(const core::BankIndex& index, const core::Scheduler& scheduler,
             const std::vector<core::CardMemoryState>& states, core::SelectorSettings settings, core::Timestamp now,
             std::size_t count, std::size_t calls)
{
    Run run;
    core::Random random{99};
    for (std::size_t s = 0; s < count; ++s) {
        auto t = now + std::chrono::days{s};
        const auto built = Clock::now();
        core::Selector selector{index, scheduler, states, settings, t};
        run.buildMs.push_back(msBetween(built, Clock::now()));
        run.dueAtStart += selector.counts().dueNow();
        for (std::size_t i = 0; i < calls; ++i) {
            const auto a = Clock::now();
            const auto pick = selector.next(t);
            const auto b = Clock::now();
            if (!pick) {
                run.callMs.push_back(msBetween(a, b));
                break;
            }
            const auto& memory = selector.memory(pick->question);
            const auto rating = answer(random, memory.reps == 0 ? 0.3 : scheduler.retrievability(memory, t));
            const auto after = scheduler.review(memory, t, rating).card;
            const auto c = Clock::now();
            selector.record(pick->question, after);
            run.callMs.push_back(msBetween(a, b) + msBetween(c, Clock::now()));
            ++run.picks;
            t += 30s;
        }
    }
    return run;
}

} // namespace

int main(int argc, char** argv)
{
    std::size_t questions = 100'000;
    std::size_t reviews = 1'000'000;
    std::size_t calls = 2'000;
    std::size_t sessionCount = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        const auto value = std::stoul(argv[i + 1]);
        if (arg == "--questions")
            questions = value;
        else if (arg == "--reviews")
            reviews = value;
        else if (arg == "--calls")
            calls = value;
        else if (arg == "--sessions")
            sessionCount = value;
    }
    const auto bank = bench::generatedBank(questions, 1, 0.2);
    const auto dayRule = *core::DayRule::rollover();
    const core::Scheduler scheduler{core::Fsrs{core::FsrsParameters{}, dayRule}};
    const core::Timestamp now{std::chrono::sys_days{std::chrono::year{2026} / 6 / 1} + 18h};

    const auto generated = Clock::now();
    std::size_t made = 0;
    const auto states = history(*bank, scheduler, reviews, now, made);
    const double historyMs = msBetween(generated, Clock::now());

    std::vector<double> indexMs;
    for (int i = 0; i < 5; ++i) {
        const auto start = Clock::now();
        const core::BankIndex index{bank, static_cast<std::uint64_t>(i)};
        indexMs.push_back(msBetween(start, Clock::now()));
    }
    const core::BankIndex index{bank, 1};

    core::SelectorSettings settings;
    settings.dayRule = dayRule;
    settings.dueCap = 1'000'000; // stay on the due path for the whole session
    settings.dailyNewLimit = 20;
    const auto plain = sessions(index, scheduler, states, settings, now, sessionCount, calls);
    settings.examDate = std::chrono::floor<std::chrono::days>(now) + std::chrono::days{30};
    const auto exam = sessions(index, scheduler, states, settings, now, sessionCount, calls);

    const auto report = [](const Run& run) {
        return nlohmann::ordered_json{{"due_at_session_start", run.dueAtStart / std::max<std::size_t>(1, run.buildMs.size())},
                                      {"picks", run.picks},
                                      {"next_and_record_ms", bench::latencySummary(run.callMs)},
                                      {"build_selector_ms", bench::latencySummary(run.buildMs)}};
    };
    const double worstP99 = std::max(bench::latencySummary(plain.callMs)["p99"].get<double>(),
                                     bench::latencySummary(exam.callMs)["p99"].get<double>());
    const nlohmann::ordered_json out{{"benchmark", "selector"},
                                     {"questions", questions},
                                     {"reviews", made},
                                     {"studied", states.size()},
                                     {"history_ms", historyMs},
                                     {"build_index_ms", bench::latencySummary(indexMs)},
                                     {"without_exam_date", report(plain)},
                                     {"with_exam_date", report(exam)},
                                     {"target_p99_ms", 5.0},
                                     {"meets_target", worstP99 < 5.0}};
    std::cout << out.dump(2) << '\n';
    return 0;
}
