import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

/// Before an exam: what it is like (questions, time, passing score, navigation rules), and the
/// choice to resume an unfinished exam, start the exam, or start a practice exam that may be paused.
/// Enter takes the highlighted choice (resume when there is an unfinished exam, else start).
FocusScope {
    id: root

    /// ExamController.examInfo(bankId)
    property var info: ({})
    signal resumeClicked()
    signal startClicked(bool practice)

    Keys.onReturnPressed: root.info.unfinished === true ? root.resumeClicked() : root.startClicked(false)
    Keys.onEnterPressed: root.info.unfinished === true ? root.resumeClicked() : root.startClicked(false)

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 620)
        spacing: 14
        Label {
            text: root.info.title || ""
            font.pixelSize: 24
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            objectName: "examFigures"
            text: qsTr("%1 questions in %2 minutes; passing score %3 of %4.").arg(root.info.questions)
                  .arg(root.info.minutes).arg(root.info.passingScore).arg(root.info.scaleHighest)
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            text: root.info.forwardOnly
                  ? qsTr("As on the real exam, you move forward only: no going back, no flags, no review screen.")
                  : qsTr("As on the real exam, you may go back, flag questions and use the review screen (Ctrl+R).")
            opacity: 0.75
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            objectName: "unfinishedNote"
            visible: root.info.unfinished === true
            text: qsTr("You have an unfinished exam in this bank. Resume it with the time it had left, or start a new one: the unfinished exam is then discarded, unscored.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: 12
            Button {
                Material.elevation: 0
                objectName: "resumeButton"
                visible: root.info.unfinished === true
                text: qsTr("Resume your unfinished exam")
                highlighted: true
                onClicked: root.resumeClicked()
                Accessible.name: text
            }
            Button {
                Material.elevation: 0
                objectName: "startButton"
                text: qsTr("Start the exam")
                highlighted: root.info.unfinished !== true
                onClicked: root.startClicked(false)
                Accessible.name: text
                ToolTip.visible: hovered
                ToolTip.text: qsTr("A strict simulation: the clock cannot be stopped (Enter)")
            }
            Button {
                Material.elevation: 0
                objectName: "startPracticeButton"
                text: qsTr("Start a practice exam")
                onClicked: root.startClicked(true)
                Accessible.name: qsTr("Start a practice exam that may be paused")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The same exam, but you may pause the clock")
            }
        }
    }
}
