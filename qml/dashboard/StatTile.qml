import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

/// One figure on a dashboard card: a big value over a small caption.
ColumnLayout {
    id: root

    property string value
    property string caption
    property color valueColor: Material.foreground

    spacing: 0
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1: %2").arg(root.caption).arg(root.value)

    Label {
        text: root.value
        color: root.valueColor
        font.pixelSize: Math.round(captionLabel.font.pixelSize * 1.45)
        font.bold: true
        Layout.alignment: Qt.AlignHCenter
    }
    Label {
        id: captionLabel
        text: root.caption
        opacity: 0.8
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
}
