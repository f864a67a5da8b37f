#include "app/results/MissedQuestionModel.h"

namespace certdrill::app {

MissedQuestionModel::MissedQuestionModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int MissedQuestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant MissedQuestionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case NumberRole: return r.number;
    case QuestionIdRole: return r.questionId;
    case DomainRole: return r.domain;
    case TimeMsRole: return r.timeMs;
    case AnsweredRole: return r.answered;
    case CreditRole: return r.credit;
    case QuestionRole: return r.question;
    case ResponseRole: return r.response;
    case FeedbackRole: return r.feedback;
    case StemHtmlRole: return r.stemHtml;
    case ChoicesRole: return r.choices;
    case YourAnswerRole: return r.yourAnswer;
    case CorrectAnswerRole: return r.correctAnswer;
    case ExplanationHtmlRole: return r.explanationHtml;
    case ReferencesRole: return r.references;
    default: return {};
    }
}

QHash<int, QByteArray> MissedQuestionModel::roleNames() const
{
    return {{NumberRole, "number"},
            {QuestionIdRole, "questionId"},
            {DomainRole, "domain"},
            {TimeMsRole, "timeMs"},
            {AnsweredRole, "answered"},
            {CreditRole, "credit"},
            {QuestionRole, "question"},
            {ResponseRole, "response"},
            {FeedbackRole, "feedback"},
            {StemHtmlRole, "stemHtml"},
            {ChoicesRole, "choices"},
            {YourAnswerRole, "yourAnswer"},
            {CorrectAnswerRole, "correctAnswer"},
            {ExplanationHtmlRole, "explanationHtml"},
            {ReferencesRole, "references"}};
}

void MissedQuestionModel::show(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

} // namespace certdrill::app
