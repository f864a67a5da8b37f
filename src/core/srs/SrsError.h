#pragma once

#include <string>

namespace certdrill::core {

/// A problem with scheduler settings or a review log. `code` is stable (tests and tools match it);
/// `field` names what is wrong the way the `srs replay` input spells it (`params[3]`,
/// `desired_retention`); `message` is a short English explanation for logs and the CLI.
struct SrsError {
    std::string code;
    std::string field;
    std::string message;
};

} // namespace certdrill::core
