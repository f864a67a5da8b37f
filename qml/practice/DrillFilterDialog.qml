pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

/// Picks the questions of a drill: domains, objectives, tags, difficulty, and history-based sets
/// (missed before, flagged, never seen, lowest retrievability). Empty lists do not restrict.
Dialog {
    id: root

    /// PracticeController.filterChoices(bankId).
    property var choices: ({ domains: [], objectives: [], tags: [] })
    /// The chosen filter, in the form PracticeController.start takes as options.filter.
    signal chosen(var filter, int count)

    property var domains: []
    property var objectives: []
    property var tags: []
    property var difficulties: []

    title: qsTr("Drill: which questions?")
    modal: true
    standardButtons: Dialog.Ok | Dialog.Cancel
    width: Math.min(parent ? parent.width * 0.9 : 720, 720)
    height: Math.min(parent ? parent.height * 0.9 : 640, 640)
    anchors.centerIn: parent
    // Drawn here: Material's own dialog background is a shadow effect that needs GL.
    background: Rectangle {
        color: root.Material.dialogColor
        radius: 4
        border.color: Qt.rgba(0.5, 0.5, 0.5, 0.4)
    }

    function toggled(list, value, on) {
        const next = list.filter(v => v !== value)
        if (on)
            next.push(value)
        return next
    }
    onAccepted: chosen({ domains: domains, objectives: objectives, tags: tags, difficulties: difficulties,
                         missedBefore: missed.checked, flagged: flagged.checked, neverSeen: neverSeen.checked,
                         lowestRetrievability: lowest.checked }, count.value)

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: 6
            Label { text: qsTr("Domains"); font.bold: true }
            Repeater {
                model: root.choices.domains
                delegate: CheckBox {
                    required property var modelData
                    objectName: "domain_" + modelData.id
                    text: modelData.id + " " + modelData.name
                    onToggled: root.domains = root.toggled(root.domains, modelData.id, checked)
                }
            }
            Label { text: qsTr("Objectives"); font.bold: true }
            Flow {
                Layout.fillWidth: true
                spacing: 4
                Repeater {
                    model: root.choices.objectives
                    delegate: CheckBox {
                        required property var modelData
                        text: modelData.id
                        ToolTip.visible: hovered
                        ToolTip.text: modelData.title
                        Accessible.name: modelData.id + " " + modelData.title
                        onToggled: root.objectives = root.toggled(root.objectives, modelData.id, checked)
                    }
                }
            }
            Label { text: qsTr("Tags"); font.bold: true; visible: root.choices.tags.length > 0 }
            Flow {
                Layout.fillWidth: true
                spacing: 4
                Repeater {
                    model: root.choices.tags
                    delegate: CheckBox {
                        required property string modelData
                        text: modelData
                        onToggled: root.tags = root.toggled(root.tags, modelData, checked)
                    }
                }
            }
            Label { text: qsTr("Difficulty"); font.bold: true }
            RowLayout {
                Repeater {
                    model: [1, 2, 3]
                    delegate: CheckBox {
                        required property int modelData
                        text: [qsTr("Easy"), qsTr("Medium"), qsTr("Hard")][modelData - 1]
                        onToggled: root.difficulties = root.toggled(root.difficulties, modelData, checked)
                    }
                }
            }
            Label { text: qsTr("From your history"); font.bold: true }
            CheckBox { id: missed; objectName: "missedBefore"; text: qsTr("Missed before") }
            CheckBox { id: flagged; text: qsTr("Flagged in an exam") }
            CheckBox { id: neverSeen; text: qsTr("Never seen") }
            CheckBox { id: lowest; text: qsTr("Lowest retrievability first (the ones you are most likely to forget)") }
            RowLayout {
                Label { text: qsTr("Questions (0: all that match)") }
                SpinBox { id: count; from: 0; to: 500; value: 20; editable: true; Accessible.name: qsTr("Number of questions") }
            }
        }
    }
}
