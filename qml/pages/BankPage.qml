pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill.Backend

/// A bank's blueprint: its exam figures, domains with weights and objectives with question counts.
Page {
    id: root

    property alias bankId: outline.bankId
    title: outline.title

    BankOutlineModel {
        id: outline
        catalog: App.banks
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 12

        Label {
            objectName: "summary"
            text: outline.summary
            font.pixelSize: root.font.pixelSize * 1.15
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: outline.forwardOnly
                  ? qsTr("Exam navigation: forward only (no going back, no flags, no review screen), as on the real exam.")
                  : qsTr("Exam navigation: free (go back, flag for review, review screen), as on the real exam.")
            opacity: 0.8
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: outline.license.length > 0
            text: qsTr("Licence: %1").arg(outline.license)
            opacity: 0.6
        }

        ListView {
            id: list
            objectName: "outline"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: outline
            focus: true
            keyNavigationEnabled: true
            Accessible.name: qsTr("Domains and objectives")
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property bool isDomain
                required property string itemId
                required property string title
                required property real weight
                required property int questionCount
                required property int examQuestions
                width: ListView.view.width
                leftPadding: isDomain ? 8 : 40
                Accessible.name: isDomain
                                 ? qsTr("Domain %1, %2, weight %3 percent, %4 questions").arg(itemId).arg(title)
                                       .arg(Math.round(weight * 100)).arg(questionCount)
                                 : qsTr("Objective %1, %2, %3 questions").arg(itemId).arg(title).arg(questionCount)
                contentItem: RowLayout {
                    spacing: 12
                    Label {
                        text: row.itemId
                        font.bold: row.isDomain
                        Layout.preferredWidth: 48
                    }
                    Label {
                        text: row.title
                        font.bold: row.isDomain
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: row.isDomain
                        text: qsTr("%1% · %2 per exam").arg(Math.round(row.weight * 100)).arg(row.examQuestions)
                        opacity: 0.8
                    }
                    Label {
                        text: qsTr("%1 questions").arg(row.questionCount)
                        opacity: 0.8
                        Layout.preferredWidth: 110
                        horizontalAlignment: Text.AlignRight
                    }
                }
            }
        }
    }
}
