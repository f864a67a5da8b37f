import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtCharts

/// A ChartView in the app's theme, with a title in the app's font.
ChartView {
    id: root

    readonly property bool dark: Material.theme === Material.Dark
    property real fontSize: 14

    antialiasing: true
    legend.visible: false
    theme: dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
    backgroundColor: dark ? Qt.lighter(Material.background, 1.35) : Qt.darker(Material.background, 1.03)
    titleColor: Material.foreground
    // The theme resets the title font, so it is set again after each theme change.
    function applyTitleFont() {
        titleFont = Qt.font({ pixelSize: Math.round(fontSize * 1.1), bold: true })
    }
    onDarkChanged: applyTitleFont() // the theme follows `dark`
    onFontSizeChanged: applyTitleFont()
    Component.onCompleted: applyTitleFont()
    backgroundRoundness: 8
    margins.top: 4
    margins.bottom: 4
    margins.left: 4
    margins.right: 4
    Accessible.role: Accessible.Chart
}
