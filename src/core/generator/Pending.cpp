#include "core/generator/Family.h"
namespace certdrill::core::generator {
namespace { void none(const Params&, Random&, Question&) {} }
const FamilyDefinition& routeSelection() { static const FamilyDefinition f{{"pending.routeSelection", "pending", "not written yet"}, {}, &none}; return f; }
const FamilyDefinition& convertBinaryDecimal() { static const FamilyDefinition f{{"pending.convertBinaryDecimal", "pending", "not written yet"}, {}, &none}; return f; }
const FamilyDefinition& convertHexDecimal() { static const FamilyDefinition f{{"pending.convertHexDecimal", "pending", "not written yet"}, {}, &none}; return f; }
const FamilyDefinition& convertMac() { static const FamilyDefinition f{{"pending.convertMac", "pending", "not written yet"}, {}, &none}; return f; }
}
