#include "core/generator/Generator.h"

#include "core/generator/Family.h"

#include <array>
#include <functional>
#include <vector>

namespace certdrill::core {
namespace {

using generator::FamilyDefinition;

const std::vector<const FamilyDefinition*>& definitions()
{
    static const std::vector<const FamilyDefinition*> all{
        &generator::ipv4SubnetFacts(),    &generator::ipv4MaskForHosts(),  &generator::ipv4MaskForSubnets(),
        &generator::ipv4SubnetMembership(), &generator::ipv4SameSubnet(),  &generator::ipv4Vlsm(),
        &generator::ipv4Wildcard(),       &generator::ipv6Compress(),      &generator::ipv6Expand(),
        &generator::ipv6Prefix(),         &generator::ipv6Eui64(),         &generator::ipv6AddressType(),
        &generator::routeSelection(),     &generator::convertBinaryDecimal(), &generator::convertHexDecimal(),
        &generator::convertMac(),
    };
    return all;
}

const FamilyDefinition* findFamily(std::string_view id)
{
    for (const auto* d : definitions())
        if (d->info.id == id)
            return d;
    return nullptr;
}

} // namespace

std::span<const GeneratorFamily> generatorFamilies()
{
    static const std::vector<GeneratorFamily> families = [] {
        std::vector<GeneratorFamily> out;
        for (const auto* d : definitions())
            out.push_back(d->info);
        return out;
    }();
    return families;
}

Result<void> checkGenerator(const GeneratorSpec& spec)
{
    const FamilyDefinition* family = findFamily(spec.family);
    if (!family) {
        std::string known;
        for (const auto* d : definitions())
            known += (known.empty() ? "" : ", ") + std::string{d->info.id};
        return fail("unknown-generator", "unknown generator family \"" + spec.family + "\" (known: " + known + ")");
    }
    return generator::checkParams(spec.family, spec.params, family->params);
}

Result<Question> generateQuestion(const GeneratorSpec& spec, const Question& entry, std::uint64_t seed)
{
    if (auto ok = checkGenerator(spec); !ok)
        return tl::unexpected<Error>{ok.error()};
    Question out;
    out.id = entry.id;
    out.objective = entry.objective;
    out.domain = entry.domain;
    out.difficulty = entry.difficulty;
    out.tags = entry.tags;
    out.references = entry.references;
    out.scenario = entry.scenario;
    Random random{seed};
    const generator::Params params{spec.params, entry.difficulty};
    findFamily(spec.family)->generate(params, random, out);
    return out;
}

} // namespace certdrill::core
