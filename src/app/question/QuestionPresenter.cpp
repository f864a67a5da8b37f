#include "app/question/QuestionPresenter.h"

#include "core/bank/ContentHash.h"
#include "core/scoring/AnswerText.h"
#include "core/text/Markdown.h"

#include <QJSValue>
#include <QUrl>
#include <QVariantList>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <system_error>

namespace certdrill::app {
namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }

QVariantMap entry(const std::string& id, const std::string& text)
{
    return {{QStringLiteral("id"), qs(id)}, {QStringLiteral("html"), markdownHtml(text)},
            {QStringLiteral("plain"), markdownPlain(text)}};
}

/// The entries of `list` in the order of `ids`; any an outdated layout misses come last.
template <typename T>
QVariantList ordered(const std::vector<T>& list, const std::vector<std::string>& ids)
{
    QVariantList out;
    for (const auto& id : ids)
        for (const auto& e : list)
            if (e.id == id)
                out.append(entry(e.id, e.text));
    for (const auto& e : list)
        if (std::find(ids.begin(), ids.end(), e.id) == ids.end())
            out.append(entry(e.id, e.text));
    return out;
}

bool isInside(const std::filesystem::path& file, const std::filesystem::path& folder)
{
    const auto rel = file.lexically_relative(folder);
    return !rel.empty() && *rel.begin() != "..";
}

QVariantList stringList(const std::vector<std::string>& parts)
{
    QVariantList out;
    for (const auto& p : parts)
        out.append(qs(p));
    return out;
}

QVariant unwrap(const QVariant& value)
{
    if (value.canConvert<QJSValue>() && value.metaType() == QMetaType::fromType<QJSValue>())
        return value.value<QJSValue>().toVariant();
    return value;
}

nlohmann::json numberFrom(const QVariant& v)
{
    bool ok = false;
    double number = 0.0;
    if (v.typeId() == QMetaType::QString) {
        auto text = v.toString().trimmed();
        text.replace(QLatin1Char(','), QLatin1Char('.'));
        number = text.toDouble(&ok);
    } else {
        number = v.toDouble(&ok);
    }
    if (!ok || !std::isfinite(number))
        return nullptr;
    return number;
}

} // namespace

QString markdownHtml(std::string_view markdown)
{
    return markdown.empty() ? QString{} : qs(core::markdown::toHtml(core::markdown::parse(markdown)));
}

QVariantList markdownHtmlList(const std::vector<std::string>& markdown)
{
    QVariantList out;
    for (const auto& m : markdown) {
        // "2. text" (an item's place in a sequence) would read as a list restarting at 1.
        std::size_t digits = 0;
        while (digits < m.size() && std::isdigit(static_cast<unsigned char>(m[digits])))
            ++digits;
        if (digits == 0 || m.compare(digits, 2, ". ") != 0) {
            out.append(markdownHtml(m));
            continue;
        }
        auto html = markdownHtml(std::string_view{m}.substr(digits + 2));
        if (html.startsWith(QLatin1String("<p>")) && html.endsWith(QLatin1String("</p>")) &&
            html.count(QLatin1String("<p>")) == 1)
            html = html.mid(3, html.size() - 7);
        out.append(QStringLiteral("<p>%1. %2</p>").arg(QString::fromStdString(m.substr(0, digits)), html));
    }
    return out;
}

QString markdownPlain(std::string_view markdown)
{
    return qs(core::markdown::toPlainText(core::markdown::parse(markdown)));
}

QuestionPresenter::QuestionPresenter(const core::Bank& bank, std::filesystem::path bankFolder)
    : m_bank(bank)
    , m_folder(std::move(bankFolder))
{
}

QString QuestionPresenter::imageUrl(std::string_view relativePath) const
{
    if (m_folder.empty() || relativePath.empty() || relativePath.find(':') != std::string_view::npos)
        return {};
    const std::filesystem::path relative{relativePath};
    if (relative.is_absolute())
        return {};
    std::error_code ec;
    const auto folder = std::filesystem::canonical(m_folder, ec);
    if (ec)
        return {};
    const auto file = std::filesystem::canonical(folder / relative, ec);
    if (ec || !isInside(file, folder) || !std::filesystem::is_regular_file(file, ec))
        return {};
    return QUrl::fromLocalFile(QString::fromStdString(file.string())).toString();
}

QVariantMap QuestionPresenter::present(const core::Question& q, const core::QuestionLayout& layout) const
{
    QVariantMap out{{QStringLiteral("id"), qs(q.id)},
                    {QStringLiteral("type"), qs(std::string{core::toString(q.type)})},
                    {QStringLiteral("stemHtml"), markdownHtml(q.stem)},
                    {QStringLiteral("contentHash"), qs(core::hashToHex(q.contentHash))},
                    {QStringLiteral("unit"), qs(q.unit)}};
    const auto exhibit = [&](const std::optional<core::Exhibit>& e, const QString& prefix) {
        out[prefix + QStringLiteral("Text")] = e ? qs(e->text) : QString{};
        const auto url = e ? imageUrl(e->image) : QString{};
        out[prefix + QStringLiteral("Image")] = url;
        out[prefix + QStringLiteral("ImageMissing")] = e && !e->image.empty() && url.isEmpty();
        out[prefix + QStringLiteral("Alt")] = e ? qs(e->alt) : QString{};
    };
    exhibit(q.exhibit, QStringLiteral("exhibit"));
    const auto* scenario = q.scenario.empty() ? nullptr : m_bank.findScenario(q.scenario);
    out[QStringLiteral("scenarioTitle")] = scenario ? qs(scenario->title) : QString{};
    out[QStringLiteral("scenarioHtml")] = scenario ? markdownHtml(scenario->text) : QString{};
    exhibit(scenario ? scenario->exhibit : std::nullopt, QStringLiteral("scenarioExhibit"));

    const bool choiceType = q.type == core::QuestionType::Single || q.type == core::QuestionType::Multiple;
    out[QStringLiteral("chooseCount")] =
        q.type == core::QuestionType::Multiple ? static_cast<int>(q.correctChoiceCount()) : 0;
    out[QStringLiteral("choices")] = choiceType ? ordered(q.choices, layout.order) : QVariantList{};
    out[QStringLiteral("items")] = q.type == core::QuestionType::Order ? ordered(q.items, layout.order) : QVariantList{};
    const bool match = q.type == core::QuestionType::Match;
    out[QStringLiteral("left")] = match ? ordered(q.left, layout.order) : QVariantList{};
    out[QStringLiteral("right")] = match ? ordered(q.right, layout.right) : QVariantList{};
    return out;
}

nlohmann::json responseFromVariant(const QVariant& raw, core::QuestionType type)
{
    const auto value = unwrap(raw);
    if (!value.isValid() || value.isNull())
        return nullptr;
    switch (type) {
    case core::QuestionType::Single: return value.toString().toStdString();
    case core::QuestionType::Text: {
        const auto text = value.toString();
        return text.trimmed().isEmpty() ? nlohmann::json{} : nlohmann::json(text.toStdString());
    }
    case core::QuestionType::Multiple:
    case core::QuestionType::Order: {
        auto out = nlohmann::json::array();
        for (const auto& id : value.toList())
            out.push_back(id.toString().toStdString());
        return out;
    }
    case core::QuestionType::Match: {
        auto out = nlohmann::json::object();
        const auto map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            if (!it.value().toString().isEmpty())
                out[it.key().toStdString()] = it.value().toString().toStdString();
        return out;
    }
    case core::QuestionType::Numeric: return numberFrom(value);
    default: return nullptr; // a generator entry is never on screen
    }
}

QVariant responseToVariant(const nlohmann::json& response)
{
    if (response.is_string())
        return qs(response.get<std::string>());
    if (response.is_number())
        return response.get<double>();
    if (response.is_array()) {
        QVariantList out;
        for (const auto& v : response)
            out.append(v.is_string() ? QVariant{qs(v.get<std::string>())} : QVariant{});
        return out;
    }
    if (response.is_object()) {
        QVariantMap out;
        for (const auto& [left, right] : response.items())
            out[qs(left)] = right.is_string() ? qs(right.get<std::string>()) : QString{};
        return out;
    }
    return {};
}

QVariantMap feedbackToVariant(const core::Question& q, const core::Feedback& f)
{
    QVariantList correctIds;
    QVariantMap why;
    for (const auto& c : f.choices) {
        if (c.correct)
            correctIds.append(qs(c.id));
        why[qs(c.id)] = markdownHtml(c.why);
    }
    QVariantMap pairs;
    for (const auto& [left, right] : q.pairs)
        pairs[qs(left)] = qs(right);
    return {{QStringLiteral("correct"), f.correct()},
            {QStringLiteral("credit"), f.credit},
            {QStringLiteral("answered"), f.answered},
            {QStringLiteral("correctIds"), correctIds},
            {QStringLiteral("sequence"), stringList(q.sequence)},
            {QStringLiteral("pairs"), pairs},
            {QStringLiteral("why"), why},
            {QStringLiteral("correctAnswerHtml"), markdownHtmlList(f.correctAnswer)},
            {QStringLiteral("yourAnswerHtml"), markdownHtmlList(f.yourAnswer)},
            {QStringLiteral("explanationHtml"), markdownHtml(f.explanation)},
            {QStringLiteral("references"), stringList(f.references)}};
}

} // namespace certdrill::app
