#pragma once

// The malformed-bank corpus in tests/data/bad_banks: each NAME.json has a NAME.expected holding
// the exact lines `certdrill validate NAME.json` prints for it (run from that folder), without the
// closing "ok" or summary line. Shared by the core, storage and CLI tests.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace certdrill::test {

inline std::filesystem::path badBanksDir() { return std::filesystem::path{CERTDRILL_TEST_DATA_DIR} / "bad_banks"; }

/// Every `*.json` of the corpus, sorted by name.
inline std::vector<std::filesystem::path> badBankFiles()
{
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator{badBanksDir()})
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

inline std::vector<std::string> splitLines(std::string_view text)
{
    std::vector<std::string> lines;
    while (!text.empty()) {
        const auto end = std::min(text.find('\n'), text.size());
        lines.emplace_back(text.substr(0, end));
        text.remove_prefix(std::min(end + 1, text.size()));
    }
    return lines;
}

inline std::vector<std::string> expectedLines(const std::filesystem::path& bankFile)
{
    auto expected = bankFile;
    expected.replace_extension(".expected");
    std::ifstream in{expected, std::ios::binary};
    std::ostringstream s;
    s << in.rdbuf();
    return splitLines(s.str());
}

} // namespace certdrill::test
