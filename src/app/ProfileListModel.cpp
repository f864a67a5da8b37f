#include "app/ProfileListModel.h"

namespace certdrill::app {

ProfileListModel::ProfileListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void ProfileListModel::setEntries(std::vector<Entry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int ProfileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& e = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return e.name;
    case AnswerCountRole: return e.answers;
    default: return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    return {{NameRole, "name"}, {AnswerCountRole, "answerCount"}};
}

} // namespace certdrill::app
