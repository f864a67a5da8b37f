#include "core/srs/Fsrs.h"

#include "core/srs/JsMath.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

// Every formula follows ts-fsrs 5.4.2 (dist/index.mjs) operation by operation: the order of the
// floating-point operations, the 8-decimal rounding (`roundTo`) and the clamps are part of the
// result. Comments name the reference function each piece mirrors.
namespace certdrill::core {
namespace {

constexpr double kStabilityMin = 0.001; // S_MIN
constexpr double kStabilityMax = 36500.0;

constexpr int grade(Rating rating)
{
    return static_cast<int>(rating);
}

Timestamp plusDays(Timestamp t, std::int32_t days)
{
    return t + std::chrono::days{days};
}

Timestamp plusMinutes(Timestamp t, std::int32_t minutes)
{
    return t + std::chrono::minutes{minutes};
}

std::uint64_t splitmix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

Fsrs::Fsrs(FsrsParameters parameters, DayRule dayRule) : m_parameters(std::move(parameters)), m_dayRule(dayRule)
{
    const auto errors = validate(m_parameters);
    if (!errors.empty())
        throw std::invalid_argument("invalid FSRS parameters: " + errors.front().field + ": " + errors.front().message);
    m_w = clipWeights(m_parameters.weights, m_parameters.relearningSteps.size(), m_parameters.enableShortTerm);
    // computeDecayFactor
    m_decay = -m_w[20];
    m_factor = jsmath::round8(std::exp(std::pow(m_decay, -1.0) * std::log(0.9)) - 1.0);
    // calculate_interval_modifier
    m_intervalModifier = jsmath::round8((std::pow(m_parameters.desiredRetention, 1.0 / m_decay) - 1.0) / m_factor);
    m_expW8 = std::exp(m_w[8]);
    m_easyInitialDifficulty = initialDifficulty(Rating::Easy);
    for (int g = 1; g <= 4; ++g)
        m_shortTermBoost[static_cast<std::size_t>(g - 1)] = std::exp(m_w[17] * (static_cast<double>(g - 3) + m_w[18]));
    // next_state's floor after a lapse divides by e^(w17 w18), with w17 = w18 = 0 when short-term is off.
    const double w17 = m_parameters.enableShortTerm ? m_w[17] : 0.0;
    const double w18 = m_parameters.enableShortTerm ? m_w[18] : 0.0;
    m_lapseDivisor = std::exp(w17 * w18);
}

double Fsrs::forgettingCurve(double elapsedDays, double stability) const
{
    if (elapsedDays == 0.0)
        return 1.0; // pow(1, decay) is exactly 1: skip the power on same-day reviews
    return jsmath::round8(std::pow(1.0 + m_factor * elapsedDays / stability, m_decay));
}

double Fsrs::initialStability(Rating rating) const
{
    return std::max(m_w[static_cast<std::size_t>(grade(rating) - 1)], 0.1);
}

double Fsrs::initialDifficulty(Rating rating) const
{
    return jsmath::round8(m_w[4] - std::exp(static_cast<double>(grade(rating) - 1) * m_w[5]) + 1.0);
}

double Fsrs::nextDifficulty(double difficulty, Rating rating) const
{
    const double deltaD = -m_w[6] * static_cast<double>(grade(rating) - 3);
    const double damped = difficulty + jsmath::round8(deltaD * (10.0 - difficulty) / 9.0); // linear_damping
    const double reverted = jsmath::round8(m_w[7] * m_easyInitialDifficulty + (1.0 - m_w[7]) * damped);
    return jsmath::clamp(reverted, 1.0, 10.0);
}

double Fsrs::recallGrowth(double difficulty, double stability, double retrievability) const
{
    return m_expW8 * (11.0 - difficulty) * std::pow(stability, -m_w[9])
           * (std::exp((1.0 - retrievability) * m_w[10]) - 1.0);
}

double Fsrs::recallFromGrowth(double stability, double growth, Rating rating) const
{
    if (rating == Rating::Hard)
        growth = growth * m_w[15]; // hard_penalty
    else if (rating == Rating::Easy)
        growth = growth * m_w[16]; // easy_bound
    return jsmath::round8(jsmath::clamp(stability * (1.0 + growth), kStabilityMin, kStabilityMax));
}

double Fsrs::recallStability(double difficulty, double stability, double retrievability, Rating rating) const
{
    return recallFromGrowth(stability, recallGrowth(difficulty, stability, retrievability), rating);
}

double Fsrs::forgetStability(double difficulty, double stability, double retrievability) const
{
    return jsmath::round8(jsmath::clamp(m_w[11] * std::pow(difficulty, -m_w[12])
                                            * (std::pow(stability + 1.0, m_w[13]) - 1.0)
                                            * std::exp((1.0 - retrievability) * m_w[14]),
                                        kStabilityMin, kStabilityMax));
}

double Fsrs::lapseStability(double difficulty, double stability, double retrievability) const
{
    const double afterFail = forgetStability(difficulty, stability, retrievability);
    const double floorS = jsmath::round8(stability / m_lapseDivisor);
    return jsmath::clamp(floorS, kStabilityMin, afterFail);
}

double Fsrs::shortTermFromPower(double stability, double power, Rating rating) const
{
    const double sinc = power * m_shortTermBoost[static_cast<std::size_t>(grade(rating) - 1)];
    const double masked = rating >= Rating::Hard ? std::max(sinc, 1.0) : sinc;
    return jsmath::round8(jsmath::clamp(stability * masked, kStabilityMin, kStabilityMax));
}

double Fsrs::shortTermStability(double stability, Rating rating) const
{
    return shortTermFromPower(stability, std::pow(stability, -m_w[19]), rating);
}

/// The next stabilities of one review for any of the ratings, computing the terms the ratings
/// share only once (S^-w19 for a same-day review; e^w8 (11-D) S^-w9 (e^((1-R) w10) - 1) after
/// recall). Each result is bit-identical to ts-fsrs's separate computation per rating.
class Fsrs::Candidates {
public:
    Candidates(const Fsrs& fsrs, double difficulty, double stability, std::int32_t elapsedDays, double retrievability)
        : m_fsrs(fsrs), m_d(difficulty), m_s(stability), m_r(retrievability),
          m_sameDay(elapsedDays == 0 && fsrs.m_parameters.enableShortTerm)
    {
    }

    // FSRSAlgorithm.next_state, for a card that is not new.
    double operator()(Rating rating)
    {
        if (m_sameDay) {
            if (!m_haveShared)
                m_shared = std::pow(m_s, -m_fsrs.m_w[19]);
            m_haveShared = true;
            return m_fsrs.shortTermFromPower(m_s, m_shared, rating);
        }
        if (rating == Rating::Again)
            return m_fsrs.lapseStability(m_d, m_s, m_r);
        if (!m_haveShared)
            m_shared = m_fsrs.recallGrowth(m_d, m_s, m_r);
        m_haveShared = true;
        return m_fsrs.recallFromGrowth(m_s, m_shared, rating);
    }

private:
    const Fsrs& m_fsrs;
    double m_d;
    double m_s;
    double m_r;
    bool m_sameDay;
    bool m_haveShared = false;
    double m_shared = 0.0;
};

double Fsrs::nextStability(double difficulty, double stability, std::int32_t elapsedDays, double retrievability,
                           Rating rating) const
{
    return Candidates{*this, difficulty, stability, elapsedDays, retrievability}(rating);
}

FuzzRange Fsrs::fuzzRange(double interval, std::int32_t elapsedDays, std::int32_t maximumInterval)
{
    // get_fuzz_range with FUZZ_RANGES
    struct Band {
        double start;
        double end;
        double factor;
    };
    static constexpr double kInfinity = std::numeric_limits<double>::infinity();
    static constexpr Band kBands[] = {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.1}, {20.0, kInfinity, 0.05}};
    double delta = 1.0;
    for (const auto& band : kBands)
        delta += band.factor * std::max(std::min(interval, band.end) - band.start, 0.0);
    const double maxDays = static_cast<double>(maximumInterval);
    interval = std::min(interval, maxDays);
    double minIvl = std::max(2.0, jsmath::round(interval - delta));
    const double maxIvl = std::min(jsmath::round(interval + delta), maxDays);
    if (interval > static_cast<double>(elapsedDays))
        minIvl = std::max(minIvl, static_cast<double>(elapsedDays) + 1.0);
    minIvl = std::min(minIvl, maxIvl);
    return {static_cast<std::int32_t>(minIvl), static_cast<std::int32_t>(maxIvl)};
}

std::int32_t Fsrs::nextInterval(double stability, std::int32_t elapsedDays, double fuzzFactor) const
{
    const double maxDays = static_cast<double>(m_parameters.maximumInterval);
    const double interval = std::min(std::max(1.0, jsmath::round(stability * m_intervalModifier)), maxDays);
    if (!m_parameters.enableFuzz || interval < 2.5) // apply_fuzz
        return static_cast<std::int32_t>(interval);
    const auto range = fuzzRange(interval, elapsedDays, m_parameters.maximumInterval);
    const double span = static_cast<double>(range.maxInterval - range.minInterval + 1);
    return static_cast<std::int32_t>(std::floor(fuzzFactor * span + static_cast<double>(range.minInterval)));
}

double Fsrs::fuzzFactor(const MemoryState& card, std::int32_t reps, Timestamp now) const
{
    if (!m_parameters.enableFuzz)
        return 0.0;
    // Like the reference's seed (review time, reps, D·S), mixed with the caller's seed.
    std::uint64_t x = splitmix64(m_parameters.fuzzSeed);
    x = splitmix64(x ^ static_cast<std::uint64_t>(now.time_since_epoch().count()));
    x = splitmix64(x ^ static_cast<std::uint64_t>(reps));
    x = splitmix64(x ^ std::bit_cast<std::uint64_t>(card.difficulty * card.stability));
    return static_cast<double>(x >> 11) * 0x1.0p-53;
}

Fsrs::Step Fsrs::learningStep(const MemoryState& current, Rating rating) const
{
    // BasicLearningStepsStrategy
    const bool relearning = current.state == CardState::Relearning || current.state == CardState::Review;
    const auto& steps = relearning ? m_parameters.relearningSteps : m_parameters.learningSteps;
    const auto count = static_cast<std::int32_t>(steps.size());
    const std::int32_t at = current.learningStep;
    if (count == 0 || at >= count)
        return {};
    const auto step = [&steps](std::int32_t i) { return steps[static_cast<std::size_t>(i)]; };
    if (current.state == CardState::Review)
        return rating == Rating::Again ? Step{step(std::max(0, at)), 0} : Step{};
    switch (rating) {
    case Rating::Again:
        return {step(0), 0};
    case Rating::Hard: {
        const double minutes = count == 1 ? static_cast<double>(step(0)) * 1.5
                                          : static_cast<double>(step(0) + step(1)) / 2.0;
        return {static_cast<std::int32_t>(jsmath::round(minutes)), at};
    }
    case Rating::Good:
        if (at + 1 < count && step(at + 1) != 0)
            return {step(at + 1), at + 1};
        return {};
    case Rating::Easy:
        return {};
    }
    return {};
}

void Fsrs::applyLearningSteps(const MemoryState& current, Rating rating, CardState toState, Timestamp now,
                              std::int32_t elapsedDays, double fuzz, MemoryState& next) const
{
    // BasicScheduler.applyLearningSteps
    constexpr std::int32_t kMinutesPerDay = 1440;
    const Step step = learningStep(current, rating);
    if (step.minutes > 0 && step.minutes < kMinutesPerDay) {
        next.learningStep = step.next;
        next.scheduledDays = 0;
        next.state = toState;
        next.due = plusMinutes(now, step.minutes);
        return;
    }
    next.state = CardState::Review;
    if (step.minutes >= kMinutesPerDay) {
        next.learningStep = step.next;
        next.due = plusMinutes(now, step.minutes);
        next.scheduledDays = step.minutes / kMinutesPerDay;
    } else {
        next.learningStep = 0;
        next.scheduledDays = nextInterval(next.stability, elapsedDays, fuzz);
        next.due = plusDays(now, next.scheduledDays);
    }
}

void Fsrs::reviewShortTerm(const MemoryState& card, Timestamp now, Rating rating, std::int32_t elapsedDays,
                           double retrievability, double fuzz, MemoryState& next) const
{
    // BasicScheduler: newState, learningState, reviewState
    const double d = card.difficulty;
    const double s = card.stability;
    switch (card.state) {
    case CardState::New:
        next.stability = initialStability(rating);
        next.difficulty = jsmath::clamp(initialDifficulty(rating), 1.0, 10.0);
        applyLearningSteps(card, rating, CardState::Learning, now, elapsedDays, fuzz, next);
        return;
    case CardState::Learning:
    case CardState::Relearning:
        next.stability = nextStability(d, s, elapsedDays, retrievability, rating);
        next.difficulty = nextDifficulty(d, rating);
        applyLearningSteps(card, rating, card.state, now, elapsedDays, fuzz, next);
        return;
    case CardState::Review:
        break;
    }
    next.difficulty = nextDifficulty(d, rating);
    if (rating == Rating::Again) {
        next.stability = nextStability(d, s, elapsedDays, retrievability, rating);
        applyLearningSteps(card, rating, CardState::Relearning, now, elapsedDays, fuzz, next);
        next.lapses = card.lapses + 1;
        return;
    }
    // BasicScheduler.next_interval: hard <= good < easy.
    Candidates candidate{*this, d, s, elapsedDays, retrievability};
    const double hardS = candidate(Rating::Hard);
    const double goodS = candidate(Rating::Good);
    const std::int32_t goodRaw = nextInterval(goodS, elapsedDays, fuzz);
    const std::int32_t hard = std::min(nextInterval(hardS, elapsedDays, fuzz), goodRaw);
    const std::int32_t good = std::max(goodRaw, hard + 1);
    std::int32_t interval = rating == Rating::Hard ? hard : good;
    next.stability = rating == Rating::Hard ? hardS : goodS;
    if (rating == Rating::Easy) {
        next.stability = candidate(Rating::Easy);
        interval = std::max(nextInterval(next.stability, elapsedDays, fuzz), good + 1);
    }
    next.state = CardState::Review;
    next.learningStep = 0;
    next.scheduledDays = interval;
    next.due = plusDays(now, interval);
}

void Fsrs::reviewLongTerm(const MemoryState& card, Timestamp now, Rating rating, std::int32_t elapsedDays,
                          double retrievability, double fuzz, MemoryState& next) const
{
    // LongTermScheduler: every answer schedules whole days. The reference computes all four
    // candidates and orders their intervals again < hard < good < easy.
    const bool isNew = card.state == CardState::New;
    const std::int32_t t = isNew ? 0 : elapsedDays;
    Candidates candidate{*this, card.difficulty, card.stability, t, retrievability};
    const auto stabilityFor = [&](Rating g) { return isNew ? initialStability(g) : candidate(g); };
    // Shortcut, exact without fuzz: a lapse never raises stability and a recall never lowers it, so
    // the Again interval is at most the one for the current stability, which is at most Hard's.
    // The Again candidate (two powers and an exponential) only matters when they could tie.
    const bool ordered = !isNew && !m_parameters.enableFuzz;
    std::int32_t interval = 0;
    double stability = 0.0;
    if (rating == Rating::Again) {
        stability = stabilityFor(Rating::Again);
        interval = nextInterval(stability, t, fuzz);
        if (!ordered)
            interval = std::min(interval, nextInterval(stabilityFor(Rating::Hard), t, fuzz));
    } else {
        stability = stabilityFor(Rating::Hard);
        interval = nextInterval(stability, t, fuzz);
        if (!ordered || nextInterval(card.stability, t, fuzz) >= interval) {
            const std::int32_t again = std::min(nextInterval(stabilityFor(Rating::Again), t, fuzz), interval);
            interval = std::max(interval, again + 1);
        }
    }
    if (rating >= Rating::Good) {
        stability = stabilityFor(Rating::Good);
        interval = std::max(nextInterval(stability, t, fuzz), interval + 1);
    }
    if (rating == Rating::Easy) {
        stability = stabilityFor(Rating::Easy);
        interval = std::max(nextInterval(stability, t, fuzz), interval + 1);
    }
    next.stability = stability;
    next.difficulty = isNew ? jsmath::clamp(initialDifficulty(rating), 1.0, 10.0)
                            : nextDifficulty(card.difficulty, rating);
    if (!isNew && rating == Rating::Again)
        next.lapses = card.lapses + 1;
    next.state = CardState::Review;
    next.learningStep = 0;
    next.scheduledDays = interval;
    next.due = plusDays(now, interval);
}

ReviewOutcome Fsrs::review(const MemoryState& card, Timestamp now, Rating rating) const
{
    // AbstractScheduler.init, then the scheduler for the card's state.
    ReviewOutcome outcome{card, std::nullopt, 0};
    const bool isNew = card.state == CardState::New;
    const std::int32_t elapsed = isNew ? 0 : std::max(0, m_dayRule.elapsedDays(card.lastReview, now));
    double retrievability = 0.0;
    if (!isNew) {
        retrievability = forgettingCurve(elapsed, card.stability);
        outcome.retrievability = retrievability;
    }
    outcome.elapsedDays = elapsed;
    MemoryState& next = outcome.card;
    next.lastReview = now;
    next.reps = card.reps + 1;
    const double fuzz = fuzzFactor(card, next.reps, now);
    if (m_parameters.enableShortTerm)
        reviewShortTerm(card, now, rating, elapsed, retrievability, fuzz, next);
    else
        reviewLongTerm(card, now, rating, elapsed, retrievability, fuzz, next);
    return outcome;
}

double Fsrs::retrievability(const MemoryState& card, Timestamp now) const
{
    if (card.state == CardState::New)
        return 0.0;
    return forgettingCurve(std::max(0, m_dayRule.elapsedDays(card.lastReview, now)), card.stability);
}

} // namespace certdrill::core
