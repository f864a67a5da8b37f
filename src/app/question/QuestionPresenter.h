#pragma once

#include "core/bank/Bank.h"
#include "core/scoring/Feedback.h"
#include "core/session/QuestionLayout.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

#include <filesystem>
#include <string_view>

namespace certdrill::app {

/// Turns a question as a session lays it out into the map `qml/question/QuestionView.qml` shows,
/// and converts answers between QML values and the JSON form core reads (core/scoring/Response.h).
/// Shared by the practice and exam pages: keep the map's keys stable.
///
/// The question map:
///   id, type ("single" | "multiple" | "order" | "match" | "numeric" | "text"),
///   stemHtml, scenarioTitle, scenarioHtml, scenarioExhibitText, scenarioExhibitImage,
///   scenarioExhibitAlt, scenarioExhibitImageMissing, exhibitText, exhibitImage (a file URL, or
///   ""), exhibitAlt, exhibitImageMissing (the bank names an image that is not shown),
///   chooseCount (multiple: how many to tick; else 0),
///   choices: [{id, html, plain}] (single, multiple, in the layout's order),
///   items: [{id, html, plain}] (order, in the order first shown),
///   left: [{id, html, plain}], right: [{id, html, plain}] (match, in the layout's order),
///   unit (numeric), contentHash (16 hex digits).
/// Every html value comes from core::markdown::toHtml (escaped, no links, no resources).
/// Exhibit images are file URLs of regular files inside the bank's folder, else "" (a bank file
/// is untrusted: no remote URLs, no paths leading out of its folder); one refused or missing is
/// flagged by the ...ImageMissing key, so the view says so instead of showing nothing.
class QuestionPresenter {
public:
    /// `bankFolder`: the folder of the bank's file (images are relative to it); empty: no images.
    QuestionPresenter(const core::Bank& bank, std::filesystem::path bankFolder);

    [[nodiscard]] QVariantMap present(const core::Question& question, const core::QuestionLayout& layout) const;

    /// A file URL for an exhibit image path of this bank, or "" when it is missing, remote or
    /// outside the bank's folder.
    [[nodiscard]] QString imageUrl(std::string_view relativePath) const;

private:
    const core::Bank& m_bank;
    std::filesystem::path m_folder;
};

/// Markdown (the bank format's subset) as Qt rich text.
[[nodiscard]] QString markdownHtml(std::string_view markdown);
/// Each piece of Markdown as Qt rich text, in order: the lines of an answer in words
/// (core::describeCorrectAnswer). A leading "N. " stays text, not a list restarting at 1.
[[nodiscard]] QVariantList markdownHtmlList(const std::vector<std::string>& markdown);
/// Markdown as plain words (accessible names).
[[nodiscard]] QString markdownPlain(std::string_view markdown);

/// The answer QuestionView emits, as core's JSON: a string (single, text), a list of ids
/// (multiple, order), an object left id → right id (match), a number (numeric; a numeric string
/// with '.' or ',' is read too). Null (or an empty string for text, an unreadable number) gives
/// JSON null: no answer. Accepts QJSValue-wrapped values as QML passes them.
[[nodiscard]] nlohmann::json responseFromVariant(const QVariant& value, core::QuestionType type);
/// The other way, to restore a saved answer into QuestionView.response (null: QVariant()).
[[nodiscard]] QVariant responseToVariant(const nlohmann::json& response);

/// What QuestionView.feedback and the feedback panels show after answering:
///   correct (bool), credit (0-1), answered (bool), correctIds: [choice ids] (single, multiple),
///   sequence: [item ids] (order), pairs: {left id: right id} (match),
///   why: {choice id: html}, correctAnswerHtml: [html, one per part], yourAnswerHtml: [html],
///   explanationHtml, references: [string].
[[nodiscard]] QVariantMap feedbackToVariant(const core::Question& question, const core::Feedback& feedback);

} // namespace certdrill::app
