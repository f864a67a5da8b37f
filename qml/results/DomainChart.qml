import QtQuick
import QtQuick.Controls.Material
import QtCharts
import "../components/ChartLabels.js" as ChartLabels

/// Percent right per domain as bars, with the passing line (the raw percentage that maps to the
/// passing score) across them.
ChartView {
    id: root

    property var names: []
    property var percents: []
    property real passingPercent: 0
    /// The labels' size (the page's text size follows the font-size setting).
    property int fontSize: 13

    readonly property bool dark: Material.theme === Material.Dark
    /// Pixels a line of a domain name may take under its bar. The axis elides a wider label; it
    /// allows the plot's width over one more than the number of bars, less its label padding and
    /// the text document's margins.
    readonly property real slotWidth: plotArea.width / (names.length + 1) - 22
    /// The domain labels' size: smaller (down to 9 px) when the longest word would not fit its slot.
    readonly property int domainFontSize: {
        let widest = 1
        for (const name of names)
            for (const word of name.split(" "))
                widest = Math.max(widest, fullSize.advanceWidth(word))
        return Math.max(9, Math.min(fontSize, Math.floor(fontSize * slotWidth / widest)))
    }

    FontMetrics {
        id: fullSize
        font.pixelSize: root.fontSize
    }
    FontMetrics {
        id: domainFont
        font.pixelSize: root.domainFontSize
    }

    antialiasing: true
    legend.visible: false
    backgroundColor: "transparent"
    plotAreaColor: "transparent"
    margins { left: 4; right: 4; top: 4; bottom: 4 }
    title: qsTr("Percent right per domain (line: passing)")
    titleColor: Material.foreground
    titleFont: Qt.font({ pixelSize: Math.round(fontSize * 1.1), bold: true })
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
        labelsFont.pixelSize: root.fontSize
        labelsColor: root.Material.foreground
        gridLineColor: root.dark ? "#444" : "#ddd"
    }
    BarCategoryAxis {
        id: domainAxis
        // Long domain names on up to four lines as wide as a bar's slot (the axis draws its labels
        // as HTML) rather than cut.
        categories: root.names.map(n => root.label(n))
        labelsFont.pixelSize: root.domainFontSize
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
    /// `text` broken between words into at most four lines, each one that `fits` while it can.
    function wrapped(text, fits) { return ChartLabels.wrapped(text, fits, 4) }
    /// A domain name as its axis label, wrapped to the bar's slot.
    function label(name) {
        const width = slotWidth
        return wrapped(name, line => domainFont.advanceWidth(line) <= width)
    }
    function drawPassingLine() {
        passingLine.clear()
        passingLine.append(0, passingPercent)
        passingLine.append(1, passingPercent)
    }
    onPassingPercentChanged: drawPassingLine()
    Component.onCompleted: drawPassingLine()
}
