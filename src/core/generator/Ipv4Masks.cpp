#include "core/generator/ChoiceSet.h"
#include "core/generator/Family.h"
#include "core/generator/Ipv4.h"

namespace certdrill::core::generator {
namespace {

const std::vector<ParamRule> kHostParams{
    {"form", 0, 0, {"prefix", "dotted", "any"}},
    {"min_hosts", 2, 4'194'302, {}},
    {"max_hosts", 2, 4'194'302, {}},
};
const std::vector<ParamRule> kSubnetParams{
    {"min_base_prefix", 8, 24, {}},
    {"max_base_prefix", 8, 24, {}},
};

std::string maskText(int prefix, const std::string& form)
{
    if (form == "prefix")
        return "/" + std::to_string(prefix);
    if (form == "dotted")
        return dotted(maskOf(prefix));
    return "/" + std::to_string(prefix) + " (" + dotted(maskOf(prefix)) + ")";
}

std::vector<std::string> acceptedMasks(int prefix)
{
    return {"/" + std::to_string(prefix), std::to_string(prefix), dotted(maskOf(prefix))};
}

/// Host bits needed for `hosts` usable addresses: the smallest h with 2^h - 2 >= hosts.
int hostBitsFor(std::uint64_t hosts)
{
    int h = 2;
    while (usableHosts(32 - h) < hosts)
        ++h;
    return h;
}

/// Often a count right at a power-of-two boundary, where the "- 2" matters.
std::uint64_t hostCount(Random& random, std::uint64_t low, std::uint64_t high)
{
    if (random.below(2) == 0) {
        const int h = between(random, 2, 22);
        const std::uint64_t edge = usableHosts(32 - h);
        const std::uint64_t pick[] = {edge, edge + 1, edge - 1, edge + 2};
        const std::uint64_t n = pick[random.below(4)];
        if (n >= low && n <= high && n >= 2)
            return n;
    }
    return low + random.below(high - low + 1);
}

void generateForHosts(const Params& params, Random& random, Question& q)
{
    const int difficulty = params.difficulty();
    const auto [low, high] = params.range("min_hosts", "max_hosts", {2, 4'194'302}, {2, difficulty == 1 ? 254 : difficulty == 2 ? 65'534 : 4'194'302});
    const std::uint64_t hosts = hostCount(random, static_cast<std::uint64_t>(low), static_cast<std::uint64_t>(high));
    const int h = hostBitsFor(hosts);
    const int prefix = 32 - h;
    std::string form = params.word("form", "any");
    if (form == "any")
        form = random.below(2) == 0 ? "prefix" : "dotted";
    const bool typed = difficulty == 3;
    q.stem = "A subnet must hold " + grouped(hosts) + " hosts, and addresses are scarce. Which "
        + (form == "prefix" ? std::string{"prefix length"} : std::string{"subnet mask"})
        + " gives the smallest subnet that fits them?" + (typed ? " Type it as a prefix (such as /24) or a dotted mask." : "");
    q.explanation = "1. A subnet with h host bits has 2^h - 2 usable addresses (the network and broadcast addresses are reserved).\n"
        "2. 2^" + std::to_string(h - 1) + " - 2 = " + grouped(usableHosts(prefix + 1)) + " is too few for " + grouped(hosts)
        + "; 2^" + std::to_string(h) + " - 2 = " + grouped(usableHosts(prefix)) + " is enough, so " + std::to_string(h)
        + " host bits are needed.\n3. 32 - " + std::to_string(h) + " = " + std::to_string(prefix) + ": the mask is "
        + code(maskText(prefix, "both")) + ".";
    Option correct{maskText(prefix, form), "It leaves " + std::to_string(h) + " host bits: " + grouped(usableHosts(prefix))
                                               + " usable addresses, the fewest that still fit."};
    std::vector<Option> distractors;
    if (prefix + 1 <= 30)
        distractors.push_back({maskText(prefix + 1, form), "Only " + grouped(usableHosts(prefix + 1)) + " usable addresses: too few."});
    if (prefix + 2 <= 30)
        distractors.push_back({maskText(prefix + 2, form), "Only " + grouped(usableHosts(prefix + 2)) + " usable addresses: far too few."});
    distractors.push_back({maskText(prefix - 1, form), "It fits, but with " + grouped(usableHosts(prefix - 1)) + " addresses it is twice as large as needed."});
    distractors.push_back({maskText(prefix - 2, form), "It fits, but with " + grouped(usableHosts(prefix - 2)) + " addresses it wastes three quarters of the block."});
    distractors.push_back({maskText(prefix - 3, form), "It fits, but it is eight times larger than needed."});
    setAnswer(q, typed, std::move(correct), std::move(distractors), acceptedMasks(prefix), random);
}

void generateForSubnets(const Params& params, Random& random, Question& q)
{
    const int difficulty = params.difficulty();
    int base = 0;
    if (params.has("min_base_prefix") || params.has("max_base_prefix")) {
        const auto [low, high] = params.range("min_base_prefix", "max_base_prefix", {8, 24}, {8, 24});
        base = between(random, low, high);
    } else {
        base = difficulty == 1 ? 24 : difficulty == 2 ? (random.below(2) == 0 ? 16 : 24) : between(random, 8, 24);
    }
    const int maxBits = std::min(30 - base, difficulty == 1 ? 5 : 12);
    int bits = between(random, 1, maxBits);
    std::uint64_t subnets = (std::uint64_t{1} << bits);
    // at the boundary (exactly 2^b) or just past the previous one (2^(b-1) + 1)
    if (bits > 1 && random.below(2) == 0)
        subnets = (std::uint64_t{1} << (bits - 1)) + 1 + random.below(subnets / 2 - 1);
    const int prefix = base + bits;
    const std::uint32_t network = networkOf(randomUnicast(random), base);
    const bool typed = difficulty == 3;
    q.stem = "The network " + code(cidr(network, base)) + " must be divided into at least " + grouped(subnets)
        + " equal subnets, each as large as possible (subnet zero is usable). Which mask do the subnets use?"
        + (typed ? " Type it as a prefix (such as /24) or a dotted mask." : "");
    q.explanation = "1. Borrowing b bits from the host part gives 2^b subnets.\n2. "
        + (bits > 1 ? "2^" + std::to_string(bits - 1) + " = " + grouped(subnets > 1 ? std::uint64_t{1} << (bits - 1) : 1) + " is too few; " : std::string{})
        + "2^" + std::to_string(bits) + " = " + grouped(std::uint64_t{1} << bits) + " is enough for " + grouped(subnets)
        + ", so borrow " + std::to_string(bits) + (bits == 1 ? " bit" : " bits") + ".\n3. /" + std::to_string(base) + " + " + std::to_string(bits)
        + " = /" + std::to_string(prefix) + ": the mask is " + code(maskText(prefix, "both")) + ", leaving "
        + grouped(usableHosts(prefix)) + " usable hosts per subnet.";
    Option correct{maskText(prefix, "both"), "It borrows " + std::to_string(bits) + (bits == 1 ? " bit: " : " bits: ") + grouped(std::uint64_t{1} << bits)
                                                 + " subnets, the largest that still give enough."};
    std::vector<Option> distractors;
    distractors.push_back({maskText(prefix + 1, "both"), "It gives enough subnets, but each is half as large as it could be."});
    if (bits > 1)
        distractors.push_back({maskText(prefix - 1, "both"), "Only " + grouped(std::uint64_t{1} << (bits - 1)) + " subnets: too few."});
    distractors.push_back({maskText(base, "both"), "That is the original network's mask: no bits borrowed, one subnet."});
    if (prefix + 2 <= 32)
        distractors.push_back({maskText(prefix + 2, "both"), "Enough subnets, but each is a quarter of what it could be."});
    int oldRule = 1;
    while ((std::uint64_t{1} << oldRule) - 2 < subnets)
        ++oldRule;
    if (base + oldRule <= 32 && oldRule != bits)
        distractors.push_back({maskText(base + oldRule, "both"), "That follows the old rule that discards the first and last subnet (2^b - 2); subnet zero is usable here."});
    if (bits > 2)
        distractors.push_back({maskText(prefix - 2, "both"), "Only " + grouped(std::uint64_t{1} << (bits - 2)) + " subnets: too few."});
    setAnswer(q, typed, std::move(correct), std::move(distractors), acceptedMasks(prefix), random);
}

} // namespace

const FamilyDefinition& ipv4MaskForHosts()
{
    static const FamilyDefinition family{
        {"ipv4.mask-for-hosts", "IPv4 mask for a number of hosts",
         "The mask (prefix or dotted) of the smallest subnet that holds N hosts; params: form (prefix, dotted, "
         "any), min_hosts, max_hosts (2-4,194,302), difficulty."},
        kHostParams, &generateForHosts};
    return family;
}

const FamilyDefinition& ipv4MaskForSubnets()
{
    static const FamilyDefinition family{
        {"ipv4.mask-for-subnets", "IPv4 mask for a number of subnets",
         "The mask that divides a network into at least N equal subnets, each as large as possible; params: "
         "min_base_prefix, max_base_prefix (8-24), difficulty."},
        kSubnetParams, &generateForSubnets};
    return family;
}

} // namespace certdrill::core::generator
