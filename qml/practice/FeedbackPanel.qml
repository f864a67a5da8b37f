pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill

/// What the candidate sees after answering in study, review and drill: right or not, the
/// correct answer, the explanation, references and when the question comes back.
Frame {
    id: root

    /// The controller's feedback map (feedbackToVariant plus nextDueText), or null.
    property var feedback: null

    readonly property AnswerColors colors: AnswerColors { dark: root.Material.theme === Material.Dark }
    readonly property bool correct: feedback !== null && feedback.correct
    readonly property bool partial: feedback !== null && !feedback.correct && feedback.credit > 0

    visible: feedback !== null
    padding: 16
    background: Rectangle {
        radius: 8
        color: root.correct ? root.colors.rightFill : root.colors.wrongFill
        border.color: root.correct ? root.colors.right : root.colors.wrong
    }
    Accessible.role: Accessible.Pane
    Accessible.name: verdict.text

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 10

        Label {
            id: verdict
            objectName: "verdict"
            text: root.correct ? qsTr("Correct")
                : root.partial ? qsTr("Partly right (%1%)").arg(Math.round(root.feedback.credit * 100))
                : qsTr("Not quite")
            color: root.correct ? root.colors.right : root.colors.wrong
            font.bold: true
            font.pixelSize: 20
        }
        Label {
            text: qsTr("The correct answer:")
            font.bold: true
            visible: !root.correct
        }
        Repeater {
            model: root.feedback && !root.correct ? root.feedback.correctAnswerHtml : []
            delegate: Label {
                required property string modelData
                text: modelData
                textFormat: Text.RichText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 12
            }
        }
        Label {
            objectName: "explanation"
            visible: text.length > 0
            text: root.feedback ? root.feedback.explanationHtml : ""
            textFormat: Text.RichText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: root.feedback !== null && root.feedback.references.length > 0
            text: root.feedback ? qsTr("References: %1").arg(root.feedback.references.join("; ")) : ""
            wrapMode: Text.Wrap
            opacity: 0.75
            Layout.fillWidth: true
        }
        Label {
            objectName: "nextDue"
            visible: text.length > 0
            text: root.feedback && root.feedback.nextDueText
                  ? qsTr("Next review of this question: %1").arg(root.feedback.nextDueText) : ""
            opacity: 0.85
            Layout.fillWidth: true
        }
    }
}
