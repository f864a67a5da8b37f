// The learning simulation (issue 5, item 9). Simulated learners whose true memory follows FSRS-6
// with their own parameters (the defaults perturbed; the app does not know them and schedules
// with the defaults) study a bank for N days with a fixed daily time budget before an exam.
// Compared: our selector with the exam date, plain FSRS due order with random new questions,
// random practice, and (to show what the exam date adds) our selector without it. The figure is
// the expected exam score on the exam day under the learner's TRUE memory: Σ_d w_d · mean recall
// of the domain's questions, a never-seen question at the learner's prior for it. Prints JSON.
//   learning_simulation [--learners N] [--seeds N] [--bank FILE] [--quick]
#include "Strategies.h"
#include "selector/GeneratedBank.h"
#include "selector/Summary.h"

#include "core/selector/ExamForecast.h"
#include "storage/BankLibrary.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <array>
#include <functional>
#include <iostream>
#include <string>

using namespace certdrill;
using namespace std::chrono_literals;
using Json = nlohmann::ordered_json;

namespace {

struct Scenario {
    std::string name;
    core::BankPtr bank;
    int days = 30;
    double minutesPerDay = 20.0;
    std::size_t dailyNewLimit = 20;
};

/// One learner: true FSRS weights, a prior recall per question, a pace.
struct Learner {
    core::Scheduler truth;
    std::vector<double> prior;
    double pace = 1.0; ///< multiplies the time every answer takes
};

Learner makeLearner(std::size_t questions, std::uint64_t seed, const core::DayRule& dayRule)
{
    core::Random random{seed * 7919 + 17};
    core::FsrsParameters p;
    for (auto& w : p.weights) // each weight ±30 % (clipped to the model's ranges by Fsrs)
        w *= 1.0 + 0.3 * (2.0 * random.unit() - 1.0);
    const double base = 0.15 + 0.2 * random.unit();
    std::vector<double> prior(questions);
    for (auto& x : prior)
        x = std::clamp(base + 0.15 * (2.0 * random.unit() - 1.0), 0.02, 0.7);
    return {core::Scheduler{core::Fsrs{p, dayRule}}, std::move(prior), 0.8 + 0.45 * random.unit()};
}

/// What one learner's run under one strategy came to.
struct Outcome {
    double score = 0.0;   ///< expected exam score under the true memory
    double seen = 0.0;    ///< fraction of the bank answered at least once
    double answers = 0.0; ///< answers given in all
    double minutes = 0.0; ///< time spent studying
};

/// One learner studying under one strategy until the exam.
Outcome run(const Scenario& s, const core::BankIndex& index, const core::Scheduler& app, const core::DayRule& dayRule,
           const Learner& learner, bench::Strategy& strategy, std::uint64_t seed)
{
    core::Random random{seed};
    const std::size_t n = index.questionCount();
    bench::AppMemory memory{index, app, dayRule, std::vector<core::MemoryState>(n)};
    std::vector<core::MemoryState> truth(n);
    Outcome outcome;
    const std::chrono::sys_days firstDay{std::chrono::year{2026} / 3 / 1};
    for (int day = 0; day < s.days; ++day) {
        auto now = core::startOfDay(dayRule, (firstDay + std::chrono::days{day}).time_since_epoch().count()) + 14h;
        const auto end = now + std::chrono::milliseconds{static_cast<std::int64_t>(s.minutesPerDay * 60'000.0)};
        strategy.startSession(memory, now);
        while (now < end) {
            const auto q = strategy.next(memory, now);
            if (!q)
                break;
            const bool isNew = truth[*q].state == core::CardState::New;
            const double recall = isNew ? learner.prior[*q] : learner.truth.retrievability(truth[*q], now);
            const auto rating = random.unit() < recall ? core::Rating::Good : core::Rating::Again;
            truth[*q] = learner.truth.review(truth[*q], now, rating).card;
            memory.memory[*q] = app.review(memory.memory[*q], now, rating).card;
            strategy.answered(memory, *q);
            const double seconds = (isNew ? 90.0 : 45.0) * learner.pace * (0.7 + 0.6 * random.unit());
            now += std::chrono::milliseconds{static_cast<std::int64_t>(seconds * 1000.0)};
            outcome.answers += 1.0;
            outcome.minutes += seconds / 60.0;
        }
    }
    const core::ExamForecast exam{index, learner.truth, dayRule, firstDay + std::chrono::days{s.days}, 0.0};
    for (std::uint32_t q = 0; q < n; ++q) {
        const bool seen = truth[q].state != core::CardState::New;
        outcome.score += index.questionValue(q) * (seen ? exam.recallAtExam(truth[q]) : learner.prior[q]);
        outcome.seen += seen ? 1.0 / static_cast<double>(n) : 0.0;
    }
    return outcome;
}

Json scenarioReport(const Scenario& s, std::size_t learners, std::size_t seeds)
{
    const auto dayRule = *core::DayRule::rollover();
    const core::Scheduler app{core::Fsrs{core::FsrsParameters{}, dayRule}}; // the profile's defaults
    const core::BankIndex index{s.bank, 1};
    const std::chrono::sys_days exam = std::chrono::sys_days{std::chrono::year{2026} / 3 / 1} + std::chrono::days{s.days};
    core::SelectorSettings withExam;
    withExam.dayRule = dayRule;
    withExam.dailyNewLimit = s.dailyNewLimit;
    withExam.examDate = exam;
    auto withoutExam = withExam;
    withoutExam.examDate.reset();

    using Make = std::function<std::unique_ptr<bench::Strategy>(std::uint64_t)>;
    const std::vector<std::pair<std::string, Make>> strategies{
        {"selector", [&](std::uint64_t) { return std::make_unique<bench::SelectorStrategy>(withExam); }},
        {"fsrs_due_random_new",
         [&](std::uint64_t seed) {
             return std::make_unique<bench::DueOrderStrategy>(index.questionCount(), s.dailyNewLimit, seed);
         }},
        {"random", [&](std::uint64_t seed) { return std::make_unique<bench::RandomStrategy>(seed); }},
        {"selector_without_exam_date",
         [&](std::uint64_t) { return std::make_unique<bench::SelectorStrategy>(withoutExam); }}};

    std::vector<std::vector<double>> scores(strategies.size());
    std::vector<std::array<double, 3>> totals(strategies.size()); // seen, answers, minutes
    for (std::size_t l = 0; l < learners; ++l) {
        const auto learner = makeLearner(index.questionCount(), l + 1, dayRule);
        for (std::size_t k = 0; k < seeds; ++k) {
            const std::uint64_t seed = 1000 * (l + 1) + k;
            for (std::size_t i = 0; i < strategies.size(); ++i) {
                auto strategy = strategies[i].second(seed);
                const auto outcome = run(s, index, app, dayRule, learner, *strategy, seed);
                scores[i].push_back(outcome.score);
                totals[i][0] += outcome.seen;
                totals[i][1] += outcome.answers;
                totals[i][2] += outcome.minutes;
            }
        }
    }
    Json results = Json::object();
    Json activity = Json::object();
    for (std::size_t i = 0; i < strategies.size(); ++i) {
        results[strategies[i].first] = bench::spreadSummary(scores[i]);
        const double runs = static_cast<double>(scores[i].size());
        activity[strategies[i].first] = {{"bank_seen", totals[i][0] / runs},
                                         {"answers", totals[i][1] / runs},
                                         {"minutes", totals[i][2] / runs}};
    }
    Json margins = Json::object();
    for (std::size_t i = 1; i < strategies.size(); ++i) {
        std::vector<double> diff;
        std::size_t wins = 0;
        for (std::size_t r = 0; r < scores[0].size(); ++r) {
            diff.push_back(scores[0][r] - scores[i][r]);
            wins += diff.back() > 0.0 ? 1U : 0U;
        }
        auto margin = bench::spreadSummary(diff);
        margin["wins"] = wins;
        margins["selector_minus_" + strategies[i].first] = std::move(margin);
    }
    return {{"name", s.name},
            {"bank", s.bank->id},
            {"questions", index.questionCount()},
            {"days", s.days},
            {"minutes_per_day", s.minutesPerDay},
            {"daily_new_limit", s.dailyNewLimit},
            {"runs", scores[0].size()},
            {"expected_exam_score", std::move(results)},
            {"paired_differences", std::move(margins)},
            {"mean_activity", std::move(activity)}};
}

} // namespace

int main(int argc, char** argv)
{
    std::size_t learners = 8;
    std::size_t seeds = 3;
    std::string bankFile = std::string{CERTDRILL_SOURCE_BANKS_DIR} + "/comptia-security-plus-sy0-701.json";
    bool quick = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--quick")
            quick = true;
        else if (i + 1 < argc && arg == "--learners")
            learners = std::stoul(argv[++i]);
        else if (i + 1 < argc && arg == "--seeds")
            seeds = std::stoul(argv[++i]);
        else if (i + 1 < argc && arg == "--bank")
            bankFile = argv[++i];
    }
    spdlog::set_level(spdlog::level::off);
    const auto shipped = storage::loadBankFile(bankFile);
    if (!shipped.bank) {
        std::cerr << "cannot load " << bankFile << '\n';
        return 1;
    }
    std::vector<Scenario> scenarios{{"shipped bank, 30 days, 15 min a day", shipped.bank, 30, 15.0, 20},
                                    {"1,000 questions, 45 days, 30 min a day", bench::generatedBank(1000, 5, 0.3), 45,
                                     30.0, 20},
                                    {"1,000 questions, 14-day cram, 60 min a day", bench::generatedBank(1000, 6, 0.3),
                                     14, 60.0, 40}};
    if (quick)
        scenarios.resize(1);
    Json out{{"benchmark", "learning-simulation"}, {"learners", learners}, {"seeds_per_learner", seeds}};
    Json list = Json::array();
    for (const auto& s : scenarios)
        list.push_back(scenarioReport(s, learners, seeds));
    out["scenarios"] = std::move(list);
    std::cout << out.dump(2) << '\n';
    return 0;
}
