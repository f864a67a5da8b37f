#include "app/practice/PracticeSummary.h"

#include "app/question/QuestionPresenter.h"

#include <QVariantList>

namespace certdrill::app {
QVariantMap practiceSummary(const core::SessionReport& report)
{
    QVariantList domains;
    for (const auto& d : report.domains)
        domains.append(QVariantMap{{QStringLiteral("name"), QString::fromStdString(d.name)},
                                   {QStringLiteral("questions"), static_cast<int>(d.questions)},
                                   {QStringLiteral("answered"), static_cast<int>(d.answered)},
                                   {QStringLiteral("percent"), d.percent()}});
    QVariantList missed;
    for (const auto& m : report.missed)
        missed.append(QVariantMap{{QStringLiteral("index"), static_cast<int>(m.index)},
                                  {QStringLiteral("questionId"), QString::fromStdString(m.questionId)},
                                  {QStringLiteral("stemHtml"), markdownHtml(m.stem)},
                                  {QStringLiteral("correctAnswerHtml"), markdownHtmlList(m.feedback.correctAnswer)},
                                  {QStringLiteral("yourAnswerHtml"), markdownHtmlList(m.feedback.yourAnswer)},
                                  {QStringLiteral("explanationHtml"), markdownHtml(m.feedback.explanation)}});
    return {{QStringLiteral("questionCount"), static_cast<int>(report.questionCount)},
            {QStringLiteral("answered"), static_cast<int>(report.answered)},
            {QStringLiteral("correct"), static_cast<int>(report.correct)},
            {QStringLiteral("partial"), static_cast<int>(report.partial)},
            {QStringLiteral("percent"), report.percent()},
            {QStringLiteral("timedOut"), report.facts.timedOut},
            {QStringLiteral("elapsedMs"), static_cast<double>(report.facts.elapsedMs)},
            {QStringLiteral("domains"), domains},
            {QStringLiteral("missed"), missed}};
}

} // namespace certdrill::app
