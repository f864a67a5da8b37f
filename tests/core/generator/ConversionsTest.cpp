#include "GeneratorTesting.h"

#include <bitset>
#include <cctype>
#include <cstdio>

using namespace certdrill::test;

namespace {

std::string expectedBinary(const Question& q)
{
    const std::string given = backticked(q.stem).at(0);
    if (q.stem.find("as an 8-bit binary octet") != std::string::npos) {
        std::string bits;
        for (unsigned v = static_cast<unsigned>(std::stoul(given)), i = 0; i < 8; ++i, v /= 2)
            bits.insert(bits.begin(), static_cast<char>('0' + v % 2));
        return bits;
    }
    unsigned value = 0;
    for (char c : given)
        value = value * 2 + static_cast<unsigned>(c - '0');
    return std::to_string(value);
}

std::string expectedHex(const Question& q)
{
    const std::string given = backticked(q.stem).at(0);
    if (q.stem.find("in hexadecimal") != std::string::npos) {
        char text[8];
        std::snprintf(text, sizeof text, "%02X", static_cast<unsigned>(std::stoul(given)));
        return text;
    }
    return std::to_string(std::stoul(given.substr(2), nullptr, 16));
}

std::string hexDigits(const std::string& mac)
{
    std::string out;
    for (char c : mac)
        if (std::isxdigit(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string expectedMac(const Question& q)
{
    const std::string digits = hexDigits(backticked(q.stem).at(0));
    if (q.stem.find("written in") != std::string::npos) {
        std::string out;
        if (q.stem.find("dotted (Cisco IOS)") != std::string::npos)
            return digits.substr(0, 4) + "." + digits.substr(4, 4) + "." + digits.substr(8, 4);
        const bool hyphens = q.stem.find("hyphen-separated") != std::string::npos;
        for (std::size_t i = 0; i < 12; i += 2)
            out += (i ? (hyphens ? "-" : ":") : "") + digits.substr(i, 2);
        if (hyphens)
            for (auto& c : out)
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return out;
    }
    if (q.stem.find("in binary") != std::string::npos) {
        const std::vector<std::string> ordinals{"first", "second", "third", "fourth", "fifth", "sixth"};
        std::size_t index = 0;
        while (q.stem.find("the " + ordinals[index] + " byte") == std::string::npos)
            ++index;
        return std::bitset<8>(std::stoul(digits.substr(2 * index, 2), nullptr, 16)).to_string();
    }
    const auto first = std::bitset<8>(std::stoul(digits.substr(0, 2), nullptr, 16));
    return std::string{first[0] ? "Multicast (group)" : "Unicast (individual)"} + ", "
        + (first[1] ? "locally administered" : "universally administered");
}

} // namespace

TEST_CASE("binary octets agree with conversion by repeated division and by doubling", "[generator][convert]")
{
    for (int difficulty = 1; difficulty <= 3; ++difficulty)
        checkFamily("convert.binary-decimal", {{"difficulty", difficulty}}, expectedBinary, 200);
}

TEST_CASE("hex bytes agree with the C library's conversions", "[generator][convert]")
{
    for (int difficulty = 1; difficulty <= 3; ++difficulty)
        checkFamily("convert.hex-decimal", {{"difficulty", difficulty}}, expectedHex, 200);
}

TEST_CASE("MAC notations, bytes and kinds agree with reading the hex digits directly", "[generator][convert]")
{
    for (const char* ask : {"format", "byte-binary", "kind"})
        checkFamily("convert.mac", {{"ask", ask}}, expectedMac, 300);
    checkFamily("convert.mac", nlohmann::json::object(), expectedMac, 300);
}
