pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

ApplicationWindow {
    id: root

    width: 1280
    height: 800
    minimumWidth: 800
    minimumHeight: 560
    visible: true
    title: qsTr("CertDrill")

    Material.theme: Material.System
    Material.primary: Material.BlueGrey
    Material.accent: Material.Teal

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: HomePage {}
    }
}
