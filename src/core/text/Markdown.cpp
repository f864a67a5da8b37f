#include "core/text/Markdown.h"

#include <algorithm>

namespace certdrill::core::markdown {
namespace {

bool isBlank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

std::string_view trimEnd(std::string_view s)
{
    while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string_view trimStart(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    return s;
}

bool isFence(std::string_view line) { return trimStart(line).substr(0, 3) == "```"; }

/// "- item" / "* item" → the item text.
bool bulletItem(std::string_view line, std::string_view& item)
{
    line = trimStart(line);
    if (line.size() >= 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ') {
        item = trimStart(line.substr(2));
        return true;
    }
    return false;
}

/// "12. item" → the item text.
bool numberedItem(std::string_view line, std::string_view& item)
{
    line = trimStart(line);
    std::size_t digits = 0;
    while (digits < line.size() && digits < 4 && line[digits] >= '0' && line[digits] <= '9')
        ++digits;
    if (digits == 0 || digits + 1 >= line.size() || line[digits] != '.' || line[digits + 1] != ' ')
        return false;
    item = trimStart(line.substr(digits + 2));
    return true;
}

void append(Line& line, std::string_view text, std::uint8_t style)
{
    if (text.empty())
        return;
    if (!line.empty() && line.back().style == style)
        line.back().text += text;
    else
        line.push_back({std::string{text}, style});
}

Line parseInline(std::string_view text)
{
    Line out;
    std::uint8_t style = Plain;
    std::string pending;
    auto flush = [&] {
        append(out, pending, style);
        pending.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' && i + 1 < text.size() && (text[i + 1] == '*' || text[i + 1] == '`' || text[i + 1] == '\\')) {
            pending += text[++i];
            continue;
        }
        if (c == '`') {
            const auto close = text.find('`', i + 1);
            if (close != std::string_view::npos) {
                flush();
                append(out, text.substr(i + 1, close - i - 1), static_cast<std::uint8_t>(style | Code));
                i = close;
                continue;
            }
        }
        if (c == '*') {
            const bool strong = i + 1 < text.size() && text[i + 1] == '*';
            const std::uint8_t flag = strong ? Strong : Emphasis;
            const std::string_view marker = strong ? "**" : "*";
            const bool afterSpace = i == 0 || text[i - 1] == ' ';
            if ((style & flag) && !afterSpace) { // closing: right after a word, as in CommonMark
                flush();
                style = static_cast<std::uint8_t>(style & ~flag);
                i += marker.size() - 1;
                continue;
            }
            // Opening only when a closing marker follows and the text right after is not a space.
            const auto after = i + marker.size();
            auto close = text.find(marker, after);
            while (close != std::string_view::npos && text[close - 1] == ' ')
                close = text.find(marker, close + 1);
            if (!(style & flag) && after < text.size() && text[after] != ' ' && close != std::string_view::npos
                && close > after) {
                flush();
                style = static_cast<std::uint8_t>(style | flag);
                i += marker.size() - 1;
                continue;
            }
        }
        pending += c;
    }
    flush();
    return out;
}

void escapeHtml(std::string& out, std::string_view text)
{
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c; break;
        }
    }
}

void lineToHtml(std::string& out, const Line& line)
{
    for (const auto& span : line) {
        if (span.style & Strong)
            out += "<b>";
        if (span.style & Emphasis)
            out += "<i>";
        if (span.style & Code)
            out += "<code>";
        escapeHtml(out, span.text);
        if (span.style & Code)
            out += "</code>";
        if (span.style & Emphasis)
            out += "</i>";
        if (span.style & Strong)
            out += "</b>";
    }
}

std::string lineToTerminal(const Line& line, bool colour)
{
    std::string out;
    for (const auto& span : line) {
        if (colour && span.style != Plain) {
            if (span.style & Strong)
                out += "\x1b[1m";
            if (span.style & Emphasis)
                out += "\x1b[3m";
            if (span.style & Code)
                out += "\x1b[36m";
        }
        out += span.text;
        if (colour && span.style != Plain)
            out += "\x1b[0m";
    }
    return out;
}

/// Visible width: bytes that start a UTF-8 character, outside escape sequences.
std::size_t visibleWidth(std::string_view s)
{
    std::size_t width = 0;
    bool escape = false;
    for (const char c : s) {
        if (escape) {
            escape = c != 'm';
            continue;
        }
        if (c == '\x1b') {
            escape = true;
            continue;
        }
        width += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1 : 0;
    }
    return width;
}

/// Wraps at spaces so that no line is wider than `width` (a longer word stays whole).
std::string wrap(const std::string& text, std::size_t width, std::string_view indent, std::string_view firstIndent)
{
    if (width == 0)
        return std::string{firstIndent} + text;
    std::string out{firstIndent};
    std::size_t column = visibleWidth(firstIndent);
    std::size_t start = 0;
    bool firstWord = true;
    while (start < text.size()) {
        auto end = text.find(' ', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string_view word{text.data() + start, end - start};
        const auto w = visibleWidth(word);
        if (!firstWord && column + 1 + w > width) {
            out += '\n';
            out += indent;
            column = visibleWidth(indent);
        } else if (!firstWord) {
            out += ' ';
            ++column;
        }
        out += word;
        column += w;
        firstWord = false;
        start = end + 1;
    }
    return out;
}

} // namespace

std::vector<Block> parse(std::string_view text)
{
    std::vector<Block> blocks;
    std::string paragraph;
    auto endParagraph = [&] {
        if (!paragraph.empty())
            blocks.push_back({BlockKind::Paragraph, {parseInline(paragraph)}, {}});
        paragraph.clear();
    };
    std::size_t pos = 0;
    std::vector<std::string_view> lines;
    while (pos <= text.size()) {
        const auto nl = std::min(text.find('\n', pos), text.size());
        lines.push_back(text.substr(pos, nl - pos));
        pos = nl + 1;
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto line = trimEnd(lines[i]);
        std::string_view item;
        if (isFence(line)) {
            endParagraph();
            Block code{BlockKind::CodeBlock, {}, {}};
            for (++i; i < lines.size() && !isFence(lines[i]); ++i)
                code.code.emplace_back(trimEnd(lines[i]));
            blocks.push_back(std::move(code));
        } else if (isBlank(line)) {
            endParagraph();
        } else if (bulletItem(line, item) || numberedItem(line, item)) {
            endParagraph();
            const auto kind = bulletItem(line, item) ? BlockKind::BulletList : BlockKind::NumberedList;
            if (blocks.empty() || blocks.back().kind != kind || (i > 0 && isBlank(lines[i - 1])))
                blocks.push_back({kind, {}, {}});
            blocks.back().items.push_back(parseInline(item));
        } else if (!blocks.empty() && paragraph.empty() && i > 0 && !isBlank(lines[i - 1])
                   && (blocks.back().kind == BlockKind::BulletList || blocks.back().kind == BlockKind::NumberedList)
                   && (lines[i].starts_with("  ") || lines[i].starts_with("\t"))) {
            // An indented continuation of the last list item.
            auto& last = blocks.back().items.back();
            append(last, " ", Plain);
            for (auto& span : parseInline(trimStart(line)))
                append(last, span.text, span.style);
        } else {
            if (!paragraph.empty())
                paragraph += ' ';
            paragraph += trimStart(line);
        }
    }
    endParagraph();
    return blocks;
}

std::string toHtml(const std::vector<Block>& blocks)
{
    std::string out;
    for (const auto& b : blocks) {
        switch (b.kind) {
        case BlockKind::Paragraph:
            out += "<p>";
            lineToHtml(out, b.items.front());
            out += "</p>";
            break;
        case BlockKind::CodeBlock:
            out += "<pre>";
            for (std::size_t i = 0; i < b.code.size(); ++i) {
                if (i > 0)
                    out += '\n';
                escapeHtml(out, b.code[i]);
            }
            out += "</pre>";
            break;
        case BlockKind::BulletList:
        case BlockKind::NumberedList:
            out += b.kind == BlockKind::BulletList ? "<ul>" : "<ol>";
            for (const auto& item : b.items) {
                out += "<li>";
                lineToHtml(out, item);
                out += "</li>";
            }
            out += b.kind == BlockKind::BulletList ? "</ul>" : "</ol>";
            break;
        }
    }
    return out;
}

std::string toTerminal(const std::vector<Block>& blocks, bool colour, std::size_t width)
{
    std::string out;
    for (std::size_t n = 0; n < blocks.size(); ++n) {
        const auto& b = blocks[n];
        if (n > 0)
            out += '\n';
        switch (b.kind) {
        case BlockKind::Paragraph: out += wrap(lineToTerminal(b.items.front(), colour), width, "", "") + '\n'; break;
        case BlockKind::CodeBlock:
            for (const auto& line : b.code)
                out += (colour ? "    \x1b[36m" + line + "\x1b[0m" : "    " + line) + '\n';
            break;
        case BlockKind::BulletList:
        case BlockKind::NumberedList:
            for (std::size_t i = 0; i < b.items.size(); ++i) {
                const std::string marker = b.kind == BlockKind::BulletList ? "  • " : "  " + std::to_string(i + 1) + ". ";
                out += wrap(lineToTerminal(b.items[i], colour), width, std::string(visibleWidth(marker), ' '), marker) + '\n';
            }
            break;
        }
    }
    return out;
}

std::string toPlainText(const std::vector<Block>& blocks)
{
    std::string out;
    for (const auto& b : blocks) {
        if (!out.empty())
            out += '\n';
        if (b.kind == BlockKind::CodeBlock) {
            for (const auto& line : b.code)
                out += line + '\n';
            continue;
        }
        for (const auto& item : b.items) {
            for (const auto& span : item)
                out += span.text;
            out += '\n';
        }
    }
    while (!out.empty() && out.back() == '\n')
        out.pop_back();
    return out;
}

} // namespace certdrill::core::markdown
