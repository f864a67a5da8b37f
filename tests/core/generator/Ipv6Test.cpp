#include "GeneratorTesting.h"
#include "Ipv6Reference.h"

using namespace certdrill::test;

namespace {

std::string expectedCompressed(const Question& q) { return rfc5952(parseIpv6(backticked(q.stem).at(0))); }

std::string expectedExpanded(const Question& q) { return fullForm(parseIpv6(backticked(q.stem).at(0))); }

std::string expectedPrefix(const Question& q)
{
    const int length = std::stoi(q.stem.substr(q.stem.find("/") + 1));
    std::string bits = bits128(parseIpv6(backticked(q.stem).at(0)));
    for (std::size_t i = static_cast<std::size_t>(length); i < 128; ++i)
        bits[i] = '0';
    return rfc5952(fromBits128(bits)) + "/" + std::to_string(length);
}

std::string expectedEui64(const Question& q)
{
    const auto quoted = backticked(q.stem);
    std::string macBits;
    for (char c : quoted.at(0))
        if (std::isxdigit(static_cast<unsigned char>(c)))
            macBits += std::bitset<4>(std::stoul(std::string(1, c), nullptr, 16)).to_string();
    std::string id = macBits.substr(0, 24) + "1111111111111110" + macBits.substr(24);
    id[6] = id[6] == '0' ? '1' : '0';
    std::vector<unsigned> groups(4, 0);
    for (std::size_t i = 0; i < 4; ++i)
        groups[i] = static_cast<unsigned>(std::bitset<16>(id.substr(i * 16, 16)).to_ulong());
    if (q.stem.find("interface ID") != std::string::npos)
        return hexOf(groups[0], false) + ":" + hexOf(groups[1], false) + ":" + hexOf(groups[2], false) + ":" + hexOf(groups[3], false);
    std::vector<unsigned> address = q.stem.find("link-local") != std::string::npos
        ? std::vector<unsigned>{0xfe80, 0, 0, 0}
        : parseIpv6(quoted.at(1).substr(13, quoted.at(1).find('/') - 13));
    address.resize(4);
    address.insert(address.end(), groups.begin(), groups.end());
    return rfc5952(address);
}

std::string expectedType(const Question& q)
{
    const auto g = parseIpv6(backticked(q.stem).at(0));
    bool zeros = true;
    for (std::size_t i = 0; i < 7; ++i)
        zeros = zeros && g[i] == 0;
    if (zeros && g[7] == 0)
        return "Unspecified";
    if (zeros && g[7] == 1)
        return "Loopback";
    if (g[0] >= 0xff00)
        return "Multicast";
    if (g[0] >= 0xfe80 && g[0] <= 0xfebf)
        return "Link-local unicast";
    if (g[0] >= 0xfc00 && g[0] <= 0xfdff)
        return "Unique local unicast";
    if (g[0] >= 0x2000 && g[0] <= 0x3fff)
        return "Global unicast";
    return "unclassified";
}

} // namespace

TEST_CASE("compressed IPv6 addresses agree with an RFC 5952 reference that tries every zero run", "[generator][ipv6]")
{
    for (int difficulty = 1; difficulty <= 3; ++difficulty)
        checkFamily("ipv6.compress", {{"difficulty", difficulty}}, expectedCompressed, 1000);
}

TEST_CASE("expanded IPv6 addresses agree with a reference parser of the short form", "[generator][ipv6]")
{
    for (int difficulty = 1; difficulty <= 3; ++difficulty)
        checkFamily("ipv6.expand", {{"difficulty", difficulty}}, expectedExpanded, 1000);
}

TEST_CASE("an IPv6 prefix clears every bit past its length, checked on a 128-bit string", "[generator][ipv6]")
{
    for (int difficulty = 1; difficulty <= 3; ++difficulty)
        checkFamily("ipv6.prefix", {{"difficulty", difficulty}}, expectedPrefix, 1000);
    checkFamily("ipv6.prefix", {{"min_prefix", 16}, {"max_prefix", 64}}, expectedPrefix, 1000);
}

TEST_CASE("EUI-64 interface ids insert fffe and flip the seventh bit, checked on bit strings", "[generator][ipv6]")
{
    for (int difficulty = 1; difficulty <= 3; ++difficulty)
        checkFamily("ipv6.eui64", {{"difficulty", difficulty}}, expectedEui64, 1000);
    for (const char* ask : {"interface-id", "link-local", "global"})
        checkFamily("ipv6.eui64", {{"ask", ask}}, expectedEui64, 300);
}

TEST_CASE("IPv6 address types follow the ranges of the first group", "[generator][ipv6]")
{
    for (int difficulty = 1; difficulty <= 3; ++difficulty)
        checkFamily("ipv6.address-type", {{"difficulty", difficulty}}, expectedType, 300);
}
