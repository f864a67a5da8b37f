import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill.Backend

/// "Report a problem" on a question: a note stored with the question's id and content hash, for
/// the bank's authors (listed in the bank browser, `certdrill feedback export`).
Dialog {
    id: root

    property string bankId: ""
    /// The question map (QuestionPresenter): its id and contentHash name the version reported.
    property var question: null

    title: qsTr("Report a problem with this question")
    modal: true
    width: Math.min(parent ? parent.width * 0.9 : 560, 560)
    anchors.centerIn: parent
    // Drawn here: Material's own dialog background is a shadow effect that needs GL.
    background: Rectangle {
        color: root.Material.dialogColor
        radius: 4
        border.color: Qt.rgba(0.5, 0.5, 0.5, 0.4)
    }
    standardButtons: Dialog.Cancel
    onAboutToShow: { note.text = ""; message.text = ""; note.forceActiveFocus() }

    ProblemReportController {
        id: reports
        objectName: "reports"
        app: App
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            text: qsTr("What is wrong? A wrong answer key, a typo, an outdated fact... The note stays on this computer until you export it for the bank's authors.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: root.question ? qsTr("Question %1").arg(root.question.id) : ""
            opacity: 0.7
        }
        TextArea {
            id: note
            objectName: "reportNote"
            placeholderText: qsTr("Your note")
            wrapMode: TextEdit.Wrap
            Layout.fillWidth: true
            Layout.preferredHeight: 140
            Accessible.name: qsTr("Problem description")
        }
        Label {
            id: message
            objectName: "reportMessage"
            visible: text.length > 0
            color: "#c62828"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "sendReport"
            text: qsTr("Save report")
            highlighted: true
            flat: true // a raised button's shadow needs GL and vanishes under software rendering
            enabled: note.text.trim().length > 0
            Layout.alignment: Qt.AlignRight
            Accessible.name: text
            onClicked: {
                message.text = reports.report(root.bankId, root.question.id, root.question.contentHash, note.text)
                if (message.text.length === 0)
                    root.accept()
            }
        }
    }
}
