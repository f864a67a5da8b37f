#pragma once

#include "core/srs/DayRule.h"
#include "core/srs/FsrsParameters.h"
#include "core/srs/Rating.h"
#include "core/srs/ReviewOutcome.h"

#include <array>
#include <cstdint>

namespace certdrill::core {

/// The interval range ts-fsrs draws a fuzzed interval from (`get_fuzz_range`), both ends included.
struct FuzzRange {
    std::int32_t minInterval = 0;
    std::int32_t maxInterval = 0;
};

/// FSRS-6, exact to the reference implementation ts-fsrs 5.4.2: the same formulas, in the same
/// floating-point order, with the same 8-decimal rounding, clamping, learning-step logic and
/// short-term switch (see docs/scheduler.md). Immutable after construction; every function is pure
/// and `review` allocates nothing.
class Fsrs {
public:
    /// Builds a scheduler from parameters that `validate` accepts (throws std::invalid_argument
    /// otherwise: validate first). Weights are clipped as the reference clips them.
    explicit Fsrs(FsrsParameters parameters, DayRule dayRule = DayRule::utcCalendar());

    /// Reviews `card` at `now` with `rating`. `now` must not be on an earlier day than the card's
    /// last review (an earlier day counts as the same day).
    [[nodiscard]] ReviewOutcome review(const MemoryState& card, Timestamp now, Rating rating) const;

    /// The probability of recalling `card` at `now` (whole elapsed days under the day rule, as the
    /// update uses them); 0 for a new card.
    [[nodiscard]] double retrievability(const MemoryState& card, Timestamp now) const;

    // --- The model, one formula each (exposed for tests, the selector and simulations). ---

    /// R(t, S) = (1 + factor * t / S)^decay, decay = -w20, rounded to 8 decimals.
    [[nodiscard]] double forgettingCurve(double elapsedDays, double stability) const;
    /// S0(G) = max(w[G-1], 0.1).
    [[nodiscard]] double initialStability(Rating rating) const;
    /// D0(G) = w4 - e^((G-1) w5) + 1, rounded (not clamped: mean reversion uses D0(Easy) as is).
    [[nodiscard]] double initialDifficulty(Rating rating) const;
    /// D' = clamp(w7 D0(4) + (1 - w7)(D + ΔD (10 - D) / 9), 1, 10), ΔD = -w6 (G - 3).
    [[nodiscard]] double nextDifficulty(double difficulty, Rating rating) const;
    /// S'r = S (1 + e^w8 (11 - D) S^-w9 (e^((1-R) w10) - 1) · w15 (Hard) · w16 (Easy)).
    [[nodiscard]] double recallStability(double difficulty, double stability, double retrievability,
                                         Rating rating) const;
    /// S'f = w11 D^-w12 ((S + 1)^w13 - 1) e^((1-R) w14).
    [[nodiscard]] double forgetStability(double difficulty, double stability, double retrievability) const;
    /// Same-day update: S' = S · S^-w19 · e^(w17 (G - 3 + w18)), never lower for Hard or better.
    [[nodiscard]] double shortTermStability(double stability, Rating rating) const;
    /// The stability after a review of a card that is not new (ts-fsrs `next_state`).
    [[nodiscard]] double nextStability(double difficulty, double stability, std::int32_t elapsedDays,
                                       double retrievability, Rating rating) const;
    /// The interval for a stability: round(S · intervalModifier) clamped to [1, maximum interval],
    /// then fuzzed when fuzz is on (`fuzzFactor` in [0, 1)).
    [[nodiscard]] std::int32_t nextInterval(double stability, std::int32_t elapsedDays, double fuzzFactor) const;
    /// The reference's fuzz range for an interval.
    [[nodiscard]] static FuzzRange fuzzRange(double interval, std::int32_t elapsedDays, std::int32_t maximumInterval);

    [[nodiscard]] const FsrsParameters& parameters() const { return m_parameters; }
    [[nodiscard]] const FsrsParameters::Weights& weights() const { return m_w; }
    [[nodiscard]] const DayRule& dayRule() const { return m_dayRule; }
    [[nodiscard]] double decay() const { return m_decay; }
    [[nodiscard]] double factor() const { return m_factor; }
    /// (R^(1/decay) - 1) / factor for the desired retention R: days per unit of stability.
    [[nodiscard]] double intervalModifier() const { return m_intervalModifier; }

private:
    class Candidates;
    struct Step {
        std::int32_t minutes = 0; ///< 0: no step applies (the card graduates)
        std::int32_t next = 0;
    };

    [[nodiscard]] Step learningStep(const MemoryState& current, Rating rating) const;
    void applyLearningSteps(const MemoryState& current, Rating rating, CardState toState, Timestamp now,
                            std::int32_t elapsedDays, double fuzz, MemoryState& next) const;
    void reviewShortTerm(const MemoryState& card, Timestamp now, Rating rating, std::int32_t elapsedDays,
                         double retrievability, double fuzz, MemoryState& next) const;
    void reviewLongTerm(const MemoryState& card, Timestamp now, Rating rating, std::int32_t elapsedDays,
                        double retrievability, double fuzz, MemoryState& next) const;
    [[nodiscard]] double fuzzFactor(const MemoryState& card, std::int32_t reps, Timestamp now) const;
    [[nodiscard]] double recallGrowth(double difficulty, double stability, double retrievability) const;
    [[nodiscard]] double recallFromGrowth(double stability, double growth, Rating rating) const;
    [[nodiscard]] double shortTermFromPower(double stability, double power, Rating rating) const;
    [[nodiscard]] double lapseStability(double difficulty, double stability, double retrievability) const;

    FsrsParameters m_parameters;
    FsrsParameters::Weights m_w{}; ///< clipped
    DayRule m_dayRule;
    double m_decay = 0.0;
    double m_factor = 0.0;
    double m_intervalModifier = 0.0;
    double m_expW8 = 0.0;           ///< e^w8
    double m_easyInitialDifficulty = 0.0; ///< D0(Easy), the mean-reversion target
    std::array<double, 4> m_shortTermBoost{}; ///< e^(w17 (G - 3 + w18)) per rating
    double m_lapseDivisor = 1.0;               ///< e^(w17 w18) with short-term on, e^0 without
};

} // namespace certdrill::core
