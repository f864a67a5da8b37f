pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import CertDrill.Backend

/// Import a bank file: pick it, see every problem with its file:line:column and field, and add a
/// valid bank to your banks. A bank that would replace a bundled one asks first.
Dialog {
    id: root

    objectName: "importDialog"
    title: qsTr("Import a bank")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 760, 820)
    height: Math.min(parent ? parent.height - 48 : 600, 640)
    standardButtons: Dialog.Close
    // Drawn here: the Material dialog background needs an effect software rendering lacks.
    background: Rectangle {
        radius: 4
        color: root.Material.dialogColor
        border.color: Qt.rgba(0.5, 0.5, 0.5, 0.5)
    }
    readonly property alias controller: importer
    readonly property bool dark: Material.theme === Material.Dark

    BankImportController {
        id: importer
        context: App
    }

    /// Opens the dialog and, with a file, checks it at once (tests and drag and drop).
    function openWith(file) {
        importer.clear()
        open()
        if (file)
            importer.check(file)
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a bank file")
        nameFilters: [qsTr("Bank files (*.json)")]
        onAccepted: importer.check(selectedFile.toString())
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        Label {
            text: qsTr("The file is checked first; a valid bank is copied into %1/question_banks. Nothing is written for a file with errors.").arg(App.dataDir)
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            Button {
                objectName: "chooseFile"
                text: qsTr("Choose a file…")
                onClicked: fileDialog.open()
                Accessible.name: qsTr("Choose a bank file to import")
            }
            BusyIndicator {
                running: importer.busy
                implicitWidth: 28
                implicitHeight: 28
            }
            Label {
                text: importer.fileName
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "importSummary"
            visible: importer.checked
            text: importer.valid ? qsTr("%1 (%2) is valid.").arg(importer.bankTitle).arg(importer.bankId)
                                 : qsTr("This file cannot be imported.")
            font.bold: true
            color: importer.valid ? (root.dark ? "#81c784" : "#1b5e20") : (root.dark ? "#ef9a9a" : "#b71c1c")
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        ListView {
            id: problems
            objectName: "diagnostics"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: importer.diagnostics
            Accessible.name: qsTr("Problems found in the bank file")
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: problem
                required property var modelData
                width: ListView.view.width
                Accessible.name: qsTr("%1 at %2, field %3: %4").arg(problem.modelData.severity)
                                 .arg(problem.modelData.location).arg(problem.modelData.field).arg(problem.modelData.message)
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        text: qsTr("%1  %2  %3").arg(problem.modelData.location).arg(problem.modelData.severity)
                              .arg(problem.modelData.field)
                        font.family: "monospace"
                        color: problem.modelData.severity === "error" ? (root.dark ? "#ef9a9a" : "#b71c1c")
                                                                     : (root.dark ? "#ffcc80" : "#8a4b00")
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                    Label {
                        text: problem.modelData.message
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
        Label {
            objectName: "shadowWarning"
            visible: importer.valid && importer.shadows.length > 0
            text: qsTr("A bundled bank already uses the id %1 (%2). Importing puts your file in its place: the bundled one stays on disk but is no longer shown.")
                  .arg(importer.bankId).arg(importer.shadows)
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: importer.valid && importer.replacesUserBank
            text: qsTr("You imported a bank with this id before: it will be replaced.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "importMessage"
            visible: importer.message.length > 0
            text: importer.message
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        PrimaryButton {
            objectName: "importButton"
            text: importer.shadows.length > 0 ? qsTr("Import and replace the bundled bank") : qsTr("Import")
            enabled: importer.valid && !importer.busy
            onClicked: importer.install(importer.shadows.length > 0)
            Accessible.name: text
        }
    }
}
