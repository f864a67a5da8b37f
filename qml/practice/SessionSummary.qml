pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/// The end of a practice session: how many were right, per domain, and the missed questions with
/// the correct answer and the explanation.
ColumnLayout {
    id: root

    /// PracticeController.summary.
    property var summary: ({})
    signal again()
    signal done()

    spacing: 12

    Label {
        objectName: "summaryTitle"
        text: root.summary.timedOut ? qsTr("Time is up") : qsTr("Session complete")
        font.pixelSize: 24
        font.bold: true
    }
    Label {
        objectName: "summaryScore"
        text: qsTr("%1 of %2 right (%3%), %4 answered")
              .arg(root.summary.correct || 0).arg(root.summary.questionCount || 0)
              .arg(Math.round(root.summary.percent || 0)).arg(root.summary.answered || 0)
        font.pixelSize: 18
    }
    Repeater {
        model: root.summary.domains || []
        delegate: RowLayout {
            id: domainRow
            required property var modelData
            Layout.fillWidth: true
            visible: modelData.questions > 0
            Label { text: domainRow.modelData.name; Layout.preferredWidth: 360; elide: Text.ElideRight }
            ProgressBar { value: domainRow.modelData.percent / 100; Layout.preferredWidth: 200 }
            Label { text: qsTr("%1%").arg(Math.round(domainRow.modelData.percent)) }
        }
    }
    RowLayout {
        spacing: 12
        Button {
            objectName: "againButton"
            text: qsTr("Practise again")
            highlighted: true
            flat: true // a raised button's shadow needs GL and vanishes under software rendering
            onClicked: root.again()
            Accessible.name: text
        }
        Button {
            text: qsTr("Done")
            flat: true
            onClicked: root.done()
            Accessible.name: text
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Back (Esc)")
        }
    }
    Label {
        visible: (root.summary.missed || []).length > 0
        text: qsTr("To go over")
        font.bold: true
        font.pixelSize: 18
        Layout.topMargin: 12
    }
    Repeater {
        model: root.summary.missed || []
        delegate: Frame {
            id: missedItem
            required property var modelData
            Layout.fillWidth: true
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 6
                Label {
                    text: qsTr("Question %1").arg(missedItem.modelData.index + 1)
                    opacity: 0.7
                }
                Label {
                    text: missedItem.modelData.stemHtml
                    textFormat: Text.RichText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label { text: qsTr("Correct:"); font.bold: true }
                Repeater {
                    model: missedItem.modelData.correctAnswerHtml
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
                    text: missedItem.modelData.yourAnswerHtml.length > 0 ? qsTr("Yours:") : qsTr("Not answered")
                    font.bold: true
                    opacity: 0.8
                }
                Repeater {
                    model: missedItem.modelData.yourAnswerHtml
                    delegate: Label {
                        required property string modelData
                        text: modelData
                        textFormat: Text.RichText
                        wrapMode: Text.Wrap
                        opacity: 0.8
                        Layout.fillWidth: true
                        Layout.leftMargin: 12
                    }
                }
                Label {
                    text: missedItem.modelData.explanationHtml
                    textFormat: Text.RichText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
