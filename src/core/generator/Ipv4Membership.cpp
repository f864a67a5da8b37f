#include "core/generator/ChoiceSet.h"
#include "core/generator/Family.h"
#include "core/generator/Ipv4.h"

namespace certdrill::core::generator {
namespace {

const std::vector<ParamRule> kParams{
    {"min_prefix", 8, 30, {}},
    {"max_prefix", 8, 30, {}},
};

int pickPrefix(const Params& params, Random& random)
{
    const int difficulty = params.difficulty();
    const auto [low, high] = params.range("min_prefix", "max_prefix", {8, 30}, {difficulty == 1 ? 24 : difficulty == 2 ? 20 : 12, 30});
    return between(random, low, high);
}

/// A host address (not the network or broadcast address) in a random /prefix.
std::uint32_t hostIn(Random& random, int prefix)
{
    std::uint32_t address = 0;
    do
        address = randomUnicast(random);
    while (address == networkOf(address, prefix) || address == broadcastOf(address, prefix));
    return address;
}

bool contains(std::int64_t network, int prefix, std::uint32_t address)
{
    return network >= 0 && network <= 0xFFFFFFFFLL && networkOf(address, prefix) == static_cast<std::uint32_t>(network);
}

void generateMembership(const Params& params, Random& random, Question& q)
{
    const int prefix = pickPrefix(params, random);
    const std::uint32_t host = hostIn(random, prefix);
    const std::int64_t network = networkOf(host, prefix);
    const auto block = static_cast<std::int64_t>(blockSize(prefix));
    std::vector<Option> distractors;
    auto add = [&](std::int64_t net, int p, const std::string& why) {
        if (p >= 8 && p <= 30 && net >= 0 && net <= 0xFFFFFFFFLL && !contains(net, p, host)
            && networkOf(static_cast<std::uint32_t>(net), p) == static_cast<std::uint32_t>(net))
            distractors.push_back({cidr(static_cast<std::uint32_t>(net), p), why});
    };
    add(network + block, prefix, "It starts one block after the host's subnet, above the host.");
    add(network - block, prefix, "It ends just below the host's subnet.");
    const std::int64_t half = block / 2;
    const bool upperHalf = (host - network) >= half;
    add(upperHalf ? network : network + half, prefix + 1,
        "That /" + std::to_string(prefix + 1) + " is the other half of the block; the host is in the " + (upperHalf ? "upper" : "lower") + " half.");
    add(network + 2 * block, prefix, "It starts two blocks after the host's subnet.");
    add(network - 2 * block, prefix, "It ends one block before the host's subnet.");
    add(network + 2 * block, prefix - 1, "That larger block starts above the host.");
    add(network - 2 * block, prefix - 1, "That larger block ends below the host.");
    add(network + block, prefix + 1, "It starts just after the host's subnet ends.");
    add(network - half, prefix + 1, "It ends just before the host's subnet starts.");
    q.stem = "Which of these subnets contains the host " + code(dotted(host)) + "?";
    q.explanation = "Check where the host falls for the subnet that contains it, " + code(cidr(static_cast<std::uint32_t>(network), prefix)) + ":\n\n"
        + subnetSteps(host, prefix) + "\nThe other subnets end before the host or start after it.";
    Option correct{cidr(static_cast<std::uint32_t>(network), prefix),
                   "It runs from " + dotted(static_cast<std::uint32_t>(network)) + " to " + dotted(broadcastOf(host, prefix)) + ", which includes the host."};
    setAnswer(q, false, std::move(correct), std::move(distractors), {}, random);
}

std::string verdict(std::uint32_t a, std::uint32_t b, int prefix, std::int64_t shift)
{
    const auto label = [&](std::uint32_t x) {
        return cidr(static_cast<std::uint32_t>(static_cast<std::int64_t>(networkOf(x, prefix)) + shift), prefix);
    };
    if (networkOf(a, prefix) == networkOf(b, prefix))
        return "Yes: both are in " + label(a);
    return "No: " + dotted(a) + " is in " + label(a) + " and " + dotted(b) + " is in " + label(b);
}

void generateSameSubnet(const Params& params, Random& random, Question& q)
{
    const int prefix = pickPrefix(params, random);
    const std::uint32_t a = hostIn(random, prefix);
    const auto block = static_cast<std::int64_t>(blockSize(prefix));
    const std::int64_t network = networkOf(a, prefix);
    std::uint32_t b = a;
    const bool same = random.below(2) == 0;
    for (int tries = 0; tries < 100; ++tries) {
        // near the subnet's edges, inside it or in a neighbouring subnet
        const std::int64_t edge = random.below(2) == 0 ? network : network + block;
        const auto reach = static_cast<std::uint64_t>(std::min<std::int64_t>(block / 2, 64));
        const auto offset = static_cast<std::int64_t>(1 + random.below(reach));
        const std::int64_t candidate = random.below(2) == 0 ? edge + offset - 1 : edge - offset;
        if (candidate <= 0 || candidate >= 0xFFFFFFFFLL)
            continue;
        const auto c = static_cast<std::uint32_t>(candidate);
        if (c == a || c == networkOf(c, prefix) || c == broadcastOf(c, prefix) || (c >> 24U) == 0 || (c >> 24U) >= 224)
            continue;
        if ((networkOf(c, prefix) == networkOf(a, prefix)) == same) {
            b = c;
            break;
        }
    }
    if (b == a) { // no neighbour found: take the other end of the subnet, or the next one
        b = same ? (a == network + 1 ? broadcastOf(a, prefix) - 1 : static_cast<std::uint32_t>(network + 1))
                 : static_cast<std::uint32_t>(a > 0x7FFFFFFF ? network - 2 : network + block + 1);
    }
    const bool reallySame = networkOf(a, prefix) == networkOf(b, prefix);
    q.stem = "Hosts " + code(dotted(a)) + " and " + code(dotted(b)) + " both use the mask " + code(dotted(maskOf(prefix)))
        + " (/" + std::to_string(prefix) + "). Are they in the same subnet?";
    q.explanation = "Find each host's subnet with the /" + std::to_string(prefix) + " mask.\n\nFor " + code(dotted(a)) + ":\n\n"
        + subnetSteps(a, prefix) + "\nFor " + code(dotted(b)) + ":\n\n" + subnetSteps(b, prefix) + "\n"
        + (reallySame ? "Both have the same network address, so they are in the same subnet."
                      : "Their network addresses differ, so they are in different subnets and need a router to talk.");
    Option correct{verdict(a, b, prefix, 0), "Clearing the host bits of each address with the /" + std::to_string(prefix) + " mask gives these networks."};
    std::vector<Option> distractors;
    for (int p : {prefix - 1, prefix + 1, prefix - 2, prefix + 2})
        if (p >= 8 && p <= 30)
            distractors.push_back({verdict(a, b, p, 0), "That works the hosts out with a /" + std::to_string(p) + " mask; they use /" + std::to_string(prefix) + "."});
    for (std::int64_t shift : {block, -block})
        if (network + shift >= 0 && network + shift + 2 * block <= 0xFFFFFFFFLL)
            distractors.push_back({verdict(a, b, prefix, shift), "Those network addresses are one block (" + grouped(static_cast<std::uint64_t>(block)) + ") off."});
    setAnswer(q, false, std::move(correct), std::move(distractors), {}, random);
}

} // namespace

const FamilyDefinition& ipv4SubnetMembership()
{
    static const FamilyDefinition family{
        {"ipv4.subnet-membership", "IPv4 subnet an address belongs to",
         "Which of four subnets (of mixed sizes) contains a host; params: min_prefix, max_prefix (8-30), difficulty."},
        kParams, &generateMembership};
    return family;
}

const FamilyDefinition& ipv4SameSubnet()
{
    static const FamilyDefinition family{
        {"ipv4.same-subnet", "Whether two IPv4 hosts share a subnet",
         "Whether two hosts with the same mask are in one subnet, and which; params: min_prefix, max_prefix (8-30), difficulty."},
        kParams, &generateSameSubnet};
    return family;
}

} // namespace certdrill::core::generator
