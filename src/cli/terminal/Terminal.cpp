#include "cli/terminal/Terminal.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sys/ioctl.h>
#include <unistd.h>

namespace certdrill::cli {

Terminal Terminal::detect()
{
    const bool tty = ::isatty(STDOUT_FILENO) != 0 && ::isatty(STDIN_FILENO) != 0;
    std::size_t width = 80;
    winsize size{};
    if (tty && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 40)
        width = std::min<std::size_t>(size.ws_col, 100);
    const char* noColour = std::getenv("NO_COLOR");
    return Terminal{tty && (noColour == nullptr || *noColour == '\0'), tty, width};
}

std::string Terminal::wrap(std::string_view code, std::string_view text) const
{
    if (!m_colour)
        return std::string{text};
    return "\x1b[" + std::string{code} + "m" + std::string{text} + "\x1b[0m";
}

void Terminal::clearScreen() const
{
    if (m_live)
        std::cout << "\x1b[2J\x1b[H";
}

void Terminal::rewriteLineAbove(std::string_view text) const
{
    if (m_live)
        std::cout << "\x1b" "7\x1b[1A\r\x1b[2K" << text << "\x1b" "8" << std::flush;
}

std::string formatDuration(std::int64_t ms)
{
    const auto seconds = std::max<std::int64_t>(0, ms) / 1000;
    char buffer[32];
    if (seconds >= 3600)
        std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", static_cast<long long>(seconds / 3600),
                      static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60));
    else
        std::snprintf(buffer, sizeof buffer, "%02lld:%02lld", static_cast<long long>(seconds / 60),
                      static_cast<long long>(seconds % 60));
    return buffer;
}

} // namespace certdrill::cli
