pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtCharts
import CertDrill.Backend
import "../components/ChartLabels.js" as ChartLabels

/// Progress in one bank: accuracy over time, answers per day, reviews coming due over the next
/// 30 days and how well each domain is known. The figures come from ProgressModel (core + storage).
Page {
    id: root

    property alias bankId: progress.bankId
    title: qsTr("Progress")
    readonly property alias model: progress
    /// Figures or a session are still on their way (Main waits for this before a --screenshot).
    readonly property bool loading: progress.busy

    readonly property bool dark: Material.theme === Material.Dark
    readonly property color lineColor: dark ? "#80cbc4" : "#00695c"
    readonly property color barColor: dark ? "#90caf9" : "#1565c0"
    readonly property color dueColor: dark ? "#ffcc80" : "#e65100"
    readonly property color axisColor: Material.foreground
    readonly property real chartFont: Math.min(18, Math.round(root.font.pixelSize * 0.9))

    ProgressModel {
        id: progress
        context: App
        days: 30
        onLoaded: root.plot()
    }
    BankListModel {
        id: banks
        catalog: App.banks
    }

    function dayMs(date) { return new Date(date).getTime() }
    /// An axis maximum of 4 round steps (1, 2, 2.5 or 5 times a power of ten, at least 1) above
    /// `value` with a little headroom: the axes have 5 ticks.
    function niceMax(value) {
        const rough = Math.max(1, value * 1.1 / 4)
        const power = Math.pow(10, Math.floor(Math.log10(rough)))
        const step = [1, 2, 2.5, 5, 10].map(f => f * power).find(s => s >= rough)
        return 4 * (Number.isInteger(step) ? step : Math.ceil(step))
    }

    function plot() {
        accuracy.clear()
        answered.clear()
        forecastLine.clear()
        const days = progress.answersPerDay
        for (const d of days) {
            answered.append(dayMs(d.date), d.answers)
            if (d.accuracy >= 0)
                accuracy.append(dayMs(d.date), Math.round(d.accuracy * 100))
        }
        if (days.length > 0) {
            answersAxisX.min = new Date(days[0].date)
            answersAxisX.max = new Date(days[days.length - 1].date)
            accuracyAxisX.min = answersAxisX.min
            accuracyAxisX.max = answersAxisX.max
        }
        answersAxisY.max = niceMax(progress.maxAnswers)
        const forecast = progress.forecast
        for (const f of forecast)
            forecastLine.append(dayMs(f.date), f.due)
        if (forecast.length > 0) {
            forecastAxisX.min = new Date(forecast[0].date)
            forecastAxisX.max = new Date(forecast[forecast.length - 1].date)
        }
        forecastAxisY.max = niceMax(progress.maxDue)
        masterySeries.clear()
        const labels = []
        const values = []
        for (const d of progress.domains) {
            labels.push(ChartLabels.wrapped(d.domainId + " " + d.name, line => line.length <= 32, 1))
            values.push(Math.round(d.mastery * 100))
        }
        masteryAxis.categories = labels
        masterySeries.append(qsTr("Mastery"), values)
        if (masterySeries.count > 0) {
            masterySeries.at(0).color = root.lineColor
            masterySeries.at(0).borderColor = root.lineColor
        }
    }

    // Until the figures arrive: the last 30 days and the next 30, no counts.
    Component.onCompleted: {
        const day = 24 * 3600 * 1000
        const today = new Date()
        answersAxisX.min = new Date(today.getTime() - 29 * day)
        answersAxisX.max = today
        accuracyAxisX.min = answersAxisX.min
        accuracyAxisX.max = today
        forecastAxisX.min = today
        forecastAxisX.max = new Date(today.getTime() + 29 * day)
        answersAxisY.max = 4
        forecastAxisY.max = 4
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            Label { text: qsTr("Bank") }
            ComboBox {
                id: bankBox
                objectName: "bankBox"
                model: banks
                textRole: "title"
                valueRole: "bankId"
                Layout.preferredWidth: Math.min(root.width * 0.5, root.font.pixelSize * 30)
                Accessible.name: qsTr("Bank shown")
                onActivated: progress.bankId = currentValue
                Component.onCompleted: {
                    const i = indexOfValue(progress.bankId)
                    if (i >= 0)
                        currentIndex = i
                    else if (count > 0 && progress.bankId.length === 0)
                        progress.bankId = valueAt(0)
                }
                onCountChanged: {
                    // An unknown or no bank: show the first one.
                    if (count > 0 && indexOfValue(progress.bankId) < 0)
                        progress.bankId = valueAt(0)
                    currentIndex = indexOfValue(progress.bankId)
                }
            }
            Label {
                objectName: "summary"
                text: qsTr("%n answer(s) in the last 30 days", "", progress.totalAnswers)
                opacity: 0.85
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            BusyIndicator {
                running: progress.busy
                implicitWidth: 28
                implicitHeight: 28
            }
        }
        Label {
            objectName: "error"
            visible: progress.error.length > 0
            text: progress.error
            color: root.dark ? "#ef9a9a" : "#b71c1c"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: root.width >= 900 ? 2 : 1
            rowSpacing: 10
            columnSpacing: 10

            ProgressChart {
                objectName: "accuracyChart"
                title: qsTr("Accuracy per day (%)")
                fontSize: root.chartFont
                Accessible.name: qsTr("Accuracy per day over the last 30 days, in percent")
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 180
                DateTimeAxis {
                    id: accuracyAxisX
                    format: "MMM d"
                    tickCount: 6
                    labelsColor: root.axisColor
                    labelsFont.pixelSize: root.chartFont
                }
                ValueAxis {
                    id: accuracyAxisY
                    min: 0
                    max: 100
                    tickCount: 6
                    labelFormat: "%d"
                    labelsColor: root.axisColor
                    labelsFont.pixelSize: root.chartFont
                }
                LineSeries {
                    id: accuracy
                    axisX: accuracyAxisX
                    axisY: accuracyAxisY
                    color: root.lineColor
                    width: 3
                    pointsVisible: true
                }
            }
            ProgressChart {
                objectName: "answersChart"
                title: qsTr("Answers per day")
                fontSize: root.chartFont
                Accessible.name: qsTr("Answers per day over the last 30 days")
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 180
                DateTimeAxis {
                    id: answersAxisX
                    format: "MMM d"
                    tickCount: 6
                    labelsColor: root.axisColor
                    labelsFont.pixelSize: root.chartFont
                }
                ValueAxis {
                    id: answersAxisY
                    min: 0
                    tickCount: 5
                    labelFormat: "%d"
                    labelsColor: root.axisColor
                    labelsFont.pixelSize: root.chartFont
                }
                AreaSeries {
                    axisX: answersAxisX
                    axisY: answersAxisY
                    color: Qt.rgba(root.barColor.r, root.barColor.g, root.barColor.b, 0.45)
                    borderColor: root.barColor
                    borderWidth: 2
                    upperSeries: LineSeries { id: answered }
                }
            }
            ProgressChart {
                objectName: "forecastChart"
                title: qsTr("Reviews coming due, next 30 days")
                fontSize: root.chartFont
                Accessible.name: qsTr("Reviews coming due per day over the next 30 days; today includes overdue ones")
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 180
                DateTimeAxis {
                    id: forecastAxisX
                    format: "MMM d"
                    tickCount: 6
                    labelsColor: root.axisColor
                    labelsFont.pixelSize: root.chartFont
                }
                ValueAxis {
                    id: forecastAxisY
                    min: 0
                    tickCount: 5
                    labelFormat: "%d"
                    labelsColor: root.axisColor
                    labelsFont.pixelSize: root.chartFont
                }
                AreaSeries {
                    axisX: forecastAxisX
                    axisY: forecastAxisY
                    color: Qt.rgba(root.dueColor.r, root.dueColor.g, root.dueColor.b, 0.45)
                    borderColor: root.dueColor
                    borderWidth: 2
                    upperSeries: LineSeries { id: forecastLine }
                }
            }
            ProgressChart {
                id: masteryChart
                objectName: "masteryChart"
                title: qsTr("Mastery per domain (% recalled today)")
                fontSize: root.chartFont
                Accessible.name: qsTr("Mastery per domain, the share of each domain's questions you would recall today. %1")
                                 .arg(progress.domains.map(d => qsTr("%1 %2: %3 percent").arg(d.domainId).arg(d.name)
                                                                .arg(Math.round(d.mastery * 100))).join("; "))
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 180
                /// The domain whose bar is under the pointer, named whole (the axis may shorten it).
                readonly property string hoveredDomain: {
                    if (!masteryHover.hovered)
                        return ""
                    const p = masteryHover.point.position
                    if (p.x < plotArea.x || p.x > plotArea.x + plotArea.width)
                        return ""
                    const i = Math.round(mapToValue(p, masterySeries).y)
                    const d = progress.domains[i]
                    return d ? qsTr("%1 %2: %3% (%4 of %5 questions studied)").arg(d.domainId).arg(d.name)
                                   .arg(Math.round(d.mastery * 100)).arg(d.studied).arg(d.questions)
                             : ""
                }
                HoverHandler {
                    id: masteryHover
                }
                ToolTip {
                    objectName: "masteryTip"
                    // Beside the pointer, kept inside the chart.
                    x: Math.max(0, Math.min(masteryHover.point.position.x + 12, masteryChart.width - width))
                    y: masteryHover.point.position.y + 18
                    visible: masteryChart.hoveredDomain.length > 0
                    text: masteryChart.hoveredDomain
                }
                HorizontalBarSeries {
                    id: masterySeries
                    barWidth: 0.6
                    labelsVisible: true
                    labelsPosition: AbstractBarSeries.LabelsInsideEnd
                    axisY: BarCategoryAxis {
                        id: masteryAxis
                        labelsColor: root.axisColor
                        labelsFont.pixelSize: root.chartFont
                    }
                    axisX: ValueAxis {
                        min: 0
                        max: 100
                        tickCount: 6
                        labelFormat: "%d"
                        labelsColor: root.axisColor
                        labelsFont.pixelSize: root.chartFont
                    }
                }
            }
        }
        Label {
            text: qsTr("Mastery is the share of a domain's questions you would recall today, counting questions never studied as not known.")
            wrapMode: Text.WordWrap
            opacity: 0.8
            Layout.fillWidth: true
        }
    }
}
