#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace certdrill::test {

inline std::string readFile(const std::string& path)
{
    std::ifstream in{path, std::ios::binary};
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::string testData(const std::string& relative)
{
    return readFile(std::string{CERTDRILL_TEST_DATA_DIR} + "/" + relative);
}

} // namespace certdrill::test
