#include "core/generator/ChoiceSet.h"
#include "core/generator/Family.h"
#include "core/generator/Ipv4.h"
#include "core/generator/Ipv6.h"

namespace certdrill::core::generator {
namespace {

const std::vector<ParamRule> kParams{{"ask", 0, 0, {"interface-id", "link-local", "global", "any"}}};

using Mac = std::array<unsigned, 6>;

std::uint16_t pair(unsigned high, unsigned low) { return static_cast<std::uint16_t>(((high & 255U) << 8U) | (low & 255U)); }

std::string hexByte(unsigned b)
{
    static const char* const kDigits = "0123456789abcdef";
    return {kDigits[(b >> 4U) & 15U], kDigits[b & 15U]};
}

/// The four interface-id groups from the MAC's bytes as given: FFFE in the middle.
std::array<std::uint16_t, 4> eui64(const Mac& m) { return {pair(m[0], m[1]), pair(m[2], 0xFF), pair(0xFE, m[3]), pair(m[4], m[5])}; }

struct Shape {
    std::string ask;
    Ipv6 prefix{};
};

std::string shown(const Shape& shape, const std::array<std::uint16_t, 4>& id)
{
    if (shape.ask == "interface-id")
        return hexGroup(id[0]) + ":" + hexGroup(id[1]) + ":" + hexGroup(id[2]) + ":" + hexGroup(id[3]);
    Ipv6 address = shape.prefix;
    for (std::size_t i = 0; i < 4; ++i)
        address[4 + i] = id[i];
    return compressedText(address);
}

void generate(const Params& params, Random& random, Question& q)
{
    Mac mac{};
    for (auto& b : mac)
        b = static_cast<unsigned>(random.below(256));
    mac[0] &= 0xFCU; // a universally administered unicast address, as burned-in MACs are
    if (params.difficulty() == 3 && random.below(3) == 0)
        mac[0] |= 0x02U; // locally administered: the flip clears the bit
    Shape shape{params.word("ask", "any"), {}};
    if (shape.ask == "any") {
        static const char* const kAsks[] = {"interface-id", "link-local", "global"};
        shape.ask = kAsks[random.below(3)];
    }
    if (shape.ask == "link-local") {
        shape.prefix[0] = 0xfe80;
    } else if (shape.ask == "global") {
        shape.prefix = {0x2001, 0x0db8, static_cast<std::uint16_t>(random.below(0x10000)), static_cast<std::uint16_t>(random.below(0x100)), 0, 0, 0, 0};
    }
    const std::string macText = random.below(2) == 0
        ? hexByte(mac[0]) + hexByte(mac[1]) + "." + hexByte(mac[2]) + hexByte(mac[3]) + "." + hexByte(mac[4]) + hexByte(mac[5])
        : hexByte(mac[0]) + ":" + hexByte(mac[1]) + ":" + hexByte(mac[2]) + ":" + hexByte(mac[3]) + ":" + hexByte(mac[4]) + ":" + hexByte(mac[5]);
    const Mac flipped{mac[0] ^ 0x02U, mac[1], mac[2], mac[3], mac[4], mac[5]};
    const std::string answer = shown(shape, eui64(flipped));
    if (shape.ask == "interface-id")
        q.stem = "What is the modified EUI-64 interface ID for the MAC address " + code(macText) + "?";
    else if (shape.ask == "link-local")
        q.stem = "An interface with MAC address " + code(macText) + " builds its IPv6 link-local address with EUI-64. What is it?";
    else
        q.stem = "An interface with MAC address " + code(macText) + " is configured with " + code("ipv6 address " + compressedText(shape.prefix)
                                                                                                  + "/64 eui-64") + ". What address does it get?";
    q.explanation = "1. Split the MAC in half: " + code(hexByte(mac[0]) + hexByte(mac[1]) + hexByte(mac[2])) + " and "
        + code(hexByte(mac[3]) + hexByte(mac[4]) + hexByte(mac[5])) + ", and put `fffe` between the halves.\n"
        "2. Flip the seventh bit (the universal/local bit) of the first byte: " + code(hexByte(mac[0])) + " is "
        + code(binaryOctet(mac[0])) + ", flipped " + code(binaryOctet(flipped[0])) + ", which is " + code(hexByte(flipped[0])) + ".\n"
        "3. The interface ID is " + code(shown({"interface-id", {}}, eui64(flipped))) + "."
        + (shape.ask == "interface-id" ? std::string{} : "\n4. After the /64 prefix " + code(compressedText(shape.prefix)) + " that gives " + code(answer) + ".");
    std::vector<Option> distractors;
    distractors.push_back({shown(shape, eui64(mac)), "The universal/local bit (the seventh bit of the first byte) was not flipped."});
    distractors.push_back({shown(shape, eui64({mac[0] ^ 0x01U, mac[1], mac[2], mac[3], mac[4], mac[5]})),
                           "The wrong bit was flipped: the universal/local bit is the seventh, worth 0x02, not the eighth."});
    distractors.push_back({shown(shape, {pair(flipped[0], flipped[1]), pair(flipped[2], flipped[3]), pair(flipped[4], flipped[5]), 0xfffe}),
                           "`fffe` goes in the middle of the MAC, between its third and fourth bytes, not at the end."});
    distractors.push_back({shown(shape, {pair(flipped[0], flipped[1]), 0xfffe, pair(flipped[2], flipped[3]), pair(flipped[4], flipped[5])}),
                           "`fffe` goes after the third byte (the OUI), not after the second."});
    distractors.push_back({shown(shape, eui64({mac[0], mac[1], mac[2], mac[3], mac[4], mac[5] ^ 0x02U})),
                           "The bit to flip is in the first byte, not the last."});
    const bool typed = params.difficulty() == 3;
    if (typed)
        q.stem += " Type it in its shortest form.";
    setAnswer(q, typed, {answer, "MAC halves around `fffe`, with the universal/local bit flipped."}, std::move(distractors), {answer}, random);
}

} // namespace

const FamilyDefinition& ipv6Eui64()
{
    static const FamilyDefinition family{
        {"ipv6.eui64", "IPv6 EUI-64 interface IDs",
         "The modified EUI-64 interface ID, link-local or global address for a MAC (FFFE inserted, U/L bit flipped); "
         "params: ask (interface-id, link-local, global, any), difficulty."},
        kParams, &generate};
    return family;
}

} // namespace certdrill::core::generator
