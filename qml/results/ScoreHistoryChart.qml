import QtQuick
import QtQuick.Controls.Material
import QtCharts
import CertDrill

/// The scaled score of each past exam over time (a point per exam, joined by a line) and the
/// passing score as a dashed line across, in the progress charts' style (ProgressChart).
/// `scores`: ResultHistoryModel.scores ({at, score}, oldest first); two or more make a chart.
ProgressChart {
    id: root

    property var scores: []
    property int passingScore: 0
    property int lowest: 0
    property int highest: 1000
    readonly property alias scoreSeries: scoreLine
    readonly property alias passingSeries: passingLine

    readonly property color lineColor: dark ? "#80cbc4" : "#00695c"
    readonly property color passColor: dark ? "#ffcc80" : "#e65100"
    readonly property color axisColor: Material.foreground

    title: qsTr("Scaled score per exam (estimate); dashed: passing score")
    Accessible.name: qsTr("Scaled scores of %n exam(s), oldest first: %1. Passing score %2.", "", scores.length)
                     .arg(scores.map(s => s.score).join(", ")).arg(passingScore)

    DateTimeAxis {
        id: timeAxis
        tickCount: 5
        labelsColor: root.axisColor
        labelsFont.pixelSize: root.fontSize
    }
    ValueAxis {
        id: scoreAxis
        min: root.lowest
        max: Math.max(root.highest, root.lowest + 1)
        tickCount: 5
        labelFormat: "%d"
        labelsColor: root.axisColor
        labelsFont.pixelSize: root.fontSize
    }
    LineSeries {
        id: passingLine
        objectName: "passingLine"
        name: qsTr("Passing score")
        axisX: timeAxis
        axisY: scoreAxis
        color: root.passColor
        width: 2
        style: Qt.DashLine
    }
    LineSeries {
        id: scoreLine
        objectName: "scoreLine"
        name: qsTr("Scaled score")
        axisX: timeAxis
        axisY: scoreAxis
        color: root.lineColor
        width: 3
        pointsVisible: true
    }

    function plot() {
        scoreLine.clear()
        passingLine.clear()
        if (scores.length === 0)
            return
        const first = scores[0].at.getTime()
        const last = scores[scores.length - 1].at.getTime()
        const hour = 3600 * 1000
        // Some room either side, also for exams taken minutes apart; hours when within two days.
        const margin = Math.max((last - first) * 0.05, hour / 2)
        timeAxis.min = new Date(first - margin)
        timeAxis.max = new Date(last + margin)
        timeAxis.format = last - first < 48 * hour ? "MMM d hh:mm" : "MMM d"
        for (const s of scores)
            scoreLine.append(s.at.getTime(), s.score)
        passingLine.append(first - margin, passingScore)
        passingLine.append(last + margin, passingScore)
    }
    // The theme (it follows `dark`) resets the series' colours and the axes' labels: set again.
    function applyStyle() {
        scoreLine.color = lineColor
        passingLine.color = passColor
        for (const axis of [timeAxis, scoreAxis]) {
            axis.labelsColor = axisColor
            axis.labelsFont = Qt.font({ pixelSize: fontSize })
        }
    }
    onDarkChanged: Qt.callLater(applyStyle)
    onScoresChanged: plot()
    onPassingScoreChanged: plot()
    Component.onCompleted: plot()
}
