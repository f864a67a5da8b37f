#include "app/settings/ProfileSettingsController.h"

#include "app/AppContext.h"
#include "core/common/Time.h"
#include "core/profile/GradingSettings.h"
#include "storage/SqliteProfileRepository.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace certdrill::app {

ProfileSettingsController::ProfileSettingsController(QObject* parent)
    : QObject(parent)
{
}

void ProfileSettingsController::setContext(AppContext* context)
{
    if (m_context == context)
        return;
    if (m_context)
        disconnect(m_context, nullptr, this, nullptr);
    m_context = context;
    if (m_context) {
        connect(m_context, &AppContext::profileChanged, this, &ProfileSettingsController::changed);
        // Another view (or controller) may have changed the profile's settings.
        connect(m_context, &AppContext::studyChanged, this, &ProfileSettingsController::changed);
    }
    emit contextChanged();
    emit changed();
}

double ProfileSettingsController::desiredRetention() const
{
    if (!m_context)
        return 0.9;
    const auto profile = m_context->currentProfile();
    return profile ? profile->desiredRetention : 0.9;
}

int ProfileSettingsController::dailyNewLimit() const
{
    if (!m_context)
        return 20;
    const auto profile = m_context->currentProfile();
    return profile ? profile->dailyNewLimit : 20;
}

QString ProfileSettingsController::examDate(const QString& bankId) const
{
    if (!m_context)
        return {};
    const auto profile = m_context->currentProfile();
    if (!profile)
        return {};
    const auto found = profile->examDates.find(bankId.toStdString());
    return found == profile->examDates.end() ? QString{} : QString::fromStdString(found->second);
}

bool ProfileSettingsController::update(const std::function<bool(core::Profile&)>& change)
{
    if (!m_context || !m_context->database()) {
        setError(tr("No profile is open."));
        return false;
    }
    auto profile = m_context->currentProfile();
    if (!profile) {
        setError(QString::fromStdString(profile.error().message));
        return false;
    }
    if (!change(*profile))
        return false;
    storage::SqliteProfileRepository repository{*m_context->database(), m_context->clock()};
    if (const auto saved = repository.update(*profile); !saved) {
        setError(QString::fromStdString(saved.error().message));
        emit changed(); // controls snap back to the stored value
        return false;
    }
    setError({});
    m_context->notifyStudyChanged(); // emits changed() through studyChanged
    return true;
}

void ProfileSettingsController::setDesiredRetention(double retention)
{
    if (!std::isfinite(retention) || retention < kMinRetention || retention > kMaxRetention) {
        setError(tr("Desired retention must be between %1% and %2%.")
                     .arg(std::lround(kMinRetention * 100))
                     .arg(std::lround(kMaxRetention * 100)));
        emit changed();
        return;
    }
    if (std::abs(retention - desiredRetention()) < 1e-9)
        return;
    update([retention](core::Profile& p) {
        p.desiredRetention = retention;
        return true;
    });
}

void ProfileSettingsController::setDailyNewLimit(int limit)
{
    if (limit < 0 || limit > kMaxDailyNew) {
        setError(tr("The daily limit of new questions must be between 0 and %1.").arg(kMaxDailyNew));
        emit changed();
        return;
    }
    if (limit == dailyNewLimit())
        return;
    update([limit](core::Profile& p) {
        p.dailyNewLimit = limit;
        return true;
    });
}

bool ProfileSettingsController::setExamDate(const QString& bankId, const QString& date)
{
    const auto text = date.trimmed().toStdString();
    if (!text.empty() && !core::parseDate(text)) {
        setError(tr("%1 is not a date: write it as YYYY-MM-DD, for example 2027-03-15.").arg(date.trimmed()));
        return false;
    }
    return update([&](core::Profile& p) {
        if (text.empty())
            p.examDates.erase(bankId.toStdString());
        else
            p.examDates[bankId.toStdString()] = text;
        return true;
    });
}

core::GradingPolicy ProfileSettingsController::grading() const
{
    if (!m_context)
        return {};
    const auto profile = m_context->currentProfile();
    return profile ? profile->grading : core::GradingPolicy{};
}

int ProfileSettingsController::wrongRating() const { return core::ratingNumber(grading().wrong); }
int ProfileSettingsController::guessedRating() const { return core::ratingNumber(grading().guessed); }
int ProfileSettingsController::correctRating() const { return core::ratingNumber(grading().correct); }
int ProfileSettingsController::fastRating() const { return core::ratingNumber(grading().fast); }
void ProfileSettingsController::setWrongRating(int rating) { setRating(&core::GradingPolicy::wrong, rating); }
void ProfileSettingsController::setGuessedRating(int rating) { setRating(&core::GradingPolicy::guessed, rating); }
void ProfileSettingsController::setCorrectRating(int rating) { setRating(&core::GradingPolicy::correct, rating); }
void ProfileSettingsController::setFastRating(int rating) { setRating(&core::GradingPolicy::fast, rating); }

void ProfileSettingsController::setRating(core::Rating core::GradingPolicy::*field, int rating)
{
    const auto value = core::ratingFromNumber(rating);
    if (!value) {
        setError(tr("A rating is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)."));
        emit changed();
        return;
    }
    auto policy = grading();
    policy.*field = *value;
    setGrading(policy);
}

void ProfileSettingsController::setFastNeedsSure(bool needsSure)
{
    auto policy = grading();
    policy.fastNeedsSure = needsSure;
    setGrading(policy);
}

void ProfileSettingsController::setFastFactor(double factor)
{
    auto policy = grading();
    policy.fastFactor = factor;
    setGrading(policy);
}

void ProfileSettingsController::resetGrading()
{
    setGrading(core::GradingPolicy{});
}

void ProfileSettingsController::setGrading(const core::GradingPolicy& policy)
{
    const auto problems = core::validateGrading(policy);
    if (!problems.empty()) {
        const auto& field = problems.front().field;
        if (field == "fast_factor")
            setError(tr("\"Faster than usual\" must be more than 0 and at most 10 times the usual time."));
        else
            setError(tr("A worse answer cannot get a better rating: wrong ≤ guessed ≤ correct ≤ fast."));
        emit changed(); // controls snap back to the stored value
        return;
    }
    if (core::toJson(policy) == core::toJson(grading()))
        return;
    update([&policy](core::Profile& p) {
        p.grading = policy;
        return true;
    });
}

void ProfileSettingsController::setError(const QString& error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace certdrill::app
