#include "core/generator/Ipv4.h"

namespace certdrill::core::generator {

std::uint32_t maskOf(int prefix)
{
    return prefix <= 0 ? 0U : ~std::uint32_t{0} << (32 - prefix);
}

std::string dotted(std::uint32_t address)
{
    return std::to_string(address >> 24U) + "." + std::to_string((address >> 16U) & 255U) + "."
        + std::to_string((address >> 8U) & 255U) + "." + std::to_string(address & 255U);
}

std::string cidr(std::uint32_t address, int prefix) { return dotted(address) + "/" + std::to_string(prefix); }

std::string binaryOctet(unsigned value)
{
    std::string out;
    for (int bit = 7; bit >= 0; --bit)
        out += ((value >> static_cast<unsigned>(bit)) & 1U) != 0 ? '1' : '0';
    return out;
}

std::string grouped(std::uint64_t number)
{
    std::string digits = std::to_string(number);
    for (auto i = static_cast<long>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    return digits;
}

std::string code(const std::string& text) { return "`" + text + "`"; }

int between(Random& random, int low, int high)
{
    return low + static_cast<int>(random.below(static_cast<std::uint64_t>(high - low + 1)));
}

std::uint32_t randomUnicast(Random& random)
{
    std::uint32_t first = 0;
    do
        first = static_cast<std::uint32_t>(between(random, 1, 223));
    while (first == 127);
    return (first << 24U) | static_cast<std::uint32_t>(random.below(1U << 24U));
}

std::string subnetSteps(std::uint32_t address, int prefix)
{
    const int octet = (prefix - 1) / 8; // 0-based index of the octet holding the last network bit
    const unsigned maskOctet = (maskOf(prefix) >> (8U * static_cast<unsigned>(3 - octet))) & 255U;
    const unsigned block = 256U - maskOctet;
    const unsigned value = (address >> (8U * static_cast<unsigned>(3 - octet))) & 255U;
    const unsigned start = value / block * block;
    static const char* const kOrdinal[] = {"first", "second", "third", "fourth"};
    const std::uint32_t network = networkOf(address, prefix);
    const std::uint32_t broadcast = broadcastOf(address, prefix);
    std::string out;
    out += "1. A /" + std::to_string(prefix) + " mask is " + code(dotted(maskOf(prefix))) + ": the " + kOrdinal[octet]
        + " octet is the interesting one, and its block size is 256 - " + std::to_string(maskOctet) + " = "
        + std::to_string(block) + ".\n";
    out += "2. The address has " + std::to_string(value) + " in that octet; the multiple of " + std::to_string(block)
        + " at or below it is " + std::to_string(start) + ", so the subnet runs from " + std::to_string(start)
        + " to " + std::to_string(start + block - 1) + " there" + (octet < 3 ? " (0 to 255 in the octets after it)" : "")
        + ".\n";
    out += "3. Network address " + code(dotted(network)) + ", broadcast address " + code(dotted(broadcast)) + ".\n";
    if (prefix <= 30)
        out += "4. Usable hosts run from " + code(dotted(network + 1)) + " to " + code(dotted(broadcast - 1)) + ": 2^"
            + std::to_string(32 - prefix) + " - 2 = " + grouped(usableHosts(prefix)) + " addresses.\n";
    return out;
}

} // namespace certdrill::core::generator
