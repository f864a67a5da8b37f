#include "app/practice/PracticeController.h"

#include "app/AppContext.h"
#include "app/practice/PracticeOptions.h"
#include "app/practice/PracticeSummary.h"
#include "app/question/BankFolder.h"
#include "app/question/QuestionPresenter.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>

#include <cmath>
#include <set>

Q_LOGGING_CATEGORY(lcPractice, "certdrill.session")

namespace certdrill::app {
namespace {

constexpr int kTickMs = 250;

QDateTime toDateTime(core::Timestamp t)
{
    return QDateTime::fromMSecsSinceEpoch(t.time_since_epoch().count(), Qt::UTC).toLocalTime();
}

} // namespace

PracticeController::PracticeController(QObject* parent)
    : QObject(parent)
{
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &PracticeController::poll);
}

PracticeController::~PracticeController() = default;

void PracticeController::setApp(AppContext* app)
{
    if (m_app == app)
        return;
    m_app = app;
    emit appChanged();
}

int PracticeController::total() const { return m_session ? static_cast<int>(m_session->total()) : 0; }

bool PracticeController::timed() const { return m_session && m_session->settings().timeLimitMs.has_value(); }

void PracticeController::setGuessed(bool guessed)
{
    if (m_guessed == guessed)
        return;
    m_guessed = guessed;
    emit guessedChanged();
}

void PracticeController::setError(const QString& message)
{
    if (m_error == message)
        return;
    m_error = message;
    emit errorChanged();
}

bool PracticeController::failed(const core::Error& e)
{
    qCWarning(lcPractice) << "practice session:" << e.code.c_str() << e.message.c_str();
    const auto detail = QString::fromStdString(e.message);
    if (e.code == "empty-session")
        setError(tr("There is nothing to practise here right now: no questions match, or none are due."));
    else if (e.code == "bad-filter")
        setError(tr("This filter does not fit the bank: %1").arg(detail));
    else if (e.code == "bad-answer")
        setError(tr("That answer is not complete: %1").arg(detail));
    else if (e.code == "time-up")
        setError(tr("Time is up."));
    else if (e.code == "nothing-to-resume")
        setError(tr("There is no unfinished session to continue."));
    else
        setError(tr("Something went wrong: %1").arg(detail));
    return false;
}

bool PracticeController::open(const QString& bankId, const QString& mode)
{
    setError({});
    if (!m_app || !m_app->database())
        return failed({"no-data", "the data folder is not open"});
    const auto studyMode = core::studyModeFromString(mode.toStdString());
    if (!studyMode || *studyMode == core::StudyMode::Exam)
        return failed({"usage", "unknown practice mode " + mode.toStdString()});
    auto bank = findBank(m_app->banks()->banks(), bankId.toStdString());
    if (!bank)
        return failed({"no-bank", "no bank \"" + bankId.toStdString() + "\" is installed"});
    auto profile = m_app->currentProfile();
    if (!profile)
        return failed(profile.error());
    m_ticker.stop();
    m_session.reset();
    auto env = storage::SessionEnvironment::open(*m_app->database(), std::move(*profile), bank, m_app->clock());
    if (!env)
        return failed(env.error());
    m_env = std::move(*env);
    m_bankFolder = bankFolder(*bank, m_app->locations().bankDirs);
    m_bankId = bankId;
    m_mode = mode;
    return true;
}

QVariantMap PracticeController::filterChoices(const QString& bankId) const
{
    const auto bank = m_app ? findBank(m_app->banks()->banks(), bankId.toStdString()) : nullptr;
    if (!bank)
        return {};
    QVariantList domains;
    QVariantList objectives;
    for (const auto& d : bank->domains) {
        domains.append(QVariantMap{{QStringLiteral("id"), QString::fromStdString(d.id)},
                                   {QStringLiteral("name"), QString::fromStdString(d.name)}});
        for (const auto& o : d.objectives)
            objectives.append(QVariantMap{{QStringLiteral("id"), QString::fromStdString(o.id)},
                                          {QStringLiteral("title"), QString::fromStdString(o.title)},
                                          {QStringLiteral("domain"), QString::fromStdString(d.id)}});
    }
    std::set<std::string> tags;
    for (const auto& q : bank->questions)
        tags.insert(q.tags.begin(), q.tags.end());
    QStringList tagList;
    for (const auto& t : tags)
        tagList.append(QString::fromStdString(t));
    return {{QStringLiteral("domains"), domains}, {QStringLiteral("objectives"), objectives},
            {QStringLiteral("tags"), tagList}};
}

QVariantMap PracticeController::openSession(const QString& bankId, const QString& mode)
{
    const auto studyMode = core::studyModeFromString(mode.toStdString());
    if (!m_app || !m_app->database() || !studyMode)
        return {};
    const auto profile = m_app->currentProfile();
    if (!profile)
        return {};
    storage::SqliteSessionStore store{*m_app->database(), m_app->clock()};
    const auto found = store.findOpen(profile->id, bankId.toStdString(), *studyMode);
    if (!found || !*found)
        return {};
    return {{QStringLiteral("position"), static_cast<int>((*found)->position)},
            {QStringLiteral("total"), static_cast<int>((*found)->questionOrder.size())}};
}

bool PracticeController::start(const QString& bankId, const QString& mode, const QVariantMap& options)
{
    if (!open(bankId, mode))
        return false;
    const auto seed = static_cast<std::uint64_t>(m_app->clock().now().time_since_epoch().count());
    const auto request = practiceRequest(*core::studyModeFromString(mode.toStdString()), options, seed);
    if (!request)
        return failed(request.error());
    auto plan = m_env->plan(*request);
    if (!plan)
        return failed(plan.error());
    return begin(core::PracticeSession::start(m_env->bank, m_env->profile.id, std::move(*plan), m_env->services()));
}

bool PracticeController::resume(const QString& bankId, const QString& mode)
{
    if (!open(bankId, mode))
        return false;
    const auto found = m_env->sessions.findOpen(m_env->profile.id, bankId.toStdString(),
                                                *core::studyModeFromString(mode.toStdString()));
    if (!found)
        return failed(found.error());
    if (!*found)
        return failed({"nothing-to-resume", "no unfinished session"});
    return begin(core::PracticeSession::resume(m_env->bank, std::move(**found), m_env->services()));
}

bool PracticeController::begin(core::Result<core::PracticeSession> session)
{
    if (!session)
        return failed(session.error());
    m_session.emplace(std::move(*session));
    m_finished = false;
    m_summary.clear();
    m_warning = 0;
    if (timed())
        m_ticker.start();
    updateTimer();
    emit sessionChanged();
    showCurrent();
    return true;
}

void PracticeController::showCurrent()
{
    m_feedback = {};
    m_response = {};
    setGuessed(false);
    if (!m_session || m_session->closed()) {
        close();
        return;
    }
    if (m_session->done()) {
        finish();
        return;
    }
    const auto& q = m_session->current();
    m_question = QuestionPresenter{m_session->bank(), m_bankFolder}.present(q, m_session->layoutOf(q));
    m_position = static_cast<int>(m_session->position());
    emit questionChanged();
}

bool PracticeController::submit(const QVariant& response)
{
    if (!running() || answered())
        return false;
    setError({});
    const auto& q = m_session->current();
    const auto json = responseFromVariant(response, q.type);
    if (json.is_null())
        return failed({"bad-answer", "no answer given"});
    const auto question = q; // the session moves on when it logs the answer
    auto outcome = m_session->answer(json, m_guessed ? core::Confidence::Guessed : core::Confidence::Normal);
    if (!outcome) {
        if (m_session->closed()) // time ran out: the quiz closed without this answer
            close();
        return failed(outcome.error());
    }
    if (m_app)
        m_app->notifyStudyChanged();
    if (!outcome->feedback) { // a quiz: its results come at the end
        showCurrent();
        return true;
    }
    m_response = responseToVariant(json);
    m_feedback = feedbackMap(question, *outcome);
    emit questionChanged();
    return true;
}

QVariantMap PracticeController::feedbackMap(const core::Question& question, const core::AnswerOutcome& outcome) const
{
    auto map = feedbackToVariant(question, *outcome.feedback);
    const auto due = outcome.memory.due;
    const auto now = m_app ? m_app->clock().now() : due;
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(due - now).count();
    const auto count = [](auto n) { return static_cast<int>(std::max<decltype(n)>(1, n)); };
    QString text;
    if (minutes < 60)
        text = tr("in %n minute(s)", nullptr, count(minutes));
    else if (minutes < 24 * 60)
        text = tr("in %n hour(s)", nullptr, count((minutes + 30) / 60));
    else
        text = tr("in %n day(s), %1", nullptr, count((minutes + 12 * 60) / (24 * 60)))
                   .arg(QLocale{}.toString(toDateTime(due).date(), QLocale::ShortFormat));
    map[QStringLiteral("nextDue")] = toDateTime(due);
    map[QStringLiteral("nextDueText")] = text;
    return map;
}

void PracticeController::next()
{
    if (!running() || !answered())
        return;
    setError({});
    showCurrent();
}

void PracticeController::skip()
{
    if (!running() || answered())
        return;
    setError({});
    if (auto skipped = m_session->skip(); !skipped)
        failed(skipped.error());
    showCurrent();
}

void PracticeController::finish()
{
    if (!m_session || m_finished)
        return;
    if (m_session->closed()) {
        close();
        return;
    }
    auto outcome = m_session->finish();
    if (!outcome) {
        failed(outcome.error());
        if (!m_session->closed())
            return;
    }
    close();
}

void PracticeController::close()
{
    m_ticker.stop();
    if (!m_session || !m_session->report())
        return;
    m_finished = true;
    m_summary = practiceSummary(*m_session->report());
    m_feedback = {};
    updateTimer();
    emit sessionChanged();
    emit questionChanged();
}

void PracticeController::poll()
{
    if (!m_session || m_finished)
        return;
    for (const auto event : m_session->poll()) {
        switch (event) {
        case core::TimerEvent::TenMinutesLeft: emit timeWarning(10); break;
        case core::TimerEvent::FiveMinutesLeft: emit timeWarning(5); break;
        case core::TimerEvent::TimeUp: emit timeWarning(0); break;
        }
    }
    updateTimer();
    if (m_session->closed())
        close();
}

void PracticeController::updateTimer()
{
    int seconds = -1;
    int warning = 0;
    if (m_session && timed()) {
        const auto status = m_session->timer();
        seconds = static_cast<int>((status.remainingMs.value_or(0) + 999) / 1000);
        warning = status.warningMinutes;
    }
    if (seconds == m_secondsLeft && warning == m_warning)
        return;
    m_secondsLeft = seconds;
    m_warning = warning;
    emit timerChanged();
}

} // namespace certdrill::app
