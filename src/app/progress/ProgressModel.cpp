#include "app/progress/ProgressModel.h"

#include "app/AppContext.h"
#include "core/srs/DayRule.h"

#include <QDate>

#include <algorithm>

namespace certdrill::app {
namespace {
/// A study day number as a calendar date (day 0 is 1970-01-01).
QDate dateOfDay(std::int64_t day) { return QDate{1970, 1, 1}.addDays(day); }
} // namespace

ProgressModel::ProgressModel(QObject* parent)
    : QObject(parent)
    , m_query(this, {.deliver = [this](const core::Result<storage::ProgressReport>& r) { show(r); },
                     .busyChanged = [this] { emit busyChanged(); },
                     .again = [this] { refresh(); }})
{
}

ProgressModel::~ProgressModel() = default;

void ProgressModel::setContext(AppContext* context)
{
    if (!followStudyChanges(m_context, context, this, [this] { refresh(); }))
        return;
    emit contextChanged();
    refresh();
}

void ProgressModel::setBankId(const QString& bankId)
{
    if (m_bankId == bankId)
        return;
    m_bankId = bankId;
    emit bankIdChanged();
    refresh();
}

void ProgressModel::setDays(int days)
{
    days = std::clamp(days, 1, 365);
    if (m_days == days)
        return;
    m_days = days;
    emit daysChanged();
    refresh();
}

void ProgressModel::refresh()
{
    if (!m_context || m_bankId.isEmpty() || m_context->banks()->busy())
        return; // banksChanged refreshes once the catalog is loaded
    if (m_query.defer())
        return;
    auto snapshot = StudySnapshot::of(*m_context);
    if (!snapshot) {
        m_error = QString::fromStdString(snapshot.error().message);
        emit loaded();
        return;
    }
    auto bank = snapshot->bank(m_bankId.toStdString());
    if (!bank) {
        m_error = tr("No bank %1 is installed.").arg(m_bankId);
        m_answers.clear();
        m_forecast.clear();
        m_domains.clear();
        emit loaded();
        return;
    }
    m_query.start(
        [s = std::move(*snapshot), bank, days = static_cast<std::size_t>(m_days)]() -> core::Result<storage::ProgressReport> {
            auto db = s.open();
            if (!db)
                return tl::unexpected{db.error()};
            return storage::progressReport(**db, s.profile, *bank, s.now, days);
        });
}

void ProgressModel::show(const core::Result<storage::ProgressReport>& result)
{
    m_answers.clear();
    m_forecast.clear();
    m_domains.clear();
    m_maxAnswers = 0;
    m_maxDue = 0;
    m_totalAnswers = 0;
    m_error.clear();
    if (!result) {
        m_error = QString::fromStdString(result.error().message);
    } else {
        for (const auto& d : result->days) {
            const auto accuracy = d.accuracy();
            m_answers.append(QVariantMap{{QStringLiteral("date"), dateOfDay(d.day)},
                                         {QStringLiteral("answers"), static_cast<int>(d.answers)},
                                         {QStringLiteral("correct"), static_cast<int>(d.correct)},
                                         {QStringLiteral("accuracy"), accuracy ? *accuracy : -1.0}});
            m_maxAnswers = std::max(m_maxAnswers, static_cast<int>(d.answers));
            m_totalAnswers += static_cast<int>(d.answers);
        }
        const auto today = result->days.empty() ? std::int64_t{0} : result->days.back().day;
        for (std::size_t i = 0; i < result->forecast.size(); ++i) {
            const int due = static_cast<int>(result->forecast[i]);
            m_forecast.append(QVariantMap{{QStringLiteral("date"), dateOfDay(today + static_cast<std::int64_t>(i))},
                                          {QStringLiteral("due"), due}});
            m_maxDue = std::max(m_maxDue, due);
        }
        for (const auto& d : result->domains)
            m_domains.append(QVariantMap{{QStringLiteral("domainId"), QString::fromStdString(d.domainId)},
                                         {QStringLiteral("name"), QString::fromStdString(d.name)},
                                         {QStringLiteral("mastery"), d.mastery},
                                         {QStringLiteral("studied"), static_cast<int>(d.studied)},
                                         {QStringLiteral("questions"), static_cast<int>(d.questions)}});
    }
    emit loaded();
}

} // namespace certdrill::app
