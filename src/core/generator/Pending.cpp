#include "core/generator/Family.h"
namespace certdrill::core::generator {
namespace { void none(const Params&, Random&, Question&) {} }
const FamilyDefinition& ipv6Compress() { static const FamilyDefinition f{{"pending.ipv6Compress", "pending", "not written yet"}, {}, &none}; return f; }
const FamilyDefinition& ipv6Expand() { static const FamilyDefinition f{{"pending.ipv6Expand", "pending", "not written yet"}, {}, &none}; return f; }
const FamilyDefinition& ipv6Prefix() { static const FamilyDefinition f{{"pending.ipv6Prefix", "pending", "not written yet"}, {}, &none}; return f; }
const FamilyDefinition& ipv6Eui64() { static const FamilyDefinition f{{"pending.ipv6Eui64", "pending", "not written yet"}, {}, &none}; return f; }
const FamilyDefinition& ipv6AddressType() { static const FamilyDefinition f{{"pending.ipv6AddressType", "pending", "not written yet"}, {}, &none}; return f; }
const FamilyDefinition& routeSelection() { static const FamilyDefinition f{{"pending.routeSelection", "pending", "not written yet"}, {}, &none}; return f; }
const FamilyDefinition& convertBinaryDecimal() { static const FamilyDefinition f{{"pending.convertBinaryDecimal", "pending", "not written yet"}, {}, &none}; return f; }
const FamilyDefinition& convertHexDecimal() { static const FamilyDefinition f{{"pending.convertHexDecimal", "pending", "not written yet"}, {}, &none}; return f; }
const FamilyDefinition& convertMac() { static const FamilyDefinition f{{"pending.convertMac", "pending", "not written yet"}, {}, &none}; return f; }
}
