#pragma once

#include "core/scoring/SessionReport.h"

#include <QVariantMap>

namespace certdrill::app {

/// A finished practice session's results for the page's summary:
///   questionCount, answered, correct, partial, percent (0-100), timedOut, elapsedMs,
///   domains: [{name, questions, answered, percent}],
///   missed: [{index, questionId, stemHtml, correctAnswerHtml: [html], yourAnswerHtml: [html],
///             explanationHtml}].
[[nodiscard]] QVariantMap practiceSummary(const core::SessionReport& report);

} // namespace certdrill::app
