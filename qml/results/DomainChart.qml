import QtQuick
import QtQuick.Controls.Material
import QtCharts

/// Percent right per domain as bars, with the passing line (the raw percentage that maps to the
/// passing score) across them.
ChartView {
    id: root

    property var names: []
    property var percents: []
    property real passingPercent: 0

    readonly property bool dark: Material.theme === Material.Dark

    antialiasing: true
    legend.visible: false
    backgroundColor: "transparent"
    plotAreaColor: "transparent"
    margins { left: 4; right: 4; top: 4; bottom: 4 }
    title: qsTr("Percent right per domain (line: passing)")
    titleColor: Material.foreground
    Accessible.role: Accessible.Chart
    Accessible.name: {
        let parts = []
        for (let i = 0; i < names.length; ++i)
            parts.push(qsTr("%1: %2 percent").arg(names[i]).arg(Math.round(percents[i])))
        return qsTr("Results per domain. %1").arg(parts.join("; "))
    }

    ValueAxis {
        id: percentAxis
        min: 0
        max: 100
        tickCount: 6
        labelFormat: "%d%%"
        labelsColor: root.Material.foreground
        gridLineColor: root.dark ? "#444" : "#ddd"
    }
    BarCategoryAxis {
        id: domainAxis
        // Long domain names on up to three lines (the axis draws its labels as HTML) rather than cut.
        categories: root.names.map(n => root.wrapped(n, 15))
        labelsColor: root.Material.foreground
        gridVisible: false
    }
    ValueAxis {
        id: lineAxis
        min: 0
        max: 1
        visible: false
    }
    BarSeries {
        axisX: domainAxis
        axisY: percentAxis
        labelsVisible: true
        labelsFormat: "@value%"
        labelsPosition: AbstractBarSeries.LabelsInsideEnd
        BarSet {
            label: qsTr("Percent right")
            values: root.percents.map(p => Math.round(p))
            color: root.dark ? "#4db6ac" : "#00897b"
            borderColor: color
            labelColor: "white"
        }
    }
    LineSeries {
        id: passingLine
        objectName: "passingLine"
        axisX: lineAxis
        axisY: percentAxis
        color: root.dark ? "#ffcc80" : "#e65100"
        width: 2
        style: Qt.DashLine
    }
    /// `text` broken between words into lines of about `width` characters, at most three.
    function wrapped(text, width) {
        const lines = []
        for (const word of text.split(" ")) {
            if (lines.length > 0 && (lines[lines.length - 1] + " " + word).length <= width)
                lines[lines.length - 1] += " " + word
            else
                lines.push(word)
        }
        return lines.slice(0, 3).join("<br>") + (lines.length > 3 ? "\u2026" : "")
    }
    function drawPassingLine() {
        passingLine.clear()
        passingLine.append(0, passingPercent)
        passingLine.append(1, passingPercent)
    }
    onPassingPercentChanged: drawPassingLine()
    Component.onCompleted: drawPassingLine()
}
