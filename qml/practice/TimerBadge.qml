import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

/// Time left in a timed session, amber from 10 minutes and red from 5.
Label {
    id: root

    property int secondsLeft: -1
    property int warning: 0

    visible: secondsLeft >= 0
    text: {
        const s = Math.max(0, secondsLeft)
        const h = Math.floor(s / 3600)
        const m = Math.floor(s / 60) % 60
        const sec = s % 60
        const pad = n => (n < 10 ? "0" : "") + n
        return h > 0 ? h + ":" + pad(m) + ":" + pad(sec) : pad(m) + ":" + pad(sec)
    }
    font.bold: true
    font.family: "monospace"
    padding: 6
    color: warning > 0 ? "white" : Material.foreground
    background: Rectangle {
        radius: 4
        color: root.warning === 5 ? "#c62828" : root.warning === 10 ? "#ef6c00" : "transparent"
        border.color: Qt.rgba(0.5, 0.5, 0.5, 0.5)
    }
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Time left: %1").arg(text)
}
