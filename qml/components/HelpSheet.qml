pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

/// Every keyboard shortcut of the app, by where it works (F1 opens it, Esc closes it).
Dialog {
    id: root

    objectName: "helpSheet"
    title: qsTr("Keyboard shortcuts")
    modal: true
    standardButtons: Dialog.Close
    // Drawn here: the Material dialog background needs an effect software rendering lacks.
    background: Rectangle {
        radius: 4
        color: root.Material.dialogColor
        border.color: Qt.rgba(0.5, 0.5, 0.5, 0.5)
    }
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 720, 760)
    height: Math.min(parent ? parent.height - 48 : 600, 680)

    readonly property var sections: [
        { title: qsTr("Anywhere"), keys: [
            ["F1", qsTr("This list of shortcuts")],
            ["Ctrl+,", qsTr("Settings")],
            ["Esc", qsTr("Back to the previous page (an exam asks first)")],
            ["Ctrl+I", qsTr("Import a bank file")]
        ] },
        { title: qsTr("Dashboard"), keys: [
            [qsTr("Arrow keys"), qsTr("Choose a bank")],
            ["R", qsTr("Review: the questions due in the chosen bank, then today's new ones")],
            ["Q", qsTr("Quick quiz")],
            ["E", qsTr("Practice exam")],
            ["S", qsTr("Study the whole bank, shuffled, with explanations")],
            ["D", qsTr("Drill a domain or your weak spots")],
            ["P", qsTr("Progress charts")],
            ["B", qsTr("Browse the bank")]
        ] },
        { title: qsTr("Questions"), keys: [
            ["1 – 9", qsTr("Choose or tick a choice (match: pair with right item N)")],
            [qsTr("Up / Down"), qsTr("Move the highlight")],
            [qsTr("Space"), qsTr("Tick the highlighted choice")],
            ["X", qsTr("Strike the highlighted choice through (or right-click)")],
            [qsTr("Alt+Up / Alt+Down"), qsTr("Order questions: move the selected item")],
            [qsTr("Delete"), qsTr("Match questions: unpair the selected item")],
            [qsTr("Enter"), qsTr("Submit the answer, then go to the next question")]
        ] },
        { title: qsTr("Study, review, quiz and drill"), keys: [
            ["Ctrl+G", qsTr("Mark the answer as a guess (before submitting)")],
            ["Ctrl+Right", qsTr("Skip the question")],
            ["Ctrl+E", qsTr("End the session and see the results")],
            ["Ctrl+P", qsTr("Pause or continue a timed quiz")],
            ["Ctrl+Shift+R", qsTr("Report a problem with the question")]
        ] },
        { title: qsTr("Exam"), keys: [
            ["F", qsTr("Flag the question for review")],
            ["Ctrl+P", qsTr("Pause or continue a practice exam (a strict simulation cannot pause)")],
            ["Ctrl+R", qsTr("The review screen: answered, unanswered and flagged questions")],
            [qsTr("Left / Right"), qsTr("Previous and next question (not in forward-only exams)")]
        ] },
        { title: qsTr("Welcome page"), keys: [
            ["Ctrl+Enter", qsTr("Start studying")]
        ] }
    ]

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: 6
            Repeater {
                model: root.sections
                delegate: ColumnLayout {
                    id: section
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 4
                    Label {
                        text: section.modelData.title
                        font.bold: true
                        font.pixelSize: root.font.pixelSize * 1.15
                        Layout.topMargin: 8
                        Accessible.role: Accessible.Heading
                    }
                    Repeater {
                        model: section.modelData.keys
                        delegate: RowLayout {
                            id: line
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 16
                            Accessible.role: Accessible.StaticText
                            Accessible.name: qsTr("%1: %2").arg(line.modelData[0]).arg(line.modelData[1])
                            Label {
                                text: line.modelData[0]
                                font.family: "monospace"
                                font.bold: true
                                Layout.preferredWidth: root.font.pixelSize * 11
                            }
                            Label {
                                text: line.modelData[1]
                                wrapMode: Text.WordWrap
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
            }
        }
    }
}
