#include "app/BankOutlineModel.h"

#include "app/question/BankFolder.h"
#include "app/question/QuestionPresenter.h"
#include "core/session/QuestionLayout.h"

#include <cmath>
#include <map>

namespace certdrill::app {

BankOutlineModel::BankOutlineModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void BankOutlineModel::setCatalog(BankCatalog* catalog)
{
    if (m_catalog == catalog)
        return;
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog)
        connect(m_catalog, &BankCatalog::banksChanged, this, &BankOutlineModel::rebuild);
    emit catalogChanged();
    rebuild();
}

void BankOutlineModel::setBankId(const QString& id)
{
    if (m_bankId == id)
        return;
    m_bankId = id;
    emit bankIdChanged();
    rebuild();
}

void BankOutlineModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_bank = nullptr;
    if (m_catalog)
        for (const auto& bank : m_catalog->banks())
            if (QString::fromStdString(bank->id) == m_bankId)
                m_bank = bank;
    if (m_bank) {
        std::map<std::string, int> perObjective;
        std::map<std::string, int> perDomain;
        for (const auto& q : m_bank->questions) {
            ++perObjective[q.objective];
            ++perDomain[q.domain];
        }
        for (const auto& d : m_bank->domains) {
            m_rows.push_back({true, QString::fromStdString(d.id), QString::fromStdString(d.name), d.weight,
                              perDomain[d.id],
                              static_cast<int>(std::lround(d.weight * m_bank->exam.questionCount))});
            for (const auto& o : d.objectives)
                m_rows.push_back({false, QString::fromStdString(o.id), QString::fromStdString(o.title), 0.0,
                                  perObjective[o.id], 0});
        }
    }
    endResetModel();
    emit bankChanged();
}

QString BankOutlineModel::title() const { return m_bank ? QString::fromStdString(m_bank->title) : QString{}; }

QString BankOutlineModel::summary() const
{
    if (!m_bank)
        return {};
    const auto& e = m_bank->exam;
    return tr("%1 · %2 questions in %3 minutes · pass at %4 on %5–%6")
        .arg(QString::fromStdString(m_bank->examCode))
        .arg(e.questionCount)
        .arg(e.durationMinutes)
        .arg(e.passingScore)
        .arg(e.scaleMin)
        .arg(e.scaleMax);
}

QString BankOutlineModel::license() const { return m_bank ? QString::fromStdString(m_bank->license) : QString{}; }

bool BankOutlineModel::forwardOnly() const
{
    return m_bank && m_bank->exam.navigation == core::Navigation::ForwardOnly;
}

int BankOutlineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant BankOutlineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IsDomainRole: return r.isDomain;
    case ItemIdRole: return r.id;
    case Qt::DisplayRole:
    case TitleRole: return r.title;
    case WeightRole: return r.weight;
    case QuestionCountRole: return r.questions;
    case ExamQuestionsRole: return r.examQuestions;
    default: return {};
    }
}

QHash<int, QByteArray> BankOutlineModel::roleNames() const
{
    return {{IsDomainRole, "isDomain"}, {ItemIdRole, "itemId"},       {TitleRole, "title"},
            {WeightRole, "weight"},     {QuestionCountRole, "questionCount"}, {ExamQuestionsRole, "examQuestions"}};
}

QVariantMap BankOutlineModel::previewQuestion(int n) const
{
    if (!m_bank || !m_catalog || n < 0 || n >= questionCount())
        return {};
    const auto& question = m_bank->questions[static_cast<std::size_t>(n)];
    const QuestionPresenter presenter{*m_bank, bankFolder(*m_bank, m_catalog->dirs())};
    return presenter.present(question, core::bankLayout(question));
}

int BankOutlineModel::indexOfQuestion(const QString& questionId) const
{
    if (!m_bank)
        return -1;
    const auto id = questionId.toStdString();
    for (std::size_t i = 0; i < m_bank->questions.size(); ++i)
        if (m_bank->questions[i].id == id)
            return static_cast<int>(i);
    return -1;
}

} // namespace certdrill::app
