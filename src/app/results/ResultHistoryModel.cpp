#include "app/results/ResultHistoryModel.h"

#include "app/AppContext.h"
#include "app/session/ErrorMessage.h"

#include <QVariantMap>

#include <algorithm>

namespace certdrill::app {

ResultHistoryModel::ResultHistoryModel(QObject* parent)
    : QAbstractListModel(parent)
{
    auto* app = AppContext::create(nullptr, nullptr);
    connect(app, &AppContext::studyChanged, this, &ResultHistoryModel::reload);
    connect(app, &AppContext::profileChanged, this, &ResultHistoryModel::reload);
}

int ResultHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_results.size());
}

QVariant ResultHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const auto& r = m_results[row].report;
    switch (role) {
    case SessionIdRole: return static_cast<qint64>(m_results[row].record.id);
    case FinishedAtRole: return localDateTime(r.facts.finishedAt);
    case ExamCodeRole: return QString::fromStdString(r.examCode);
    case ScaledScoreRole: return r.scaled.value;
    case PassingScoreRole: return r.scaled.passingScore;
    case ScaleHighestRole: return r.scaled.highest;
    case PassedRole: return r.passed();
    case PercentRole: return r.percent();
    case ChangeRole: // against the exam before it (the next row): none for the first
        return row + 1 < m_results.size() ? QVariant{r.percent() - m_results[row + 1].report.percent()} : QVariant{};
    case QuestionCountRole: return static_cast<int>(r.questionCount);
    case CorrectRole: return static_cast<int>(r.correct);
    case PracticeRole: return r.facts.practice;
    case TimedOutRole: return r.facts.timedOut;
    case ElapsedMsRole: return static_cast<qint64>(r.facts.elapsedMs);
    default: return {};
    }
}

QHash<int, QByteArray> ResultHistoryModel::roleNames() const
{
    return {{SessionIdRole, "sessionId"},     {FinishedAtRole, "finishedAt"},   {ExamCodeRole, "examCode"},
            {ScaledScoreRole, "scaledScore"}, {PassingScoreRole, "passingScore"}, {ScaleHighestRole, "scaleHighest"},
            {PassedRole, "passed"},           {PercentRole, "percent"},         {ChangeRole, "change"},
            {QuestionCountRole, "questionCount"}, {CorrectRole, "correct"},     {PracticeRole, "practice"},
            {TimedOutRole, "timedOut"},       {ElapsedMsRole, "elapsedMs"}};
}

void ResultHistoryModel::setBankId(const QString& bankId)
{
    if (bankId == m_bankId)
        return;
    m_bankId = bankId;
    emit bankIdChanged();
    reload();
}

qint64 ResultHistoryModel::latestSessionId() const { return m_results.empty() ? 0 : m_results.front().record.id; }

QVariantList ResultHistoryModel::scores() const
{
    QVariantList out;
    for (const auto* result : m_byTime) {
        const auto& r = result->report;
        out.append(QVariantMap{{QStringLiteral("at"), localTime(r.facts.finishedAt)},
                               {QStringLiteral("score"), r.scaled.value},
                               {QStringLiteral("passed"), r.passed()}});
    }
    return out;
}

int ResultHistoryModel::passingScore() const
{
    return m_byTime.empty() ? 0 : m_byTime.back()->report.scaled.passingScore;
}

int ResultHistoryModel::scaleLowest() const
{
    const auto it = std::min_element(m_results.begin(), m_results.end(), [](const auto& a, const auto& b) {
        return a.report.scaled.lowest < b.report.scaled.lowest;
    });
    return it == m_results.end() ? 0 : it->report.scaled.lowest;
}

int ResultHistoryModel::scaleHighest() const
{
    const auto it = std::max_element(m_results.begin(), m_results.end(), [](const auto& a, const auto& b) {
        return a.report.scaled.highest < b.report.scaled.highest;
    });
    return it == m_results.end() ? 0 : it->report.scaled.highest;
}

void ResultHistoryModel::reload()
{
    auto results = finishedExams(m_bankId);
    beginResetModel();
    m_byTime.clear();
    m_results.clear();
    m_error.clear();
    if (results) {
        m_results = std::move(*results);
        std::reverse(m_results.begin(), m_results.end());
    } else {
        m_error = errorMessage(results.error());
    }
    for (auto it = m_results.rbegin(); it != m_results.rend(); ++it) // oldest first, for ties
        m_byTime.push_back(&*it);
    std::stable_sort(m_byTime.begin(), m_byTime.end(), [](const StoredResult* a, const StoredResult* b) {
        return a->report.facts.finishedAt < b->report.facts.finishedAt;
    });
    endResetModel();
    emit countChanged();
}

} // namespace certdrill::app
