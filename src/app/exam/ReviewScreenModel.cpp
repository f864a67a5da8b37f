#include "app/exam/ReviewScreenModel.h"

#include <algorithm>

namespace certdrill::app {

ReviewScreenModel::ReviewScreenModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int ReviewScreenModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_screen.entries.size());
}

QVariant ReviewScreenModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& e = m_screen.entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IndexRole: return static_cast<int>(e.index);
    case NumberRole: return static_cast<int>(e.index) + 1;
    case QuestionIdRole: return QString::fromStdString(e.questionId);
    case ScenarioRole: return QString::fromStdString(e.scenario);
    case AnsweredRole: return e.answered;
    case FlaggedRole: return e.flagged;
    case CurrentRole: return e.current;
    default: return {};
    }
}

QHash<int, QByteArray> ReviewScreenModel::roleNames() const
{
    return {{IndexRole, "index"},       {NumberRole, "number"},     {QuestionIdRole, "questionId"},
            {ScenarioRole, "scenario"}, {AnsweredRole, "answered"}, {FlaggedRole, "flagged"},
            {CurrentRole, "current"}};
}

void ReviewScreenModel::show(core::ReviewScreen screen)
{
    const bool sameRows = screen.entries.size() == m_screen.entries.size() &&
                          std::equal(screen.entries.begin(), screen.entries.end(), m_screen.entries.begin(),
                                     [](const auto& a, const auto& b) { return a.questionId == b.questionId; });
    if (!sameRows) {
        beginResetModel();
        m_screen = std::move(screen);
        endResetModel();
    } else {
        for (std::size_t i = 0; i < screen.entries.size(); ++i) {
            if (screen.entries[i] == m_screen.entries[i])
                continue;
            m_screen.entries[i] = screen.entries[i];
            const auto row = index(static_cast<int>(i));
            emit dataChanged(row, row, {AnsweredRole, FlaggedRole, CurrentRole});
        }
        m_screen.answered = screen.answered;
        m_screen.unanswered = screen.unanswered;
        m_screen.flagged = screen.flagged;
    }
    emit countsChanged();
}

void ReviewScreenModel::clear() { show({}); }

} // namespace certdrill::app
