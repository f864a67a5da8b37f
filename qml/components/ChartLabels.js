.pragma library

/// `text` broken between words into at most `maxLines` lines joined by <br> (chart axes draw
/// their labels as HTML), each line as long as `fits(line)` allows; a word that fits nowhere gets
/// a line of its own, and text beyond the last line is cut with an ellipsis.
function wrapped(text, fits, maxLines) {
    const lines = []
    for (const word of text.split(" ")) {
        if (lines.length > 0 && fits(lines[lines.length - 1] + " " + word))
            lines[lines.length - 1] += " " + word
        else
            lines.push(word)
    }
    return lines.slice(0, maxLines).join("<br>") + (lines.length > maxLines ? "\u2026" : "")
}
