#include "app/question/QuestionPresenter.h"

#include "storage/BankLibrary.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace certdrill;
using app::QuestionPresenter;

namespace {

const std::filesystem::path imageBankFolder{std::filesystem::path{CERTDRILL_TEST_DATA_DIR} / "image_banks"};

core::BankPtr imageBank()
{
    static const auto file = storage::loadBankFile(imageBankFolder / "tiny-image.json");
    REQUIRE(file.bank);
    return file.bank;
}

QVariantMap presented(const QuestionPresenter& presenter, const std::string& id)
{
    const auto* q = imageBank()->findQuestion(id);
    REQUIRE(q);
    return presenter.present(*q, core::bankLayout(*q));
}

} // namespace

TEST_CASE("an exhibit image that cannot be shown is flagged as missing, with its alt text")
{
    const QuestionPresenter shown{*imageBank(), imageBankFolder};
    const auto withImage = presented(shown, "f-0001");
    CHECK(withImage.value("exhibitImage").toString().endsWith("/image_banks/img/switch.png"));
    CHECK_FALSE(withImage.value("exhibitImageMissing").toBool());

    // Without the bank's folder every image is refused: the view shows a placeholder, not nothing.
    const QuestionPresenter refused{*imageBank(), {}};
    const auto noImage = presented(refused, "f-0001");
    CHECK(noImage.value("exhibitImage").toString().isEmpty());
    CHECK(noImage.value("exhibitImageMissing").toBool());
    CHECK(noImage.value("exhibitAlt").toString() == "A switch with two VLANs");

    // No image named: nothing is missing, for the question's exhibit nor the scenario's.
    const auto textOnly = presented(refused, "f-0003");
    CHECK_FALSE(textOnly.value("exhibitImageMissing").toBool());
    CHECK_FALSE(textOnly.value("scenarioExhibitImageMissing").toBool());
    CHECK(textOnly.value("scenarioExhibitText").toString().contains("show ip route"));
    CHECK_FALSE(presented(refused, "f-0002").value("exhibitImageMissing").toBool());
}
