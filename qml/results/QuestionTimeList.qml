pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

/// Every question of the session in order: its domain, the result and the time spent on it,
/// under a header row that stays in place. (The header is not the list's `header`: a bound
/// component on a file's root object cannot be created in the context that uses the file.)
ColumnLayout {
    id: root

    property alias model: list.model
    readonly property alias count: list.count
    property var formatDuration: ms => String(ms)
    readonly property bool dark: Material.theme === Material.Dark

    objectName: "timeList"
    spacing: 0

    Control {
        objectName: "timeListHeader"
        padding: 16 // as the rows' ItemDelegate
        topPadding: 4
        bottomPadding: 4
        Layout.fillWidth: true
        Layout.rightMargin: 16 // the rows are as wide as the list less 16
        contentItem: RowLayout {
            spacing: 12
            Label { text: qsTr("#"); font.bold: true; Layout.preferredWidth: 40 }
            Label { text: qsTr("Domain"); font.bold: true; Layout.fillWidth: true }
            Label { text: qsTr("Result"); font.bold: true; Layout.preferredWidth: 140 }
            Label { text: qsTr("Time"); font.bold: true; Layout.preferredWidth: 80; horizontalAlignment: Text.AlignRight }
        }
    }
    ListView {
        id: list
        clip: true
        Layout.fillWidth: true
        Layout.fillHeight: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Time per question")
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: row
            required property int number
            required property string domain
            required property bool answered
            required property bool flagged
            required property real credit
            required property bool correct
            required property real timeMs
            readonly property string result: !answered ? qsTr("Unanswered")
                                             : correct ? qsTr("Right")
                                             : credit > 0 ? qsTr("Partly right") : qsTr("Wrong")
            width: list.width - 16
            Accessible.name: qsTr("Question %1, %2, %3, %4").arg(number).arg(domain).arg(result).arg(root.formatDuration(timeMs))
            contentItem: RowLayout {
                spacing: 12
                Label { text: row.number; Layout.preferredWidth: 40 }
                Label { text: row.domain; elide: Text.ElideRight; Layout.fillWidth: true }
                Label {
                    text: row.result + (row.flagged ? " \u2691" : "")
                    color: row.correct ? (root.dark ? "#81c784" : "#2e7d32") : row.answered ? (root.dark ? "#ef9a9a" : "#c62828")
                                                                                          : row.Material.foreground
                    Layout.preferredWidth: 140
                }
                Label {
                    text: root.formatDuration(row.timeMs)
                    font.family: "monospace"
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: 80
                }
            }
        }
    }
}
