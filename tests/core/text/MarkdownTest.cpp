#include "core/text/Markdown.h"

#include <catch2/catch.hpp>

using namespace certdrill::core::markdown;

TEST_CASE("inline emphasis, strong and code become styled spans", "[markdown]")
{
    const auto blocks = parse("Use **`show ip route`** to see *every* route.");
    REQUIRE(blocks.size() == 1);
    REQUIRE(blocks[0].kind == BlockKind::Paragraph);
    const Line expected{{"Use ", Plain}, {"show ip route", Strong | Code}, {" to see ", Plain}, {"every", Emphasis},
                        {" route.", Plain}};
    CHECK(blocks[0].items[0] == expected);
}

TEST_CASE("unmatched markers, escapes and arithmetic stay literal", "[markdown]")
{
    CHECK(toPlainText(parse("2 * 3 = 6")) == "2 * 3 = 6");
    CHECK(toPlainText(parse("a lone * star")) == "a lone * star");
    CHECK(toPlainText(parse(R"(\*not emphasis\*)")) == "*not emphasis*");
    CHECK(toPlainText(parse("an `unclosed code")) == "an `unclosed code");
    CHECK(parse("*.txt and *.log files")[0].items[0].front().style == Plain);
}

TEST_CASE("fenced code blocks keep their lines verbatim", "[markdown]")
{
    const auto blocks = parse("Refer to the output:\n\n```\nR1# show ip int brief\nGi0/0  10.0.0.1  up  up\n```\nWhich interface?");
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[1].kind == BlockKind::CodeBlock);
    CHECK(blocks[1].code == std::vector<std::string>{"R1# show ip int brief", "Gi0/0  10.0.0.1  up  up"});
    CHECK(blocks[2].kind == BlockKind::Paragraph);
}

TEST_CASE("bullet and numbered lists, with blank-line paragraphs between", "[markdown]")
{
    const auto blocks = parse("Steps:\n1. Identify\n2. Theorize\n\n- one\n- two\n  continued\n\nDone.");
    REQUIRE(blocks.size() == 4);
    CHECK(blocks[1].kind == BlockKind::NumberedList);
    CHECK(blocks[1].items.size() == 2);
    CHECK(blocks[2].kind == BlockKind::BulletList);
    CHECK(toPlainText({blocks[2]}) == "one\ntwo continued");
}

TEST_CASE("HTML output escapes everything the source says", "[markdown][security]")
{
    const auto html = toHtml(parse("<img src=\"http://x.invalid/a.png\"> & <script>alert(1)</script> **bold**"));
    CHECK(html == "<p>&lt;img src=&quot;http://x.invalid/a.png&quot;&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; "
                  "<b>bold</b></p>");
    CHECK(toHtml(parse("```\n<b>x</b>\n```")) == "<pre>&lt;b&gt;x&lt;/b&gt;</pre>");
    CHECK(toHtml(parse("[a link](http://x.invalid)")) == "<p>[a link](http://x.invalid)</p>");
}

TEST_CASE("terminal output styles with ANSI or lays out plainly, and wraps", "[markdown]")
{
    const auto blocks = parse("A **bold** word and `code`.\n\n- first item\n\n```\nline\n```");
    CHECK(toTerminal(blocks, false) == "A bold word and code.\n\n  • first item\n\n    line\n");
    CHECK(toTerminal(blocks, true).find("\x1b[1mbold\x1b[0m") != std::string::npos);
    const auto wrapped = toTerminal(parse("one two three four five six"), false, 10);
    CHECK(wrapped == "one two\nthree four\nfive six\n");
}
