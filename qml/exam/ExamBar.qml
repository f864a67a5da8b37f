pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill.Backend

/// The exam page's top bar: question N of M, the time left (amber at 10 minutes, red at 5),
/// and the flag, review-screen and pause buttons where the exam allows them.
Pane {
    id: root

    required property ExamController controller
    property string timeText
    signal flagClicked()
    signal reviewClicked()
    signal pauseClicked()

    readonly property bool dark: Material.theme === Material.Dark
    readonly property color warningColor: controller.warningLevel >= 2 ? (dark ? "#ef9a9a" : "#c62828")
                                        : controller.warningLevel === 1 ? (dark ? "#ffcc80" : "#e65100")
                                        : Material.foreground

    visible: controller.active
    padding: 4
    background: Rectangle {
        color: root.dark ? "#262626" : "#eceff1"
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: root.dark ? "#3a3a3a" : "#cfd8dc"
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 12

        Label {
            objectName: "progressLabel"
            text: qsTr("Question %1 of %2").arg(root.controller.position + 1).arg(root.controller.total)
            font.bold: true
            font.pixelSize: root.font.pixelSize * 1.1
        }
        Label {
            objectName: "practiceBadge"
            visible: root.controller.practice
            text: qsTr("Practice exam: pausing allowed")
            padding: 4
            leftPadding: 8
            rightPadding: 8
            background: Rectangle {
                radius: 4
                color: "transparent"
                border.color: root.Material.accent
            }
        }
        Label {
            objectName: "flaggedBadge"
            visible: root.controller.flagged
            text: qsTr("\u2691 Flagged")
            color: root.dark ? "#ffcc80" : "#e65100"
        }
        Item { Layout.fillWidth: true }

        Rectangle {
            objectName: "timerBox"
            visible: root.controller.timed
            implicitWidth: timeRow.implicitWidth + 20
            implicitHeight: timeRow.implicitHeight + 8
            radius: 4
            color: root.controller.warningLevel > 0 ? Qt.rgba(root.warningColor.r, root.warningColor.g, root.warningColor.b, 0.15)
                                                    : "transparent"
            border.color: root.controller.warningLevel > 0 ? root.warningColor : "transparent"
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Time remaining %1").arg(root.timeText)
            RowLayout {
                id: timeRow
                anchors.centerIn: parent
                spacing: 6
                Label {
                    text: root.controller.paused ? qsTr("Paused") : qsTr("Time remaining")
                    color: root.warningColor
                    opacity: 0.85
                }
                Label {
                    objectName: "timeLabel"
                    text: root.timeText
                    color: root.warningColor
                    font.bold: true
                    font.family: "monospace"
                    font.pixelSize: root.font.pixelSize * 1.2
                }
            }
        }
        ToolButton {
            objectName: "pauseButton"
            visible: root.controller.canPause
            text: root.controller.paused ? qsTr("Continue") : qsTr("Pause")
            onClicked: root.pauseClicked()
            Accessible.name: root.controller.paused ? qsTr("Continue the practice exam") : qsTr("Pause the practice exam")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Practice exams may be paused; real ones cannot (Ctrl+P)")
        }
        ToolButton {
            objectName: "flagButton"
            visible: root.controller.canFlag
            enabled: !root.controller.paused
            checkable: true
            checked: root.controller.flagged
            text: root.controller.flagged ? qsTr("\u2691 Unflag") : qsTr("\u2690 Flag")
            onClicked: root.flagClicked()
            Accessible.name: root.controller.flagged ? qsTr("Remove the flag") : qsTr("Flag for review")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Flag this question for review (F)")
        }
        ToolButton {
            objectName: "reviewButton"
            visible: root.controller.canReview
            enabled: !root.controller.paused
            text: qsTr("Review screen")
            onClicked: root.reviewClicked()
            Accessible.name: qsTr("Open the review screen")
            ToolTip.visible: hovered
            ToolTip.text: qsTr("All questions: answered, unanswered, flagged (Ctrl+R)")
        }
    }
}
