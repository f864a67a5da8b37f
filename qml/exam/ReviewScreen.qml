pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill.Backend

/// The exam's review screen: every question marked answered, unanswered or flagged; choose one
/// (click, or arrows and Enter) to go to it. Only exams with free navigation have one.
Popup {
    id: root

    required property ExamController controller
    signal submitRequested()

    readonly property bool dark: Material.theme === Material.Dark
    readonly property color flagColor: dark ? "#ffcc80" : "#e65100"

    objectName: "reviewScreen"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(860, (parent ? parent.width : 860) - 48)
    height: Math.min(620, (parent ? parent.height : 620) - 48)
    padding: 20
    closePolicy: Popup.CloseOnEscape
    // A plain background: the Material elevation shader is missing under software rendering.
    background: Rectangle {
        radius: 6
        color: root.dark ? "#2b2b2b" : "#ffffff"
        border.color: root.dark ? "#555555" : "#b0bec5"
    }

    onOpened: grid.forceActiveFocus()

    function jump(index) {
        if (controller.goTo(index))
            close()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Label {
            text: qsTr("Review screen")
            font.pixelSize: 22
            font.bold: true
        }
        Label {
            objectName: "reviewCounts"
            text: qsTr("%1 answered, %2 unanswered, %3 flagged")
                  .arg(root.controller.reviewScreen.answered)
                  .arg(root.controller.reviewScreen.unanswered)
                  .arg(root.controller.reviewScreen.flagged)
            opacity: 0.8
        }

        GridView {
            id: grid
            objectName: "reviewGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: 116
            cellHeight: 64
            model: root.controller.reviewScreen
            keyNavigationEnabled: true
            currentIndex: root.controller.position
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Questions of the exam")
            ScrollBar.vertical: ScrollBar {}
            Keys.onReturnPressed: root.jump(currentIndex)
            Keys.onEnterPressed: root.jump(currentIndex)

            delegate: ItemDelegate {
                id: tile
                required property int index
                required property int number
                required property bool answered
                required property bool flagged
                required property bool current
                objectName: "reviewTile_" + index
                width: grid.cellWidth - 8
                height: grid.cellHeight - 8
                highlighted: GridView.isCurrentItem
                onClicked: root.jump(index)
                Accessible.name: qsTr("Question %1, %2%3").arg(number)
                                 .arg(answered ? qsTr("answered") : qsTr("unanswered"))
                                 .arg(flagged ? qsTr(", flagged") : "")
                background: Rectangle {
                    radius: 4
                    color: tile.answered ? (root.dark ? "#1b3a3a" : "#e0f2f1") : "transparent"
                    border.width: tile.current ? 2 : 1
                    border.color: tile.current ? root.Material.accent : (root.dark ? "#555" : "#b0bec5")
                    opacity: tile.highlighted ? 1 : 0.95
                }
                contentItem: ColumnLayout {
                    spacing: 0
                    Label {
                        text: tile.number
                        font.bold: true
                        Layout.alignment: Qt.AlignHCenter
                    }
                    Label {
                        text: (tile.answered ? qsTr("Answered") : qsTr("Unanswered")) + (tile.flagged ? " \u2691" : "")
                        color: tile.flagged ? root.flagColor : root.Material.foreground
                        opacity: tile.answered ? 0.9 : 0.6
                        font.pixelSize: 12
                        Layout.alignment: Qt.AlignHCenter
                    }
                }
            }
        }

        Label {
            text: qsTr("Choose a question to go to it (arrows and Enter).")
            opacity: 0.7
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                Material.elevation: 0
                objectName: "closeReviewButton"
                text: qsTr("Return to the question")
                // A little over the measured width: in this popup the style's capitals render
                // wider than Qt 6.4 measures them, and the text was cut ("SUBMIT EX...").
                Layout.preferredWidth: Math.ceil(implicitWidth) + 12
                onClicked: root.close()
                Accessible.name: text
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Back to the question (Esc)")
            }
            Button {
                Material.elevation: 0
                objectName: "reviewSubmitButton"
                text: qsTr("Submit exam")
                highlighted: true
                Layout.preferredWidth: Math.ceil(implicitWidth) + 12
                onClicked: root.submitRequested()
                Accessible.name: qsTr("Submit the exam")
            }
        }
    }
}
