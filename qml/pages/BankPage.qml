pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill
import CertDrill.Backend

/// The bank browser: the blueprint (exam figures, domains with weights, objectives with question
/// counts), a read-only preview of each question, and the problem reports stored for the bank.
Page {
    id: root

    property alias bankId: outline.bankId
    title: outline.title

    BankOutlineModel {
        id: outline
        catalog: App.banks
    }
    ProblemReportModel {
        id: reports
        context: App
        bankId: outline.bankId
    }
    /// The question shown in the preview tab (position in the bank).
    property int previewIndex: 0
    function preview(questionId) {
        const i = outline.indexOfQuestion(questionId)
        if (i >= 0) {
            previewIndex = i
            tabs.currentIndex = 1
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 12

        Label {
            objectName: "summary"
            text: outline.summary
            font.pixelSize: root.font.pixelSize * 1.15
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: outline.forwardOnly
                  ? qsTr("Exam navigation: forward only (no going back, no flags, no review screen), as on the real exam.")
                  : qsTr("Exam navigation: free (go back, flag for review, review screen), as on the real exam.")
            opacity: 0.8
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: outline.license.length > 0
            text: qsTr("Licence: %1").arg(outline.license)
            opacity: 0.6
        }

        TabBar {
            id: tabs
            objectName: "tabs"
            Layout.fillWidth: true
            TabButton {
                text: qsTr("Blueprint")
                Accessible.name: qsTr("Blueprint: domains and objectives")
            }
            TabButton {
                objectName: "previewTab"
                text: qsTr("Questions")
                Accessible.name: qsTr("Preview the questions")
            }
            TabButton {
                objectName: "reportsTab"
                text: qsTr("Problem reports (%1)").arg(reports.count)
                Accessible.name: qsTr("Problem reports: %1").arg(reports.count)
            }
        }

        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list
                objectName: "outline"
                clip: true
                model: outline
                focus: true
                keyNavigationEnabled: true
                Accessible.name: qsTr("Domains and objectives")
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: row
                    required property bool isDomain
                    required property string itemId
                    required property string title
                    required property real weight
                    required property int questionCount
                    required property int examQuestions
                    width: ListView.view.width
                    leftPadding: isDomain ? 8 : 40
                    Accessible.name: isDomain
                                     ? qsTr("Domain %1, %2, weight %3 percent, %4 questions").arg(itemId).arg(title)
                                           .arg(Math.round(weight * 100)).arg(questionCount)
                                     : qsTr("Objective %1, %2, %3 questions").arg(itemId).arg(title).arg(questionCount)
                    contentItem: RowLayout {
                        spacing: 12
                        Label {
                            text: row.itemId
                            font.bold: row.isDomain
                            Layout.preferredWidth: 48
                        }
                        Label {
                            text: row.title
                            font.bold: row.isDomain
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: row.isDomain
                            text: qsTr("%1% · %2 per exam").arg(Math.round(row.weight * 100)).arg(row.examQuestions)
                            opacity: 0.8
                        }
                        Label {
                            text: qsTr("%1 questions").arg(row.questionCount)
                            opacity: 0.8
                            Layout.preferredWidth: 110
                            horizontalAlignment: Text.AlignRight
                        }
                    }
                }
            }

            ColumnLayout {
                spacing: 8
                RowLayout {
                    Layout.fillWidth: true
                    Button {
                        objectName: "previousQuestion"
                        text: qsTr("Previous")
                        enabled: root.previewIndex > 0
                        onClicked: root.previewIndex -= 1
                        Accessible.name: qsTr("Previous question")
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Previous question (Page Up)")
                    }
                    Label {
                        objectName: "previewPosition"
                        text: qsTr("Question %1 of %2 · %3").arg(root.previewIndex + 1).arg(outline.questionCount)
                              .arg(previewView.question ? previewView.question.id || "" : "")
                        horizontalAlignment: Text.AlignHCenter
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "nextQuestion"
                        text: qsTr("Next")
                        enabled: root.previewIndex + 1 < outline.questionCount
                        onClicked: root.previewIndex += 1
                        Accessible.name: qsTr("Next question")
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Next question (Page Down)")
                    }
                }
                ScrollView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    contentWidth: availableWidth
                    QuestionView {
                        id: previewView
                        objectName: "preview"
                        width: parent.width
                        readOnly: true
                        question: outline.questionCount > 0 ? outline.previewQuestion(root.previewIndex) : null
                    }
                }
            }

            ListView {
                id: reportList
                objectName: "reportList"
                clip: true
                model: reports
                Accessible.name: qsTr("Problem reports")
                ScrollBar.vertical: ScrollBar {}
                EmptyState {
                    anchors.fill: parent
                    visible: reportList.count === 0
                    title: qsTr("No problem reports")
                    detail: qsTr("Report a problem from any question while you practise; the notes are listed here and can be exported for the bank's authors with certdrill feedback export.")
                }
                delegate: ItemDelegate {
                    id: report
                    required property string questionId
                    required property string note
                    required property var createdAt
                    required property string contentHash
                    width: ListView.view.width
                    onClicked: root.preview(report.questionId)
                    Accessible.name: qsTr("Report on %1: %2").arg(report.questionId).arg(report.note)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Show the question")
                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            text: qsTr("%1 · %2 · version %3").arg(report.questionId)
                                  .arg(Qt.formatDateTime(report.createdAt, Locale.ShortFormat)).arg(report.contentHash)
                            opacity: 0.85
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                        }
                        Label {
                            text: report.note
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }

    Shortcut {
        sequence: StandardKey.MoveToNextPage
        enabled: tabs.currentIndex === 1 && root.previewIndex + 1 < outline.questionCount
        onActivated: root.previewIndex += 1
    }
    Shortcut {
        sequence: StandardKey.MoveToPreviousPage
        enabled: tabs.currentIndex === 1 && root.previewIndex > 0
        onActivated: root.previewIndex -= 1
    }
}
