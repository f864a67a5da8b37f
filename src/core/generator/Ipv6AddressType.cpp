#include "core/generator/ChoiceSet.h"
#include "core/generator/Family.h"
#include "core/generator/Ipv4.h"
#include "core/generator/Ipv6.h"

#include <array>

namespace certdrill::core::generator {
namespace {

const std::vector<ParamRule> kNoParams{};

struct AddressType {
    std::string_view name;
    std::string_view rule; ///< how to recognise it
};

const std::array<AddressType, 6> kTypes{{
    {"Global unicast", "Global unicast addresses come from 2000::/3: the first group is 2000 to 3fff."},
    {"Link-local unicast", "Link-local addresses come from fe80::/10: the first group is fe80 to febf."},
    {"Unique local unicast", "Unique local addresses come from fc00::/7: the first group is fc00 to fdff."},
    {"Multicast", "Multicast addresses come from ff00::/8: the first group starts with ff."},
    {"Loopback", "The loopback address is ::1 alone."},
    {"Unspecified", "The unspecified address is :: alone (all zeros)."},
}};

std::uint16_t randomGroup(Random& random) { return static_cast<std::uint16_t>(random.below(0x10000)); }

Ipv6 addressOf(std::size_t type, int difficulty, Random& random)
{
    Ipv6 a{};
    const bool hard = difficulty == 3;
    switch (type) {
    case 0: {
        do
            a[0] = static_cast<std::uint16_t>(hard ? 0x2000 + random.below(0x2000) : 0x2001 + random.below(0x0a00));
        while (a[0] == 0x2001); // keep clear of 2001:db8::/32 (documentation) and friends
        a[1] = randomGroup(random);
        break;
    }
    case 1:
        a[0] = static_cast<std::uint16_t>(hard ? 0xfe80 + random.below(0x40) : 0xfe80);
        break;
    case 2:
        a[0] = static_cast<std::uint16_t>(hard ? 0xfc00 + random.below(0x200) : 0xfd00 + random.below(0x100));
        a[1] = randomGroup(random);
        break;
    case 3: {
        static const std::uint16_t kGroups[] = {0xff02, 0xff02, 0xff05, 0xff01, 0xff0e};
        a[0] = kGroups[random.below(std::size(kGroups))];
        if (random.below(2) == 0) { // solicited-node
            a[0] = 0xff02;
            a[5] = 1;
            a[6] = static_cast<std::uint16_t>(0xff00 + random.below(0x100));
        }
        a[7] = static_cast<std::uint16_t>(1 + random.below(hard ? 0xffff : 0x10));
        return a;
    }
    case 4:
        a[7] = 1;
        return a;
    default:
        return a;
    }
    // interface ids: sometimes short, sometimes EUI-64 looking
    for (std::size_t i = 4; i < 8; ++i)
        a[i] = random.below(2) == 0 ? randomGroup(random) : static_cast<std::uint16_t>(random.below(0x100));
    if (random.below(3) == 0)
        for (std::size_t i = 2; i < 4; ++i)
            a[i] = randomGroup(random);
    return a;
}

void generate(const Params& params, Random& random, Question& q)
{
    const int difficulty = params.difficulty();
    // loopback and unspecified are rare: they are one address each
    const std::size_t type = random.below(10) == 0 ? 4 + random.below(2) : random.below(4);
    const Ipv6 a = addressOf(type, difficulty, random);
    q.stem = "What type of IPv6 address is " + code(compressedText(a)) + "?";
    q.explanation = "Look at the first group (the leading bits):\n\n";
    for (const auto& t : kTypes)
        q.explanation += "- " + std::string{t.rule} + "\n";
    q.explanation += "\n" + code(compressedText(a)) + " is " + std::string{kTypes[type].name} + ". " + std::string{kTypes[type].rule};
    std::vector<Option> distractors;
    for (std::size_t i = 0; i < kTypes.size(); ++i)
        if (i != type && (i < 4 || difficulty == 3 || type >= 4))
            distractors.push_back({std::string{kTypes[i].name}, std::string{kTypes[i].rule}});
    setAnswer(q, false, {std::string{kTypes[type].name}, std::string{kTypes[type].rule}}, std::move(distractors), {}, random);
}

} // namespace

const FamilyDefinition& ipv6AddressType()
{
    static const FamilyDefinition family{
        {"ipv6.address-type", "IPv6 address types",
         "Whether an address is global unicast, link-local, unique local, multicast, loopback or unspecified; params: difficulty."},
        kNoParams, &generate};
    return family;
}

} // namespace certdrill::core::generator
