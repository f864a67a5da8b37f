#include "core/generator/Ipv6.h"

#include "core/generator/Ipv4.h"

#include <algorithm>

namespace certdrill::core::generator {

std::string hexGroup(std::uint16_t group)
{
    static const char* const kDigits = "0123456789abcdef";
    std::string out;
    for (int shift = 12; shift >= 0; shift -= 4) {
        const unsigned digit = (static_cast<unsigned>(group) >> static_cast<unsigned>(shift)) & 15U;
        if (!out.empty() || digit != 0 || shift == 0)
            out += kDigits[digit];
    }
    return out;
}

std::string expandedText(const Ipv6& address)
{
    std::string out;
    for (std::size_t i = 0; i < 8; ++i) {
        const std::string group = hexGroup(address[i]);
        out += (i ? ":" : "") + std::string(4 - group.size(), '0') + group;
    }
    return out;
}

std::string unrunText(const Ipv6& address)
{
    std::string out;
    for (std::size_t i = 0; i < 8; ++i)
        out += (i ? ":" : "") + hexGroup(address[i]);
    return out;
}

std::string compressedText(const Ipv6& address)
{
    std::size_t bestStart = 8;
    std::size_t bestLength = 1; // a single zero group is never compressed
    for (std::size_t i = 0; i < 8;) {
        if (address[i] != 0) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < 8 && address[j] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    if (bestStart == 8)
        return unrunText(address);
    std::string out;
    for (std::size_t i = 0; i < bestStart; ++i)
        out += (i ? ":" : "") + hexGroup(address[i]);
    out += "::";
    for (std::size_t i = bestStart + bestLength; i < 8; ++i)
        out += (i > bestStart + bestLength ? ":" : "") + hexGroup(address[i]);
    return out;
}

Ipv6 prefixOf(const Ipv6& address, int prefix)
{
    Ipv6 out = address;
    for (int i = 0; i < 8; ++i) {
        const int bits = std::min(16, std::max(0, prefix - 16 * i)); // network bits in this group
        const unsigned mask = bits == 0 ? 0U : (0xFFFFU << static_cast<unsigned>(16 - bits)) & 0xFFFFU;
        out[static_cast<std::size_t>(i)] = static_cast<std::uint16_t>(address[static_cast<std::size_t>(i)] & mask);
    }
    return out;
}

Ipv6 randomIpv6(Random& random, int difficulty)
{
    static const std::uint16_t kFirst[] = {0x2001, 0x2001, 0x2607, 0x2a02, 0xfd12, 0xfe80, 0x2a01};
    Ipv6 out{};
    out[0] = kFirst[random.below(std::size(kFirst))];
    out[1] = out[0] == 0x2001 ? 0x0db8 : static_cast<std::uint16_t>(random.below(0x10000));
    for (std::size_t i = 2; i < 8; ++i) {
        // short groups (leading zeros) are common in real addresses
        const unsigned digits = static_cast<unsigned>(between(random, 1, 4));
        out[i] = static_cast<std::uint16_t>(random.below(std::uint64_t{1} << (4U * digits)));
    }
    // one or two runs of zero groups; harder levels make ties and single zero groups likelier
    const int runs = difficulty == 1 ? 1 : between(random, 1, 2);
    for (int r = 0; r < runs; ++r) {
        const int length = between(random, 1, difficulty == 1 ? 4 : 3);
        const int start = between(random, 1, 8 - length);
        for (int i = start; i < start + length; ++i)
            out[static_cast<std::size_t>(i)] = 0;
    }
    if (std::count_if(out.begin() + 2, out.end(), [](std::uint16_t g) { return g != 0; }) < 2)
        return randomIpv6(random, difficulty); // mostly zeros: too plain to practise on
    return out;
}

} // namespace certdrill::core::generator
