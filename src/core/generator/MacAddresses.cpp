#include "core/generator/ChoiceSet.h"
#include "core/generator/Family.h"
#include "core/generator/Ipv4.h"

#include <array>

namespace certdrill::core::generator {
namespace {

const std::vector<ParamRule> kParams{{"ask", 0, 0, {"format", "byte-binary", "kind", "any"}}};

using Mac = std::array<unsigned, 6>;

std::string hexPair(unsigned b, bool upper)
{
    const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    return {digits[(b >> 4U) & 15U], digits[b & 15U]};
}

/// The notations: colons (Linux, IEEE), hyphens (Windows), dotted groups of four (Cisco IOS).
std::string notation(const Mac& m, int style)
{
    if (style == 2)
        return hexPair(m[0], false) + hexPair(m[1], false) + "." + hexPair(m[2], false) + hexPair(m[3], false) + "."
            + hexPair(m[4], false) + hexPair(m[5], false);
    std::string out;
    for (std::size_t i = 0; i < 6; ++i)
        out += (i ? (style == 0 ? ":" : "-") : "") + hexPair(m[i], style == 1);
    return out;
}

const std::array<std::string_view, 3> kStyleNames{"colon-separated (Linux)", "hyphen-separated (Windows)", "dotted (Cisco IOS)"};

void generateFormat(const Mac& m, Random& random, Question& q)
{
    const auto from = static_cast<int>(random.below(3));
    const auto to = static_cast<int>((static_cast<unsigned>(from) + 1 + random.below(2)) % 3);
    q.stem = "Which is the MAC address " + code(notation(m, from)) + " written in " + std::string{kStyleNames[static_cast<std::size_t>(to)]} + " notation?";
    q.explanation = "A MAC address is six bytes (twelve hex digits); notations only group them differently: six pairs with `:` or `-`, or three "
                    "groups of four with `.`. Keep the digits in order: " + code(notation(m, to)) + ".";
    Mac swapped = m;
    std::swap(swapped[2], swapped[3]);
    Mac nibble = m;
    nibble[4] = ((m[4] & 15U) << 4U) | (m[4] >> 4U);
    Mac reversed{m[5], m[4], m[3], m[2], m[1], m[0]};
    Mac changed = m;
    changed[1] ^= 0x10U;
    Mac firstSwapped{m[1], m[0], m[2], m[3], m[4], m[5]};
    Mac otherDigit = m;
    otherDigit[3] ^= 0x01U;
    Mac lastChanged = m;
    lastChanged[5] ^= 0x10U;
    std::vector<Option> distractors{
        {notation(firstSwapped, to), "The first two bytes are swapped; the digits must stay in order."},
        {notation(otherDigit, to), "One digit is different: that is another address."},
        {notation(lastChanged, to), "One digit is different: that is another address."},
        {notation(swapped, to), "Two bytes are swapped; the digits must stay in order."},
        {notation(nibble, to), "Two digits inside a byte are swapped."},
        {notation(reversed, to), "The bytes are in reverse order."},
        {notation(changed, to), "One digit is different: that is another address."},
    };
    if (to == 2) {
        const std::string digits = notation(m, 2).substr(0, 4) + notation(m, 2).substr(5, 4) + notation(m, 2).substr(10, 4);
        distractors.push_back({digits.substr(0, 3) + "." + digits.substr(3, 3) + "." + digits.substr(6, 3) + "." + digits.substr(9, 3),
                               "IOS groups the digits in fours, not threes."});
    }
    setAnswer(q, false, {notation(m, to), "The same twelve digits in the same order."}, std::move(distractors), {}, random);
}

void generateByteBinary(const Mac& m, Random& random, Question& q)
{
    const auto index = static_cast<std::size_t>(random.below(6));
    static const char* const kOrdinal[] = {"first", "second", "third", "fourth", "fifth", "sixth"};
    const unsigned b = m[index];
    q.stem = "What is the " + std::string{kOrdinal[index]} + " byte of the MAC address " + code(notation(m, 0)) + " in binary?";
    q.explanation = "The " + std::string{kOrdinal[index]} + " byte is " + code(hexPair(b, false)) + ". Each hex digit is four bits: "
        + code(std::string(1, hexPair(b, false)[0])) + " is " + code(binaryOctet(b >> 4U).substr(4)) + " and "
        + code(std::string(1, hexPair(b, false)[1])) + " is " + code(binaryOctet(b & 15U).substr(4)) + ", so the byte is "
        + code(binaryOctet(b)) + ".";
    std::vector<Option> distractors{
        {binaryOctet(((b & 15U) << 4U) | (b >> 4U)), "The two hex digits are swapped."},
        {binaryOctet(b ^ 0x02U), "One bit is wrong (the universal/local bit)."},
        {binaryOctet(b ^ 0x01U), "One bit is wrong (the individual/group bit)."},
        {binaryOctet(b ^ 0x40U), "One bit is wrong."},
        {binaryOctet(m[(index + 1) % 6]), "That is a different byte of the address."},
    };
    setAnswer(q, false, {binaryOctet(b), "Four bits per hex digit."}, std::move(distractors), {}, random);
}

/// Why a kind is wrong: which of the two bits it misreads.
std::string misread(bool wrongGroup, bool wrongLocal, bool group, bool local)
{
    std::string out;
    if (wrongGroup)
        out += std::string{"The I/G bit (the last bit of the first byte) is "} + (group ? "1: a multicast address." : "0: a unicast address.");
    if (wrongLocal)
        out += std::string{out.empty() ? "" : " "} + "The U/L bit (the second-last bit of the first byte) is "
            + (local ? "1: locally administered." : "0: universally administered.");
    return out;
}

void generateKind(const Mac& m, Random& random, Question& q)
{
    const bool group = (m[0] & 1U) != 0;
    const bool local = (m[0] & 2U) != 0;
    const auto label = [](bool g, bool l) {
        return std::string{g ? "Multicast (group)" : "Unicast (individual)"} + ", " + (l ? "locally administered" : "universally administered");
    };
    q.stem = "What kind of address is the MAC address " + code(notation(m, static_cast<int>(random.below(3)))) + "?";
    q.explanation = "Look at the two lowest bits of the first byte, " + code(hexPair(m[0], false)) + " = " + code(binaryOctet(m[0])) + ":\n\n"
        "- the last bit (I/G) is " + std::to_string(m[0] & 1U) + ": " + (group ? "a group (multicast) address" : "an individual (unicast) address") + ";\n"
        "- the bit before it (U/L) is " + std::to_string((m[0] >> 1U) & 1U) + ": " + (local ? "locally administered" : "universally administered (a vendor OUI)") + ".";
    std::vector<Option> distractors;
    for (bool g : {false, true})
        for (bool l : {false, true})
            if (g != group || l != local)
                distractors.push_back({label(g, l), misread(g != group, l != local, group, local)});
    setAnswer(q, false, {label(group, local), "Read from the I/G and U/L bits of the first byte."}, std::move(distractors), {}, random);
}

void generate(const Params& params, Random& random, Question& q)
{
    Mac m{};
    for (auto& b : m)
        b = static_cast<unsigned>(random.below(256));
    std::string ask = params.word("ask", "any");
    if (ask == "any") {
        static const char* const kAsks[] = {"format", "byte-binary", "kind"};
        ask = kAsks[random.below(3)];
    }
    if (ask == "format")
        generateFormat(m, random, q);
    else if (ask == "byte-binary")
        generateByteBinary(m, random, q);
    else
        generateKind(m, random, q);
}

} // namespace

const FamilyDefinition& convertMac()
{
    static const FamilyDefinition family{
        {"convert.mac", "MAC address notations and bits",
         "A MAC address in another notation, one of its bytes in binary, or its unicast/multicast and universal/local "
         "bits; params: ask (format, byte-binary, kind, any), difficulty."},
        kParams, &generate};
    return family;
}

} // namespace certdrill::core::generator
