#include "core/generator/ChoiceSet.h"
#include "core/generator/Family.h"
#include "core/generator/Ipv4.h"

namespace certdrill::core::generator {
namespace {

const std::vector<ParamRule> kParams{
    {"ask", 0, 0, {"wildcard", "range", "any"}},
    {"min_prefix", 8, 30, {}},
    {"max_prefix", 8, 30, {}},
};

std::string wildcardOf(int prefix) { return dotted(~maskOf(prefix)); }

std::string range(std::uint32_t network, int prefix)
{
    return dotted(network) + " to " + dotted(broadcastOf(network, prefix));
}

void generate(const Params& params, Random& random, Question& q)
{
    const int difficulty = params.difficulty();
    const auto [low, high] = params.range("min_prefix", "max_prefix", {8, 30}, {difficulty == 1 ? 24 : difficulty == 2 ? 16 : 8, 30});
    const int prefix = between(random, low, high);
    std::string ask = params.word("ask", "any");
    if (ask == "any")
        ask = random.below(2) == 0 ? "wildcard" : "range";
    const std::string wildcard = wildcardOf(prefix);
    const std::string steps = "1. A wildcard mask is the subnet mask inverted: 255 minus each octet of "
        + code(dotted(maskOf(prefix))) + " gives " + code(wildcard) + ".\n"
        "2. A 0 bit must match the address; a 1 bit may be anything.\n";
    if (ask == "wildcard") {
        const bool typed = difficulty == 3;
        q.stem = "Which wildcard mask matches the same addresses as the subnet mask " + code(dotted(maskOf(prefix))) + " (/"
            + std::to_string(prefix) + ") in an ACL or an OSPF `network` statement?" + (typed ? " Type it in dotted decimal." : "");
        q.explanation = steps + "\nSo the wildcard mask is " + code(wildcard) + ".";
        std::vector<Option> distractors{
            {dotted(maskOf(prefix)), "That is the subnet mask itself; a wildcard mask is its inverse."},
            {wildcardOf(prefix - 1), "That is the wildcard for a /" + std::to_string(prefix - 1) + ", one bit too many."},
            {wildcardOf(prefix + 1), "That is the wildcard for a /" + std::to_string(prefix + 1) + ", one bit too few."},
            {dotted(~maskOf(prefix) + 1), "That is the block size, not the block size minus one."},
            {wildcardOf(prefix - 2), "That is the wildcard for a /" + std::to_string(prefix - 2) + "."},
        };
        setAnswer(q, typed, {wildcard, "255 minus each mask octet."}, std::move(distractors), {wildcard}, random);
        return;
    }
    const std::uint32_t network = networkOf(randomUnicast(random), prefix);
    const auto block = static_cast<std::int64_t>(blockSize(prefix));
    q.stem = "Which addresses does the ACL entry " + code("access-list 10 permit " + dotted(network) + " " + wildcard) + " match?";
    q.explanation = steps + "3. The host bits of " + code(dotted(network)) + " run from all 0s to all 1s: " + code(range(network, prefix))
        + ", a block of " + grouped(static_cast<std::uint64_t>(block)) + " addresses (a /" + std::to_string(prefix) + ").";
    std::vector<Option> distractors;
    if (network + 2 * block - 1 <= 0xFFFFFFFFLL)
        distractors.push_back({dotted(network) + " to " + dotted(static_cast<std::uint32_t>(network + 2 * block - 1)), "One block too many: that is a /" + std::to_string(prefix - 1) + "."});
    if (network + block <= 0xFFFFFFFFLL)
        distractors.push_back({dotted(network) + " to " + dotted(static_cast<std::uint32_t>(network + block)), "One address too far: that address starts the next block."});
    distractors.push_back({range(network, prefix + 1), "That is only half the block, a /" + std::to_string(prefix + 1) + "."});
    distractors.push_back({dotted(network + 1) + " to " + dotted(broadcastOf(network, prefix) - 1), "An ACL matches every address the wildcard allows, network and broadcast included."});
    distractors.push_back({dotted(network) + " only", "A 1 bit in a wildcard means \"any value\", so more than one address matches."});
    setAnswer(q, false, {range(network, prefix), "Every combination of the " + std::to_string(32 - prefix) + " wildcard bits."},
              std::move(distractors), {}, random);
}

} // namespace

const FamilyDefinition& ipv4Wildcard()
{
    static const FamilyDefinition family{
        {"ipv4.wildcard", "IPv4 wildcard masks",
         "The wildcard mask for a subnet mask, or the addresses an ACL entry's wildcard matches; params: ask "
         "(wildcard, range, any), min_prefix, max_prefix (8-30), difficulty."},
        kParams, &generate};
    return family;
}

} // namespace certdrill::core::generator
