#pragma once

#include <bitset>
#include <sstream>
#include <string>
#include <vector>

namespace certdrill::test {

/// Reference IPv6 text handling written independently of the generators: groups as numbers
/// parsed from text, the RFC 5952 run found by trying every start and length.
inline std::vector<unsigned> groupsOf(const std::string& text)
{
    std::vector<unsigned> out;
    std::istringstream in{text};
    for (std::string g; std::getline(in, g, ':');)
        out.push_back(static_cast<unsigned>(std::stoul(g, nullptr, 16)));
    return out;
}

/// Any valid textual form (with or without "::") to its eight groups.
inline std::vector<unsigned> parseIpv6(const std::string& text)
{
    const auto gap = text.find("::");
    if (gap == std::string::npos)
        return groupsOf(text);
    auto head = gap == 0 ? std::vector<unsigned>{} : groupsOf(text.substr(0, gap));
    const auto tail = gap + 2 >= text.size() ? std::vector<unsigned>{} : groupsOf(text.substr(gap + 2));
    head.resize(8 - tail.size(), 0);
    head.insert(head.end(), tail.begin(), tail.end());
    return head;
}

inline std::string hexOf(unsigned group, bool pad)
{
    std::ostringstream out;
    out << std::hex << group;
    std::string s = out.str();
    return pad ? std::string(4 - s.size(), '0') + s : s;
}

inline std::string fullForm(const std::vector<unsigned>& g)
{
    std::string out;
    for (std::size_t i = 0; i < g.size(); ++i)
        out += (i ? ":" : "") + hexOf(g[i], true);
    return out;
}

/// RFC 5952 section 4: every (start, length) tried, the longest zero run of two or more kept,
/// the earliest on ties.
inline std::string rfc5952(const std::vector<unsigned>& g)
{
    int bestStart = -1;
    int bestLength = 0;
    for (int start = 0; start < 8; ++start)
        for (int length = 2; start + length <= 8; ++length) {
            bool zeros = true;
            for (int k = start; k < start + length; ++k)
                zeros = zeros && g[static_cast<std::size_t>(k)] == 0;
            if (zeros && length > bestLength) {
                bestStart = start;
                bestLength = length;
            }
        }
    std::string out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += "::";
            i += bestLength - 1;
            continue;
        }
        if (!out.empty() && out.back() != ':')
            out += ':';
        out += hexOf(g[static_cast<std::size_t>(i)], false);
    }
    return out;
}

/// 128 bits as a string of '0' and '1', and back.
inline std::string bits128(const std::vector<unsigned>& g)
{
    std::string out;
    for (unsigned x : g)
        out += std::bitset<16>(x).to_string();
    return out;
}

inline std::vector<unsigned> fromBits128(const std::string& bits)
{
    std::vector<unsigned> out;
    for (std::size_t i = 0; i < 128; i += 16)
        out.push_back(static_cast<unsigned>(std::bitset<16>(bits.substr(i, 16)).to_ulong()));
    return out;
}

} // namespace certdrill::test
