import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

/// A calm message in place of an empty list.
Item {
    id: root

    property string title
    property string detail

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width, 520)
        spacing: 8
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: root.title
            font.pixelSize: 20
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            opacity: 0.7
            text: root.detail
        }
    }
}
