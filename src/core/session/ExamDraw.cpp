#include "core/session/ExamDraw.h"

#include "core/common/Random.h"
#include "core/session/Blueprint.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <span>
#include <string_view>
#include <unordered_map>

namespace certdrill::core {
namespace {

// Independent streams from one seed, so that a change in one step does not reshuffle the others.
constexpr std::uint64_t kKeyStream = 0x6b65797300000001ULL;
constexpr std::uint64_t kObjectiveStream = 0x6f626a6500000002ULL;
constexpr std::uint64_t kOrderStream = 0x6f72646500000003ULL;

using Index = std::uint32_t;

struct Testlet {
    std::string_view scenario;
    std::vector<Index> questions;           ///< bank order
    std::vector<std::size_t> perDomain;     ///< questions in each domain
};

/// What the draw knows about the bank, indexed once.
struct DrawIndex {
    std::vector<std::size_t> domainOf;              ///< per question
    std::vector<std::size_t> objectiveOf;           ///< per question
    std::vector<std::vector<std::size_t>> objectivesOfDomain;
    std::vector<std::vector<Index>> loneByObjective;
    std::vector<Testlet> testlets;
    std::vector<std::size_t> available;             ///< per domain
    std::size_t testletQuestions = 0;
    std::size_t eligible = 0;
};

DrawIndex indexBank(const Bank& bank, const std::vector<bool>* eligible)
{
    DrawIndex ix;
    std::unordered_map<std::string_view, std::size_t> objectiveIds;
    ix.objectivesOfDomain.resize(bank.domains.size());
    std::vector<std::size_t> domainOfObjective;
    for (std::size_t d = 0; d < bank.domains.size(); ++d)
        for (const auto& o : bank.domains[d].objectives) {
            ix.objectivesOfDomain[d].push_back(objectiveIds.size());
            objectiveIds.emplace(o.id, objectiveIds.size());
            domainOfObjective.push_back(d);
        }
    ix.loneByObjective.resize(objectiveIds.size());
    ix.available.assign(bank.domains.size(), 0);
    ix.domainOf.assign(bank.questions.size(), 0);
    ix.objectiveOf.assign(bank.questions.size(), 0);
    if (objectiveIds.empty())
        return ix;

    std::unordered_map<std::string_view, std::size_t> scenarioTestlet;
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        const auto& q = bank.questions[i];
        if (eligible && (i >= eligible->size() || !(*eligible)[i]))
            continue;
        // The parser guarantees a known objective; a hand-made bank without one lands in the first.
        const auto o = objectiveIds.find(q.objective);
        const std::size_t objective = o == objectiveIds.end() ? 0 : o->second;
        ++ix.eligible;
        ix.objectiveOf[i] = objective;
        ix.domainOf[i] = domainOfObjective[objective];
        ++ix.available[ix.domainOf[i]];
        if (q.scenario.empty()) {
            ix.loneByObjective[objective].push_back(static_cast<Index>(i));
            continue;
        }
        const auto [t, added] = scenarioTestlet.emplace(q.scenario, ix.testlets.size());
        if (added)
            ix.testlets.push_back({q.scenario, {}, std::vector<std::size_t>(bank.domains.size(), 0)});
        auto& testlet = ix.testlets[t->second];
        testlet.questions.push_back(static_cast<Index>(i));
        ++testlet.perDomain[ix.domainOf[i]];
        ++ix.testletQuestions;
    }
    return ix;
}

std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t stream)
{
    Random r{seed ^ stream};
    return r.next();
}

/// Drawing order within a pool: fewest times seen, then the seeded key.
struct Rank {
    std::uint32_t seen;
    std::uint64_t key;
    bool operator<(const Rank& other) const { return seen != other.seen ? seen < other.seen : key < other.key; }
};

class Draw {
public:
    Draw(const Bank& bank, const DrawIndex& ix, const DrawOptions& options, bool restricted)
        : m_bank(bank)
        , m_options(options)
        , m_restricted(restricted)
        , m_ix(ix)
        , m_pools(ix.loneByObjective)
        , m_count(options.count > 0 ? options.count : static_cast<std::size_t>(std::max(0, bank.exam.questionCount)))
        , m_placed(bank.domains.size(), 0)
        , m_objectiveCount(m_pools.size(), 0)
        , m_cursor(m_pools.size(), 0)
        , m_sortedUpTo(m_pools.size(), 0)
    {
        Random keys{streamSeed(options.seed, kKeyStream)};
        m_keys.resize(bank.questions.size());
        for (auto& k : m_keys)
            k = keys.next();
        for (const auto& t : m_ix.testlets) {
            std::uint32_t most = 0; // a testlet is as seen as its most seen question
            for (const auto q : t.questions)
                most = std::max(most, seen(q));
            m_testletRank.push_back({most, m_keys[t.questions.front()]});
        }
    }

    DrawnExam run()
    {
        m_out.requested = m_count;
        if (m_ix.eligible <= m_count)
            takeEverything();
        else {
            setQuotas();
            takeTestlets();
            for (std::size_t d = 0; d < m_bank.domains.size(); ++d)
                fillDomain(d, m_quota[d]);
            fillShortfall();
        }
        order();
        return std::move(m_out);
    }

private:
    std::uint32_t seen(Index q) const
    {
        return m_options.seen && q < m_options.seen->size() ? (*m_options.seen)[q] : 0;
    }

    Rank rank(Index q) const { return {seen(q), m_keys[q]}; }

    double target(std::size_t d) const { return m_bank.domains[d].weight * static_cast<double>(m_count); }

    void takeEverything()
    {
        if (m_ix.eligible < m_count)
            m_out.warnings.push_back((m_restricted ? "only " + std::to_string(m_ix.eligible) + " questions match"
                                                         : "the bank has only " + std::to_string(m_ix.eligible) +
                                                               " questions") +
                                     "; the session uses all of them instead of " + std::to_string(m_count));
        m_quota = m_ix.available;
        for (const auto& t : m_ix.testlets)
            addUnit(t.questions);
        for (const auto& pool : m_pools)
            for (const auto q : pool)
                addUnit({&q, 1});
        m_placed = m_ix.available;
    }

    void setQuotas()
    {
        std::vector<double> weights;
        for (const auto& d : m_bank.domains)
            weights.push_back(d.weight);
        m_quota = largestRemainder(weights, m_count);
        std::size_t surplus = 0;
        for (std::size_t d = 0; d < m_quota.size(); ++d)
            if (m_quota[d] > m_ix.available[d]) {
                if (!m_restricted) // a chosen subset is expected to miss domains
                    m_out.warnings.push_back("domain " + m_bank.domains[d].id + " has only " +
                                         std::to_string(m_ix.available[d]) + " questions for a share of " +
                                         std::to_string(m_quota[d]) + "; the rest come from other domains");
                surplus += m_quota[d] - m_ix.available[d];
                m_quota[d] = m_ix.available[d];
            }
        for (; surplus > 0; --surplus) {
            std::optional<std::size_t> best;
            for (std::size_t d = 0; d < m_quota.size(); ++d)
                if (m_quota[d] < m_ix.available[d] &&
                    (!best || target(d) - static_cast<double>(m_quota[d]) > target(*best) - static_cast<double>(m_quota[*best])))
                    best = d;
            if (!best)
                break;
            ++m_quota[*best];
        }
    }

    bool fits(const Testlet& t) const
    {
        for (std::size_t d = 0; d < t.perDomain.size(); ++d)
            if (m_placed[d] + t.perDomain[d] > m_quota[d])
                return false;
        return true;
    }

    void take(const Testlet& t)
    {
        for (std::size_t d = 0; d < t.perDomain.size(); ++d)
            m_placed[d] += t.perDomain[d];
        for (const auto q : t.questions)
            ++m_objectiveCount[m_ix.objectiveOf[q]];
        addUnit(t.questions);
        m_taken += t.questions.size();
    }

    void takeTestlets()
    {
        if (m_ix.testlets.empty())
            return;
        m_testletOrder.resize(m_ix.testlets.size());
        std::iota(m_testletOrder.begin(), m_testletOrder.end(), std::size_t{0});
        std::sort(m_testletOrder.begin(), m_testletOrder.end(),
                  [&](std::size_t a, std::size_t b) { return m_testletRank[a] < m_testletRank[b]; });
        m_testletTaken.assign(m_ix.testlets.size(), false);
        // First the testlets a domain needs because its single questions cannot fill its share.
        std::vector<std::size_t> lone(m_quota.size(), 0);
        for (std::size_t d = 0; d < m_quota.size(); ++d)
            for (const auto o : m_ix.objectivesOfDomain[d])
                lone[d] += m_pools[o].size();
        const auto needed = [&](const Testlet& t) {
            for (std::size_t d = 0; d < t.perDomain.size(); ++d)
                if (t.perDomain[d] > 0 && m_placed[d] + lone[d] < m_quota[d])
                    return true;
            return false;
        };
        std::size_t inTestlets = 0;
        for (const auto t : m_testletOrder)
            if (needed(m_ix.testlets[t]) && fits(m_ix.testlets[t])) {
                take(m_ix.testlets[t]);
                m_testletTaken[t] = true;
                inTestlets += m_ix.testlets[t].questions.size();
            }
        // Then about the share of the exam that scenario questions have in the bank.
        const auto budget = static_cast<std::size_t>(std::llround(static_cast<double>(m_count) *
                                                                  static_cast<double>(m_ix.testletQuestions) /
                                                                  static_cast<double>(m_ix.eligible)));
        for (const auto t : m_testletOrder) {
            const auto& testlet = m_ix.testlets[t];
            if (m_testletTaken[t] || inTestlets + testlet.questions.size() > budget || !fits(testlet))
                continue;
            take(testlet);
            m_testletTaken[t] = true;
            inTestlets += testlet.questions.size();
        }
    }

    /// The pool of an objective, best first, sorted only as far as the draw can reach.
    std::vector<Index>& pool(std::size_t objective, std::size_t reach)
    {
        auto& p = m_pools[objective];
        const auto want = std::min(p.size(), reach);
        if (m_sortedUpTo[objective] < want) { // what is before is already the best, in order
            const auto cmp = [&](Index a, Index b) { return rank(a) < rank(b); };
            const auto at = [&](std::size_t i) { return p.begin() + static_cast<std::ptrdiff_t>(i); };
            std::partial_sort(at(m_sortedUpTo[objective]), at(want), p.end(), cmp);
            m_sortedUpTo[objective] = want;
        }
        return p;
    }

    void fillDomain(std::size_t d, std::size_t quota)
    {
        auto objectives = m_ix.objectivesOfDomain[d];
        Random tie{streamSeed(m_options.seed, kObjectiveStream + d)};
        tie.shuffle(objectives); // the seeded order that breaks ties between objectives
        const std::size_t need = quota > m_placed[d] ? quota - m_placed[d] : 0;
        for (std::size_t k = 0; k < need; ++k) {
            std::optional<std::size_t> best;
            for (const auto o : objectives)
                if (m_cursor[o] < m_pools[o].size() && (!best || m_objectiveCount[o] < m_objectiveCount[*best]))
                    best = o;
            if (!best)
                break;
            const auto& p = pool(*best, m_cursor[*best] + need - k);
            addUnit({&p[m_cursor[*best]++], 1});
            ++m_objectiveCount[*best];
            ++m_placed[d];
            ++m_taken;
        }
    }

    /// Only when domains run out of single questions: the domains furthest below their target
    /// give what they still have, then testlets that fit the seats left.
    void fillShortfall()
    {
        if (m_taken >= m_count)
            return;
        if (!m_restricted)
            m_out.warnings.push_back("the blueprint could not be followed exactly: too few questions outside testlets");
        while (m_taken < m_count) {
            std::optional<std::size_t> best;
            for (std::size_t d = 0; d < m_bank.domains.size(); ++d) {
                bool left = false;
                for (const auto o : m_ix.objectivesOfDomain[d])
                    left = left || m_cursor[o] < m_pools[o].size();
                if (left && (!best || target(d) - static_cast<double>(m_placed[d]) >
                                          target(*best) - static_cast<double>(m_placed[*best])))
                    best = d;
            }
            if (!best)
                break;
            fillDomain(*best, m_placed[*best] + 1);
        }
        for (const auto t : m_testletOrder)
            if (!m_testletTaken[t] && m_taken + m_ix.testlets[t].questions.size() <= m_count) {
                take(m_ix.testlets[t]);
                m_testletTaken[t] = true;
            }
    }

    void addUnit(std::span<const Index> questions)
    {
        m_units.emplace_back(m_flat.size(), questions.size());
        m_flat.insert(m_flat.end(), questions.begin(), questions.end());
    }

    void order()
    {
        Random shuffle{streamSeed(m_options.seed, kOrderStream)};
        shuffle.shuffle(m_units);
        m_out.questions.reserve(m_flat.size());
        m_out.positions.reserve(m_flat.size());
        for (const auto& [begin, size] : m_units) {
            const auto& first = m_bank.questions[m_flat[begin]];
            if (!first.scenario.empty())
                m_out.scenarios.push_back(first.scenario);
            for (std::size_t k = begin; k < begin + size; ++k) {
                m_out.questions.push_back(m_bank.questions[m_flat[k]].id);
                m_out.positions.push_back(m_flat[k]);
            }
        }
        for (std::size_t d = 0; d < m_bank.domains.size(); ++d)
            m_out.domains.push_back({m_bank.domains[d].id, m_bank.domains[d].weight, target(d),
                                     d < m_quota.size() ? m_quota[d] : 0, m_placed[d], m_ix.available[d]});
    }

    const Bank& m_bank;
    DrawOptions m_options;
    bool m_restricted;
    const DrawIndex& m_ix;
    std::vector<std::vector<Index>> m_pools; ///< single questions by objective, sorted as far as needed
    std::size_t m_count;
    std::vector<std::uint64_t> m_keys;
    std::vector<std::size_t> m_quota;
    std::vector<std::size_t> m_placed;
    std::vector<std::size_t> m_objectiveCount;
    std::vector<std::size_t> m_cursor;
    std::vector<std::size_t> m_sortedUpTo;
    std::vector<Rank> m_testletRank;
    std::vector<std::size_t> m_testletOrder;
    std::vector<bool> m_testletTaken;
    std::vector<Index> m_flat;                              ///< drawn questions, unit after unit
    std::vector<std::pair<std::size_t, std::size_t>> m_units; ///< (first, size) in m_flat: a testlet or one question
    std::size_t m_taken = 0;
    DrawnExam m_out;
};

} // namespace

struct ExamDrawer::Index : DrawIndex {
    explicit Index(DrawIndex ix) : DrawIndex(std::move(ix)) {}
};

ExamDrawer::ExamDrawer(const Bank& bank, const std::vector<bool>* eligible)
    : m_bank(bank)
    , m_index(std::make_unique<const Index>(indexBank(bank, eligible)))
    , m_restricted(eligible != nullptr)
{
}

ExamDrawer::~ExamDrawer() = default;
ExamDrawer::ExamDrawer(ExamDrawer&&) noexcept = default;

DrawnExam ExamDrawer::draw(std::uint64_t seed, std::size_t count, const SeenCounts* seen) const
{
    return Draw{m_bank, *m_index, {seed, count, seen, nullptr}, m_restricted}.run();
}

DrawnExam drawExam(const Bank& bank, const DrawOptions& options)
{
    return ExamDrawer{bank, options.eligible}.draw(options.seed, options.count, options.seen);
}

} // namespace certdrill::core
