pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill
import CertDrill.Backend

/// The report of a finished exam: the scaled score (an estimate) against the passing line, pass
/// or fail, a bar chart per domain, then the missed questions with every option's explanation,
/// the time on each question and the results per objective. "Retake the missed ones" starts a
/// drill of exactly those questions.
Page {
    id: root

    /// The session to show; or, with `sessionId` 0, the latest exam in `bankId`.
    property int sessionId: 0
    property string bankId
    /// With no finished exam in `bankId`, run a seeded sample exam to the end first (--page results:BANK).
    property bool sampleIfNone: false
    readonly property alias controller: results

    signal historyRequested(string bankId)
    signal retakeStarted(string bankId, int sessionId)

    title: results.loaded ? qsTr("%1 results").arg(results.examCode) : qsTr("Results")

    ResultsController {
        id: results
        onRetakeStarted: (bankId, sessionId) => root.retakeStarted(bankId, sessionId)
    }
    function reload() {
        if (sessionId > 0)
            results.load(sessionId)
        else if (bankId.length > 0 && !results.loadLatest(bankId) && sampleIfNone)
            sample.runWhenReady()
    }
    SampleExam {
        id: sample
        bankId: root.bankId
        onDone: sessionId => results.load(sessionId)
    }
    onSessionIdChanged: reload()
    onBankIdChanged: reload()
    Component.onCompleted: reload()

    /// A duration as m:ss, or h:mm:ss from an hour or when `withHours` (so "0:00:52 of 1:30:00"
    /// reads alike).
    function duration(ms, withHours) {
        const total = Math.round(ms / 1000)
        const h = Math.floor(total / 3600)
        const m = Math.floor(total % 3600 / 60)
        const s = total % 60
        const two = n => (n < 10 ? "0" : "") + n
        return h > 0 || withHours ? h + ":" + two(m) + ":" + two(s) : m + ":" + two(s)
    }

    EmptyState {
        objectName: "emptyState"
        anchors.fill: parent
        visible: !results.loaded
        title: results.error.length > 0 ? results.error : qsTr("No finished exam yet")
        detail: qsTr("Take a practice exam; its score report appears here.")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12
        visible: results.loaded

        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(250, Math.min(340, root.height * 0.45))
            Layout.maximumHeight: Layout.preferredHeight
            spacing: 16

            ScoreCard {
                controller: results
                durationText: root.duration(results.elapsedMs, results.timeLimitMs >= 3600000)
                limitText: results.timeLimitMs > 0 ? root.duration(results.timeLimitMs) : ""
                Layout.preferredWidth: Math.max(340, root.width * 0.36)
                Layout.fillHeight: true
            }
            DomainChart {
                objectName: "domainChart"
                names: results.domainNames
                percents: results.domainPercents
                passingPercent: results.passingPercent
                fontSize: Math.min(18, Math.round(root.font.pixelSize * 0.9))
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            TabBar {
                id: tabs
                Layout.fillWidth: true
                TabButton {
                    objectName: "missedTab"
                    text: qsTr("Missed questions (%1)").arg(results.missed.count)
                    width: implicitWidth
                }
                TabButton {
                    objectName: "timesTab"
                    text: qsTr("Time per question")
                    width: implicitWidth
                }
                TabButton {
                    objectName: "objectivesTab"
                    text: qsTr("Objectives")
                    width: implicitWidth
                }
            }
            Button {
                Material.elevation: 0
                objectName: "retakeButton"
                text: qsTr("Retake the missed ones")
                highlighted: true
                enabled: results.missed.count > 0
                onClicked: results.retakeMissed()
                Accessible.name: qsTr("Retake the %n missed question(s) as a drill", "", results.missed.count)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Practise exactly the questions you missed, with feedback (Ctrl+T)")
            }
            Button {
                Material.elevation: 0
                objectName: "historyButton"
                text: qsTr("All results")
                onClicked: root.historyRequested(results.bankId)
                Accessible.name: qsTr("Show all results of this exam")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Your earlier results in this bank (Ctrl+H)")
            }
        }

        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: missedList
                objectName: "missedList"
                clip: true
                spacing: 12
                model: results.missed
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Missed questions")
                ScrollBar.vertical: ScrollBar {}
                delegate: MissedQuestionDelegate {
                    width: missedList.width - 16
                    durationText: root.duration(timeMs)
                }
                Label {
                    anchors.centerIn: parent
                    visible: missedList.count === 0
                    text: qsTr("Nothing missed: every question was fully right.")
                    opacity: 0.7
                }
            }
            QuestionTimeList {
                model: results.questions
                formatDuration: ms => root.duration(ms)
            }
            AreaList {
                objectName: "objectiveList"
                model: results.objectives
                passingPercent: results.passingPercent
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+T"
        enabled: results.missed.count > 0
        onActivated: results.retakeMissed()
    }
    Shortcut {
        sequence: "Ctrl+H"
        enabled: results.loaded
        onActivated: root.historyRequested(results.bankId)
    }
}
