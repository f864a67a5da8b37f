#include "app/question/QuestionPresenter.h"

#include "core/scoring/Feedback.h"
#include "core/scoring/Response.h"
#include "storage/BankLibrary.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QVariantList>

#include <filesystem>

using namespace certdrill;
using app::QuestionPresenter;

namespace {

core::BankPtr miniBank()
{
    static const auto file = storage::loadBankFile(std::filesystem::path{CERTDRILL_TEST_DATA_DIR} / "banks" / "mini.json");
    REQUIRE(file.bank);
    return file.bank;
}

const core::Question& question(const std::string& id)
{
    const auto* q = miniBank()->findQuestion(id);
    REQUIRE(q);
    return *q;
}

QStringList ids(const QVariant& list)
{
    QStringList out;
    for (const auto& e : list.toList())
        out.append(e.toMap().value(QStringLiteral("id")).toString());
    return out;
}

} // namespace

TEST_CASE("a single choice question shows its choices in the layout's order, with its scenario")
{
    const QuestionPresenter presenter{*miniBank(), {}};
    const auto map = presenter.present(question("m-0001"), {{"c", "a", "b"}, {}});
    CHECK(map.value("type").toString() == "single");
    CHECK(map.value("id").toString() == "m-0001");
    CHECK(ids(map.value("choices")) == QStringList{"c", "a", "b"});
    CHECK(map.value("choices").toList().at(1).toMap().value("html").toString() == "<p>TCP 443</p>");
    CHECK(map.value("choices").toList().at(1).toMap().value("plain").toString() == "TCP 443");
    CHECK(map.value("stemHtml").toString().startsWith("<p>Which port"));
    CHECK(map.value("scenarioHtml").toString().contains("web server is unreachable"));
    CHECK(map.value("scenarioExhibitText").toString().contains("LISTEN 0 128"));
    CHECK(map.value("exhibitText").toString().isEmpty());
    CHECK(map.value("exhibitImage").toString().isEmpty());
    CHECK(map.value("chooseCount").toInt() == 0);
    CHECK(map.value("contentHash").toString().size() == 16);
    CHECK(map.value("items").toList().isEmpty());
}

TEST_CASE("each type fills its own fields")
{
    const QuestionPresenter presenter{*miniBank(), {}};
    const auto multiple = presenter.present(question("m-0002"), core::bankLayout(question("m-0002")));
    CHECK(multiple.value("type").toString() == "multiple");
    CHECK(multiple.value("chooseCount").toInt() == 2);
    const auto order = presenter.present(question("m-0005"), {{"i3", "i1", "i2"}, {}});
    CHECK(order.value("type").toString() == "order");
    CHECK(ids(order.value("items")) == QStringList{"i3", "i1", "i2"});
    CHECK(order.value("choices").toList().isEmpty());
    const auto match = presenter.present(question("m-0006"), {{"l2", "l1"}, {"r3", "r1", "r2"}});
    CHECK(ids(match.value("left")) == QStringList{"l2", "l1"});
    CHECK(ids(match.value("right")) == QStringList{"r3", "r1", "r2"});
    const auto numeric = presenter.present(question("m-0003"), {});
    CHECK(numeric.value("type").toString() == "numeric");
    CHECK(numeric.value("unit").toString() == "hosts");
    CHECK(presenter.present(question("m-0004"), {}).value("type").toString() == "text");
}

TEST_CASE("an outdated layout still shows every option")
{
    const QuestionPresenter presenter{*miniBank(), {}};
    const auto map = presenter.present(question("m-0001"), {{"b", "gone"}, {}});
    CHECK(ids(map.value("choices")) == QStringList{"b", "a", "c"});
}

TEST_CASE("answers go from QML values to core's JSON and back unchanged")
{
    const std::vector<std::pair<std::string, nlohmann::json>> answers{
        {"m-0001", "a"},
        {"m-0002", nlohmann::json::array({"b", "a"})},
        {"m-0003", 30.0},
        {"m-0004", "255.255.255.0"},
        {"m-0005", nlohmann::json::array({"i1", "i2", "i3"})},
        {"m-0006", {{"l1", "r1"}, {"l2", "r2"}}},
    };
    for (const auto& [id, json] : answers) {
        const auto& q = question(id);
        INFO(id);
        const auto back = app::responseFromVariant(app::responseToVariant(json), q.type);
        CHECK(back == json);
        CHECK(core::parseResponse(q, back).has_value());
    }
}

TEST_CASE("no answer, an unreadable number or blank text become JSON null")
{
    using core::QuestionType;
    CHECK(app::responseFromVariant(QVariant{}, QuestionType::Single).is_null());
    CHECK(app::responseFromVariant(QVariant::fromValue(nullptr), QuestionType::Multiple).is_null());
    CHECK(app::responseFromVariant(QStringLiteral("abc"), QuestionType::Numeric).is_null());
    CHECK(app::responseFromVariant(QStringLiteral("   "), QuestionType::Text).is_null());
    CHECK(app::responseFromVariant(QStringLiteral("1,5"), QuestionType::Numeric) == 1.5);
    CHECK(app::responseFromVariant(QStringLiteral(" -2.25 "), QuestionType::Numeric) == -2.25);
    CHECK(app::responseToVariant(nullptr).isNull());
}

TEST_CASE("exhibit images are file URLs inside the bank's folder only")
{
    QTemporaryDir root;
    REQUIRE(root.isValid());
    QDir{root.path()}.mkpath(QStringLiteral("bank/img"));
    for (const auto* name : {"bank/img/net.png", "outside.png"}) {
        QFile f{root.filePath(QLatin1String(name))};
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("png");
    }
    const std::filesystem::path folder{root.filePath(QStringLiteral("bank")).toStdString()};
    std::filesystem::create_symlink(root.filePath(QStringLiteral("outside.png")).toStdString(), folder / "link.png");
    const QuestionPresenter presenter{*miniBank(), folder};
    CHECK(presenter.imageUrl("img/net.png").startsWith("file:///"));
    CHECK(presenter.imageUrl("img/net.png").endsWith("/bank/img/net.png"));
    CHECK(presenter.imageUrl("img/missing.png").isEmpty());
    CHECK(presenter.imageUrl("../outside.png").isEmpty());
    CHECK(presenter.imageUrl("link.png").isEmpty());
    CHECK(presenter.imageUrl("img").isEmpty());
    CHECK(presenter.imageUrl("http://example.com/x.png").isEmpty());
    CHECK(presenter.imageUrl(root.filePath(QStringLiteral("bank/img/net.png")).toStdString()).isEmpty());
    CHECK(QuestionPresenter(*miniBank(), {}).imageUrl("img/net.png").isEmpty());
}

TEST_CASE("feedback names the correct choices, sequence and pairs, and each choice's why")
{
    const auto& multiple = question("m-0002");
    const auto response = core::parseResponse(multiple, nlohmann::json::array({"a", "c"}));
    REQUIRE(response);
    const auto map = app::feedbackToVariant(multiple, core::feedbackFor(multiple, *response, {}));
    CHECK_FALSE(map.value("correct").toBool());
    CHECK(map.value("answered").toBool());
    CHECK(map.value("correctIds").toStringList() == QStringList{"a", "b"});
    CHECK(map.value("why").toMap().value("c").toString() == "<p>TFTP uses UDP 69.</p>");
    CHECK_FALSE(map.value("correctAnswerHtml").toList().isEmpty());

    const auto& order = question("m-0005");
    const auto orderMap = app::feedbackToVariant(order, core::feedbackFor(order, std::nullopt, {}));
    CHECK(orderMap.value("sequence").toStringList() == QStringList{"i1", "i2", "i3"});
    CHECK_FALSE(orderMap.value("answered").toBool());
    const auto& match = question("m-0006");
    const auto pairs = app::feedbackToVariant(match, core::feedbackFor(match, std::nullopt, {})).value("pairs").toMap();
    CHECK(pairs.value("l1").toString() == "r1");
    CHECK(pairs.value("l2").toString() == "r2");
}

TEST_CASE("an answer's numbered lines keep their numbers")
{
    const auto html = app::markdownHtmlList({"1. Physical", "2. *Data* link", "22 → SSH"});
    REQUIRE(html.size() == 3);
    CHECK(html.at(0).toString() == "<p>1. Physical</p>");
    CHECK(html.at(1).toString() == "<p>2. <i>Data</i> link</p>");
    CHECK(html.at(2).toString() == app::markdownHtml("22 → SSH"));
}
