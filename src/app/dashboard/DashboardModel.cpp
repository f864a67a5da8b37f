#include "app/dashboard/DashboardModel.h"

#include "app/AppContext.h"
#include "storage/StudyOverview.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDashboard, "certdrill.dashboard")

namespace certdrill::app {

DashboardModel::DashboardModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_query(this, {.deliver = [this](Result r) { show(std::move(r)); },
                     .busyChanged = [this] { emit busyChanged(); },
                     .again = [this] { refresh(); }})
{
}

DashboardModel::~DashboardModel() = default;

void DashboardModel::setContext(AppContext* context)
{
    if (!followStudyChanges(m_context, context, this, [this] { refresh(); }))
        return;
    emit contextChanged();
    refresh();
}

void DashboardModel::refresh()
{
    if (!m_context)
        return;
    if (m_query.defer())
        return;
    auto snapshot = StudySnapshot::of(*m_context);
    if (!snapshot) {
        m_error = QString::fromStdString(snapshot.error().message);
        emit loaded();
        return;
    }
    m_query.start([s = std::move(*snapshot)] { return load(s); });
}

DashboardModel::Result DashboardModel::load(const StudySnapshot& snapshot)
{
    Result result;
    auto db = snapshot.open();
    if (!db) {
        result.error = QString::fromStdString(db.error().message);
        return result;
    }
    for (const auto& bank : snapshot.banks) {
        Row row;
        row.bank = bank;
        if (const auto date = snapshot.profile.examDates.find(bank->id); date != snapshot.profile.examDates.end())
            row.examDate = QString::fromStdString(date->second);
        const auto overview = storage::bankOverview(**db, snapshot.profile, bank, snapshot.now);
        if (!overview) {
            result.error = QString::fromStdString(overview.error().message);
            result.rows.push_back(row);
            continue;
        }
        row.due = static_cast<int>(overview->dueNow);
        row.newLeft = static_cast<int>(overview->newLeftToday);
        row.studied = static_cast<int>(overview->studied);
        row.answers = static_cast<int>(overview->answers);
        row.streak = static_cast<int>(overview->streak);
        if (overview->lastExam) {
            row.hasLastExam = true;
            row.lastExamScore = overview->lastExam->scaledScore;
            row.lastExamPassed = overview->lastExam->passed;
        }
        if (overview->daysToExam)
            row.daysToExam = static_cast<int>(*overview->daysToExam);
        result.rows.push_back(std::move(row));
    }
    return result;
}

void DashboardModel::show(Result result)
{
    const bool countChanges = result.rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(result.rows);
    endResetModel();
    m_error = result.error;
    if (!m_error.isEmpty())
        qCWarning(lcDashboard) << "dashboard:" << m_error;
    m_firstRun = std::all_of(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.answers == 0; });
    if (countChanges)
        emit countChanged();
    emit loaded();
}

int DashboardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant DashboardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto& bank = *row.bank;
    switch (role) {
    case BankIdRole:
        return QString::fromStdString(bank.id);
    case TitleRole:
        return QString::fromStdString(bank.title);
    case VendorRole:
        return QString::fromStdString(bank.vendor);
    case ExamCodeRole:
        return QString::fromStdString(bank.examCode);
    case QuestionCountRole:
        return static_cast<int>(bank.questions.size());
    case DueCountRole:
        return row.due;
    case NewLeftRole:
        return row.newLeft;
    case StudiedRole:
        return row.studied;
    case AnswerCountRole:
        return row.answers;
    case StreakRole:
        return row.streak;
    case HasLastExamRole:
        return row.hasLastExam;
    case LastExamScoreRole:
        return row.lastExamScore;
    case LastExamPassedRole:
        return row.lastExamPassed;
    case PassingScoreRole:
        return bank.exam.passingScore;
    case ScaleMaxRole:
        return bank.exam.scaleMax;
    case ExamDateRole:
        return row.examDate;
    case DaysToExamRole:
        return row.daysToExam;
    default:
        return {};
    }
}

QHash<int, QByteArray> DashboardModel::roleNames() const
{
    return {{BankIdRole, "bankId"},
            {TitleRole, "title"},
            {VendorRole, "vendor"},
            {ExamCodeRole, "examCode"},
            {QuestionCountRole, "questionCount"},
            {DueCountRole, "dueCount"},
            {NewLeftRole, "newLeft"},
            {StudiedRole, "studied"},
            {AnswerCountRole, "answerCount"},
            {StreakRole, "streak"},
            {HasLastExamRole, "hasLastExam"},
            {LastExamScoreRole, "lastExamScore"},
            {LastExamPassedRole, "lastExamPassed"},
            {PassingScoreRole, "passingScore"},
            {ScaleMaxRole, "scaleMax"},
            {ExamDateRole, "examDate"},
            {DaysToExamRole, "daysToExam"}};
}

} // namespace certdrill::app
