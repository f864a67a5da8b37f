pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

/// Results per objective (or domain): the name, questions answered and the percent right as a bar
/// with the passing line.
ListView {
    id: root

    property real passingPercent: 0
    readonly property bool dark: Material.theme === Material.Dark

    clip: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Results per objective")
    ScrollBar.vertical: ScrollBar {}
    delegate: ItemDelegate {
        id: row
        required property string areaId
        required property string name
        required property int questions
        required property int answered
        required property real percent
        width: root.width - 16
        Accessible.name: qsTr("%1 %2: %3 percent right of %4 questions").arg(areaId).arg(name)
                         .arg(Math.round(percent)).arg(questions)
        contentItem: RowLayout {
            spacing: 12
            Label { text: row.areaId; Layout.preferredWidth: 48 }
            Label { text: row.name; elide: Text.ElideRight; Layout.fillWidth: true }
            Label { text: qsTr("%1 question(s)").arg(row.questions); opacity: 0.7; Layout.preferredWidth: 110 }
            Item {
                Layout.preferredWidth: 200
                implicitHeight: 12
                Rectangle {
                    anchors.fill: parent
                    radius: 3
                    color: root.dark ? "#424242" : "#e0e0e0"
                }
                Rectangle {
                    width: parent.width * row.percent / 100
                    height: parent.height
                    radius: 3
                    color: root.dark ? "#4db6ac" : "#00897b"
                }
                Rectangle {
                    x: parent.width * root.passingPercent / 100 - 1
                    width: 2
                    height: parent.height + 4
                    y: -2
                    color: row.Material.foreground
                }
            }
            Label {
                text: qsTr("%1%").arg(Math.round(row.percent))
                horizontalAlignment: Text.AlignRight
                Layout.preferredWidth: 48
            }
        }
    }
}
