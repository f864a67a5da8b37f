#pragma once

#include "core/bank/Question.h"
#include "core/common/Random.h"
#include "core/generator/Generator.h"
#include "core/generator/GeneratorParams.h"

#include <span>

namespace certdrill::core::generator {

/// A family as the engine runs it: what it is, the parameters it accepts, and how it makes the
/// type-specific part of a question (type, stem, exhibit, answer, explanation) from checked
/// params and a seeded generator.
struct FamilyDefinition {
    GeneratorFamily info;
    std::span<const ParamRule> params;
    void (*generate)(const Params& params, Random& random, Question& out) = nullptr;
};

// One per family, each in its own file (or a file per small group).
const FamilyDefinition& ipv4SubnetFacts();
const FamilyDefinition& ipv4MaskForHosts();
const FamilyDefinition& ipv4MaskForSubnets();
const FamilyDefinition& ipv4SubnetMembership();
const FamilyDefinition& ipv4SameSubnet();
const FamilyDefinition& ipv4Vlsm();
const FamilyDefinition& ipv4Wildcard();
const FamilyDefinition& ipv6Compress();
const FamilyDefinition& ipv6Expand();
const FamilyDefinition& ipv6Prefix();
const FamilyDefinition& ipv6Eui64();
const FamilyDefinition& ipv6AddressType();
const FamilyDefinition& routeSelection();
const FamilyDefinition& convertBinaryDecimal();
const FamilyDefinition& convertHexDecimal();
const FamilyDefinition& convertMac();

} // namespace certdrill::core::generator
