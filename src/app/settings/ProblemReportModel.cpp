#include "app/settings/ProblemReportModel.h"

#include "app/AppContext.h"
#include "core/bank/ContentHash.h"
#include "storage/SqliteProblemReportStore.h"

#include <QDateTime>

namespace certdrill::app {

ProblemReportModel::ProblemReportModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void ProblemReportModel::setContext(AppContext* context)
{
    if (m_context == context)
        return;
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    if (m_context)
        connect(m_context, &AppContext::studyChanged, this, &ProblemReportModel::refresh);
    emit contextChanged();
    refresh();
}

void ProblemReportModel::setBankId(const QString& bankId)
{
    if (m_bankId == bankId)
        return;
    m_bankId = bankId;
    emit bankIdChanged();
    refresh();
}

void ProblemReportModel::refresh()
{
    std::vector<core::ProblemReport> reports;
    if (m_context && m_context->database() && !m_bankId.isEmpty()) {
        const storage::SqliteProblemReportStore store{*m_context->database(), m_context->clock()};
        if (auto listed = store.list(m_bankId.toStdString()))
            reports = std::move(*listed);
    }
    const bool countChanges = reports.size() != m_reports.size();
    beginResetModel();
    m_reports = std::move(reports);
    endResetModel();
    if (countChanges)
        emit countChanged();
}

int ProblemReportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reports.size());
}

QVariant ProblemReportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& report = m_reports[static_cast<std::size_t>(index.row())];
    switch (role) {
    case QuestionIdRole:
        return QString::fromStdString(report.questionId);
    case NoteRole:
        return QString::fromStdString(report.note);
    case CreatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(report.createdAt.time_since_epoch().count(), Qt::UTC).toLocalTime();
    case ContentHashRole:
        return QString::fromStdString(core::hashToHex(report.contentHash));
    default:
        return {};
    }
}

QHash<int, QByteArray> ProblemReportModel::roleNames() const
{
    return {{QuestionIdRole, "questionId"}, {NoteRole, "note"}, {CreatedAtRole, "createdAt"},
            {ContentHashRole, "contentHash"}};
}

} // namespace certdrill::app
