#include "app/results/AreaResultModel.h"

namespace certdrill::app {

AreaResultModel::AreaResultModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int AreaResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_areas.size());
}

QVariant AreaResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& a = m_areas[static_cast<std::size_t>(index.row())];
    switch (role) {
    case AreaIdRole: return QString::fromStdString(a.id);
    case NameRole: return QString::fromStdString(a.name);
    case WeightRole: return a.weight;
    case QuestionsRole: return static_cast<int>(a.questions);
    case AnsweredRole: return static_cast<int>(a.answered);
    case CreditRole: return a.credit;
    case PercentRole: return a.percent();
    default: return {};
    }
}

QHash<int, QByteArray> AreaResultModel::roleNames() const
{
    return {{AreaIdRole, "areaId"},       {NameRole, "name"},         {WeightRole, "weight"},
            {QuestionsRole, "questions"}, {AnsweredRole, "answered"}, {CreditRole, "credit"},
            {PercentRole, "percent"}};
}

void AreaResultModel::show(std::vector<core::AreaResult> areas)
{
    beginResetModel();
    m_areas = std::move(areas);
    endResetModel();
    emit countChanged();
}

} // namespace certdrill::app
