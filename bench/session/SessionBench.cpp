// Session benchmark: drawing an exam from a generated 100,000-question bank (six domains, about
// forty objectives, 5% of the questions in three-question testlets) with a full history (every
// question seen 0-20 times, so the draw prefers the least seen). Measures the whole blueprint
// draw (indexing the bank included; the history given as counts in bank order, as the app holds
// it), the draw alone on an indexed bank, folding the answer log into the history summary (once
// per session, by bank position), and planning a whole exam from that summary (the draw, shuffled
// choices, settings). Prints JSON.
//   session_bench [--questions N] [--runs N]
#include "common/Timings.h"
#include "core/common/Random.h"
#include "core/session/ExamDraw.h"
#include "core/session/HistorySummary.h"
#include "core/session/SessionPlanner.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>
#include <time.h>

using namespace certdrill;
using Clock = std::chrono::steady_clock;

namespace {

constexpr double kTargetMs = 20.0;

double msSince(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

/// This thread's CPU time in ms: what one core spends, even when other processes share the machine.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

core::Bank generateBank(std::size_t questions)
{
    core::Bank bank;
    bank.id = "bench-bank";
    bank.title = "Generated";
    bank.exam = {90, 90, 750, 100, 900, core::Navigation::Free, std::nullopt, {}};
    const std::vector<double> weights{0.12, 0.22, 0.18, 0.28, 0.10, 0.10};
    for (std::size_t d = 0; d < weights.size(); ++d) {
        core::Domain domain{std::to_string(d + 1) + ".0", "Domain " + std::to_string(d + 1), weights[d], {}};
        for (std::size_t o = 0; o < 5 + d % 3; ++o) {
            const auto id = std::to_string(d + 1) + "." + std::to_string(o + 1);
            domain.objectives.push_back({id, "Objective " + id});
        }
        bank.domains.push_back(std::move(domain));
    }
    core::Random random{2026};
    std::size_t scenarios = 0;
    for (std::size_t i = 0; i < questions;) {
        const auto& domain = bank.domains[random.below(bank.domains.size())];
        const bool testlet = random.below(100) < 5 && i + 3 <= questions;
        const auto scenario = testlet ? "s-" + std::to_string(++scenarios) : std::string{};
        for (std::size_t k = 0; k < (testlet ? 3U : 1U); ++k, ++i) {
            core::Question q;
            q.id = "q-" + std::to_string(i);
            q.objective = domain.objectives[random.below(domain.objectives.size())].id;
            q.domain = domain.id;
            q.scenario = scenario;
            q.stem = "Question " + std::to_string(i);
            for (const char* c : {"a", "b", "c", "d"})
                q.choices.push_back({c, std::string{"Choice "} + c + " of " + q.id, "", c[0] == 'a'});
            bank.questions.push_back(std::move(q));
        }
        if (testlet)
            bank.scenarios.push_back({scenario, "", "A case.", std::nullopt});
    }
    return bank;
}

} // namespace

int main(int argc, char** argv)
{
    std::size_t questions = 100'000;
    std::size_t runs = 50;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        const auto value = static_cast<std::size_t>(std::strtoull(argv[i + 1], nullptr, 10));
        if (arg == "--questions")
            questions = std::max<std::size_t>(100, value);
        else if (arg == "--runs")
            runs = std::max<std::size_t>(1, value);
    }
    const auto bank = generateBank(questions);
    core::Random random{7};
    core::SeenCounts seen(bank.questions.size(), 0);
    std::vector<core::Review> reviews;
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        seen[i] = static_cast<std::uint32_t>(random.below(21));
        for (std::uint32_t k = 0; k < seen[i]; ++k) {
            core::Review r;
            r.bankId = bank.id;
            r.questionId = bank.questions[i].id;
            r.at = core::Timestamp{std::chrono::milliseconds{static_cast<std::int64_t>(k) * 86'400'000}};
            r.correct = random.below(4) != 0;
            reviews.push_back(std::move(r));
        }
    }
    // The log comes back in time order, not bank order.
    std::sort(reviews.begin(), reviews.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
    std::vector<double> summarise;
    core::HistorySummary history;
    for (std::size_t run = 0; run < 3; ++run) {
        const auto start = Clock::now();
        history = core::summariseHistory(bank, reviews);
        summarise.push_back(msSince(start));
    }
    if (history.seen != seen) {
        std::cerr << "session_bench: the summary's counts differ from the generated history\n";
        return 1;
    }

    std::vector<double> full;
    std::vector<double> fullCpu;
    std::vector<double> index;
    std::vector<double> drawOnly;
    std::vector<double> plan;
    std::vector<double> planCpu;
    std::size_t drawnQuestions = 0;
    const core::ExamDrawer drawer{bank};
    (void)core::drawExam(bank, {0, 0, &seen, nullptr}); // warm-up
    for (std::size_t run = 0; run < runs; ++run) {
        auto start = Clock::now();
        const auto cpuStart = cpuMs();
        const auto exam = core::drawExam(bank, {run, 0, &seen, nullptr});
        fullCpu.push_back(cpuMs() - cpuStart);
        full.push_back(msSince(start));
        drawnQuestions = exam.questions.size();

        start = Clock::now();
        const core::ExamDrawer indexed{bank};
        index.push_back(msSince(start));

        start = Clock::now();
        const auto again = drawer.draw(run, 0, &seen);
        drawOnly.push_back(msSince(start));
        if (again.questions != exam.questions) {
            std::cerr << "session_bench: the indexed draw differs from drawExam\n";
            return 1;
        }

        core::SessionRequest request;
        request.mode = core::StudyMode::Exam;
        request.seed = run;
        request.preferUnseen = true;
        core::PlanningContext context;
        context.history = &history;
        start = Clock::now();
        const auto planCpuStart = cpuMs();
        const auto planned = core::planSession(bank, request, context);
        planCpu.push_back(cpuMs() - planCpuStart);
        plan.push_back(msSince(start));
        if (!planned || planned->questions.size() != drawnQuestions) {
            std::cerr << "session_bench: planning failed\n";
            return 1;
        }
    }
    const auto cpuSummary = bench::timingSummary(fullCpu);
    nlohmann::json out{{"benchmark", "session"},
                       {"questions", bank.questions.size()},
                       {"scenarios", bank.scenarios.size()},
                       {"history_entries", seen.size()},
                       {"history_reviews", reviews.size()},
                       {"summarise_history_ms", bench::timingSummary(summarise)},
                       {"exam_questions", drawnQuestions},
                       {"runs", runs},
                       {"draw_ms", bench::timingSummary(full)},
                       {"draw_cpu_ms", cpuSummary},
                       {"index_ms", bench::timingSummary(index)},
                       {"draw_indexed_ms", bench::timingSummary(drawOnly)},
                       {"plan_exam_ms", bench::timingSummary(plan)},
                       {"plan_exam_cpu_ms", bench::timingSummary(planCpu)},
                       {"target_ms", kTargetMs},
                       {"meets_target", cpuSummary["p99"].get<double>() < kTargetMs &&
                                            bench::timingSummary(planCpu)["p99"].get<double>() < kTargetMs}};
    std::cout << out.dump(2) << '\n';
    return 0;
}
