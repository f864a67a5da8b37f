#pragma once

#include <bitset>
#include <cstdint>
#include <sstream>
#include <string>

namespace certdrill::test {

/// Reference IPv4 arithmetic written differently from the generators: addresses as 32-character
/// bit strings, parsed and printed by hand.
inline std::string bitsOf(const std::string& dottedAddress)
{
    std::istringstream in{dottedAddress};
    std::string bits;
    std::string part;
    while (std::getline(in, part, '.'))
        bits += std::bitset<8>(static_cast<unsigned long long>(std::stoi(part))).to_string();
    return bits;
}

inline std::string dottedOf(const std::string& bits)
{
    std::string out;
    for (int i = 0; i < 4; ++i)
        out += (i ? "." : "") + std::to_string(std::bitset<8>(bits.substr(static_cast<std::size_t>(i) * 8, 8)).to_ulong());
    return out;
}

/// The address with every bit from `prefix` on set to `fill`.
inline std::string withHostBits(const std::string& dottedAddress, int prefix, char fill)
{
    std::string bits = bitsOf(dottedAddress);
    for (std::size_t i = static_cast<std::size_t>(prefix); i < 32; ++i)
        bits[i] = fill;
    return dottedOf(bits);
}

/// The address plus `delta` (may be negative), by carrying through the bit string.
inline std::string offset(const std::string& dottedAddress, long long delta)
{
    const auto value = static_cast<long long>(std::bitset<32>(bitsOf(dottedAddress)).to_ulong()) + delta;
    return dottedOf(std::bitset<32>(static_cast<unsigned long long>(value)).to_string());
}

/// The dotted mask of a prefix, from a bit string of ones and zeros.
inline std::string maskOfPrefix(int prefix)
{
    return dottedOf(std::string(static_cast<std::size_t>(prefix), '1') + std::string(32 - static_cast<std::size_t>(prefix), '0'));
}

/// Splits "a.b.c.d/n" into its address and prefix.
inline std::pair<std::string, int> splitCidr(const std::string& text)
{
    const auto slash = text.find('/');
    return {text.substr(0, slash), std::stoi(text.substr(slash + 1))};
}

/// 2^bits by doubling.
inline unsigned long long powerOfTwo(int bits)
{
    unsigned long long out = 1;
    for (int i = 0; i < bits; ++i)
        out *= 2;
    return out;
}

/// "1,022" style grouping, by hand.
inline std::string withCommas(unsigned long long n)
{
    std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

} // namespace certdrill::test
