pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill
import CertDrill.Backend

/// The profile's finished exams in a bank: a chart of the scaled scores over time against the
/// passing score (from two exams on), then the list, newest first: date, scaled score (an
/// estimate) against the passing score, pass or fail and the change since the exam before.
/// Choose one to see its report.
Page {
    id: root

    property alias bankId: history.bankId
    readonly property alias model: history
    signal resultChosen(int sessionId)

    title: qsTr("Exam results")

    ResultHistoryModel {
        id: history
    }
    Component.onCompleted: history.reload()

    readonly property bool dark: Material.theme === Material.Dark

    EmptyState {
        objectName: "emptyState"
        anchors.fill: parent
        visible: history.count === 0
        title: history.error.length > 0 ? history.error : qsTr("No finished exam yet")
        detail: qsTr("Your exam results appear here once you submit a practice exam.")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8
        visible: history.count > 0

        Label {
            text: qsTr("Scaled scores are estimates: vendors do not publish how they scale each exam form.")
            opacity: 0.7
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ScoreHistoryChart {
            objectName: "scoreChart"
            visible: history.count >= 2
            scores: history.scores
            passingScore: history.passingScore
            lowest: history.scaleLowest
            highest: history.scaleHighest
            fontSize: Math.min(18, Math.round(root.font.pixelSize * 0.9))
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(200, Math.min(320, root.height * 0.4))
        }
        Label {
            objectName: "chartNote"
            visible: history.count === 1
            text: qsTr("One exam so far: a chart of your scores over time appears from the second one.")
            opacity: 0.7
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "historyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: history
            focus: true
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Exam results, newest first")
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property int index
                required property int sessionId
                required property string finishedAt
                required property string examCode
                required property int scaledScore
                required property int passingScore
                required property int scaleHighest
                required property bool passed
                required property real percent
                required property var change
                required property int questionCount
                required property int correct
                required property bool practice
                required property bool timedOut
                readonly property string changeText: change === undefined || change === null ? ""
                    : (change >= 0 ? "+" : "") + change.toFixed(1)
                objectName: "historyRow_" + index
                width: list.width - 16
                highlighted: ListView.isCurrentItem
                onClicked: root.resultChosen(sessionId)
                Keys.onReturnPressed: root.resultChosen(sessionId)
                Accessible.name: qsTr("%1: scaled score %2, estimate, passing %3, %4").arg(finishedAt).arg(scaledScore)
                                 .arg(passingScore).arg(passed ? qsTr("passed") : qsTr("not passed"))
                contentItem: RowLayout {
                    spacing: 16
                    Label { text: row.finishedAt; Layout.preferredWidth: 170 }
                    Label {
                        text: row.passed ? qsTr("Passed") : qsTr("Not passed")
                        color: row.passed ? (root.dark ? "#81c784" : "#2e7d32") : (root.dark ? "#ef9a9a" : "#c62828")
                        font.bold: true
                        Layout.preferredWidth: 100
                    }
                    Label {
                        text: qsTr("%1 / %2 (estimate), passing %3").arg(row.scaledScore).arg(row.scaleHighest).arg(row.passingScore)
                        Layout.preferredWidth: 260
                    }
                    Label {
                        text: qsTr("%1 of %2 right (%3%)").arg(row.correct).arg(row.questionCount).arg(Math.round(row.percent))
                        Layout.fillWidth: true
                    }
                    Label {
                        text: row.changeText
                        opacity: 0.8
                        Layout.preferredWidth: 60
                        horizontalAlignment: Text.AlignRight
                    }
                    Label {
                        text: (row.practice ? qsTr("practice") : "") + (row.timedOut ? (row.practice ? ", " : "") + qsTr("timed out") : "")
                        opacity: 0.7
                        Layout.preferredWidth: 140
                    }
                }
            }
        }
    }
}
