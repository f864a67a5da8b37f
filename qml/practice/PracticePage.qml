pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CertDrill
import CertDrill.Backend

/// Study, review, quiz and drill: one question at a time with the "I guessed" toggle; after each
/// answer (not in a quiz) the correct answer, the explanation and when it comes back; a summary
/// at the end. Enter submits and moves on, Esc goes back (the session is saved after every
/// answer and can be continued).
Page {
    id: root
    /// Figures or a session are still on their way (Main waits for this before a --screenshot).
    readonly property bool loading: controller.starting

    required property string bankId
    property string mode: "study"
    /// PracticeController.start's options (count, minutes, filter); `fresh: true` skips the offer
    /// to continue an unfinished session, `resume: true` continues it without asking.
    property var options: ({})
    signal leave()

    readonly property var modeNames: ({ study: qsTr("Study"), review: qsTr("Review"), quiz: qsTr("Quick quiz"),
                                        drill: qsTr("Drill") })
    title: controller.bankTitle.length > 0 ? qsTr("%1: %2").arg(modeNames[mode] || mode).arg(controller.bankTitle)
                                           : modeNames[mode] || mode

    PracticeController {
        id: controller
        objectName: "controller"
        app: App
        onQuestionChanged: {
            view.response = controller.answered ? controller.response : null
            view.forceActiveFocus()
            scroller.ScrollBar.vertical.position = 0
        }
        onTimeWarning: minutes => toast.show(minutes === 0 ? qsTr("Time is up.")
                                                           : qsTr("%1 minutes left").arg(minutes))
    }

    function begin(fresh) {
        const open = controller.openSession(bankId, mode)
        if (!fresh && options.resume && open.total !== undefined) {
            controller.resume(bankId, mode)
            return
        }
        if (!fresh && !options.fresh && open.total !== undefined) {
            resumeOffer.position = open.position
            resumeOffer.total = open.total
            resumeOffer.visible = true
            return
        }
        resumeOffer.visible = false
        if (mode === "drill" && !options.filter) {
            filterDialog.choices = controller.filterChoices(bankId)
            filterDialog.open()
            return
        }
        controller.start(bankId, mode, options)
    }
    function togglePause() {
        if (controller.paused)
            controller.unpause()
        else
            controller.pause()
    }
    function submitOrNext() {
        if (controller.paused)
            return
        if (controller.answered)
            controller.next()
        else if (controller.running && view.complete)
            controller.submit(view.response)
    }
    Component.onCompleted: {
        if (App.banks.busy)
            App.banks.busyChanged.connect(() => { if (!App.banks.busy && !controller.running) root.begin(false) })
        else
            Qt.callLater(root.begin, false)
    }

    Shortcut { sequences: ["Return", "Enter"]; enabled: controller.running && !controller.paused && !filterDialog.visible && !reportDialog.visible; onActivated: root.submitOrNext() }
    Shortcut { sequence: "Ctrl+G"; enabled: controller.running && !controller.answered; onActivated: controller.guessed = !controller.guessed }
    Shortcut { sequence: "Ctrl+Right"; enabled: controller.running && !controller.answered; onActivated: controller.skip() }
    Shortcut { sequence: "Ctrl+E"; enabled: controller.running; onActivated: controller.finish() }
    Shortcut { sequence: "Ctrl+P"; enabled: controller.canPause; onActivated: root.togglePause() }
    Shortcut { sequence: "Ctrl+Shift+R"; enabled: controller.running; onActivated: reportDialog.open() }

    header: Pane {
        visible: controller.running
        padding: 8
        leftPadding: 16
        rightPadding: 16
        background: Rectangle {
            color: "transparent"
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Qt.rgba(0.5, 0.5, 0.5, 0.25) }
        }
        RowLayout {
            anchors.fill: parent
            spacing: 12
            Label {
                objectName: "progressLabel"
                text: qsTr("Question %1 of %2").arg(controller.position + 1).arg(controller.total)
                font.bold: true
            }
            ProgressBar {
                value: controller.total > 0 ? controller.position / controller.total : 0
                Layout.preferredWidth: 160
                Accessible.name: qsTr("Progress")
            }
            Item { Layout.fillWidth: true }
            TimerBadge {
                objectName: "timer"
                secondsLeft: controller.secondsLeft
                warning: controller.warning
            }
            ToolButton {
                objectName: "pauseButton"
                visible: controller.canPause
                text: controller.paused ? qsTr("Continue") : qsTr("Pause")
                onClicked: root.togglePause()
                Accessible.name: controller.paused ? qsTr("Continue the quiz") : qsTr("Pause the quiz")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Stop the clock and hide the question (Ctrl+P)")
            }
            ToolButton {
                text: qsTr("Report a problem")
                onClicked: reportDialog.open()
                Accessible.name: text
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Report a problem with this question (Ctrl+Shift+R)")
            }
            ToolButton {
                objectName: "finishButton"
                text: qsTr("Finish")
                onClicked: controller.finish()
                Accessible.name: qsTr("Finish the session")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("End now and see the results (Ctrl+E)")
            }
        }
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        visible: (controller.running && !controller.paused) || controller.finished

        ColumnLayout {
            width: Math.min(scroller.availableWidth - 48, 920)
            x: (scroller.availableWidth - width) / 2
            spacing: 16

            Item { implicitHeight: 8 }

            QuestionView {
                id: view
                objectName: "questionView"
                visible: controller.running
                question: controller.question
                readOnly: controller.answered
                feedback: controller.answered ? controller.feedback : null
                Layout.fillWidth: true
            }

            RowLayout {
                visible: controller.running && !controller.answered
                spacing: 12
                CheckBox {
                    objectName: "guessedToggle"
                    text: qsTr("I guessed")
                    checked: controller.guessed
                    onToggled: controller.guessed = checked
                    focusPolicy: Qt.NoFocus
                    Accessible.name: qsTr("I guessed this answer")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Say you guessed, so the question comes back sooner (Ctrl+G)")
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "skipButton"
                    text: qsTr("Skip")
                    flat: true
                    focusPolicy: Qt.NoFocus
                    onClicked: controller.skip()
                    Accessible.name: qsTr("Skip this question")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Skip (Ctrl+Right)")
                }
                Button {
                    objectName: "submitButton"
                    text: qsTr("Submit")
                    highlighted: true
                    flat: true // a raised button's shadow needs GL and vanishes under software rendering
                    enabled: view.complete
                    focusPolicy: Qt.NoFocus
                    onClicked: controller.submit(view.response)
                    Accessible.name: qsTr("Submit the answer")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Submit (Enter)")
                }
            }

            FeedbackPanel {
                objectName: "feedbackPanel"
                feedback: controller.answered ? controller.feedback : null
                Layout.fillWidth: true
            }
            Button {
                objectName: "nextButton"
                visible: controller.answered
                text: controller.position + 1 < controller.total ? qsTr("Next question") : qsTr("See the results")
                highlighted: true
                flat: true // a raised button's shadow needs GL and vanishes under software rendering
                focusPolicy: Qt.NoFocus
                onClicked: controller.next()
                Layout.alignment: Qt.AlignRight
                Accessible.name: text
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Continue (Enter)")
            }

            SessionSummary {
                objectName: "summary"
                visible: controller.finished
                summary: controller.summary
                Layout.fillWidth: true
                onAgain: root.begin(true)
                onDone: root.leave()
            }
            Item { implicitHeight: 24 }
        }
    }

    ColumnLayout {
        objectName: "pausedPane"
        visible: controller.paused
        anchors.centerIn: parent
        spacing: 12
        Label {
            text: qsTr("Quiz paused")
            font.pixelSize: 24
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("The clock is stopped and the question is hidden.")
            opacity: 0.7
            Layout.alignment: Qt.AlignHCenter
        }
        Button {
            objectName: "continueButton"
            text: qsTr("Continue")
            highlighted: true
            flat: true
            Layout.alignment: Qt.AlignHCenter
            onClicked: controller.unpause()
            Accessible.name: qsTr("Continue the quiz")
        }
    }

    BusyIndicator {
        objectName: "startingIndicator"
        anchors.centerIn: parent
        running: controller.starting || App.banks.busy
        visible: running
        Accessible.name: qsTr("Preparing the session")
    }

    ColumnLayout {
        id: resumeOffer
        objectName: "resumeOffer"
        property int position: 0
        property int total: 0
        visible: false
        anchors.centerIn: parent
        spacing: 12
        Label {
            text: qsTr("You have an unfinished session here: question %1 of %2.").arg(resumeOffer.position + 1).arg(resumeOffer.total)
            font.pixelSize: 18
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Button {
                objectName: "resumeButton"
                text: qsTr("Continue it")
                highlighted: true
                flat: true // a raised button's shadow needs GL and vanishes under software rendering
                onClicked: { resumeOffer.visible = false; controller.resume(root.bankId, root.mode) }
                Accessible.name: text
            }
            Button {
                objectName: "startNewButton"
                text: qsTr("Start a new one")
                flat: true
                onClicked: root.begin(true)
                Accessible.name: text
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The unfinished session ends here; the answers you gave in it stay in your history")
            }
        }
    }

    Label {
        objectName: "errorLabel"
        visible: controller.error.length > 0 && !controller.running && !controller.finished && !resumeOffer.visible
        text: controller.error
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 560)
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: 18
    }
    Label {
        objectName: "answerError"
        visible: controller.error.length > 0 && controller.running
        text: controller.error
        color: "#c62828"
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottomMargin: 12
    }

    Popup {
        id: toast
        objectName: "toast"
        function show(message) { toastText.text = message; open(); toastTimer.restart() }
        x: (root.width - width) / 2
        y: 12
        Label { id: toastText; font.bold: true }
        Timer { id: toastTimer; interval: 4000; onTriggered: toast.close() }
    }

    DrillFilterDialog {
        id: filterDialog
        objectName: "filterDialog"
        onChosen: (filter, count) => controller.start(root.bankId, root.mode,
                                                      Object.assign({}, root.options, { filter: filter, count: count }))
        onRejected: root.leave()
    }
    ReportProblemDialog {
        id: reportDialog
        bankId: root.bankId
        question: controller.question
        onClosed: view.forceActiveFocus()
    }
}
