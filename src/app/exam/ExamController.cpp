#include "app/exam/ExamController.h"

#include "app/AppContext.h"
#include "app/session/EnvironmentOpener.h"
#include "app/session/ErrorMessage.h"

#include <nlohmann/json.hpp>

#include <QLoggingCategory>

#include <chrono>

namespace certdrill::app {
namespace {

Q_LOGGING_CATEGORY(lcExam, "certdrill.session")

constexpr int kPollIntervalMs = 200;

/// The time left rounded up to a whole second: what the page shows, and all that needs a change.
qint64 wholeSeconds(std::int64_t ms) { return (ms + 999) / 1000 * 1000; }

} // namespace

ExamController::ExamController(QObject* parent)
    : QObject(parent)
    , m_reviewScreen(new ReviewScreenModel(this))
{
    m_ticker.setInterval(kPollIntervalMs);
    connect(&m_ticker, &QTimer::timeout, this, &ExamController::poll);
    connect(&m_starter, &SessionStarter::busyChanged, this, &ExamController::startingChanged);
}

ExamController::~ExamController() = default;

QString ExamController::bankId() const { return m_env ? QString::fromStdString(m_env->bank->id) : QString{}; }
QString ExamController::bankTitle() const { return m_env ? QString::fromStdString(m_env->bank->title) : QString{}; }
QString ExamController::examCode() const { return m_env ? QString::fromStdString(m_env->bank->examCode) : QString{}; }

QVariant ExamController::response() const
{
    if (!m_exam)
        return {};
    const auto& saved = m_exam->answerAt(m_exam->position()).response;
    return saved ? responseToVariant(nlohmann::json::parse(*saved)) : QVariant{};
}

bool ExamController::answered() const { return m_exam && m_exam->answerAt(m_exam->position()).response.has_value(); }

bool ExamController::flagged() const { return m_exam && m_exam->answerAt(m_exam->position()).flagged; }

int ExamController::answeredCount() const
{
    int n = 0;
    for (std::size_t i = 0; m_exam && i < m_exam->total(); ++i)
        n += m_exam->answerAt(i).response ? 1 : 0;
    return n;
}

bool ExamController::hasUnfinished(const QString& bankId)
{
    auto env = openEnvironment(bankId);
    if (!env)
        return false;
    const auto open = (*env)->sessions.findOpen((*env)->profile.id, bankId.toStdString(), core::StudyMode::Exam);
    return open && open->has_value();
}

QVariantMap ExamController::examInfo(const QString& bankId)
{
    const auto bank = installedBank(bankId);
    if (!bank)
        return {};
    const auto& exam = (*bank)->exam;
    return {{QStringLiteral("title"), QString::fromStdString((*bank)->title)},
            {QStringLiteral("examCode"), QString::fromStdString((*bank)->examCode)},
            {QStringLiteral("questions"), exam.questionCount},
            {QStringLiteral("minutes"), exam.durationMinutes},
            {QStringLiteral("passingScore"), exam.passingScore},
            {QStringLiteral("scaleHighest"), exam.scaleMax},
            {QStringLiteral("forwardOnly"), exam.navigation == core::Navigation::ForwardOnly},
            {QStringLiteral("unfinished"), hasUnfinished(bankId)}};
}

bool ExamController::start(const QString& bankId, const QVariantMap& options)
{
    leave();
    auto env = openEnvironment(bankId);
    if (!env) {
        setError(errorMessage(env.error()));
        return false;
    }
    core::SessionRequest request;
    request.mode = core::StudyMode::Exam;
    request.practice = options.value(QStringLiteral("practice")).toBool();
    const auto now = (*env)->clock.now().time_since_epoch().count();
    request.seed = options.contains(QStringLiteral("seed")) ? options.value(QStringLiteral("seed")).toULongLong()
                                                             : static_cast<std::uint64_t>(now);
    request.count = options.value(QStringLiteral("count")).toUInt();
    if (options.contains(QStringLiteral("minutes")))
        request.minutes = options.value(QStringLiteral("minutes")).toInt();
    qCInfo(lcExam) << "drawing an exam in" << bankId << "seed" << request.seed;
    m_starter.plan(std::move(*env), request, [this](core::Result<SessionStarter::Planned> planned) {
        if (!planned) {
            setError(errorMessage(planned.error()));
            return;
        }
        m_env = std::move(planned->env);
        begin(core::ExamSession::start(m_env->bank, m_env->profile.id, std::move(planned->plan), m_env->services()));
    });
    return true;
}

bool ExamController::resume(const QString& bankId)
{
    leave();
    auto env = openEnvironment(bankId);
    if (!env) {
        setError(errorMessage(env.error()));
        return false;
    }
    auto open = (*env)->sessions.findOpen((*env)->profile.id, bankId.toStdString(), core::StudyMode::Exam);
    if (!open || !*open) {
        setError(errorMessage(open ? core::Error{"nothing-to-resume", {}} : open.error()));
        return false;
    }
    m_env = std::move(*env);
    qCInfo(lcExam) << "resuming exam" << (*open)->id << "in" << bankId;
    return begin(core::ExamSession::resume(m_env->bank, std::move(**open), m_env->services()));
}

bool ExamController::begin(core::Result<core::ExamSession> session)
{
    if (!session) {
        m_env.reset();
        setError(errorMessage(session.error()));
        emit stateChanged();
        return false;
    }
    m_exam.emplace(std::move(*session));
    m_presenter.emplace(*m_env->bank, installedBankFolder(*m_env->bank));
    m_sessionId = m_exam->record().id;
    m_finished = false;
    m_timedOut = false;
    setError({});
    emit stateChanged();
    showQuestion();
    readTimer();
    m_ticker.start();
    poll(); // a resumed exam whose time had run out is submitted at once
    return true;
}

void ExamController::showQuestion()
{
    if (!m_exam)
        return;
    m_question = m_presenter->present(m_exam->current(), m_exam->layoutOf(m_exam->current()));
    m_question.insert(QStringLiteral("number"), position() + 1);
    emit positionChanged();
    emit answerChanged();
    refreshReviewScreen();
}

bool ExamController::check(const core::Result<void>& result)
{
    if (result) {
        setError({});
        return true;
    }
    setError(errorMessage(result.error()));
    if (m_exam && m_exam->closed() && !m_finished)
        finish(m_exam->report() && m_exam->report()->facts.timedOut);
    return false;
}

bool ExamController::answer(const QVariant& value)
{
    if (!m_exam)
        return false;
    const auto response = responseFromVariant(value, m_exam->current().type);
    const bool ok = response.is_null() ? (!answered() || check(m_exam->clearAnswer())) : check(m_exam->answer(response));
    emit answerChanged();
    refreshReviewScreen();
    return ok;
}

bool ExamController::moved(const core::Result<void>& result)
{
    if (!check(result))
        return false;
    showQuestion();
    return true;
}

bool ExamController::next() { return m_exam && moved(m_exam->next()); }

bool ExamController::previous() { return m_exam && moved(m_exam->previous()); }

bool ExamController::goTo(int index) { return m_exam && index >= 0 && moved(m_exam->goTo(static_cast<std::size_t>(index))); }

bool ExamController::setFlagged(bool flag)
{
    if (!m_exam || !check(m_exam->setFlag(flag)))
        return false;
    emit answerChanged();
    refreshReviewScreen();
    return true;
}

bool ExamController::pause() { return m_exam && clocked(m_exam->pause()); }

bool ExamController::unpause() { return m_exam && clocked(m_exam->unpause()); }

bool ExamController::clocked(const core::Result<void>& result)
{
    if (!check(result))
        return false;
    readTimer();
    return true;
}

bool ExamController::submit()
{
    if (!m_exam)
        return false;
    auto outcome = m_exam->submit();
    if (!outcome) {
        setError(errorMessage(outcome.error()));
        if (m_exam->closed() && !m_finished)
            finish(true);
        return false;
    }
    finish(outcome->timedOut);
    return true;
}

void ExamController::refreshReviewScreen()
{
    if (!active() || !canReview()) {
        m_reviewScreen->clear();
        return;
    }
    if (auto screen = m_exam->reviewScreen())
        m_reviewScreen->show(std::move(*screen));
}

void ExamController::poll()
{
    if (!active())
        return;
    for (const auto event : m_exam->poll()) {
        if (event == core::TimerEvent::TenMinutesLeft)
            emit warned(10);
        else if (event == core::TimerEvent::FiveMinutesLeft)
            emit warned(5);
    }
    if (m_exam->closed()) {
        finish(true);
        return;
    }
    readTimer();
}

void ExamController::readTimer()
{
    if (!m_exam)
        return;
    const auto status = m_exam->timer();
    const qint64 left = status.remainingMs ? wholeSeconds(*status.remainingMs) : 0;
    const int level = status.warningMinutes == 5 ? 2 : status.warningMinutes == 10 ? 1 : 0;
    if (left == m_timeLeftMs && level == m_warningLevel && status.paused == m_paused)
        return;
    m_timeLeftMs = left;
    m_warningLevel = level;
    m_paused = status.paused;
    emit timeChanged();
}

void ExamController::leave()
{
    m_starter.cancel();
    m_ticker.stop();
    if (active() && !m_exam->timer().paused)
        (void)m_exam->goTo(m_exam->position()); // books the time on screen so far
    m_exam.reset();
    m_presenter.reset();
    m_env.reset();
    m_reviewScreen->clear();
    m_question.clear();
    emit stateChanged();
    emit positionChanged();
    emit answerChanged();
}

void ExamController::finish(bool timedOut)
{
    m_ticker.stop();
    m_finished = true;
    m_timedOut = timedOut;
    readTimer();
    m_reviewScreen->clear();
    qCInfo(lcExam) << "exam" << m_sessionId << "submitted" << (timedOut ? "by the timer" : "");
    AppContext::create(nullptr, nullptr)->notifyStudyChanged();
    emit stateChanged();
    emit submitted(m_sessionId, timedOut);
}

void ExamController::setError(const QString& message)
{
    if (message == m_error)
        return;
    m_error = message;
    emit errorChanged();
}

} // namespace certdrill::app
