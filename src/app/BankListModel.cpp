#include "app/BankListModel.h"

#include "app/BankCatalog.h"

namespace certdrill::app {

BankListModel::BankListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void BankListModel::setCatalog(BankCatalog* catalog)
{
    if (m_catalog == catalog)
        return;
    beginResetModel();
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog) {
        connect(m_catalog, &BankCatalog::banksChanged, this, [this] {
            beginResetModel();
            endResetModel();
        });
    }
    endResetModel();
    emit catalogChanged();
}

int BankListModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_catalog)
        return 0;
    return m_catalog->count();
}

QVariant BankListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_catalog)
        return {};
    const auto& bank = *m_catalog->banks().at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return QString::fromStdString(bank.title);
    case BankIdRole: return QString::fromStdString(bank.id);
    case VendorRole: return QString::fromStdString(bank.vendor);
    case ExamCodeRole: return QString::fromStdString(bank.examCode);
    case QuestionCountRole: return static_cast<int>(bank.questions.size());
    case DomainCountRole: return static_cast<int>(bank.domains.size());
    case DurationMinutesRole: return bank.exam.durationMinutes;
    case ExamQuestionCountRole: return bank.exam.questionCount;
    case PassingScoreRole: return bank.exam.passingScore;
    case ScaleMaxRole: return bank.exam.scaleMax;
    default: return {};
    }
}

QHash<int, QByteArray> BankListModel::roleNames() const
{
    return {
        {BankIdRole, "bankId"},
        {TitleRole, "title"},
        {VendorRole, "vendor"},
        {ExamCodeRole, "examCode"},
        {QuestionCountRole, "questionCount"},
        {DomainCountRole, "domainCount"},
        {DurationMinutesRole, "durationMinutes"},
        {ExamQuestionCountRole, "examQuestionCount"},
        {PassingScoreRole, "passingScore"},
        {ScaleMaxRole, "scaleMax"},
    };
}

} // namespace certdrill::app
