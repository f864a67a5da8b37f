pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill

/// A missed question of a report: the question as it was shown with the answer given, the right
/// answer marked and every option's explanation, then the explanation and references.
Frame {
    id: root

    required property int number
    required property string domain
    required property real timeMs
    required property bool answered
    required property real credit
    required property var question
    required property var response
    required property var feedback
    required property string stemHtml
    required property var choices
    required property var yourAnswer
    required property var correctAnswer
    required property string explanationHtml
    required property var references
    property string durationText

    readonly property bool dark: Material.theme === Material.Dark
    readonly property bool hasView: question !== undefined && question !== null && question.id !== undefined

    objectName: "missed_" + number
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Question %1, %2").arg(number).arg(answered ? qsTr("answered wrongly") : qsTr("unanswered"))

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Question %1").arg(root.number)
                font.bold: true
            }
            Label {
                text: root.domain
                opacity: 0.7
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: !root.answered ? qsTr("Unanswered")
                      : root.credit > 0 ? qsTr("Partly right (%1%)").arg(Math.round(root.credit * 100))
                      : qsTr("Wrong")
                color: root.dark ? "#ef9a9a" : "#c62828"
            }
            Label {
                text: qsTr("Time %1").arg(root.durationText)
                opacity: 0.7
            }
        }

        QuestionView {
            objectName: "missedView"
            visible: root.hasView
            question: root.hasView ? root.question : ({})
            response: root.response === undefined ? null : root.response
            feedback: root.hasView ? root.feedback : null
            readOnly: true
            Layout.fillWidth: true
        }
        // Without the question in the bank (it changed since), the report's own words.
        Label {
            visible: !root.hasView
            text: root.stemHtml
            textFormat: Text.RichText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: root.hasView ? [] : root.choices
            delegate: Label {
                required property var modelData
                text: (modelData.correct ? "\u2714 " : "\u2022 ") + modelData.html
                      + (modelData.chosen ? qsTr(" (your choice)") : "")
                      + (modelData.whyHtml.length > 0 ? "<br/><i>" + modelData.whyHtml + "</i>" : "")
                textFormat: Text.RichText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }

        Label {
            objectName: "yourAnswer"
            visible: root.yourAnswer.length > 0
            text: qsTr("Your answer: %1").arg(root.yourAnswer.join("; "))
            textFormat: Text.RichText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "correctAnswer"
            text: qsTr("Correct answer: %1").arg(root.correctAnswer.join("; "))
            textFormat: Text.RichText
            wrapMode: Text.Wrap
            color: root.dark ? "#81c784" : "#2e7d32"
            Layout.fillWidth: true
        }
        Label {
            objectName: "explanation"
            visible: root.explanationHtml.length > 0
            text: root.explanationHtml
            textFormat: Text.RichText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: root.references.length > 0
            text: qsTr("References: %1").arg(root.references.join("; "))
            wrapMode: Text.Wrap
            opacity: 0.7
            Layout.fillWidth: true
        }
    }
}
