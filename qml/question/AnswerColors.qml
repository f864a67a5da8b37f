import QtQuick
import QtQuick.Controls.Material

/// The colours that mark right and wrong answers, readable in both themes.
QtObject {
    property bool dark: false
    readonly property color right: dark ? "#81c784" : "#2e7d32"
    readonly property color wrong: dark ? "#ef9a9a" : "#c62828"
    readonly property color rightFill: dark ? "#1b3a20" : "#e8f5e9"
    readonly property color wrongFill: dark ? "#4a1f1f" : "#ffebee"
    readonly property color highlight: dark ? "#4db6ac" : "#00897b"

    function fade(c, alpha) { return Qt.rgba(c.r, c.g, c.b, alpha) }
}
