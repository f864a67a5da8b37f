#include "core/generator/ChoiceSet.h"
#include "core/generator/Family.h"
#include "core/generator/Ipv4.h"

#include <array>

namespace certdrill::core::generator {
namespace {

const std::vector<ParamRule> kParams{
    {"ask", 0, 0, {"network", "broadcast", "first-host", "last-host", "host-count", "any"}},
    {"min_prefix", 8, 30, {}},
    {"max_prefix", 8, 30, {}},
};

const std::array<std::string_view, 5> kAsks{"network", "broadcast", "first-host", "last-host", "host-count"};

/// Adds an address option when `value` is a valid IPv4 address.
void addAddress(std::vector<Option>& out, std::int64_t value, std::string why)
{
    if (value >= 0 && value <= 0xFFFFFFFFLL)
        out.push_back({dotted(static_cast<std::uint32_t>(value)), std::move(why)});
}

struct Subnet {
    std::uint32_t address;
    int prefix;
    std::int64_t network;
    std::int64_t broadcast;
    std::int64_t block;
};

std::vector<Option> networkDistractors(const Subnet& s)
{
    std::vector<Option> out;
    addAddress(out, s.network + s.block, "That is the next subnet: it starts one block (" + grouped(static_cast<std::uint64_t>(s.block)) + ") higher.");
    addAddress(out, s.network - s.block, "That is the previous subnet, one block lower.");
    addAddress(out, s.network + 1, "That is the first usable host; the network address is one lower.");
    addAddress(out, s.broadcast, "That is the broadcast address, the last address of the subnet.");
    if (s.prefix > 8)
        addAddress(out, networkOf(s.address, s.prefix - 1), "That is the network for a /" + std::to_string(s.prefix - 1) + " mask, one bit too short.");
    if (s.prefix < 30)
        addAddress(out, networkOf(s.address, s.prefix + 1), "That is the network for a /" + std::to_string(s.prefix + 1) + " mask, one bit too long.");
    addAddress(out, s.address & 0xFFFFFF00U, "Zeroing the last octet only works for a /24; this mask is /" + std::to_string(s.prefix) + ".");
    return out;
}

std::vector<Option> broadcastDistractors(const Subnet& s)
{
    std::vector<Option> out;
    addAddress(out, s.broadcast + s.block, "That is the broadcast address of the next subnet.");
    addAddress(out, s.network - 1, "That is the broadcast address of the previous subnet.");
    addAddress(out, s.broadcast - 1, "That is the last usable host; the broadcast address is one higher.");
    addAddress(out, s.network + s.block, "That is the next subnet's network address, one past the broadcast.");
    if (s.prefix > 8)
        addAddress(out, broadcastOf(s.address, s.prefix - 1), "That is the broadcast for a /" + std::to_string(s.prefix - 1) + " mask, one bit too short.");
    if (s.prefix < 30)
        addAddress(out, broadcastOf(s.address, s.prefix + 1), "That is the broadcast for a /" + std::to_string(s.prefix + 1) + " mask, one bit too long.");
    addAddress(out, s.address | 0xFFU, "Setting the last octet to 255 only works for a /24 or shorter; this mask is /" + std::to_string(s.prefix) + ".");
    return out;
}

std::vector<Option> firstHostDistractors(const Subnet& s)
{
    std::vector<Option> out;
    addAddress(out, s.network, "That is the network address itself, which no host may use.");
    addAddress(out, s.network + s.block + 1, "That is the first host of the next subnet.");
    addAddress(out, s.network - s.block + 1, "That is the first host of the previous subnet.");
    addAddress(out, s.broadcast - 1, "That is the last usable host, not the first.");
    if (s.prefix > 8)
        addAddress(out, networkOf(s.address, s.prefix - 1) + 1, "That is the first host for a /" + std::to_string(s.prefix - 1) + " mask, one bit too short.");
    if (s.prefix < 30)
        addAddress(out, networkOf(s.address, s.prefix + 1) + 1, "That is the first host for a /" + std::to_string(s.prefix + 1) + " mask, one bit too long.");
    return out;
}

std::vector<Option> lastHostDistractors(const Subnet& s)
{
    std::vector<Option> out;
    addAddress(out, s.broadcast, "That is the broadcast address, which no host may use.");
    addAddress(out, s.broadcast + s.block - 1, "That is the last host of the next subnet.");
    addAddress(out, s.network - 2, "That is the last host of the previous subnet.");
    addAddress(out, s.network + 1, "That is the first usable host, not the last.");
    if (s.prefix > 8)
        addAddress(out, broadcastOf(s.address, s.prefix - 1) - 1LL, "That is the last host for a /" + std::to_string(s.prefix - 1) + " mask, one bit too short.");
    if (s.prefix < 30)
        addAddress(out, broadcastOf(s.address, s.prefix + 1) - 1LL, "That is the last host for a /" + std::to_string(s.prefix + 1) + " mask, one bit too long.");
    return out;
}

std::vector<Option> hostCountDistractors(int prefix)
{
    const int h = 32 - prefix;
    const auto power = [](int bits) { return std::uint64_t{1} << bits; };
    std::vector<Option> out;
    out.push_back({grouped(power(h)), "2^" + std::to_string(h) + " counts every address; the network and broadcast addresses are not usable."});
    out.push_back({grouped(power(h) - 1), "Subtracting one removes only the network address; the broadcast address is reserved too."});
    out.push_back({grouped(power(h + 1) - 2), "That is the count for a /" + std::to_string(prefix - 1) + ", one mask bit too few."});
    if (h > 2)
        out.push_back({grouped(power(h - 1) - 2), "That is the count for a /" + std::to_string(prefix + 1) + ", one mask bit too many."});
    out.push_back({grouped(power(h) - 3), "Only the network and broadcast addresses are reserved, not a gateway address."});
    return out;
}

void generate(const Params& params, Random& random, Question& q)
{
    const int difficulty = params.difficulty();
    const auto [low, high] = params.range("min_prefix", "max_prefix", {8, 30}, {difficulty == 1 ? 24 : difficulty == 2 ? 16 : 8, 30});
    const int prefix = between(random, low, high);
    std::string ask = params.word("ask", "any");
    if (ask == "any")
        ask = std::string{kAsks[random.below(kAsks.size())]};
    std::uint32_t address = 0;
    do
        address = randomUnicast(random);
    while (address == networkOf(address, prefix) || address == broadcastOf(address, prefix));
    const Subnet s{address, prefix, networkOf(address, prefix), broadcastOf(address, prefix),
                   static_cast<std::int64_t>(blockSize(prefix))};
    const bool typed = difficulty == 3;
    const std::string host = code(cidr(address, prefix));
    std::string what;
    Option correct;
    std::vector<Option> distractors;
    if (ask == "network") {
        what = "the network address of its subnet";
        correct = {dotted(static_cast<std::uint32_t>(s.network)), "The address with every host bit cleared."};
        distractors = networkDistractors(s);
    } else if (ask == "broadcast") {
        what = "the broadcast address of its subnet";
        correct = {dotted(static_cast<std::uint32_t>(s.broadcast)), "The address with every host bit set."};
        distractors = broadcastDistractors(s);
    } else if (ask == "first-host") {
        what = "the first usable host address of its subnet";
        correct = {dotted(static_cast<std::uint32_t>(s.network + 1)), "One above the network address."};
        distractors = firstHostDistractors(s);
    } else if (ask == "last-host") {
        what = "the last usable host address of its subnet";
        correct = {dotted(static_cast<std::uint32_t>(s.broadcast - 1)), "One below the broadcast address."};
        distractors = lastHostDistractors(s);
    } else {
        what = "the number of usable host addresses in its subnet";
        correct = {grouped(usableHosts(prefix)), "2^" + std::to_string(32 - prefix) + " - 2: every address but the network and broadcast addresses."};
        distractors = hostCountDistractors(prefix);
    }
    q.stem = "A host is configured with " + host + ". What is " + what + "?";
    q.explanation = subnetSteps(address, prefix) + "\nSo " + what + " is " + code(correct.text) + ".";
    if (typed && ask == "host-count") {
        q.type = QuestionType::Numeric;
        q.numericAnswer = static_cast<double>(usableHosts(prefix));
        q.unit = "hosts";
        return;
    }
    if (typed)
        q.stem += " Type it in dotted decimal.";
    std::vector<std::string> accepted{correct.text};
    setAnswer(q, typed, std::move(correct), std::move(distractors), std::move(accepted), random);
}

} // namespace

const FamilyDefinition& ipv4SubnetFacts()
{
    static const FamilyDefinition family{
        {"ipv4.subnet-facts", "IPv4 network, broadcast and host range",
         "The network, broadcast, first or last usable host, or host count of an address/prefix; params: ask "
         "(network, broadcast, first-host, last-host, host-count, any), min_prefix, max_prefix (8-30), difficulty."},
        kParams, &generate};
    return family;
}

} // namespace certdrill::core::generator
