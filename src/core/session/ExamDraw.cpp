#include "core/session/ExamDraw.h"

#include "core/common/Random.h"
#include "core/session/Blueprint.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string_view>

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
    std::uint32_t seen = 0;                 ///< the most any of its questions was seen
    std::uint64_t key = 0;
};

/// What the draw knows about the bank, indexed once.
struct BankIndex {
    std::vector<std::size_t> domainOf;              ///< per question
    std::vector<std::size_t> objectiveOf;           ///< per question
    std::vector<std::vector<std::size_t>> objectivesOfDomain;
    std::vector<std::vector<Index>> loneByObjective;
    std::vector<Testlet> testlets;
    std::vector<std::size_t> available;             ///< per domain
    std::size_t testletQuestions = 0;
    std::size_t eligible = 0;
};

BankIndex indexBank(const Bank& bank, const std::vector<bool>* eligible)
{
    BankIndex ix;
    std::vector<std::pair<std::string_view, std::size_t>> objectiveIds; // sorted for lookup
    ix.objectivesOfDomain.resize(bank.domains.size());
    std::vector<std::size_t> domainOfObjective;
    for (std::size_t d = 0; d < bank.domains.size(); ++d)
        for (const auto& o : bank.domains[d].objectives) {
            ix.objectivesOfDomain[d].push_back(objectiveIds.size());
            objectiveIds.emplace_back(o.id, objectiveIds.size());
            domainOfObjective.push_back(d);
        }
    std::sort(objectiveIds.begin(), objectiveIds.end());
    ix.loneByObjective.resize(objectiveIds.size());
    ix.available.assign(bank.domains.size(), 0);
    ix.domainOf.resize(bank.questions.size());
    ix.objectiveOf.resize(bank.questions.size());

    std::vector<std::pair<std::string_view, std::size_t>> scenarioTestlet; // kept sorted
    for (std::size_t i = 0; i < bank.questions.size(); ++i) {
        const auto& q = bank.questions[i];
        if (eligible && (i >= eligible->size() || !(*eligible)[i]))
            continue;
        const auto o = std::lower_bound(objectiveIds.begin(), objectiveIds.end(), std::string_view{q.objective},
                                        [](const auto& entry, std::string_view id) { return entry.first < id; });
        // The parser guarantees a known objective; a hand-made bank without one lands in the first.
        const std::size_t objective = o != objectiveIds.end() && o->first == q.objective ? o->second : 0;
        if (objectiveIds.empty())
            continue;
        ++ix.eligible;
        ix.objectiveOf[i] = objective;
        ix.domainOf[i] = domainOfObjective[objective];
        ++ix.available[ix.domainOf[i]];
        if (q.scenario.empty()) {
            ix.loneByObjective[objective].push_back(static_cast<Index>(i));
            continue;
        }
        auto t = std::lower_bound(scenarioTestlet.begin(), scenarioTestlet.end(), std::string_view{q.scenario},
                                  [](const auto& entry, std::string_view id) { return entry.first < id; });
        if (t == scenarioTestlet.end() || t->first != q.scenario) {
            t = scenarioTestlet.insert(t, {q.scenario, ix.testlets.size()});
            ix.testlets.push_back({q.scenario, {}, std::vector<std::size_t>(bank.domains.size(), 0), 0, 0});
        }
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
    Draw(const Bank& bank, const DrawOptions& options)
        : m_bank(bank)
        , m_options(options)
        , m_ix(indexBank(bank, options.eligible))
        , m_count(options.count > 0 ? options.count : static_cast<std::size_t>(std::max(0, bank.exam.questionCount)))
        , m_placed(bank.domains.size(), 0)
        , m_objectiveCount(m_ix.loneByObjective.size(), 0)
        , m_cursor(m_ix.loneByObjective.size(), 0)
        , m_sortedUpTo(m_ix.loneByObjective.size(), 0)
    {
        Random keys{streamSeed(options.seed, kKeyStream)};
        m_keys.resize(bank.questions.size());
        for (auto& k : m_keys)
            k = keys.next();
        for (auto& t : m_ix.testlets) {
            t.key = m_keys[t.questions.front()];
            for (const auto q : t.questions)
                t.seen = std::max(t.seen, seen(q));
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
        if (!m_options.seen)
            return 0;
        const auto it = m_options.seen->find(m_bank.questions[q].id);
        return it == m_options.seen->end() ? 0 : it->second;
    }

    Rank rank(Index q) const { return {seen(q), m_keys[q]}; }

    double target(std::size_t d) const { return m_bank.domains[d].weight * static_cast<double>(m_count); }

    void takeEverything()
    {
        if (m_ix.eligible < m_count)
            m_out.warnings.push_back((m_options.eligible ? "only " + std::to_string(m_ix.eligible) + " questions match"
                                                         : "the bank has only " + std::to_string(m_ix.eligible) +
                                                               " questions") +
                                     "; the session uses all of them instead of " + std::to_string(m_count));
        m_quota = m_ix.available;
        for (const auto& t : m_ix.testlets)
            m_units.push_back(t.questions);
        for (const auto& pool : m_ix.loneByObjective)
            for (const auto q : pool)
                m_units.push_back({q});
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
                if (!m_options.eligible) // a chosen subset is expected to miss domains
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
        m_units.push_back(t.questions);
        m_taken += t.questions.size();
    }

    void takeTestlets()
    {
        if (m_ix.testlets.empty())
            return;
        // Testlets take about the share of the exam that scenario questions have in the bank.
        const auto budget = static_cast<std::size_t>(std::llround(static_cast<double>(m_count) *
                                                                  static_cast<double>(m_ix.testletQuestions) /
                                                                  static_cast<double>(m_ix.eligible)));
        m_testletOrder.resize(m_ix.testlets.size());
        std::iota(m_testletOrder.begin(), m_testletOrder.end(), std::size_t{0});
        std::sort(m_testletOrder.begin(), m_testletOrder.end(), [&](std::size_t a, std::size_t b) {
            return Rank{m_ix.testlets[a].seen, m_ix.testlets[a].key} < Rank{m_ix.testlets[b].seen, m_ix.testlets[b].key};
        });
        m_testletTaken.assign(m_ix.testlets.size(), false);
        std::size_t inTestlets = 0;
        for (const auto t : m_testletOrder) {
            const auto& testlet = m_ix.testlets[t];
            if (inTestlets + testlet.questions.size() > budget || !fits(testlet))
                continue;
            take(testlet);
            m_testletTaken[t] = true;
            inTestlets += testlet.questions.size();
        }
    }

    /// The pool of an objective, best first, sorted only as far as the draw can reach.
    std::vector<Index>& pool(std::size_t objective, std::size_t reach)
    {
        auto& p = m_ix.loneByObjective[objective];
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
                if (m_cursor[o] < m_ix.loneByObjective[o].size() && (!best || m_objectiveCount[o] < m_objectiveCount[*best]))
                    best = o;
            if (!best)
                break;
            const auto& p = pool(*best, m_cursor[*best] + need - k);
            m_units.push_back({p[m_cursor[*best]++]});
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
        if (!m_options.eligible)
            m_out.warnings.push_back("the blueprint could not be followed exactly: too few questions outside testlets");
        while (m_taken < m_count) {
            std::optional<std::size_t> best;
            for (std::size_t d = 0; d < m_bank.domains.size(); ++d) {
                bool left = false;
                for (const auto o : m_ix.objectivesOfDomain[d])
                    left = left || m_cursor[o] < m_ix.loneByObjective[o].size();
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

    void order()
    {
        Random shuffle{streamSeed(m_options.seed, kOrderStream)};
        shuffle.shuffle(m_units);
        for (const auto& unit : m_units) {
            const auto& first = m_bank.questions[unit.front()];
            if (!first.scenario.empty())
                m_out.scenarios.push_back(first.scenario);
            for (const auto q : unit)
                m_out.questions.push_back(m_bank.questions[q].id);
        }
        for (std::size_t d = 0; d < m_bank.domains.size(); ++d)
            m_out.domains.push_back({m_bank.domains[d].id, m_bank.domains[d].weight, target(d),
                                     d < m_quota.size() ? m_quota[d] : 0, m_placed[d], m_ix.available[d]});
    }

    const Bank& m_bank;
    const DrawOptions& m_options;
    BankIndex m_ix;
    std::size_t m_count;
    std::vector<std::uint64_t> m_keys;
    std::vector<std::size_t> m_quota;
    std::vector<std::size_t> m_placed;
    std::vector<std::size_t> m_objectiveCount;
    std::vector<std::size_t> m_cursor;
    std::vector<std::size_t> m_sortedUpTo;
    std::vector<std::size_t> m_testletOrder;
    std::vector<bool> m_testletTaken;
    std::vector<std::vector<Index>> m_units;
    std::size_t m_taken = 0;
    DrawnExam m_out;
};

} // namespace

DrawnExam drawExam(const Bank& bank, const DrawOptions& options) { return Draw{bank, options}.run(); }

} // namespace certdrill::core
