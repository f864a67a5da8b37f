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
        categories: root.names.map(n => n.length > 18 ? n.substring(0, 17) + "\u2026" : n)
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
    function drawPassingLine() {
        passingLine.clear()
        passingLine.append(0, passingPercent)
        passingLine.append(1, passingPercent)
    }
    onPassingPercentChanged: drawPassingLine()
    Component.onCompleted: drawPassingLine()
}
