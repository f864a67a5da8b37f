#include "app/practice/PracticeController.h"

#include "app/AppContext.h"
#include "app/session/EnvironmentOpener.h"
#include "app/session/ErrorMessage.h"
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
    connect(&m_starter, &SessionStarter::busyChanged, this, &PracticeController::startingChanged);
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
    else if (e.code == "paused")
        setError(tr("The quiz is paused: continue it first."));
    else if (e.code == "pause-not-allowed")
        setError(tr("Only a timed quiz can be paused."));
    else if (e.code == "time-up")
        setError(tr("Time is up."));
    else if (e.code == "nothing-to-resume")
        setError(tr("There is no unfinished session to continue."));
    else
        setError(errorMessage(e)); // the sentences the exam shares (no bank, no data folder, ...)
    return false;
}

std::unique_ptr<storage::SessionEnvironment> PracticeController::prepare(const QString& bankId, const QString& mode)
{
    setError({});
    m_starter.cancel();
    m_ticker.stop();
    if (m_session) {
        m_session.reset();
        m_finished = false;
        m_question.clear();
        emit sessionChanged();
    }
    if (!m_app) {
        failed({"no-data", "the data folder is not open"});
        return nullptr;
    }
    const auto studyMode = core::studyModeFromString(mode.toStdString());
    if (!studyMode || *studyMode == core::StudyMode::Exam) {
        failed({"usage", "unknown practice mode " + mode.toStdString()});
        return nullptr;
    }
    auto env = openEnvironment(*m_app, bankId);
    if (!env) {
        failed(env.error());
        return nullptr;
    }
    return std::move(*env);
}

void PracticeController::adopt(std::unique_ptr<storage::SessionEnvironment> env, const QString& bankId,
                               const QString& mode)
{
    m_env = std::move(env);
    m_bankFolder = bankFolder(*m_env->bank, m_app->locations().bankDirs);
    m_bankId = bankId;
    m_mode = mode;
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
    auto env = prepare(bankId, mode);
    if (!env)
        return false;
    const auto seed = static_cast<std::uint64_t>(env->clock.now().time_since_epoch().count());
    const auto request = practiceRequest(*core::studyModeFromString(mode.toStdString()), options, seed);
    if (!request)
        return failed(request.error());
    qCInfo(lcPractice) << "planning a" << mode << "session in" << bankId;
    m_starter.plan(std::move(env), *request,
                   [this, bankId, mode](core::Result<SessionStarter::Planned> planned) {
                       if (!planned) {
                           failed(planned.error());
                           return;
                       }
                       adopt(std::move(planned->env), bankId, mode);
                       begin(core::PracticeSession::start(m_env->bank, m_env->profile.id, std::move(planned->plan),
                                                          m_env->services()));
                   });
    return true;
}

bool PracticeController::resume(const QString& bankId, const QString& mode)
{
    auto env = prepare(bankId, mode);
    if (!env)
        return false;
    auto found = env->sessions.findOpen(env->profile.id, bankId.toStdString(),
                                        *core::studyModeFromString(mode.toStdString()));
    if (!found)
        return failed(found.error());
    if (!*found)
        return failed({"nothing-to-resume", "no unfinished session"});
    adopt(std::move(env), bankId, mode);
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

bool PracticeController::pause() { return running() && clocked(m_session->pause()); }

bool PracticeController::unpause() { return running() && clocked(m_session->unpause()); }

bool PracticeController::clocked(const core::Result<void>& result)
{
    if (!result)
        return failed(result.error());
    setError({});
    updateTimer();
    return true;
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
    bool paused = false;
    if (m_session && timed()) {
        const auto status = m_session->timer();
        seconds = static_cast<int>((status.remainingMs.value_or(0) + 999) / 1000);
        warning = status.warningMinutes;
        paused = status.paused && !m_finished;
    }
    if (seconds == m_secondsLeft && warning == m_warning && paused == m_paused)
        return;
    m_secondsLeft = seconds;
    m_warning = warning;
    m_paused = paused;
    emit timerChanged();
}

} // namespace certdrill::app
