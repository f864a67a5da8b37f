#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace certdrill::cli {

/// What the output looks like: ANSI styles and live updates only on a terminal (and not with
/// NO_COLOR set); plain text in pipes, files and tests.
class Terminal {
public:
    /// Looks at stdout.
    static Terminal detect();
    static Terminal plain(std::size_t width = 80) { return Terminal{false, false, width}; }

    [[nodiscard]] bool colour() const { return m_colour; }
    [[nodiscard]] bool live() const { return m_live; }
    [[nodiscard]] std::size_t width() const { return m_width; }

    [[nodiscard]] std::string bold(std::string_view text) const { return wrap("1", text); }
    [[nodiscard]] std::string dim(std::string_view text) const { return wrap("2", text); }
    [[nodiscard]] std::string green(std::string_view text) const { return wrap("32", text); }
    [[nodiscard]] std::string red(std::string_view text) const { return wrap("31", text); }
    [[nodiscard]] std::string yellow(std::string_view text) const { return wrap("33", text); }
    [[nodiscard]] std::string inverse(std::string_view text) const { return wrap("7", text); }

    /// Clears the screen (live terminals only).
    void clearScreen() const;
    /// Rewrites the line just above the cursor, keeping what is being typed (live terminals only).
    void rewriteLineAbove(std::string_view text) const;

private:
    Terminal(bool colour, bool live, std::size_t width) : m_colour(colour), m_live(live), m_width(width) {}
    [[nodiscard]] std::string wrap(std::string_view code, std::string_view text) const;

    bool m_colour;
    bool m_live;
    std::size_t m_width;
};

/// `mm:ss`, or `h:mm:ss` from an hour.
[[nodiscard]] std::string formatDuration(std::int64_t ms);

} // namespace certdrill::cli
