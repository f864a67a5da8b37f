#include "app/results/QuestionTimeModel.h"

#include <algorithm>

namespace certdrill::app {

QuestionTimeModel::QuestionTimeModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int QuestionTimeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_questions.size());
}

QVariant QuestionTimeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& q = m_questions[static_cast<std::size_t>(index.row())];
    switch (role) {
    case NumberRole: return static_cast<int>(q.index) + 1;
    case QuestionIdRole: return QString::fromStdString(q.questionId);
    case DomainRole: {
        const auto d = std::find_if(m_domains.begin(), m_domains.end(), [&](const auto& a) { return a.id == q.domain; });
        return QString::fromStdString(d != m_domains.end() ? d->name : q.domain);
    }
    case ObjectiveRole: return QString::fromStdString(q.objective);
    case AnsweredRole: return q.answered;
    case FlaggedRole: return q.flagged;
    case CreditRole: return q.credit;
    case CorrectRole: return q.credit >= 1.0;
    case TimeMsRole: return static_cast<qint64>(q.timeMs);
    default: return {};
    }
}

QHash<int, QByteArray> QuestionTimeModel::roleNames() const
{
    return {{NumberRole, "number"},     {QuestionIdRole, "questionId"}, {DomainRole, "domain"},
            {ObjectiveRole, "objective"}, {AnsweredRole, "answered"},   {FlaggedRole, "flagged"},
            {CreditRole, "credit"},     {CorrectRole, "correct"},       {TimeMsRole, "timeMs"}};
}

void QuestionTimeModel::show(std::vector<core::QuestionResult> questions, std::vector<core::AreaResult> domains)
{
    beginResetModel();
    m_questions = std::move(questions);
    m_domains = std::move(domains);
    endResetModel();
    emit countChanged();
}

} // namespace certdrill::app
