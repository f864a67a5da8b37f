#pragma once

#include "core/bank/Bank.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace certdrill::core {

/// How often a profile has answered each question of a bank, by position in the bank.
using SeenCounts = std::vector<std::uint32_t>;

struct DrawOptions {
    std::uint64_t seed = 0;
    std::size_t count = 0;            ///< 0: the bank's `exam.question_count`
    const SeenCounts* seen = nullptr; ///< set: prefer the questions seen least (changes the exam per profile)
    /// Set: only the questions marked true (by position in the bank) may be drawn, as for a drill
    /// or the new questions of a review. A testlet is drawn whole from its eligible questions.
    const std::vector<bool>* eligible = nullptr;
};

/// One domain of a drawn exam.
struct DomainDraw {
    std::string id;
    double weight = 0.0;
    double target = 0.0;       ///< weight × question count
    std::size_t quota = 0;     ///< the whole share the largest-remainder method gives it
    std::size_t drawn = 0;     ///< questions drawn (testlet questions count for their own domains)
    std::size_t available = 0; ///< questions the bank has in it

    bool operator==(const DomainDraw&) const = default;
};

/// The questions of an exam, in the order they are shown.
struct DrawnExam {
    std::vector<std::string> questions;
    std::vector<std::size_t> positions;   ///< each question's position in the bank, as `questions`
    std::vector<DomainDraw> domains;      ///< in blueprint order
    std::vector<std::string> scenarios;   ///< testlets included, in the order shown
    std::vector<std::string> warnings;    ///< e.g. the bank has fewer questions than the exam
    std::size_t requested = 0;

    bool operator==(const DrawnExam&) const = default;
};

/// Draws an exam the way the blueprint describes it, from a seed: one seed gives one exam on
/// every machine (unless `seen` is given).
///
/// 1. Each domain gets its share of the question count by the largest-remainder method on the
///    weights. A domain with too few questions gives its surplus seats to the domains furthest
///    below their exact target (with a warning).
/// 2. Testlets (a scenario's questions) are kept whole: first those a domain needs because its
///    single questions cannot fill its share, then about the share of the exam that scenario
///    questions have in the bank. Each testlet question counts for its own domain, and a testlet
///    is taken only if every domain it touches still has room.
/// 3. The rest of each domain's share is filled with single questions spread over its objectives
///    (the objective with the fewest questions so far goes next, ties in a seeded order).
/// 4. Within an objective, and among testlets, the seed decides, after the fewest times seen
///    when `seen` is given.
/// 5. Testlets and single questions are shuffled together; a testlet's questions stay in bank
///    order. A bank with no more (eligible) questions than asked for gives all of them, shuffled
///    (with a warning when there are fewer).
[[nodiscard]] DrawnExam drawExam(const Bank& bank, const DrawOptions& options);

/// The same draw, with the bank indexed once for many draws (a study group's seeds, tests,
/// benchmarks). `drawer.draw(seed, count, seen)` equals `drawExam(bank, {seed, count, seen, eligible})`.
class ExamDrawer {
public:
    /// `bank` (and `eligible`, when set) must outlive the drawer.
    explicit ExamDrawer(const Bank& bank, const std::vector<bool>* eligible = nullptr);
    ~ExamDrawer();
    ExamDrawer(ExamDrawer&&) noexcept;
    ExamDrawer& operator=(ExamDrawer&&) = delete;
    ExamDrawer(const ExamDrawer&) = delete;
    ExamDrawer& operator=(const ExamDrawer&) = delete;

    [[nodiscard]] DrawnExam draw(std::uint64_t seed, std::size_t count = 0, const SeenCounts* seen = nullptr) const;

private:
    struct Index;
    const Bank& m_bank;
    std::unique_ptr<const Index> m_index;
    bool m_restricted;
};

} // namespace certdrill::core
