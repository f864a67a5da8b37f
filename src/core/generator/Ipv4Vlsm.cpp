#include "core/generator/ChoiceSet.h"
#include "core/generator/Family.h"
#include "core/generator/Ipv4.h"

#include <algorithm>
#include <array>

namespace certdrill::core::generator {
namespace {

const std::vector<ParamRule> kParams{
    {"ask", 0, 0, {"subnet", "order", "any"}},
    {"min_requirements", 3, 6, {}},
    {"max_requirements", 3, 6, {}},
};

const std::array<std::string_view, 12> kNames{"Sales",   "Engineering", "Finance", "Guest", "Voice",    "Servers",
                                             "Printers", "Management", "Lab",     "Support", "Warehouse", "Marketing"};

struct Requirement {
    std::string name;
    std::uint64_t hosts = 0;
    int hostBits = 0;
};

/// Allocates consecutive, aligned blocks from `base` in the given order.
std::vector<std::uint32_t> allocate(const std::vector<Requirement>& order, std::uint32_t base)
{
    std::vector<std::uint32_t> out;
    std::uint64_t next = base;
    for (const auto& r : order) {
        const std::uint64_t size = std::uint64_t{1} << r.hostBits;
        next = (next + size - 1) / size * size;
        out.push_back(static_cast<std::uint32_t>(next));
        next += size;
    }
    return out;
}

std::string names(const std::vector<Requirement>& order)
{
    std::string out;
    for (const auto& r : order)
        out += (out.empty() ? "" : ", ") + r.name;
    return out;
}

void generate(const Params& params, Random& random, Question& q)
{
    const int difficulty = params.difficulty();
    const int basePrefix = difficulty == 3 ? between(random, 20, 23) : 24;
    const std::uint32_t base = networkOf(randomUnicast(random), basePrefix);
    const auto [minCount, maxCount] = params.range("min_requirements", "max_requirements", {3, 6},
                                             {difficulty == 1 ? 3 : 4, difficulty == 1 ? 3 : difficulty == 2 ? 4 : 5});
    const int count = between(random, minCount, maxCount);
    // distinct block sizes (no ties in the order); the largest at most half the base block, so they always fit
    std::vector<int> bits;
    for (int h = 2; h <= 31 - basePrefix; ++h)
        bits.push_back(h);
    random.shuffle(bits);
    bits.resize(std::min<std::size_t>(bits.size(), static_cast<std::size_t>(count)));
    std::vector<std::string_view> pool(kNames.begin(), kNames.end());
    random.shuffle(pool);
    std::vector<Requirement> listed;
    for (std::size_t i = 0; i < bits.size(); ++i) {
        const std::uint64_t most = usableHosts(32 - bits[i]);
        const std::uint64_t least = bits[i] == 2 ? 2 : usableHosts(33 - bits[i]) + 1;
        listed.push_back({std::string{bits[i] == 2 ? "WAN link" : pool[i]}, least + random.below(most - least + 1), bits[i]});
    }
    std::vector<Requirement> sorted = listed;
    std::sort(sorted.begin(), sorted.end(), [](const Requirement& x, const Requirement& y) { return x.hostBits > y.hostBits; });
    const std::vector<std::uint32_t> plan = allocate(sorted, base);

    q.exhibit = Exhibit{};
    for (const auto& r : listed)
        q.exhibit->text += r.name + ": " + grouped(r.hosts) + " hosts\n";
    std::string steps = "1. Size each subnet: the smallest block with 2^h - 2 >= hosts.\n"
                        "2. Sort the blocks largest first, so every block starts on a multiple of its size.\n"
                        "3. Allocate them one after another from " + code(cidr(base, basePrefix)) + ":\n\n";
    for (std::size_t i = 0; i < sorted.size(); ++i)
        steps += "- " + sorted[i].name + " (" + grouped(sorted[i].hosts) + " hosts, " + std::to_string(sorted[i].hostBits)
            + " host bits): " + code(cidr(plan[i], 32 - sorted[i].hostBits)) + "\n";
    q.explanation = steps;
    std::string ask = params.word("ask", "any");
    if (ask == "any")
        ask = random.below(2) == 0 ? "subnet" : "order";
    const std::string intro = "You assign subnets from " + code(cidr(base, basePrefix))
        + " with VLSM, largest requirement first, with no gaps. The exhibit lists the host counts.";
    if (ask == "order") {
        q.stem = intro + " In which order are the subnets allocated?";
        std::vector<Option> distractors;
        distractors.push_back({names(listed), "That is the order of the list; VLSM sorts by size first."});
        std::vector<Requirement> ascending(sorted.rbegin(), sorted.rend());
        distractors.push_back({names(ascending), "That is smallest first; small blocks first leave the large ones misaligned."});
        std::vector<Requirement> alphabetical = listed;
        std::sort(alphabetical.begin(), alphabetical.end(), [](const Requirement& x, const Requirement& y) { return x.name < y.name; });
        distractors.push_back({names(alphabetical), "That is alphabetical order; VLSM sorts by size."});
        for (int i = 0; i < 40; ++i) {
            std::vector<Requirement> shuffled = listed;
            random.shuffle(shuffled);
            distractors.push_back({names(shuffled), "Not sorted by size: a larger block would follow a smaller one."});
        }
        q.explanation += "\nSo the order is " + names(sorted) + ".";
        setAnswer(q, false, {names(sorted), "Largest block first, down to the smallest."}, std::move(distractors), {}, random);
        return;
    }
    const auto target = static_cast<std::size_t>(random.below(sorted.size()));
    const Requirement& r = sorted[target];
    const int prefix = 32 - r.hostBits;
    q.stem = intro + " Which subnet does " + r.name + " get?";
    q.explanation += "\nSo " + r.name + " gets " + code(cidr(plan[target], prefix)) + ".";
    const std::vector<std::uint32_t> asListed = allocate(listed, base);
    std::vector<Option> distractors;
    for (std::size_t i = 0; i < listed.size(); ++i)
        if (listed[i].name == r.name)
            distractors.push_back({cidr(asListed[i], prefix), "That allocates in the order listed instead of largest first."});
    distractors.push_back({cidr(plan[target], prefix + 1), "Right start, but a /" + std::to_string(prefix + 1) + " holds only "
                                                              + grouped(usableHosts(prefix + 1)) + " hosts."});
    distractors.push_back({cidr(plan[target], prefix - 1), "Right start, but a /" + std::to_string(prefix - 1) + " is twice the size needed."});
    if (target > 0)
        distractors.push_back({cidr(plan[target - 1], prefix), "That is where the larger requirement before it starts."});
    if (target + 1 < sorted.size())
        distractors.push_back({cidr(plan[target + 1], prefix), "That is where the next, smaller requirement starts."});
    distractors.push_back({cidr(plan[target] + static_cast<std::uint32_t>(blockSize(prefix)), prefix), "One block too far: it skips this subnet's own block."});
    const std::vector<Requirement> ascending(sorted.rbegin(), sorted.rend());
    distractors.push_back({cidr(allocate(ascending, base)[sorted.size() - 1 - target], prefix), "That allocates smallest first."});
    setAnswer(q, false, {cidr(plan[target], prefix), "Its place after the larger blocks, sized for " + grouped(r.hosts) + " hosts."},
              std::move(distractors), {}, random);
}

} // namespace

const FamilyDefinition& ipv4Vlsm()
{
    static const FamilyDefinition family{
        {"ipv4.vlsm", "IPv4 VLSM allocation",
         "Allocate subnets for a list of host counts, largest first: which subnet one requirement gets, or the "
         "order; params: ask (subnet, order, any), min_requirements, max_requirements (3-6), difficulty."},
        kParams, &generate};
    return family;
}

} // namespace certdrill::core::generator
