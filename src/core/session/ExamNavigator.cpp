#include "core/session/ExamNavigator.h"

namespace certdrill::core {

ExamNavigator::ExamNavigator(Navigation navigation, std::vector<std::string> scenarioOf)
    : m_navigation(navigation)
    , m_blockStart(scenarioOf.size(), 0)
{
    for (std::size_t i = 1; i < scenarioOf.size(); ++i)
        m_blockStart[i] = !scenarioOf[i].empty() && scenarioOf[i] == scenarioOf[i - 1] ? m_blockStart[i - 1] : i;
}

std::size_t ExamNavigator::blockEnd(std::size_t index) const
{
    const auto begin = blockBegin(index);
    std::size_t end = index + 1;
    while (end < m_blockStart.size() && m_blockStart[end] == begin)
        ++end;
    return end;
}

bool ExamNavigator::canGo(std::size_t from, std::size_t to) const
{
    if (from >= size() || to >= size())
        return false;
    if (m_navigation == Navigation::Free)
        return true;
    return blockBegin(to) == blockBegin(from) || to == blockEnd(from);
}

bool ExamNavigator::locksBlock(std::size_t from, std::size_t to) const
{
    return m_navigation == Navigation::ForwardOnly && canGo(from, to) && blockBegin(to) != blockBegin(from);
}

} // namespace certdrill::core
