#include "app/results/ResultsController.h"

#include "app/AppContext.h"
#include "app/BankCatalog.h"
#include "app/session/EnvironmentOpener.h"
#include "app/session/ErrorMessage.h"
#include "app/question/QuestionPresenter.h"
#include "core/session/PracticeSession.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace certdrill::app {
namespace {

QStringList htmlList(const std::vector<std::string>& markdown)
{
    QStringList out;
    for (const auto& m : markdown)
        out.append(markdownHtml(m));
    return out;
}

QVariantList choiceList(const core::Feedback& feedback)
{
    QVariantList out;
    for (const auto& c : feedback.choices)
        out.append(QVariantMap{{QStringLiteral("id"), QString::fromStdString(c.id)},
                               {QStringLiteral("html"), markdownHtml(c.text)},
                               {QStringLiteral("plain"), markdownPlain(c.text)},
                               {QStringLiteral("correct"), c.correct},
                               {QStringLiteral("chosen"), c.chosen},
                               {QStringLiteral("whyHtml"), markdownHtml(c.why)}});
    return out;
}

} // namespace

ResultsController::ResultsController(QObject* parent)
    : QObject(parent)
    , m_domains(new AreaResultModel(this))
    , m_objectives(new AreaResultModel(this))
    , m_missed(new MissedQuestionModel(this))
    , m_questions(new QuestionTimeModel(this))
{
    // The missed questions show as the installed bank presents them: when the catalog changes
    // (at start-up it loads off the GUI thread, often after a page opened a report), again.
    if (auto* banks = AppContext::create(nullptr, nullptr)->banks())
        connect(banks, &BankCatalog::banksChanged, this, [this] {
            if (m_result)
                m_missed->show(missedRows());
        });
}

QString ResultsController::bankId() const { return m_result ? QString::fromStdString(m_result->report.bankId) : QString{}; }
QString ResultsController::bankTitle() const { return m_result ? QString::fromStdString(m_result->report.bankTitle) : QString{}; }
QString ResultsController::examCode() const { return m_result ? QString::fromStdString(m_result->report.examCode) : QString{}; }
QString ResultsController::finishedAt() const { return m_result ? localDateTime(m_result->report.facts.finishedAt) : QString{}; }

qint64 ResultsController::timeLimitMs() const
{
    return m_result && m_result->report.facts.timeLimitMs ? *m_result->report.facts.timeLimitMs : 0;
}

QStringList ResultsController::notes() const
{
    QStringList out;
    for (const auto& n : m_result ? m_result->report.notes : std::vector<std::string>{})
        out.append(QString::fromStdString(n));
    return out;
}

QStringList ResultsController::missedIds() const
{
    QStringList out;
    for (const auto& m : m_result ? m_result->report.missed : std::vector<core::MissedQuestion>{})
        out.append(QString::fromStdString(m.questionId));
    return out;
}

QStringList ResultsController::domainNames() const
{
    QStringList out;
    for (const auto& d : m_result ? m_result->report.domains : std::vector<core::AreaResult>{})
        out.append(QString::fromStdString(d.name));
    return out;
}

QVariantList ResultsController::domainPercents() const
{
    QVariantList out;
    for (const auto& d : m_result ? m_result->report.domains : std::vector<core::AreaResult>{})
        out.append(d.percent());
    return out;
}

QString ResultsController::scaledScoreNote() const
{
    return tr("The scaled score is an estimate: vendors scale each exam form differently and do not publish the conversion.");
}

bool ResultsController::load(qint64 sessionId)
{
    auto result = finishedSession(sessionId);
    if (!result) {
        setError(errorMessage(result.error()));
        show(std::nullopt);
        return false;
    }
    setError({});
    show(std::move(*result));
    return true;
}

bool ResultsController::loadLatest(const QString& bankId)
{
    auto results = finishedExams(bankId);
    if (!results) {
        setError(errorMessage(results.error()));
        show(std::nullopt);
        return false;
    }
    if (results->empty()) {
        setError({});
        show(std::nullopt);
        return false;
    }
    setError({});
    show(std::move(results->back()));
    return true;
}

void ResultsController::show(std::optional<StoredResult> result)
{
    m_result = std::move(result);
    const auto* report = m_result ? &m_result->report : nullptr;
    m_domains->show(report ? report->domains : std::vector<core::AreaResult>{});
    m_objectives->show(report ? report->objectives : std::vector<core::AreaResult>{});
    m_questions->show(report ? report->questions : std::vector<core::QuestionResult>{},
                      report ? report->domains : std::vector<core::AreaResult>{});
    m_missed->show(missedRows());
    emit loadedChanged();
}

std::vector<MissedQuestionModel::Row> ResultsController::missedRows() const
{
    std::vector<MissedQuestionModel::Row> rows;
    if (!m_result)
        return rows;
    const auto& report = m_result->report;
    const auto& record = m_result->record;
    const auto bank = installedBank(QString::fromStdString(report.bankId));
    std::optional<QuestionPresenter> presenter;
    if (bank)
        presenter.emplace(**bank, installedBankFolder(**bank));
    for (const auto& m : report.missed) {
        MissedQuestionModel::Row row;
        row.number = static_cast<int>(m.index) + 1;
        row.questionId = QString::fromStdString(m.questionId);
        if (m.index < report.questions.size()) {
            const auto& q = report.questions[m.index];
            const auto domain = std::find_if(report.domains.begin(), report.domains.end(),
                                             [&](const auto& d) { return d.id == q.domain; });
            row.domain = QString::fromStdString(domain != report.domains.end() ? domain->name : q.domain);
            row.timeMs = q.timeMs;
            row.answered = q.answered;
            row.credit = q.credit;
        }
        const auto answer = std::find_if(record.answers.begin(), record.answers.end(),
                                         [&](const auto& a) { return a.questionId == m.questionId; });
        if (answer != record.answers.end() && answer->response)
            row.response = responseToVariant(nlohmann::json::parse(*answer->response, nullptr, false));
        if (const auto* question = presenter ? (*bank)->findQuestion(m.questionId) : nullptr) {
            row.question = presenter->present(*question, core::layoutOf(*question, record.layout));
            row.feedback = feedbackToVariant(*question, m.feedback);
        }
        row.stemHtml = markdownHtml(m.stem);
        row.choices = choiceList(m.feedback);
        row.yourAnswer = htmlList(m.feedback.yourAnswer);
        row.correctAnswer = htmlList(m.feedback.correctAnswer);
        row.explanationHtml = markdownHtml(m.feedback.explanation);
        for (const auto& r : m.feedback.references)
            row.references.append(QString::fromStdString(r));
        rows.push_back(std::move(row));
    }
    return rows;
}

bool ResultsController::retakeMissed()
{
    if (!m_result || m_result->report.missed.empty())
        return false;
    auto env = openEnvironment(bankId());
    if (!env) {
        setError(errorMessage(env.error()));
        return false;
    }
    auto& e = **env;
    core::SessionRequest request;
    request.mode = core::StudyMode::Drill;
    request.seed = static_cast<std::uint64_t>(e.clock.now().time_since_epoch().count());
    for (const auto& m : m_result->report.missed)
        request.questions.push_back(m.questionId);
    auto plan = e.plan(request);
    if (!plan) {
        setError(errorMessage(plan.error()));
        return false;
    }
    auto session = core::PracticeSession::start(e.bank, e.profile.id, std::move(*plan), e.services());
    if (!session) {
        setError(errorMessage(session.error()));
        return false;
    }
    setError({});
    emit retakeStarted(bankId(), session->record().id);
    return true;
}

void ResultsController::setError(const QString& message)
{
    if (message == m_error)
        return;
    m_error = message;
    emit errorChanged();
}

} // namespace certdrill::app
