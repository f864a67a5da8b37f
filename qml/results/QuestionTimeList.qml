pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

/// Every question of the session in order: its domain, the result and the time spent on it.
ListView {
    id: root

    property var formatDuration: ms => String(ms)
    readonly property bool dark: Material.theme === Material.Dark

    objectName: "timeList"
    clip: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Time per question")
    ScrollBar.vertical: ScrollBar {}
    header: RowLayout {
        width: root.width - 16
        spacing: 12
        Label { text: qsTr("#"); font.bold: true; Layout.preferredWidth: 40 }
        Label { text: qsTr("Domain"); font.bold: true; Layout.fillWidth: true }
        Label { text: qsTr("Result"); font.bold: true; Layout.preferredWidth: 140 }
        Label { text: qsTr("Time"); font.bold: true; Layout.preferredWidth: 80; horizontalAlignment: Text.AlignRight }
    }
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
        width: root.width - 16
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
