#pragma once

#include <string>
#include <tl/expected.hpp>

namespace certdrill::core {

/// A failure as a value: a stable `code` that callers and tests match, and a `message` with the
/// context (names, numbers) for the person who reads it.
struct Error {
    std::string code;
    std::string message;
};

template <typename T>
using Result = tl::expected<T, Error>;

[[nodiscard]] inline tl::unexpected<Error> fail(std::string code, std::string message)
{
    return tl::unexpected<Error>{Error{std::move(code), std::move(message)}};
}

} // namespace certdrill::core
